import {constants} from 'node:fs';
import fs from 'node:fs';
import path from 'node:path';
import {promisify} from 'node:util';
import {notRegularWords} from '../io/read-input.js';
import {sanitizeLine} from '../text/sanitize.js';
import {makeEntry} from './entry-id.js';
import {looksLikeJournal} from './read.js';
import type {Author, EntryDraft, JournalEntry} from './schema.js';

/*
Appending one entry, durably. The order is the guarantee:

1. open with O_APPEND (and O_CREAT): the kernel moves to the end and writes in
   one step, so two processes appending at once never overwrite each other;
2. if the file's last byte is not a newline (a writer was killed mid-line),
   start on a fresh line so that torn line cannot swallow this entry;
3. one write() of the whole line: on a local filesystem a single O_APPEND write
   is not interleaved with another process's (the inode lock is held for the
   whole write), which is what the two-process test checks;
4. fsync, and fsync the folder too when the file was new (else a power cut can
   lose the directory entry of a file whose data was flushed);
5. only then resolve: the caller shows "saved" after this promise.

Step 2 races with another process's write in progress (the file's size grows
page by page during a write): the check may then see an unfinished line and
start with a newline although none was needed. The cost is an empty line,
which readers skip; entries are never merged or lost (the two-process test
counts them).

Not guaranteed: atomicity on network filesystems (NFS, SMB) where O_APPEND is
emulated by the client.
*/

/** The file operations append needs; tests pass a recording fake to check their order. */
export type AppendFs = {
	readonly mkdir: (folder: string) => Promise<void>;
	readonly open: (file: string) => Promise<number>;
	readonly size: (fd: number) => Promise<number>;
	/** The byte at `position`, read without moving the append position. */
	readonly byteAt: (fd: number, position: number) => Promise<number>;
	/** The file's first `length` bytes (fewer if it is shorter). */
	readonly head: (fd: number, length: number) => Promise<Buffer>;
	/** One write() call; returns the bytes written. */
	readonly write: (fd: number, data: Uint8Array) => Promise<number>;
	readonly fsync: (fd: number) => Promise<void>;
	readonly close: (fd: number) => Promise<void>;
	readonly syncFolder: (folder: string) => Promise<void>;
};

const open = promisify(fs.open);
const fstat = promisify(fs.fstat);
const read = promisify(fs.read);
const write = promisify(fs.write);
const fsync = promisify(fs.fsync);
const close = promisify(fs.close);

export const nodeAppendFs: AppendFs = {
	async mkdir(folder) {
		await fs.promises.mkdir(folder, {recursive: true});
	},
	// O_RDWR, not O_WRONLY: step 2 reads the last byte through the same descriptor.
	// O_NONBLOCK: a FIFO named as the journal never blocks the open; it is refused just after.
	async open(file) {
		const fd = await open(file, constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | constants.O_NONBLOCK, 0o644);
		const stats = await fstat(fd).catch(async (error: unknown) => {
			await close(fd);
			throw error;
		});
		if (!stats.isFile()) {
			await close(fd);
			throw new Error(`${file} ${notRegularWords(stats, 'a journal file')}`);
		}

		return fd;
	},
	size: async fd => (await fstat(fd)).size,
	async byteAt(fd, position) {
		const buffer = Buffer.alloc(1);
		const {bytesRead} = await read(fd, buffer, 0, 1, position);
		return bytesRead === 1 ? buffer[0]! : -1;
	},
	async head(fd, length) {
		const buffer = Buffer.alloc(length);
		const {bytesRead} = await read(fd, buffer, 0, length, 0);
		return buffer.subarray(0, bytesRead);
	},
	write: async (fd, data) => (await write(fd, data, 0, data.length)).bytesWritten,
	fsync: fd => fsync(fd),
	close: fd => close(fd),
	async syncFolder(folder) {
		// Windows cannot open a folder for fsync; its NTFS journal covers the entry.
		if (process.platform === 'win32') {
			return;
		}

		const fd = await open(folder, constants.O_RDONLY);
		try {
			await fsync(fd);
		} finally {
			await close(fd);
		}
	},
};

const newline = 0x0A;
/** How much of a file's start is read to tell a journal from another file. */
const headBytes = 4096;

/** The line written for an entry: its JSON and a newline (JSON.stringify never emits a raw newline). */
export function entryLine(entry: JournalEntry): string {
	return `${JSON.stringify(entry)}\n`;
}

/**
Appends one entry to the journal at `file` and resolves once it is on disk
(written and fsynced). Creates the file and its folder when missing.

@example
```
await appendEntry(journalPath, entry);
showSaved(); // only now
```
*/
export async function appendEntry(file: string, entry: JournalEntry, io: AppendFs = nodeAppendFs): Promise<void> {
	const folder = path.dirname(file);
	await io.mkdir(folder);
	const fd = await io.open(file);
	try {
		const size = await io.size(fd);
		if (size > 0) {
			// Never append to what is not a journal (a dataset named by mistake, minutes, notes).
			const head = await io.head(fd, Math.min(size, headBytes));
			if (!looksLikeJournal(head.toString('utf8'), size <= headBytes)) {
				throw new Error(`${file} is not a journal (its first line is not a journal entry): nothing was appended. Name a new file or the session's journal with --journal`);
			}
		}

		const isTorn = size > 0 && (await io.byteAt(fd, size - 1)) !== newline;
		const data = Buffer.from(isTorn ? `\n${entryLine(entry)}` : entryLine(entry), 'utf8');
		let written = await io.write(fd, data);
		// A short write happens only when the disk is full or a signal interrupts it;
		// finishing the line is better than leaving it torn (the reader would skip it).
		while (written < data.length) {
			const more = await io.write(fd, data.subarray(written));
			if (more <= 0) {
				throw new Error(`could not write the journal entry to ${file}`);
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

export type RecordClock = {
	readonly now: () => number;
	readonly random: () => Uint8Array;
};

export const systemClock: RecordClock = {
	now: () => Date.now(),
	random: () => crypto.getRandomValues(new Uint8Array(6)),
};

/**
Makes an entry (id, time, author) from what to record and appends it durably.
Resolves with the entry once it is on disk. This is what the dashboard's
recording keys and `council record` call.

@example
```
const entry = await recordEntry(journalPath, {kind: 'status', payload: {item: 'item-one-itu', status: 'decided'}}, {name: 'Ana', role: 'secretary'});
```
*/
export async function recordEntry(file: string, draft: EntryDraft, author: Author, clock: RecordClock = systemClock, io: AppendFs = nodeAppendFs): Promise<JournalEntry> {
	// zod and the journal line's schema load only for an entry the fast path does not vouch for (checked-entry.ts).
	const {checkedEntry} = await import('./checked-entry.js');
	const entry = await checkedEntry(makeEntry(draft, author, clock.now(), clock.random()));
	await appendEntry(file, entry, io);
	return entry;
}

/**
Why an author name cannot be recorded, or undefined: the name is judged as a
reader will see it, after control and bidi characters are removed.
*/
export function authorNameProblem(name: string): string | undefined {
	const shown = sanitizeLine(name).trim();
	// Marks that take no room (U+200E/F, U+200B, U+2060, U+FEFF, soft hyphen: Unicode's
	// format characters) survive sanitizing, since they are harmless in text, but a name
	// made of nothing else reads as no name at all.
	if (shown.replace(/[\p{Cf}\p{Z}]/gu, '') === '') {
		return name.trim() === ''
			? 'The author name is empty (--author NAME or the authorName preference).'
			: 'The author name holds only control or bidi characters, which are removed from what is recorded: give a name that can be read (--author NAME).';
	}

	return shown.length > 100 ? `The author name is ${shown.length} characters long; at most 100.` : undefined;
}
