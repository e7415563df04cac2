import {say, trusted} from '../cli/message.js';
import path from 'node:path';
import type {ParsedArgs} from '../cli/parse.js';
import type {CommandIo} from '../commands/io.js';
import type {DatasetIndex} from '../dataset/build-index.js';
import {displayPath} from '../cli/dataset-path.js';
import {bundledDatasetPath} from '../dataset/bundled.js';
import {formatLoadErrors, loadDataset} from '../dataset/load.js';
import type {Dataset} from '../dataset/schema.js';
import {sanitizeLine} from '../text/sanitize.js';
import {bindJournal, journalDatasetPath, type JournalHeader} from './header.js';
import {sessionDataset} from './journal-dataset.js';
import {journalFileProblem, resolveJournalPath, type JournalLocation} from './location.js';
import {readJournal, type JournalChunk} from './read.js';
import {t} from '../i18n/translate.js';

/*
What `council record`, `log` and `export` share: opening the session, that is
the dataset (--data FILE, else the bundled one) and its journal (--journal PATH,
else the session's default). Option parsing is the CLI's parseCommandLine
(strict parseArgs; a mistake is a UsageError, exit 2, with the command's help).
*/

export const exitUsage = 2;
export const exitFailure = 1;

/** A string option's value (parseCommandLine's values are string | boolean | undefined). */
export function stringOption(values: ParsedArgs['values'], name: string): string | undefined {
	const value = values[name];
	return typeof value === 'string' ? value : undefined;
}

export type SessionContext = {
	readonly datasetPath: string;
	readonly dataset: Dataset;
	readonly index: DatasetIndex;
	readonly journal: JournalLocation;
	/** The header the journal gets if this command creates it (header.ts). */
	readonly header: JournalHeader;
	/** The journal as read when the session was opened; undefined when it could not be read. */
	readonly chunk?: JournalChunk | undefined;
};

/** Loads the dataset and locates the journal; on failure returns the message to print (exit 1). */
export async function openSession(options: {readonly data?: string | undefined; readonly journal?: string | undefined}, io: CommandIo): Promise<{ok: true; session: SessionContext} | {ok: false; message: string}> {
	// --journal without --data: the dataset the journal started on (its header), else the bundled one.
	const journalDataset = options.data === undefined && options.journal !== undefined && options.journal !== '' ? await journalDatasetPath(path.resolve(io.cwd, options.journal)) : undefined;
	const datasetPath = options.data === undefined ? journalDataset ?? bundledDatasetPath() : path.resolve(io.cwd, options.data);
	const loaded = await loadDataset(datasetPath, {name: displayPath(datasetPath, io.cwd)});
	if (!loaded.ok) {
		const errors = formatLoadErrors(loaded.errors);
		return {ok: false, message: journalDataset === undefined
			? t('notice.journal.dataset-unusable', {errors})
			: t('notice.journal.journal-dataset-unusable', {journal: options.journal ?? '', dataset: journalDataset, errors})};
	}

	const journal = resolveJournalPath({journal: options.journal, sessionId: loaded.dataset.session.id, cwd: io.cwd, env: io.env});
	const problem = await journalFileProblem(journal.path, datasetPath);
	if (problem !== undefined) {
		return {ok: false, message: t('notice.journal.file-problem', {path: sanitizeLine(displayPath(journal.path, io.cwd)), problem})};
	}

	const bound = await bindJournal(journal.path, datasetPath, loaded.dataset.session.id, loaded.contentHash);
	if (!bound.ok) {
		return {ok: false, message: bound.message};
	}

	if (bound.notice !== undefined) {
		io.stderr(`${bound.notice}\n`);
	}

	// With the delegations the journal added (the Holy See, live): --delegation finds them, replay applies their positions.
	const seen = await sessionDataset(journal.path, loaded.dataset, loaded.index);
	return {ok: true, session: {datasetPath, dataset: seen.dataset, index: seen.index, journal, header: bound.header, chunk: seen.chunk}};
}

/**
Opens the session and reads its whole journal, for the commands that report on it
(`log`, `export`). A failure is printed as `council COMMAND: ...` and comes back as
the exit code; the journal's skipped lines are returned for the caller to show.
*/
export async function openSessionJournal(
	options: {readonly data?: string | undefined; readonly journal?: string | undefined},
	io: CommandIo,
	command: string,
): Promise<{ok: true; session: SessionContext; chunk: JournalChunk} | {ok: false; code: number}> {
	const opened = await openSession(options, io);
	if (!opened.ok) {
		io.stderr(say`council ${command}: ${trusted(opened.message.trimEnd())}\n`);
		return {ok: false, code: exitFailure};
	}

	const {session} = opened;
	try {
		return {ok: true, session, chunk: session.chunk ?? await readJournal(session.journal.path)};
	} catch (error: unknown) {
		io.stderr(say`council ${command}: cannot read ${session.journal.path}: ${messageOf(error)}\n`);
		return {ok: false, code: exitFailure};
	}
}

export function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
