import {createHash} from 'node:crypto';
import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs';
import type {CacheOptions} from './cache.js';
import type {DatasetIndex} from './index-types.js';
import {openLookupSnapshot, writeLookupSnapshot} from './lookup-snapshot.js';
import {lookupRecords, snapshotIndex} from './snapshot-index.js';
import {maxDatasetBytes} from '../io/limits.js';

/*
The lookup snapshot's two ends for `council lookup`: answer from it when the
dataset file's contents have one (keyed as the dataset cache is: the file's
SHA-256 and the program's version), else load the dataset as always and keep
one for the next run. Whatever goes wrong on the way (no snapshot, another
key, a damaged page, a question the snapshot cannot answer) ends in the
dataset's own answer, never in a different one.
*/

export type LookupCacheKey = {readonly cache: CacheOptions; readonly contentHash: string};

/** The cache key of this dataset file (`cache`: defaultCacheOptions(), as loadDataset's), or undefined when there is no cache, the file cannot be read or is below the cache's size floor. */
export function lookupCacheKey(file: string, cache: CacheOptions | undefined): LookupCacheKey | undefined {
	if (cache === undefined) {
		return undefined;
	}

	const contentHash = contentHashOfFile(file, cache.minBytes);
	return contentHash === undefined ? undefined : {cache, contentHash};
}

/**
The SHA-256 of a regular file's bytes (what contentHashOf gives for them),
read a megabyte at a time into one buffer: on a 17.6 MB dataset 13-20 ms
against 35-45 ms to read it whole and hash it (a fresh 17.6 MB buffer is
mostly page faults). Undefined for anything that is not a regular file of
minBytes up to maxDatasetBytes (loadDataset then says why), never blocking on
a FIFO (O_NONBLOCK, then fstat). SHA-256 over SHA-512, BLAKE2b and SHA3 on
this CPU (SHA-NI): 9 ms against 16-31 ms for the same bytes in memory.
*/
function contentHashOfFile(file: string, minBytes: number): string | undefined {
	let fd: number;
	try {
		fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch {
		return undefined;
	}

	try {
		const stats = fstatSync(fd);
		if (!stats.isFile() || stats.size === 0 || stats.size < minBytes || stats.size > maxDatasetBytes) {
			return undefined;
		}

		const hash = createHash('sha256');
		const buffer = Buffer.allocUnsafe(1024 * 1024);
		let total = 0;
		for (let read = readSync(fd, buffer, 0, buffer.length, null); read > 0; read = readSync(fd, buffer, 0, buffer.length, null)) {
			total += read;
			// A file growing while it is read: loadDataset refuses it by its size.
			if (total > maxDatasetBytes) {
				return undefined;
			}

			hash.update(buffer.subarray(0, read));
		}

		return hash.digest('hex');
	} catch {
		return undefined;
	} finally {
		closeSync(fd);
	}
}

/**
Answers from the lookup snapshot: `answer` gets an index read from it and
returns what to print. Undefined when there is no usable snapshot or it could
not answer (answer it from the dataset then). Nothing is printed here.
*/
export function answerFromLookupSnapshot<T>(key: LookupCacheKey, answer: (index: DatasetIndex) => T | undefined): T | undefined {
	const snapshot = openLookupSnapshot(key.cache, key.contentHash);
	if (snapshot === undefined) {
		return undefined;
	}

	try {
		return answer(snapshotIndex(snapshot));
	} catch {
		// A damaged page (SnapshotDamaged), a question it holds no answer to (SnapshotGap), or anything else: the dataset answers.
		return undefined;
	} finally {
		snapshot.close();
	}
}

/** Keeps the lookup snapshot of a dataset that loaded, for the next run. Never throws. */
export async function keepLookupSnapshot(key: LookupCacheKey, index: DatasetIndex): Promise<boolean> {
	return writeLookupSnapshot(key.cache, key.contentHash, lookupRecords(index));
}
