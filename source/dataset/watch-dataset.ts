import {createHash} from 'node:crypto';
import fs from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import type {DatasetIndex} from './build-index.js';
import {t} from '../i18n/translate.js';
import {formatLoadError} from './load.js';
import type {Dataset} from './schema.js';

/*
Following the dataset file while a dashboard shows it: `council agenda add` in
another terminal, or an import, replaces it (atomically: a new file renamed
over the old), and the screen should show the new agenda without a restart.
As for the journal (journal/watch.ts), fs.watch on the folder (a rename gives
the file a new inode, which a watch on the file itself would not follow) plus
a stat poll. A change is read after a short pause (an editor saving in place
writes in several steps), compared by content hash (a touch is no change), and
validated like any load: a file that does not load is reported and the screen
keeps the version it has.
*/

export type DatasetReload =
	| {readonly ok: true; readonly dataset: Dataset; readonly index: DatasetIndex; readonly sha256: string}
	| {readonly ok: false; readonly message: string};

export type WatchDatasetOptions = {
	/** Hash of the version already shown: the same content again is no reload. */
	readonly sha256?: string;
	/** How the file is named in messages. */
	readonly name?: string;
	readonly onChange: (reload: DatasetReload) => void;
	readonly pollMs?: number;
	/** Pause between a change and the read. */
	readonly settleMs?: number;
	/** False to rely on the poll alone (tests). */
	readonly useFsWatch?: boolean;
};

const maxProblemsShown = 3;

/** The problems of a file that did not load, on one line: the first few, then how many more. */
function problemsLine(errors: ReadonlyArray<Parameters<typeof formatLoadError>[0]>): string {
	const shown = errors.slice(0, maxProblemsShown).map(error => formatLoadError(error).replace(/\s+/g, ' ').trim());
	return errors.length > maxProblemsShown ? t('notice.dataset-more', {problems: shown.join('; '), count: errors.length - maxProblemsShown}) : shown.join('; ');
}

/** Reads, checks and indexes the file once: what a reload does, for the watcher and for tests. */
export async function readDatasetVersion(file: string, name = file): Promise<DatasetReload> {
	let bytes: Buffer;
	try {
		bytes = await readFile(file);
	} catch (error: unknown) {
		const code = error !== null && typeof error === 'object' && 'code' in error ? String(error.code) : '';
		return {ok: false, message: code === '' ? t('notice.dataset-unreadable', {name}) : t('notice.dataset-unreadable-code', {name, code})};
	}

	// The validator (zod and the schema) loads with the first reload, not with the dashboard.
	const {parseDatasetBytes} = await import('./parse-dataset.js');
	const loaded = parseDatasetBytes(bytes, name);
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	return loaded.ok ? {ok: true, dataset: loaded.dataset, index: loaded.index, sha256} : {ok: false, message: problemsLine(loaded.errors)};
}

/** Calls `onChange` with each new version of the file (or why it cannot be used). Returns the cleanup. */
export function watchDataset(file: string, options: WatchDatasetOptions): () => void {
	const pollMs = options.pollMs ?? 500;
	const settleMs = options.settleMs ?? 150;
	let shown = options.sha256;
	let lastProblem: string | undefined;
	let isClosed = false;
	let isReading = false;
	let isDirty = false;
	let timer: NodeJS.Timeout | undefined;

	const read = async () => {
		const version = await readDatasetVersion(file, options.name ?? file);
		if (isClosed) {
			return;
		}

		if (version.ok) {
			// Back to the version shown after a broken one is reported too: the screen can drop its warning.
			const wasBroken = lastProblem !== undefined;
			lastProblem = undefined;
			if (version.sha256 !== shown || wasBroken) {
				shown = version.sha256;
				options.onChange(version);
			}
		} else if (version.message !== lastProblem) {
			// The same broken file is reported once, not on every poll.
			lastProblem = version.message;
			options.onChange(version);
		}
	};

	const check = () => {
		if (isClosed) {
			return;
		}

		if (isReading) {
			isDirty = true;
			return;
		}

		isReading = true;
		void read().finally(() => {
			isReading = false;
			if (isDirty) {
				isDirty = false;
				schedule();
			}
		});
	};

	const schedule = () => {
		if (timer !== undefined) {
			clearTimeout(timer);
		}

		timer = setTimeout(check, settleMs);
		timer.unref();
	};

	let watcher: fs.FSWatcher | undefined;
	if (options.useFsWatch !== false) {
		try {
			const base = path.basename(file);
			watcher = fs.watch(path.dirname(file), {persistent: false}, (_event, changed) => {
				if (changed === null || changed === base) {
					schedule();
				}
			});
			watcher.on('error', () => watcher?.close());
		} catch {
			watcher = undefined;
		}
	}

	const poll = (current: fs.Stats, previous: fs.Stats) => {
		if (current.size !== previous.size || current.mtimeMs !== previous.mtimeMs || current.ino !== previous.ino) {
			schedule();
		}
	};

	fs.watchFile(file, {interval: pollMs, persistent: false}, poll);
	return () => {
		isClosed = true;
		if (timer !== undefined) {
			clearTimeout(timer);
		}

		watcher?.close();
		fs.unwatchFile(file, poll);
	};
}
