import {constants, type Stats} from 'node:fs';
import fs from 'node:fs/promises';
import {sizeWords} from './limits.js';
import {t} from '../i18n/translate.js';
import {expectedWords, fileErrorWords, type ExpectedFile} from './file-error.js';

/*
The one way a command opens a file it reads (a dataset, a journal, a document
to import). Opened with O_NONBLOCK, then fstat: a FIFO opened so never waits
for a writer, and anything that is not a regular file (a FIFO, /dev/zero, a
terminal, a socket, a folder) is refused by what it is before a byte is read.
A regular file larger than the limit is refused by its size; one that grows
while it is read is cut at the limit and refused too, so memory stays bounded.
*/

export type FileKindProblem = 'missing' | 'not-regular' | 'too-large' | 'unreadable';

export type ReadInput =
	| {readonly ok: true; readonly bytes: Buffer; readonly stats: Stats}
	| {readonly ok: false; readonly problem: FileKindProblem; readonly message: string};

/** What a file that is not a regular file is, in a few words. */
export function fileKindWords(stats: Stats): string {
	if (stats.isDirectory()) {
		return t('notice.file.kind.folder');
	}

	if (stats.isFIFO()) {
		return t('notice.file.kind.fifo');
	}

	if (stats.isCharacterDevice()) {
		return t('notice.file.kind.device');
	}

	if (stats.isBlockDevice()) {
		return t('notice.file.kind.block-device');
	}

	if (stats.isSocket()) {
		return t('notice.file.kind.socket');
	}

	return t('notice.file.kind.other');
}

export function notRegularWords(stats: Stats, expected: ExpectedFile): string {
	return stats.isDirectory() ? t('notice.file.folder-not', {expected: expectedWords(expected)}) : t('notice.file.kind-not', {kind: fileKindWords(stats), expected: expectedWords(expected)});
}

export function tooLargeWords(size: number, limit: number, expected: ExpectedFile): string {
	return t('notice.file.too-large', {size: sizeWords(size), expected: expectedWords(expected), limit: sizeWords(limit)});
}

export type OpenOptions = {
	/** Refuse a symbolic link at the name itself (ELOOP: unreadable): for files only council writes, such as its cache. */
	readonly noFollow?: boolean;
};

/** Opens `file` for reading without ever blocking; the handle is a regular file's, or the reason why not. */
export async function openRegularFile(file: string, expected: ExpectedFile, options: OpenOptions = {}): Promise<{ok: true; handle: fs.FileHandle; stats: Stats} | {ok: false; problem: FileKindProblem; message: string}> {
	let handle: fs.FileHandle;
	try {
		handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK | (options.noFollow === true ? constants.O_NOFOLLOW : 0));
	} catch (error: unknown) {
		const code = (error as NodeJS.ErrnoException).code;
		return {ok: false, problem: code === 'ENOENT' ? 'missing' : 'unreadable', message: fileErrorWords(error, expected)};
	}

	try {
		const stats = await handle.stat();
		if (!stats.isFile()) {
			await handle.close();
			return {ok: false, problem: 'not-regular', message: notRegularWords(stats, expected)};
		}

		return {ok: true, handle, stats};
	} catch (error: unknown) {
		await handle.close();
		return {ok: false, problem: 'unreadable', message: fileErrorWords(error, expected)};
	}
}

/** Reads at most `length` bytes from `position`; fewer when the file ends first. */
export async function readAt(handle: fs.FileHandle, position: number, length: number, shared = false): Promise<Buffer> {
	const buffer = shared ? Buffer.from(new SharedArrayBuffer(length)) : Buffer.alloc(length);
	let filled = 0;
	while (filled < length) {
		// eslint-disable-next-line no-await-in-loop -- one read after the other, into one buffer
		const {bytesRead} = await handle.read(buffer, filled, length - filled, position + filled);
		if (bytesRead === 0) {
			break;
		}

		filled += bytesRead;
	}

	return filled === length ? buffer : buffer.subarray(0, filled);
}

/** Reads from `position` to the end of the file, or `limit` bytes, whichever comes first. */
export async function readUpTo(handle: fs.FileHandle, position: number, limit: number, expected: number, shared = false): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let total = 0;
	let want = Math.min(limit, Math.max(expected, 0) + 1);
	while (total < limit) {
		// eslint-disable-next-line no-await-in-loop -- sequential reads of one file
		const chunk = await readAt(handle, position + total, Math.max(1, Math.min(want, limit - total)), shared);
		chunks.push(chunk);
		total += chunk.length;
		if (chunk.length < want) {
			break;
		}

		want = Math.min(Math.max(want, 64 * 1024), limit - total);
		if (want <= 0) {
			break;
		}
	}

	return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/**
Reads a whole regular file of at most `maxBytes` bytes.

@example
```
const read = await readInputFile(file, {maxBytes: maxDatasetBytes, expected: 'a dataset file'});
if (!read.ok) return problem(read.message); // "is a named pipe (FIFO), not a dataset file: ..."
```
*/
export async function readInputFile(file: string, options: {readonly maxBytes: number; readonly expected: ExpectedFile; readonly shared?: boolean} & OpenOptions): Promise<ReadInput> {
	const opened = await openRegularFile(file, options.expected, options);
	if (!opened.ok) {
		return opened;
	}

	const {handle, stats} = opened;
	try {
		if (stats.size > options.maxBytes) {
			return {ok: false, problem: 'too-large', message: tooLargeWords(stats.size, options.maxBytes, options.expected)};
		}

		// Up to one byte more than the limit: a file growing while it is read is caught, not followed.
		// `shared`: in a SharedArrayBuffer (when read in one go), which a worker can hash without a copy (hash-off-thread.ts).
		const bytes = await readUpTo(handle, 0, options.maxBytes + 1, stats.size, options.shared);
		if (bytes.length > options.maxBytes) {
			return {ok: false, problem: 'too-large', message: tooLargeWords(bytes.length, options.maxBytes, options.expected)};
		}

		return {ok: true, bytes, stats};
	} catch (error: unknown) {
		return {ok: false, problem: 'unreadable', message: fileErrorWords(error, options.expected)};
	} finally {
		await handle.close();
	}
}
