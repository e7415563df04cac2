import {hash} from 'node:crypto';
import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs';
import {lstat, mkdir, rm, unlink} from 'node:fs/promises';
import path from 'node:path';
import v8 from 'node:v8';
import {writeFileAtomic} from '../io/atomic-write.js';
import {pruneSnapshots, type CacheOptions} from './cache.js';

/*
A lookup snapshot: beside a dataset's snapshot (cache.ts), the records a
one-off `council lookup` needs (lookup keys → ids, each entity, who cites it),
stored so that one lookup reads a few kilobytes of it instead of validating,
or even deserializing, the whole dataset (issue 15: a warm lookup on a
10,000-item dataset spent ~450 ms deserializing and indexing a snapshot to
answer from a few entities).

`datasets/SHA256.lookup`: a magic line, a header line (JSON: the key, that is
the dataset file's SHA-256 and the program's version, as cache.ts keys it; the
page count; the body's length; the directory's SHA-256), then the body: a
directory of pages (offset, length, SHA-256 of each) and the pages, each a v8
serialized Map of records. A record lives in the page its name hashes to, so a
lookup reads the header, the directory and the pages of the names it asks for.

Never trusted without its key, checked before anything else; the directory by
its hash before a page is located; each page by its hash before v8 sees it. A
page that fails its check throws SnapshotDamaged (the caller answers from the
dataset instead and rewrites the snapshot). Opened O_NOFOLLOW | O_NONBLOCK and
fstat'ed: a symlink or a FIFO in its place is never followed or waited on.
*/

const magic = 'council-lookup-cache 1\n';
const hashBytes = 32;
/** Per page in the directory: offset and length (uint32 each), then the page's SHA-256. */
const entryBytes = 8 + hashBytes;
/** Records per page, about: pages of a few kilobytes, a directory of a few hundred. */
const recordsPerPage = 16;
/** Far above a 50 MB dataset's lookup snapshot; uint32 offsets hold it. */
const maxSnapshotBytes = 1024 * 1024 * 1024;

type Header = {readonly version: string; readonly content: string; readonly pages: number; readonly bytes: number; readonly directory: string};

/** A lookup snapshot that failed a check after it was opened (a page's hash, its shape). */
export class SnapshotDamaged extends Error {}

const sha256 = (bytes: Uint8Array): Buffer => hash('sha256', bytes, 'buffer') as unknown as Buffer;

export function lookupSnapshotFile(options: CacheOptions, contentHash: string): string {
	return path.join(options.folder, 'datasets', `${contentHash}.lookup`);
}

/** FNV-1a over UTF-16 units: which page a record's name is in. Stable across runs and builds. */
function pageOf(name: string, pages: number): number {
	let value = 0x81_1C_9D_C5;
	for (let index = 0; index < name.length; index++) {
		value = Math.imul(value ^ name.charCodeAt(index), 0x01_00_01_93);
	}

	return (value >>> 0) % pages;
}

/** Writes the records (atomically) as the lookup snapshot of these file contents. Never throws. */
export async function writeLookupSnapshot(options: CacheOptions, contentHash: string, records: ReadonlyMap<string, unknown>): Promise<boolean> {
	try {
		let pages = 1;
		while (pages * recordsPerPage < records.size) {
			pages *= 2;
		}

		const grouped = Array.from({length: pages}, () => new Map<string, unknown>());
		for (const [name, value] of records) {
			grouped[pageOf(name, pages)]!.set(name, value);
		}

		const directory = Buffer.alloc(pages * entryBytes);
		const bodies: Buffer[] = [directory];
		let offset = directory.length;
		for (const [page, map] of grouped.entries()) {
			const body = v8.serialize(map);
			directory.writeUInt32LE(offset, page * entryBytes);
			directory.writeUInt32LE(body.length, (page * entryBytes) + 4);
			sha256(body).copy(directory, (page * entryBytes) + 8);
			bodies.push(body);
			offset += body.length;
		}

		if (offset > maxSnapshotBytes) {
			return false;
		}

		const header: Header = {version: options.version, content: contentHash, pages, bytes: offset, directory: sha256(directory).toString('hex')};
		const file = lookupSnapshotFile(options, contentHash);
		await mkdir(path.dirname(file), {recursive: true, mode: 0o700});
		// Whatever is in its place and is not a regular file (a symlink, a FIFO) is removed, never written through.
		const present = await lstat(file).catch(() => undefined);
		if (present !== undefined && !present.isFile()) {
			await (present.isDirectory() ? rm(file, {recursive: true}) : unlink(file));
		}

		await writeFileAtomic(file, Buffer.concat([Buffer.from(`${magic}${JSON.stringify(header)}\n`, 'utf8'), ...bodies]));
		await pruneSnapshots(path.dirname(file), '.lookup');
		return true;
	} catch {
		return false;
	}
}

export type LookupSnapshot = {
	/** The record of this name, or undefined when there is none; throws SnapshotDamaged when its page fails its check. */
	readonly get: (name: string) => unknown;
	readonly close: () => void;
};

function readAt(fd: number, position: number, length: number): Buffer {
	const buffer = Buffer.alloc(length);
	let done = 0;
	while (done < length) {
		const read = readSync(fd, buffer, done, length - done, position + done);
		if (read === 0) {
			throw new SnapshotDamaged('the lookup snapshot is shorter than its header says');
		}

		done += read;
	}

	return buffer;
}

/** The lookup snapshot for these file contents, opened, or undefined (none, another key, damaged, not a regular file). Never throws. */
export function openLookupSnapshot(options: CacheOptions, contentHash: string): LookupSnapshot | undefined {
	let fd: number;
	try {
		fd = openSync(lookupSnapshotFile(options, contentHash), constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
	} catch {
		return undefined;
	}

	try {
		const size = fstatSync(fd);
		if (!size.isFile() || size.size > maxSnapshotBytes) {
			throw new SnapshotDamaged('not a regular file');
		}

		const head = readAt(fd, 0, Math.min(size.size, magic.length + 4096));
		if (head.toString('latin1', 0, magic.length) !== magic) {
			throw new SnapshotDamaged('no magic line');
		}

		const headerEnd = head.indexOf(0x0A, magic.length);
		if (headerEnd === -1) {
			throw new SnapshotDamaged('no header line');
		}

		const header = JSON.parse(head.toString('utf8', magic.length, headerEnd)) as Partial<Header>;
		const bodyStart = headerEnd + 1;
		// The key first: nothing else of a snapshot written for other contents or by another build is looked at.
		if (header.version !== options.version || header.content !== contentHash || typeof header.pages !== 'number' || !Number.isInteger(header.pages) || header.pages < 1
			|| header.bytes !== size.size - bodyStart || header.pages * entryBytes > header.bytes) {
			throw new SnapshotDamaged('another key, or not the size its header says');
		}

		const pages = header.pages;
		const bodyBytes = header.bytes;
		const directory = readAt(fd, bodyStart, pages * entryBytes);
		if (sha256(directory).toString('hex') !== header.directory) {
			throw new SnapshotDamaged('the directory fails its check');
		}

		const read = new Map<number, ReadonlyMap<string, unknown>>();
		const page = (number: number): ReadonlyMap<string, unknown> => {
			let map = read.get(number);
			if (map === undefined) {
				const at = number * entryBytes;
				const offset = directory.readUInt32LE(at);
				const length = directory.readUInt32LE(at + 4);
				if (offset < pages * entryBytes || offset + length > bodyBytes) {
					throw new SnapshotDamaged('a page outside the snapshot');
				}

				const body = readAt(fd, bodyStart + offset, length);
				if (!sha256(body).equals(directory.subarray(at + 8, at + entryBytes))) {
					throw new SnapshotDamaged('a page fails its check');
				}

				const value: unknown = v8.deserialize(body);
				if (!(value instanceof Map)) {
					throw new SnapshotDamaged('a page is not a map');
				}

				map = value as ReadonlyMap<string, unknown>;
				read.set(number, map);
			}

			return map;
		};

		let open = true;
		return {
			get: name => page(pageOf(name, pages)).get(name),
			close() {
				if (open) {
					open = false;
					closeSync(fd);
				}
			},
		};
	} catch {
		closeSync(fd);
		return undefined;
	}
}
