import {inflateRawSync} from 'node:zlib';
import {sizeWords} from './limits.js';
import {t, type MessageKey} from '../i18n/translate.js';

/*
What a zip archive (a .docx) expands to, checked before anything inflates it:
the central directory declares each entry's uncompressed size, so a zip bomb
(478 KB that expand to 200 MB) is refused by reading a few kilobytes. A
declared size can lie, so each entry is also inflated here with zlib's
maxOutputLength at its declared size: an entry that would grow past what it
declares stops at that size and is refused. Zip64 archives (entries of 4 GB
and more) are refused: no document needs one.
*/

export type ZipProblem = {readonly message: string};

const endOfDirectory = 0x06_05_4B_50;
const directoryEntry = 0x02_01_4B_50;
const localHeader = 0x04_03_4B_50;

function findEnd(bytes: Buffer): number {
	// The end record is 22 bytes plus a comment of at most 65,535.
	const earliest = Math.max(0, bytes.length - 22 - 65_535);
	for (let at = bytes.length - 22; at >= earliest; at--) {
		if (bytes.readUInt32LE(at) === endOfDirectory) {
			return at;
		}
	}

	return -1;
}

/** Why the archive in `bytes` must not be expanded (too large, lying, zip64), or undefined; the message follows "this .docx". */
export function zipExpansionProblem(bytes: Buffer, maxExpandedBytes: number): ZipProblem | undefined {
	if (bytes.length < 22) {
		return {message: t('cli.import-note.zip.incomplete')};
	}

	const end = findEnd(bytes);
	if (end === -1) {
		return {message: t('cli.import-note.zip.no-directory')};
	}

	const entries = bytes.readUInt16LE(end + 10);
	const directoryOffset = bytes.readUInt32LE(end + 16);
	if (entries === 0xFF_FF || directoryOffset === 0xFF_FF_FF_FF) {
		return {message: t('cli.import-note.zip.zip64')};
	}

	let total = 0;
	let at = directoryOffset;
	for (let entry = 0; entry < entries; entry++) {
		if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== directoryEntry) {
			return {message: t('cli.import-note.zip.directory-cut')};
		}

		const method = bytes.readUInt16LE(at + 10);
		const compressed = bytes.readUInt32LE(at + 20);
		const declared = bytes.readUInt32LE(at + 24);
		const nameLength = bytes.readUInt16LE(at + 28);
		const extraLength = bytes.readUInt16LE(at + 30);
		const commentLength = bytes.readUInt16LE(at + 32);
		const local = bytes.readUInt32LE(at + 42);
		const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8').replace(/[^\w./-]/g, '?').slice(0, 80);
		if (declared === 0xFF_FF_FF_FF || compressed === 0xFF_FF_FF_FF) {
			return {message: t('cli.import-note.zip.zip64')};
		}

		total += declared;
		if (total > maxExpandedBytes) {
			return {message: t('cli.import-note.zip.bomb', {limit: sizeWords(maxExpandedBytes), name})};
		}

		const lying = entryProblem(bytes, local, method, compressed, declared);
		if (lying !== undefined) {
			return {message: t('cli.import-note.zip.holds', {entry: t(lying), name})};
		}

		at += 46 + nameLength + extraLength + commentLength;
	}

	return undefined;
}

/** What is wrong with one entry, as its catalogue key, or undefined. */
function entryProblem(bytes: Buffer, local: number, method: number, compressed: number, declared: number): MessageKey | undefined {
	if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== localHeader) {
		return 'cli.import-note.zip.entry-damaged';
	}

	const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
	if (start + compressed > bytes.length) {
		return 'cli.import-note.zip.entry-cut';
	}

	if (method === 0) {
		return compressed === declared ? undefined : 'cli.import-note.zip.entry-sizes';
	}

	if (method !== 8) {
		// mammoth (JSZip) reads deflate and stored entries only; it reports the rest itself.
		return undefined;
	}

	try {
		const inflated = inflateRawSync(bytes.subarray(start, start + compressed), {maxOutputLength: Math.max(1, declared)});
		return inflated.length === declared ? undefined : 'cli.import-note.zip.entry-size-lies';
	} catch (error: unknown) {
		if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
			return 'cli.import-note.zip.entry-beyond';
		}

		// Corrupt data: mammoth says so in its own words.
		return undefined;
	}
}
