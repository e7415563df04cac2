import {constants} from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import {entryLine, nodeAppendFs} from '../journal/append.js';
import type {JournalEntry} from '../journal/schema.js';

/*
This machine's side of sharing, on its disk:

- entries pulled from others are appended to the local journal, many lines in
  one write and one fsync (the journal's own appendEntry does one entry per
  fsync, which is right for a person recording and slow for 10,000 pulled), so
  a machine that goes offline later still has them;
- a marker file beside the journal (`JOURNAL.shared`) remembers which entries
  the server holds and in which order: one line per shared entry,
  {"seq", "id"}, after a first line naming the shared journal ({"log": uuid}).
  With it, a machine that starts offline knows how many entries are not shared
  and replays the shared ones in the server's order. It is a cache: lost or
  stale, the next connection compares ids with the server and pushes whatever
  the server lacks (an entry saved and then killed before its push included).
*/

export function markerPath(journalPath: string): string {
	return `${journalPath}.shared`;
}

/** Appends entries to the journal with one write and one fsync; resolves once on disk. */
export async function appendEntries(file: string, entries: readonly JournalEntry[]): Promise<void> {
	if (entries.length === 0) {
		return;
	}

	const io = nodeAppendFs;
	const folder = path.dirname(file);
	await io.mkdir(folder);
	const fd = await io.open(file);
	try {
		const size = await io.size(fd);
		const isTorn = size > 0 && (await io.byteAt(fd, size - 1)) !== 0x0A;
		const data = Buffer.from(`${isTorn ? '\n' : ''}${entries.map(entry => entryLine(entry)).join('')}`, 'utf8');
		let written = 0;
		while (written < data.length) {
			const more = await io.write(fd, data.subarray(written));
			if (more <= 0) {
				throw new Error(`could not write to ${file}`);
			}

			written += more;
		}

		await io.fsync(fd);
		if (size === 0) {
			await io.syncFolder(folder);
		}
	} finally {
		await io.close(fd);
	}
}

export type Marker = {
	readonly logId: string | undefined;
	/** Shared entries in server order. */
	readonly rows: ReadonlyArray<{readonly seq: number; readonly id: string}>;
};

const emptyMarker: Marker = {logId: undefined, rows: []};

/** Parses a marker file's text; anything unreadable is ignored (it is a cache). */
export function parseMarker(text: string): Marker {
	const lines = text.split('\n');
	let logId: string | undefined;
	const rows: Array<{seq: number; id: string}> = [];
	for (const [index, line] of lines.entries()) {
		try {
			const value = JSON.parse(line) as unknown;
			if (value === null || typeof value !== 'object') {
				continue;
			}

			const record = value as Record<string, unknown>;
			if (index === 0 && typeof record['log'] === 'string') {
				logId = record['log'];
			} else if (logId !== undefined && typeof record['seq'] === 'number' && typeof record['id'] === 'string') {
				rows.push({seq: record['seq'], id: record['id']});
			}
		} catch {
			// A torn last line (killed mid-append) or damage: the server is the truth.
		}
	}

	rows.sort((a, b) => a.seq - b.seq);
	return {logId, rows};
}

export async function readMarker(journalPath: string): Promise<Marker> {
	try {
		// Non-blocking: a FIFO put in its place must not hang the start (reading it would wait for a writer).
		const handle = await fs.open(markerPath(journalPath), constants.O_RDONLY | constants.O_NONBLOCK);
		try {
			const stat = await handle.stat();
			// A FIFO or a device in its place is not ours to read.
			return stat.isFile() ? parseMarker(await handle.readFile('utf8')) : emptyMarker;
		} finally {
			await handle.close();
		}
	} catch {
		return emptyMarker;
	}
}

/** Starts the marker afresh for a shared journal (another server, or a database made anew). */
export async function resetMarker(journalPath: string, logId: string): Promise<void> {
	const file = markerPath(journalPath);
	const temporary = `${file}.${process.pid}.tmp`;
	await fs.mkdir(path.dirname(file), {recursive: true});
	await fs.writeFile(temporary, `${JSON.stringify({log: logId})}\n`, {mode: 0o644});
	await fs.rename(temporary, file);
}

/** Adds shared rows to the marker (no fsync: a lost line only means one more id comparison). */
export async function appendMarker(journalPath: string, rows: ReadonlyArray<{readonly seq: number; readonly id: string}>): Promise<void> {
	if (rows.length > 0) {
		await fs.appendFile(markerPath(journalPath), rows.map(row => `${JSON.stringify({seq: row.seq, id: row.id})}\n`).join(''));
	}
}

/**
Runs `work` holding `JOURNAL.share-lock` (created with O_EXCL), so two processes
following the same journal (two screens on one laptop) do not both append the
same entries from others. Held for milliseconds; a lock older than 10 s is a
crashed holder's and is taken over. Resolves undefined, without running `work`,
when the lock stays taken for `waitMs` (the next round tries again).
*/
export async function withAppendLock<T>(journalPath: string, work: () => Promise<T>, waitMs = 2000): Promise<T | undefined> {
	const lock = `${journalPath}.share-lock`;
	const started = Date.now();
	for (;;) {
		try {
			const handle = await fs.open(lock, 'wx');
			await handle.close();
			break;
		} catch (error: unknown) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
				throw error;
			}

			const stat = await fs.lstat(lock).catch(() => undefined);
			if (stat !== undefined && Date.now() - stat.mtimeMs > 10_000) {
				await fs.rm(lock, {force: true});
				continue;
			}

			if (Date.now() - started > waitMs) {
				return undefined;
			}

			await new Promise(resolve => setTimeout(resolve, 5 + Math.random() * 10));
		}
	}

	try {
		return await work();
	} finally {
		await fs.rm(lock, {force: true});
	}
}
