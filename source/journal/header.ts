import {createHash, randomBytes} from 'node:crypto';
import {constants} from 'node:fs';
import {link, mkdir, open, readFile, unlink} from 'node:fs/promises';
import path from 'node:path';
import {tLine} from '../i18n/translate.js';
import {sanitizeLine} from '../text/sanitize.js';
import {compileFastObject} from './fast-entry.js';
import type {JournalHeader} from './header-schema.js';
import {journalHeaderShape} from './journal-line-shape.js';

/*
A journal is bound to the dataset it records on. Its first line is a header:

  {"councilJournal":1,"session":"council-2025-60d3ffff639e","dataset":{"path":"/…/session.json","sha256":"…"},"created":"…"}

naming the session id and the dataset (path and content hash) the journal
started on. Opening a journal with a dataset of another session is refused
(the entries would name items that are not there, or worse, items that are and
mean something else); with a changed dataset of the same session it is
accepted with a notice (an agenda item added, a date corrected). Commands given
--journal without --data use the header's dataset.

Journals written before headers existed have none: they read as before (the
reader skips nothing and finds no header) and are not checked.

The header is written once, when the journal file is created: into a
temporary file that is then hard-linked to the journal's name, so the file
appears with its header already in it, and of two processes creating it at
once exactly one wins (link fails with EEXIST for the other, which then
appends below the winner's header).
*/

export type {JournalHeader} from './header-schema.js';

/*
The header's check (header-schema.ts is its zod schema): the fast path compiled from
the schema's shape vouches for a header as written (its value zod's, the same object),
and zod judges anything else, loaded only then: the dashboard's start reads the header
without loading zod (issue 15). The answer is zod's either way.
*/
const fastHeader = compileFastObject(journalHeaderShape);

/** The header a parsed first line is, by zod's judgement; undefined when it is none. */
export async function headerOf(value: unknown): Promise<JournalHeader | undefined> {
	const fast = fastHeader(value);
	if (fast !== undefined) {
		return fast as JournalHeader;
	}

	const {journalHeader} = await import('./header-schema.js');
	const parsed = journalHeader.safeParse(value);
	return parsed.success ? parsed.data : undefined;
}

/** How a header line starts (JSON.stringify writes `councilJournal` first): the check that a file is a journal accepts it. */
export const headerStart = /^\{\s*"councilJournal"\s*:/;

/** True for the parsed first line of a journal when it is a header (the reader's hook: skip it, it is no entry). */
export function isJournalHeader(value: unknown): boolean {
	return value !== null && typeof value === 'object' && 'councilJournal' in value;
}

export function headerLine(header: JournalHeader): string {
	return `${JSON.stringify(header)}\n`;
}

export function sha256(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

export async function hashFile(file: string): Promise<string> {
	return sha256(await readFile(file));
}

export function makeHeader(session: string, datasetPath: string, datasetHash: string, now: Date = new Date()): JournalHeader {
	return {councilJournal: 1, session, dataset: {path: datasetPath, sha256: datasetHash}, created: now.toISOString()};
}

/** The header of a journal, undefined when it has none (an older journal) or does not exist yet. */
export async function readJournalHeader(file: string): Promise<JournalHeader | undefined> {
	let handle;
	try {
		handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch {
		return undefined;
	}

	try {
		if (!(await handle.stat()).isFile()) {
			return undefined;
		}

		// A header is well under 8 KiB (the path is the only free-length part, and paths are shorter).
		const buffer = Buffer.alloc(8192);
		const {bytesRead} = await handle.read(buffer, 0, buffer.length, 0);
		const end = buffer.subarray(0, bytesRead).indexOf(0x0A);
		if (end === -1) {
			return undefined;
		}

		let value: unknown;
		try {
			value = JSON.parse(buffer.subarray(0, end).toString('utf8'));
		} catch {
			return undefined;
		}

		return await headerOf(value);
	} finally {
		await handle.close();
	}
}

/** Creates the journal with its header when it does not exist yet; an existing journal is left as it is. */
export async function ensureJournalHeader(file: string, header: JournalHeader): Promise<void> {
	const folder = path.dirname(file);
	await mkdir(folder, {recursive: true});
	const temporary = path.join(folder, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.header`);
	const handle = await open(temporary, 'wx', 0o644);
	try {
		await handle.writeFile(headerLine(header), 'utf8');
		await handle.sync();
	} finally {
		await handle.close();
	}

	try {
		await link(temporary, file);
		const directory = await open(folder, constants.O_RDONLY).catch(() => undefined);
		await directory?.sync().catch(() => undefined);
		await directory?.close();
	} catch (error: unknown) {
		if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) {
			throw error;
		}
	} finally {
		await unlink(temporary).catch(() => undefined);
	}
}

export type Binding =
	| {readonly ok: true; readonly notice?: string}
	| {readonly ok: false; readonly message: string};

/**
Whether a journal may be used with a dataset: refused for another session,
accepted with a notice when the dataset changed since the journal started (or
moved and changed), accepted silently otherwise and for journals without a header.
*/
export function checkBinding(header: JournalHeader | undefined, journalPath: string, dataset: {readonly path: string; readonly sessionId: string; readonly sha256: string}): Binding {
	if (header === undefined) {
		return {ok: true};
	}

	const journal = sanitizeLine(journalPath);
	const names = {journal, dataset: sanitizeLine(dataset.path), startedOn: sanitizeLine(header.dataset.path)};
	if (header.session !== dataset.sessionId) {
		return {ok: false, message: tLine('notice.journal.other-session', {...names, session: sanitizeLine(header.session), current: sanitizeLine(dataset.sessionId)})};
	}

	if (header.dataset.sha256 !== dataset.sha256) {
		return {ok: true, notice: tLine(header.dataset.path === dataset.path ? 'notice.journal.dataset-changed' : 'notice.journal.dataset-changed-moved', names)};
	}

	return {ok: true};
}

/** The dataset a journal started on, for commands given --journal without --data; undefined without a header. */
export async function journalDatasetPath(journalPath: string): Promise<string | undefined> {
	return (await readJournalHeader(journalPath))?.dataset.path;
}

/**
The check every opener of a journal makes (the hook in command-context.ts and
the dashboard's start): the binding, and the header to write should this
opener be the one to create the journal.
*/
export async function bindJournal(journalPath: string, datasetPath: string, sessionId: string, datasetHash?: string): Promise<(Binding & {ok: true; header: JournalHeader}) | (Binding & {ok: false})> {
	// The loader's hash of the bytes it validated, when it has one (the dataset cache keys on it): the same
	// SHA-256, without reading and hashing the file a second time at every start (18 ms on 10 MB).
	const hash = datasetHash ?? await hashFile(datasetPath);
	const binding = checkBinding(await readJournalHeader(journalPath), journalPath, {path: datasetPath, sessionId, sha256: hash});
	return binding.ok ? {...binding, header: makeHeader(sessionId, datasetPath, hash)} : binding;
}
