import {writeFileSync} from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import {settingsDirectory, type SettingsLocationOptions} from './location.js';
import {parseSettings} from './parse.js';
import type {Settings} from './schema.js';

export type SettingsStoreOptions = SettingsLocationOptions;

export type LoadedSettings = {
	readonly value: Settings;
	/** One line per problem found, for the user to see; empty when all was well. */
	readonly warnings: readonly string[];
};

export {settingsDirectory} from './location.js';

/**
A thin wrapper over conf. Read the settings once with `load()` into state and
write them back with `save()` when they change: conf's `store` getter re-reads
and re-validates the file on every access.

A damaged file (not JSON, not an object, fields of the wrong type) is never a
crash: `load()` returns the defaults (keeping the valid fields), a warning per
problem, copies the damaged text to `settings.json.damaged` and rewrites the file.

@example
```
const store = new SettingsStore();
const {value, warnings} = store.load();
// ... later, when the user changes the theme:
store.save({...value, theme: 'mono'});
```
*/
export class SettingsStore {
	readonly path: string;
	readonly #conf: Conf<Record<string, unknown>> | undefined;
	readonly #initial: LoadedSettings;
	#lastWritten: string | undefined;

	constructor(options: SettingsStoreOptions = {}) {
		const directory = settingsDirectory(options);
		const file = openFile(directory);
		this.#conf = file.conf;
		this.path = file.conf?.path ?? path.join(directory, 'settings.json');
		const parsed = parseSettings(file.content);
		const problems = [...file.problems, ...parsed.errors];
		if (this.#conf && problems.length === 0) {
			this.#lastWritten = JSON.stringify(parsed.value);
		}

		const repairs = this.#conf && problems.length > 0 && file.text !== undefined
			? this.#repair(file.text, parsed.value)
			: [];
		this.#initial = {
			value: parsed.value,
			warnings: [...problems, ...repairs].map(problem => `Settings file ${this.path}: ${problem}`),
		};
	}

	/** The settings as read when the store was created (the file is read once). */
	load(): LoadedSettings {
		return this.#initial;
	}

	/**
	Writes the settings if they differ from what was last read or written.
	Returns warnings (e.g. a read-only folder) instead of throwing.
	*/
	save(settings: Settings): readonly string[] {
		const serialized = JSON.stringify(settings);
		if (serialized === this.#lastWritten) {
			return [];
		}

		if (!this.#conf) {
			return [`Settings file ${this.path}: not saved (the settings folder could not be read)`];
		}

		try {
			this.#conf.store = structuredClone(settings) as Record<string, unknown>;
			this.#lastWritten = serialized;
			return [];
		} catch (error: unknown) {
			return [`Settings file ${this.path}: not saved (${messageOf(error)})`];
		}
	}

	// Keep the damaged file as the user wrote it, then write the repaired settings.
	#repair(damagedText: string, repaired: Settings): string[] {
		const backup = `${this.path}.damaged`;
		try {
			writeFileSync(backup, damagedText);
		} catch (error: unknown) {
			return [`could not keep a copy of the damaged file (${messageOf(error)}); left as it is`];
		}

		const saveProblems = this.save(repaired);
		if (saveProblems.length > 0) {
			return [`could not be repaired (${saveProblems.join('; ')})`];
		}

		return [`replaced with defaults for the fields above; the old file is kept as ${backup}`];
	}
}

type OpenedFile = {
	readonly conf: Conf<Record<string, unknown>> | undefined;
	/** The file's text as read, undefined when there was no file. */
	readonly text: string | undefined;
	/** The parsed JSON, or {} when there was no file or it was not JSON. */
	readonly content: unknown;
	readonly problems: readonly string[];
};

function openFile(directory: string): OpenedFile {
	let text: string | undefined;
	let content: unknown = {};
	const problems: string[] = [];
	try {
		const conf = new Conf<Record<string, unknown>>({
			cwd: directory,
			configName: 'settings',
			// Validation is ours (zod, field by field); conf only reads and writes atomically.
			accessPropertiesByDotNotation: false,
			// conf reads the file once, in its constructor, through this function: keep
			// what it read, and never let a parse error escape (conf would rethrow it).
			deserialize(raw) {
				text = raw;
				try {
					content = JSON.parse(raw);
				} catch (error: unknown) {
					problems.push(`not valid JSON (${messageOf(error)})`);
					return {};
				}

				// A non-object is reported by parseSettings; conf must still get an object.
				return isPlainObject(content) ? content : {};
			},
		});
		return {conf, text, content, problems};
	} catch (error: unknown) {
		// An unreadable file or folder (permissions, a folder in its place): run on defaults in memory.
		return {conf: undefined, text: undefined, content: {}, problems: [`could not be read (${messageOf(error)}); changes will not be saved`]};
	}
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
