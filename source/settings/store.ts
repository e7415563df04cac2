import path from 'node:path';
import {fileErrorWords} from '../io/file-error.js';
import {t} from '../i18n/translate.js';
import {settingsDirectory, type SettingsLocationOptions} from './location.js';
import type {ParsedSettings} from './parse.js';
import {quickSettings} from './quick-parse.js';
import type {Settings} from './schema.js';
import {parseSettingsText, readSettingsFile, writeSettingsFile, type SettingsFileRead} from './settings-file.js';

export type SettingsStoreOptions = SettingsLocationOptions;

export type LoadedSettings = {
	readonly value: Settings;
	/** One line per problem found, for the user to see; empty when all was well. */
	readonly warnings: readonly string[];
};

export {settingsDirectory} from './location.js';

/**
The settings file, read once with `SettingsStore.open()` into state and written
back with `save()` when they change (settings-file.ts says why not conf).

A damaged file (not JSON, nested too deep, not an object, fields of the wrong
type, a forbidden field name) is never a crash: `load()` returns the defaults
(keeping the valid fields), a warning per problem, copies the damaged text to
`settings.json.damaged` and rewrites the file. What is not a regular file (a
FIFO, a folder, a device) is reported, never waited on, and never written; a
symbolic link is read but never written through.

@example
```
const store = await SettingsStore.open();
const {value, warnings} = store.load();
// ... later, when the user changes the theme:
store.save({...value, theme: 'mono'});
```
*/
export class SettingsStore {
	readonly path: string;
	/** Why nothing is written (the file is a link, a FIFO, unreadable); undefined when saving is on. */
	readonly #notSaved: string | undefined;
	readonly #initial: LoadedSettings;
	#lastWritten: string | undefined;

	/** Reads the settings file (once) through the shared input opener: never blocks on a FIFO. */
	static async open(options: SettingsStoreOptions = {}): Promise<SettingsStore> {
		const file = path.join(settingsDirectory(options), 'settings.json');
		const read = await readSettingsFile(file);
		const content = contentOf(read);
		// A file as council writes it is read without zod (quick-parse.ts); anything else is parse.ts's, with zod.
		const parsed = quickSettings(content.value) ?? (await import('./parse.js')).parseSettings(content.value);
		return new SettingsStore(file, read, content.problem, parsed);
	}

	private constructor(file: string, read: SettingsFileRead, textProblem: string | undefined, parsed: ParsedSettings) {
		this.path = file;
		const problems: string[] = [];
		if (read.kind === 'unusable') {
			problems.push(t('notice.settings.unusable', {problem: read.problem}));
			this.#notSaved = t('notice.settings.reason-unreadable');
		} else if (read.kind === 'text') {
			if (textProblem !== undefined) {
				problems.push(textProblem);
			}

			if (read.isLink) {
				this.#notSaved = t('notice.settings.reason-link');
			}
		}

		problems.push(...parsed.errors);
		if (problems.length === 0) {
			this.#lastWritten = JSON.stringify(parsed.value);
		}

		const repairs = this.#notSaved === undefined && problems.length > 0 && read.kind === 'text'
			? this.#repair(read.text, parsed.value)
			: [];
		this.#initial = {
			value: parsed.value,
			warnings: [...problems, ...repairs].map(problem => t('notice.settings.problem', {path: this.path, problem})),
		};
	}

	/** The settings as read when the store was opened (the file is read once). */
	load(): LoadedSettings {
		return this.#initial;
	}

	/**
	Writes the settings if they differ from what was last read or written.
	Returns warnings (e.g. a read-only folder, a FIFO put there since) instead of throwing.
	*/
	save(settings: Settings): readonly string[] {
		const serialized = JSON.stringify(settings);
		if (serialized === this.#lastWritten) {
			return [];
		}

		if (this.#notSaved !== undefined) {
			return [t('notice.settings.not-saved', {path: this.path, reason: this.#notSaved})];
		}

		try {
			writeSettingsFile(this.path, `${JSON.stringify(settings, undefined, '\t')}\n`);
			this.#lastWritten = serialized;
			return [];
		} catch (error: unknown) {
			return [t('notice.settings.not-saved', {path: this.path, reason: messageOf(error)})];
		}
	}

	// Keep the damaged file as the user wrote it, then write the repaired settings.
	#repair(damagedText: string, repaired: Settings): string[] {
		const backup = `${this.path}.damaged`;
		try {
			writeSettingsFile(backup, damagedText);
		} catch (error: unknown) {
			return [t('notice.settings.no-backup', {reason: messageOf(error)})];
		}

		const saveProblems = this.save(repaired);
		if (saveProblems.length > 0) {
			return [t('notice.settings.not-repaired', {reason: saveProblems.join('; ')})];
		}

		return [t('notice.settings.repaired', {backup})];
	}
}

/** What the file holds as a value ({} when there is none or it cannot be read), and why its text is not one. */
function contentOf(read: SettingsFileRead): {value: unknown; problem?: string} {
	if (read.kind !== 'text') {
		return {value: {}};
	}

	const parsedText = parseSettingsText(read.text);
	return parsedText.ok ? {value: parsedText.value} : {value: {}, problem: parsedText.problem};
}

function messageOf(error: unknown): string {
	return (error as NodeJS.ErrnoException | undefined)?.code === undefined ? (error instanceof Error ? error.message : String(error)) : fileErrorWords(error, 'a settings file');
}
