import {z} from 'zod';
import '../io/zod-config.js';
import {defaultSettings, minutesFormats, paneSizeLimits, roles, themes} from './choices.js';

/*
User preferences, one zod schema: the type, the validation and every default
live here. Settings are a convenience, so a bad value never stops the program:
parse.ts replaces it with its default and says so.
*/

export {defaultSettings, minutesFormats, roles, themes};

export const paneSizes = z
	.object({
		agendaWidth: z
			.number()
			.int()
			.min(paneSizeLimits.agendaWidth.min)
			.max(paneSizeLimits.agendaWidth.max)
			.default(paneSizeLimits.agendaWidth.default)
			.describe('Width of the agenda pane, in percent of the terminal width (the detail pane takes the rest)'),
		positionsHeight: z
			.number()
			.int()
			.min(paneSizeLimits.positionsHeight.min)
			.max(paneSizeLimits.positionsHeight.max)
			.default(paneSizeLimits.positionsHeight.default)
			.describe('Height of the positions table, in percent of the right-hand column'),
	})
	.describe('Pane sizes of the dashboard');

export const settingsSchema = z
	.object({
		lastDataset: z
			.string()
			.min(1)
			.optional()
			.describe('Absolute path of the dataset opened last; absent means the bundled dataset'),
		role: z
			.enum(roles)
			.default('chair')
			.describe('Who is at the keyboard: the chair and the secretary may change the session; a viewer only reads'),
		authorName: z
			.string()
			.trim()
			.min(1)
			.max(100)
			.optional()
			.describe('Name recorded as the author of journal entries'),
		lang: z.enum(['en', 'fr', 'es', 'ar', 'zh', 'ru']).optional().describe('Interface language; absent: the locale (LC_ALL, LC_MESSAGES, LANG)'),
		plain: z.boolean().optional().describe('Line mode for screen readers instead of the full-screen dashboard (as council --plain)'),
		theme: z.enum(themes).default('default').describe('Colour theme; "mono" uses no colour'),
		minutesFormat: z.enum(minutesFormats).optional().describe('Format the dashboard\'s e key writes the summary record in: md (when absent), text, json or docx'),
		// prefault, not default: zod 4 returns a default as is, without filling in the inner defaults.
		panes: paneSizes.prefault({}),
	})
	.describe('council user preferences');

export type Settings = z.output<typeof settingsSchema>;
export type Role = (typeof roles)[number];
export type Theme = (typeof themes)[number];
