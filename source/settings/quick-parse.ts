import {defaultSettings, minutesFormats, paneSizeLimits, roles, themes} from './choices.js';
import type {ParsedSettings} from './parse.js';
import type {Settings} from './schema.js';

/*
The settings file as it nearly always is (written by council: known fields, valid
values), read without zod: the dashboard's start reads it every time, and zod
with the schema is ~12 ms of its first frame (issue 15). Anything else (an
unknown or forbidden field, a bad value, a name with spaces to trim, extra
pane fields) is parse.ts's, with zod, which repairs and reports. So this only
ever says "these are the settings zod would give, with no error" or "ask
parse.ts": test/settings/quick-parse.test.ts compares the two on mutants of
valid settings, result for result.
*/

const languages = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
const topKeys: ReadonlySet<string> = new Set(['lastDataset', 'role', 'authorName', 'lang', 'plain', 'theme', 'minutesFormat', 'panes']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function isOneOf<T extends string>(choices: readonly T[], value: unknown): value is T {
	return typeof value === 'string' && (choices as readonly string[]).includes(value);
}

function isPaneSize(value: unknown, limits: {readonly min: number; readonly max: number}): value is number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= limits.min && value <= limits.max;
}

/** The settings zod would give for `input`, when it gives them with no error; undefined: parse.ts decides. */
export function quickSettings(input: unknown): ParsedSettings | undefined {
	if (!isPlainObject(input)) {
		return undefined;
	}

	for (const key of Object.keys(input)) {
		if (!topKeys.has(key)) {
			return undefined;
		}
	}

	const {lastDataset, role, authorName, lang, plain, theme, minutesFormat, panes} = input;
	const has = (key: string) => Object.hasOwn(input, key);
	if ((has('lastDataset') && (typeof lastDataset !== 'string' || lastDataset.length < 1))
		|| (has('role') && !isOneOf(roles, role))
		|| (has('authorName') && (typeof authorName !== 'string' || authorName.trim() !== authorName || authorName.length < 1 || authorName.length > 100))
		|| (has('lang') && !isOneOf(languages, lang))
		|| (has('plain') && typeof plain !== 'boolean')
		|| (has('theme') && !isOneOf(themes, theme))
		|| (has('minutesFormat') && !isOneOf(minutesFormats, minutesFormat))) {
		return undefined;
	}

	let agendaWidth: number = paneSizeLimits.agendaWidth.default;
	let positionsHeight: number = paneSizeLimits.positionsHeight.default;
	if (has('panes')) {
		if (!isPlainObject(panes) || Object.keys(panes).some(key => key !== 'agendaWidth' && key !== 'positionsHeight')) {
			return undefined;
		}

		if (Object.hasOwn(panes, 'agendaWidth')) {
			if (!isPaneSize(panes['agendaWidth'], paneSizeLimits.agendaWidth)) {
				return undefined;
			}

			agendaWidth = panes['agendaWidth'];
		}

		if (Object.hasOwn(panes, 'positionsHeight')) {
			if (!isPaneSize(panes['positionsHeight'], paneSizeLimits.positionsHeight)) {
				return undefined;
			}

			positionsHeight = panes['positionsHeight'];
		}
	}

	// The schema's key order, as zod gives them (optional fields only when present).
	const value = {
		...(has('lastDataset') ? {lastDataset: lastDataset as string} : {}),
		role: has('role') ? role as Settings['role'] : defaultSettings.role,
		...(has('authorName') ? {authorName: authorName as string} : {}),
		...(has('lang') ? {lang: lang as NonNullable<Settings['lang']>} : {}),
		...(has('plain') ? {plain: plain as boolean} : {}),
		theme: has('theme') ? theme as Settings['theme'] : defaultSettings.theme,
		...(has('minutesFormat') ? {minutesFormat: minutesFormat as NonNullable<Settings['minutesFormat']>} : {}),
		panes: {agendaWidth, positionsHeight},
	} satisfies Settings;
	return {value, errors: []};
}
