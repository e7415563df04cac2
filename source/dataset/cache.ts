import {isAscii} from 'node:buffer';
import {lstat, mkdir, readdir, rm, stat, unlink} from 'node:fs/promises';
import path from 'node:path';
import envPaths from 'env-paths';
import packageJson from '../../package.json' with {type: 'json'};
import {writeFileAtomic} from '../io/atomic-write.js';
import {maxDatasetBytes} from '../io/limits.js';
import {sha256Here, type Hasher} from '../io/hash-off-thread.js';
import {readInputFile} from '../io/read-input.js';
import type {Dataset} from './schema.js';
import {pagedBody, readPagedBody} from './snapshot-pages.js';

/*
A snapshot of a dataset that loaded: the validated, sanitized dataset and its
warnings, so the next run on the same file skips validation (issue 15: on a
10,000-item session validation is most of a lookup's second). Stored as JSON
under the user's cache folder (COUNCIL_CACHE_DIR overrides it), one file per
dataset content: `datasets/SHA256.snapshot`. JSON, not v8.serialize, and,
when the text is mostly ASCII, all in ASCII (the rest written \uXXXX), which is
read as a one-byte string without decoding UTF-8: on the 5,000-item dataset,
50-55 ms of CPU to read back against 67-70 for UTF-8 JSON and 110-120 for
v8.deserialize (fresh processes, same hour). A text mostly in Chinese or Arabic
stays UTF-8 (escaped, it would be twice the bytes to read and hash, and slow
to write). Only a dataset that JSON gives back exactly
(isJsonExact: no undefined, -0, or anything but plain objects and arrays) is
kept; the validated datasets of JSON files always are. The body is paged
(snapshot-pages.ts): a start parses the agenda and the small collections, and
the documents and positions as they are asked for (the 5,000-item session's
first frame: 25 ms of parsing and indexing instead of 75-100).

Never trusted without its key: the file's own SHA-256 and the program's build
(its version and a hash of its sources, set by scripts/build.mjs), checked
before anything else is read, plus a SHA-256 of the snapshot itself, so a
flipped byte or a truncated file is caught before the value is used. On any
mismatch, or a cache entry that is not a regular file (a FIFO, a symlink: never
followed), the dataset is validated as if there were no cache and the snapshot
rebuilt. A cache can never change an answer, only how soon it comes
(test/dataset/cache.test.ts loads datasets cold and warm and compares every
lookup, warning and problem). Only datasets that load are kept, and only from
minBytes up. The bundled dataset (89 KB) is kept too: its snapshot is read and
checked in less time than zod takes to validate it (`council lookup` on it: 234-238
ms of CPU validating, 209-212 ms from the snapshot, same build, same hour).
*/

declare const __COUNCIL_BUILD_ID__: string | undefined;

const magic = 'council-dataset-cache 3\n';
const snapshotExtension = '.snapshot';
/** The snapshots kept; the oldest beyond these are removed when one is written. */
const maxSnapshots = 8;
/** Below this a dataset is validated every time (a few lines: nothing worth a file in the cache). */
export const defaultCacheMinBytes = 16 * 1024;

export type CacheOptions = {
	/** The folder holding `datasets/`; default COUNCIL_CACHE_DIR, else e.g. ~/.cache/council. */
	readonly folder: string;
	/** The program's part of the key. */
	readonly version: string;
	readonly minBytes: number;
};

/** The program's part of the key: its version and, when bundled, the hash of the sources it was built from. */
export const programVersion = `${packageJson.version}+${typeof __COUNCIL_BUILD_ID__ === 'string' ? __COUNCIL_BUILD_ID__ : 'unbundled'}`;

export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string {
	const override = env['COUNCIL_CACHE_DIR'];
	return override !== undefined && override !== '' ? path.resolve(override) : envPaths('council', {suffix: ''}).cache;
}

/**
The cache a load uses by default: off when COUNCIL_CACHE_DIR is "off", and in
code not bundled (tests, the bench in-process) unless COUNCIL_CACHE_DIR is set,
since unbundled sources carry no build hash to key it with.
*/
export function defaultCacheOptions(env: NodeJS.ProcessEnv = process.env): CacheOptions | undefined {
	const override = env['COUNCIL_CACHE_DIR'];
	if (override === 'off' || (typeof __COUNCIL_BUILD_ID__ !== 'string' && (override === undefined || override === ''))) {
		return undefined;
	}

	return {folder: cacheFolder(env), version: programVersion, minBytes: defaultCacheMinBytes};
}

/** What a snapshot holds: the load's result without the file's name (which differs by where it is run from). */
export type Snapshot = {
	readonly dataset: Dataset;
	readonly warnings: ReadonlyArray<{readonly line?: number; readonly column?: number; readonly path: string; readonly message: string}>;
};

/** `head`: the length of the body's head, in bytes (snapshot-pages.ts). */
type Header = {readonly version: string; readonly content: string; readonly snapshot: string; readonly bytes: number; readonly head: number};

export function snapshotFile(options: CacheOptions, contentHash: string): string {
	return path.join(options.folder, 'datasets', `${contentHash}${snapshotExtension}`);
}

export function contentHashOf(bytes: Uint8Array): string {
	return sha256Here(bytes);
}

/**
Whether JSON.parse(JSON.stringify(value)) is exactly `value`: strings, finite
numbers other than -0, booleans, null, arrays without holes and plain objects
with own enumerable string keys (not __proto__) and no undefined values. Key
order survives JSON in both directions, so it is not checked.
*/
export function isJsonExact(value: unknown): boolean {
	switch (typeof value) {
		case 'string':
		case 'boolean': {
			return true;
		}

		case 'number': {
			return Number.isFinite(value) && !Object.is(value, -0);
		}

		case 'object': {
			if (value === null) {
				return true;
			}

			if (Array.isArray(value)) {
				if (Object.getPrototypeOf(value) !== Array.prototype || Reflect.ownKeys(value).length !== value.length + 1) {
					return false;
				}

				for (const element of value) {
					if (!isJsonExact(element)) {
						return false;
					}
				}

				return true;
			}

			if (Object.getPrototypeOf(value) !== Object.prototype) {
				return false;
			}

			const keys = Object.keys(value);
			if (Reflect.ownKeys(value).length !== keys.length) {
				return false;
			}

			for (const key of keys) {
				if (key === '__proto__' || !isJsonExact((value as Record<string, unknown>)[key])) {
					return false;
				}
			}

			return true;
		}

		default: {
			return false;
		}
	}
}

/** The snapshot for these file contents, or undefined (none, another key, damaged, not a regular file). Never throws. */
export async function readSnapshot(options: CacheOptions, contentHash: string, hasher?: Hasher): Promise<Snapshot | undefined> {
	try {
		const read = await readInputFile(snapshotFile(options, contentHash), {maxBytes: 4 * maxDatasetBytes, expected: 'a dataset cache', noFollow: true, shared: hasher?.offThread === true});
		if (!read.ok || read.bytes.length < magic.length || read.bytes.toString('latin1', 0, magic.length) !== magic) {
			return undefined;
		}

		const headerEnd = read.bytes.indexOf(0x0A, magic.length);
		if (headerEnd === -1 || headerEnd - magic.length > 4096) {
			return undefined;
		}

		const header = JSON.parse(read.bytes.toString('utf8', magic.length, headerEnd)) as Partial<Header>;
		const body = read.bytes.subarray(headerEnd + 1);
		// The key first, then the snapshot's own hash; its head is parsed while the hash is worked out on another
		// thread, and nothing of it is used unless the hash matches (a damaged body parses to nothing, or to a value thrown away).
		if (header.version !== options.version || header.content !== contentHash || header.bytes !== body.length) {
			return undefined;
		}

		const hash = hasher?.sha256(body);
		const expected = header.snapshot;
		// Hashed here when there is no other thread: before any parse, as ever.
		if (hash === undefined && expected !== sha256Here(body)) {
			return undefined;
		}

		// Bytes all ASCII read the same as latin1, without the UTF-8 decoder.
		const snapshot = readPagedBody(body, header.head ?? 0, isAscii(body) ? 'latin1' : 'utf8') as Snapshot | undefined;
		return hash === undefined || await hash === expected ? snapshot : undefined;
	} catch {
		return undefined;
	}
}

/**
Writes the snapshot (atomically) and prunes the oldest beyond maxSnapshots.
Never throws: a cache that cannot be written is a slower next start, nothing more.
*/
export async function writeSnapshot(options: CacheOptions, contentHash: string, snapshot: Snapshot): Promise<boolean> {
	try {
		const file = snapshotFile(options, contentHash);
		await mkdir(path.dirname(file), {recursive: true, mode: 0o700});
		// Whatever is in its place and is not a regular file (a symlink, a FIFO) is removed, never written through.
		const present = await lstat(file).catch(() => undefined);
		if (present !== undefined && !present.isFile()) {
			await (present.isDirectory() ? rm(file, {recursive: true}) : unlink(file));
		}

		if (!isJsonExact(snapshot)) {
			return false;
		}

		const {bytes: body, headLength} = pagedBody(snapshot.dataset, snapshot.warnings);
		const header: Header = {version: options.version, content: contentHash, snapshot: sha256Here(body), bytes: body.length, head: headLength};
		await writeFileAtomic(file, Buffer.concat([Buffer.from(`${magic}${JSON.stringify(header)}\n`, 'utf8'), body]));
		await pruneSnapshots(path.dirname(file), snapshotExtension);
		return true;
	} catch {
		return false;
	}
}

/**
Removes the oldest snapshots ending in `extension` beyond maxSnapshots (a dataset's and its lookup snapshot are pruned each by its own kind),
and the dataset snapshots of earlier versions (`SHA256.v8`, v8.serialize): no build reads them any more.
*/
export async function pruneSnapshots(folder: string, extension: '.snapshot' | '.lookup'): Promise<void> {
	const all = await readdir(folder);
	const isOurs = (name: string, ending: string) => /^[0-9a-f]{64}\./.test(name) && name.length === 64 + ending.length && name.endsWith(ending);
	if (extension === '.snapshot') {
		await Promise.all(all.filter(name => isOurs(name, '.v8')).map(async name => unlink(path.join(folder, name)).catch(() => undefined)));
	}

	const names = all.filter(name => isOurs(name, extension));
	if (names.length <= maxSnapshots) {
		return;
	}

	const dated = await Promise.all(names.map(async name => ({name, time: (await stat(path.join(folder, name)).catch(() => undefined))?.mtimeMs ?? 0})));
	dated.sort((a, b) => b.time - a.time);
	await Promise.all(dated.slice(maxSnapshots).map(async ({name}) => unlink(path.join(folder, name)).catch(() => undefined)));
}
