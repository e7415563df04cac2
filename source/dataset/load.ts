import {stat} from 'node:fs/promises';
import {availableParallelism} from 'node:os';
import {sanitizeLine, visibleLine} from '../text/sanitize.js';
import {startHasher, type Hasher} from '../io/hash-off-thread.js';
import {maxDatasetBytes} from '../io/limits.js';
import {readInputFile} from '../io/read-input.js';
import {buildIndex} from './build-index.js';
import {defaultCacheOptions, readSnapshot, writeSnapshot, type CacheOptions} from './cache.js';
import type {LoadError, LoadResult} from './load-result.js';

/*
Reading a dataset: file → text → JSON → sanitized → schema → references → index.
Every problem is collected, none thrown, so one run lists them all as
`file:line:column  path.to.field  message`. The clean path is JSON.parse and a
walk; the syntax tree that gives line and column is only built when there is
something to point at.
*/

export type {LoadError, LoadResult} from './load-result.js';

function fileProblem(file: string, message: string): LoadResult {
	return {ok: false, errors: [{file, path: '', message, severity: 'error'}]};
}

/** From this size on, a dataset's hashes are worked out on another thread. */
const offThreadFrom = 1024 * 1024;

export type LoadOptions = {
	/** How to name the file in problems (what the user typed); default: the path as given. */
	readonly name?: string;
	/** The snapshot cache (cache.ts); default: the user's cache folder when bundled, false: none. */
	readonly cache?: CacheOptions | false;
};

/** Reads and checks a dataset file. Never throws: every failure is a LoadError. */
export async function loadDataset(file: string, options: LoadOptions = {}): Promise<LoadResult> {
	const cache = options.cache === undefined ? defaultCacheOptions() : (options.cache || undefined);
	// The file's and the snapshot's SHA-256 on another thread (hash-off-thread.ts), started before the read, for a file
	// large enough to be worth it (the worker costs ~2 ms of this thread; the bundled dataset hashes in 0.1 ms).
	const size = cache === undefined ? 0 : await stat(file).then(stats => stats.size, () => 0);
	const hasher = cache === undefined ? undefined : startHasher({offThread: size >= offThreadFrom && availableParallelism() > 1});
	try {
		return await loadWith(file, options.name ?? file, cache, hasher);
	} finally {
		hasher?.close();
	}
}

async function loadWith(file: string, name: string, cache: CacheOptions | undefined, hasher: Hasher | undefined): Promise<LoadResult> {
	// Never blocks on a FIFO, never reads /dev/zero: regular files up to maxDatasetBytes only.
	const read = await readInputFile(file, {maxBytes: maxDatasetBytes, expected: 'a dataset file', shared: hasher?.offThread === true});
	if (!read.ok) {
		return fileProblem(name, read.message);
	}

	const {bytes} = read;
	const contentHash = cache !== undefined && hasher !== undefined && bytes.length >= cache.minBytes ? await hasher.sha256(bytes) : undefined;
	try {
		if (cache !== undefined && contentHash !== undefined) {
			// A snapshot of exactly these bytes, validated by this very build: the same answer, without validating again.
			const snapshot = await readSnapshot(cache, contentHash, hasher);
			if (snapshot !== undefined) {
				return {ok: true, dataset: snapshot.dataset, index: buildIndex(snapshot.dataset), warnings: snapshot.warnings.map(warning => ({file: name, ...warning, severity: 'warning' as const})), contentHash};
			}
		}

		// Validating: the schema (and zod) are loaded only now, so a start served from the snapshot never builds them.
		const {parseDatasetBytes} = await import('./parse-dataset.js');
		const result = parseDatasetBytes(bytes, name);
		if (result.ok && cache !== undefined && contentHash !== undefined) {
			await writeSnapshot(cache, contentHash, {dataset: result.dataset, warnings: result.warnings.map(({file: _file, severity: _severity, ...warning}) => warning)});
			return {...result, contentHash};
		}

		return result;
	} catch (error: unknown) {
		// A bug of ours, not a problem of the file: still one line, no stack trace.
		return fileProblem(name, `could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
	}
}

/** One problem as a line: `file:line:column  path.to.field  message`. Sanitized: paths and keys come from the file. */
export function formatLoadError(error: LoadError): string {
	// The file name as typed, newlines shown as \n: a name holding "\nok: x.json" must not forge a verdict line.
	const file = visibleLine(error.file);
	const place = error.line === undefined ? file : `${file}:${error.line}:${error.column ?? 1}`;
	const parts = [place, sanitizeLine(error.path), sanitizeLine(error.severity === 'warning' ? `warning: ${error.message}` : error.message)].filter(part => part !== '');
	return parts.join('  ');
}

/** Every problem, one per line, each line ending in a newline. */
export function formatLoadErrors(errors: readonly LoadError[]): string {
	return errors.map(error => `${formatLoadError(error)}\n`).join('');
}
