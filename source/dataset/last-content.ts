import {createHash} from 'node:crypto';
import {lstat, mkdir, rm, unlink} from 'node:fs/promises';
import path from 'node:path';
import {writeFileAtomic} from '../io/atomic-write.js';
import {readInputFile} from '../io/read-input.js';
import {pruneSnapshots, type CacheOptions} from './cache.js';

/*
Which content a dataset file had when it was last loaded: its SHA-256, kept in
the cache folder as `datasets/SHA256-OF-ITS-PATH.last`. A hint, never a key:
the load reads the snapshot of that content while the file itself is still
being hashed (issue 15: the 5,000-item session's start otherwise waits for the
file's hash before it can even open the snapshot), and uses it only if the
file's hash, once known, is that content (load.ts). A hint that is wrong,
missing, damaged or not a regular file costs a read, never an answer.
*/

const extension = '.last';
const hexHash = /^[0-9a-f]{64}$/;

function lastContentFile(options: CacheOptions, datasetPath: string): string {
	const key = createHash('sha256').update(path.resolve(datasetPath)).digest('hex');
	return path.join(options.folder, 'datasets', `${key}${extension}`);
}

/** The content the file at this path had when last loaded, or undefined. Never throws. */
export async function readLastContent(options: CacheOptions, datasetPath: string): Promise<string | undefined> {
	try {
		const read = await readInputFile(lastContentFile(options, datasetPath), {maxBytes: 64, expected: 'a dataset cache', noFollow: true});
		const text = read.ok ? read.bytes.toString('latin1') : '';
		return hexHash.test(text) ? text : undefined;
	} catch {
		return undefined;
	}
}

/** Remembers the content the file at this path has now. Never throws: a hint not written is a slower next start. */
export async function writeLastContent(options: CacheOptions, datasetPath: string, contentHash: string): Promise<void> {
	try {
		const file = lastContentFile(options, datasetPath);
		await mkdir(path.dirname(file), {recursive: true, mode: 0o700});
		// Whatever is in its place and is not a regular file (a symlink, a FIFO) is removed, never written through.
		const present = await lstat(file).catch(() => undefined);
		if (present !== undefined && !present.isFile()) {
			await (present.isDirectory() ? rm(file, {recursive: true}) : unlink(file));
		}

		await writeFileAtomic(file, contentHash);
		await pruneSnapshots(path.dirname(file), extension);
	} catch {}
}
