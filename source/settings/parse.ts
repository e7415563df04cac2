import type {z} from 'zod';
import {t} from '../i18n/translate.js';
import {forbiddenKeyMessage, forbiddenKeys} from '../text/json-keys.js';
import {sanitizeText} from '../text/sanitize.js';
import {defaultSettings, settingsSchema, type Settings} from './schema.js';

export type ParsedSettings = {
	readonly value: Settings;
	/** One line per field that was ignored, e.g. `theme: Invalid option: expected one of ...; using "default"`. */
	readonly errors: readonly string[];
};

/**
Turns whatever was in the settings file into settings. Never throws: an invalid
field falls back to its default (the valid ones are kept), an unknown field is
dropped, and each is reported in `errors`.

@example
```
parseSettings({theme: 'neon', role: 'secretary'});
//=> {value: {role: 'secretary', theme: 'default', ...}, errors: ['theme: Invalid option: ...']}
```
*/
export function parseSettings(input: unknown): ParsedSettings {
	if (!isPlainObject(input)) {
		return {value: copy(defaultSettings), errors: [t('notice.settings.not-object', {found: describe(input)})]};
	}

	const errors: string[] = [];
	// Keys are judged as they read once sanitized, as in the dataset and the journal: "__pro\u0007to__"
	// is refused like "__proto__". Values stay as written: an author name is judged (and sanitized)
	// where it is used, so one made only of escapes is refused there rather than silently replaced.
	const candidate = structuredClone(input);
	dropForbiddenKeys(candidate, [], errors);
	// Each round removes the fields zod rejected so their defaults apply; a field
	// can only be removed once, so this ends.
	for (let round = 0; round < 50; round++) {
		const result = settingsSchema.strict().safeParse(candidate);
		if (result.success) {
			return {value: result.data, errors};
		}

		let removed = 0;
		for (const issue of result.error.issues) {
			removed += dropIssue(candidate, issue, errors);
		}

		if (removed === 0) {
			break;
		}
	}

	return {value: copy(defaultSettings), errors: [...errors, t('notice.settings.unrepairable')]};
}

function dropIssue(candidate: Record<string, unknown>, issue: z.core.$ZodIssue, errors: string[]): number {
	if (issue.code === 'unrecognized_keys') {
		const parent = lookup(candidate, issue.path);
		let removed = 0;
		for (const key of issue.keys) {
			if (isPlainObject(parent) && key in parent) {
				delete parent[key];
				errors.push(t('notice.settings.unknown-field', {field: formatPath([...issue.path, key])}));
				removed++;
			}
		}

		return removed;
	}

	// Drop the offending field itself, or, for an issue on a whole object, that object.
	const path = issue.path.length > 0 ? issue.path : undefined;
	if (!path) {
		return 0;
	}

	// Only the first key of an array-index path matters: settings hold no arrays.
	const parent = lookup(candidate, path.slice(0, -1));
	const key = path.at(-1);
	if (!isPlainObject(parent) || key === undefined || !(String(key) in parent)) {
		return 0;
	}

	delete parent[String(key)];
	errors.push(t('notice.settings.invalid-field', {field: formatPath(path), problem: issue.message}));
	return 1;
}

/** Removes `__proto__`, `constructor` and `prototype` at any depth, each reported. */
function dropForbiddenKeys(node: Record<string, unknown>, path: readonly string[], errors: string[]): void {
	for (const key of Object.keys(node)) {
		const shown = sanitizeText(key);
		if (forbiddenKeys.has(shown)) {
			delete node[key];
			errors.push(t('notice.settings.forbidden-field', {field: formatPath([...path, shown]), problem: forbiddenKeyMessage(shown)}));
			continue;
		}

		const child = node[key];
		if (isPlainObject(child)) {
			dropForbiddenKeys(child, [...path, key], errors);
		}
	}
}

function lookup(root: unknown, path: readonly PropertyKey[]): unknown {
	let node = root;
	for (const key of path) {
		if (!isPlainObject(node)) {
			return undefined;
		}

		node = node[String(key)];
	}

	return node;
}

function formatPath(path: readonly PropertyKey[]): string {
	return path.map(String).join('.');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const foundKeys = {string: 'notice.settings.found-string', number: 'notice.settings.found-number', boolean: 'notice.settings.found-boolean'} as const;

function describe(value: unknown): string {
	if (value === null) {
		return t('notice.settings.found-null');
	}

	const kind = typeof value;
	return t(Array.isArray(value) ? 'notice.settings.found-array' : (kind === 'string' || kind === 'number' || kind === 'boolean' ? foundKeys[kind] : 'notice.settings.found-string'));
}

function copy(settings: Settings): Settings {
	return structuredClone(settings);
}
