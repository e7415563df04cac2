import type {DatasetIndex} from './build-index.js';
import type {Dataset} from './schema.js';

/* What loading a dataset gives (load.ts reads, parse-dataset.ts validates): a file's every problem, or the dataset and its index. */

export type LoadError = {
	readonly file: string;
	/** 1-based; undefined for a problem with the whole file (missing, empty, binary). */
	readonly line?: number;
	readonly column?: number;
	/** `agendaItems[0].documents[1]`; empty for a problem with the whole file. */
	readonly path: string;
	readonly message: string;
	readonly severity: 'error' | 'warning';
};

export type LoadResult =
	| {readonly ok: true; readonly dataset: Dataset; readonly index: DatasetIndex; readonly warnings: readonly LoadError[]; /** The SHA-256 of the bytes loaded, when the cache keyed them. */ readonly contentHash?: string}
	| {readonly ok: false; readonly errors: readonly LoadError[]};
