import type {Settings} from './schema.js';

/*
The settings' fixed choices and defaults, as plain values: what the start, the
dashboard and the commands read, without building the zod schema (schema.ts,
which uses these) or loading zod; settings are validated only when a settings
file is parsed. test/settings/choices.test.ts checks the defaults against the
schema's.
*/

export const roles = ['chair', 'secretary', 'viewer'] as const;
export const themes = ['default', 'high-contrast', 'mono'] as const;
/** The summary record's formats (source/minutes/render.ts renders each). */
export const minutesFormats = ['md', 'text', 'json', 'docx'] as const;

/** The pane sizes' bounds and defaults, in percent. */
export const paneSizeLimits = {
	agendaWidth: {min: 20, max: 80, default: 45},
	positionsHeight: {min: 20, max: 80, default: 40},
} as const;

/** What `settingsSchema.parse({})` gives, key for key and in the same order. */
export const defaultSettings: Settings = Object.freeze({
	role: 'chair',
	theme: 'default',
	panes: {agendaWidth: paneSizeLimits.agendaWidth.default, positionsHeight: paneSizeLimits.positionsHeight.default},
});
