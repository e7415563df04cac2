import path from 'node:path';
import envPaths from 'env-paths';
import {t} from '../i18n/translate.js';
import {openRegularFile, readAt} from '../io/read-input.js';
import {isSameFile} from '../io/same-file.js';

/*
Where a session's journal lives: one file per session (named from the
dataset's session id) under the user's data folder, so every `council` opened
on the same session by the same user shares it without being told. Two
secretaries on different accounts, or a shared folder, pass `--journal PATH`.
COUNCIL_DATA_DIR moves the data folder (tests, portable installs).
*/

/** The folder holding the journals. */
export function journalFolder(env: NodeJS.ProcessEnv = process.env): string {
	const override = env['COUNCIL_DATA_DIR'];
	const base = override !== undefined && override !== '' ? path.resolve(override) : envPaths('council', {suffix: ''}).data;
	return path.join(base, 'journals');
}

/** The default journal of a session: `<data folder>/journals/<session id>.jsonl`. */
export function defaultJournalPath(sessionId: string, env: NodeJS.ProcessEnv = process.env): string {
	// Session ids are validated ([a-z0-9][a-z0-9._-]*), so they cannot climb out of the folder.
	return path.join(journalFolder(env), `${sessionId}.jsonl`);
}

export type JournalLocation = {
	readonly path: string;
	/** True when `--journal` chose it, false for the per-session default. */
	readonly isExplicit: boolean;
};

/**
The journal to use: `--journal PATH` (relative to `cwd`) when given, else the
session's default.
*/
export function resolveJournalPath(options: {readonly journal?: string | undefined; readonly sessionId: string; readonly cwd: string; readonly env?: NodeJS.ProcessEnv}): JournalLocation {
	if (options.journal !== undefined && options.journal !== '') {
		return {path: path.resolve(options.cwd, options.journal), isExplicit: true};
	}

	return {path: defaultJournalPath(options.sessionId, options.env), isExplicit: false};
}

/** A journal path as shown to a person: the home folder as `~`; without a location, the default pattern. */
export function shownJournalPath(location?: JournalLocation, env: NodeJS.ProcessEnv = process.env): string {
	const where = location?.path ?? path.join(journalFolder(env), `${t('cli.files.session-id')}.jsonl`);
	const home = env['HOME'];
	return home !== undefined && home !== '' && where.startsWith(`${home}${path.sep}`) ? `~${where.slice(home.length)}` : where;
}

/**
One line for the dashboard (and `council --help`) saying where the journal is.

@example
```
journalLocationText(); //=> 'Journal: ~/.local/share/council/journals/<session id>.jsonl (--journal PATH to choose another)'
```
*/
export function journalLocationText(location?: JournalLocation, env: NodeJS.ProcessEnv = process.env): string {
	const shown = shownJournalPath(location, env);
	return t(location?.isExplicit === true ? 'notice.journal.location' : 'notice.journal.location-default', {path: shown});
}

/**
Why `journal` cannot be the journal of the session whose dataset is `dataset`,
or undefined: it is the dataset itself (by device and inode, so through
symlinks and hard links), it is not a regular file (a FIFO, a device, a
folder), or it holds something that is not a journal (its first line is not an
entry). A missing file is fine: the first entry creates it.
*/
export async function journalFileProblem(journal: string, dataset: string): Promise<string | undefined> {
	if (await isSameFile(journal, dataset)) {
		return t('notice.journal.is-dataset');
	}

	const opened = await openRegularFile(journal, 'a journal file');
	if (!opened.ok) {
		return opened.problem === 'missing' ? undefined : opened.message;
	}

	try {
		const head = await readAt(opened.handle, 0, Math.min(opened.stats.size, 4096));
		// Imported here: resolving a journal's path (council lookup asks for it) needs none of the reader and its schema.
		const {looksLikeJournal} = await import('./read.js');
		if (!looksLikeJournal(head.toString('utf8'), opened.stats.size <= 4096)) {
			return t('notice.journal.not-a-journal');
		}
	} finally {
		await opened.handle.close();
	}

	return undefined;
}
