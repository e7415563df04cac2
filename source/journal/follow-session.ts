import {buildIndex, type DatasetIndex} from '../dataset/build-index.js';
import type {Dataset} from '../dataset/schema.js';
import {withJournalDelegations} from './journal-delegations.js';
import {readJournal, type JournalProblem} from './read.js';
import {applyEntries, replay, type JournalRecords} from './replay.js';
import type {JournalEntry} from './schema.js';
import {resetNotice, type JournalSnapshot} from './follow.js';
import {watchJournal, type WatchOptions} from './watch.js';

/*
A screen's session: the dataset file's version, plus the delegations the
journal added, indexed, and the journal replayed on that. Most new entries
just extend the records; two things change the dataset the screen sees, and
then the index is rebuilt and the journal replayed from the start:

- a `delegation` entry (the Holy See added on another screen): positions by it
  must find it;
- a new version of the dataset file (`replaceDataset`, from the file watcher:
  an item added by `council agenda add` while the session runs).

follow.ts stays the plain journal follower; this one is what the dashboard uses.
*/

export type SessionView = {
	readonly dataset: Dataset;
	readonly index: DatasetIndex;
	readonly records: JournalRecords;
	readonly problems: readonly JournalProblem[];
};

export type SessionSnapshot = SessionView & {
	readonly entries: readonly JournalEntry[];
	/** The journal file read (its identity), to notice when another takes its name. */
	readonly identity?: JournalSnapshot['identity'];
	readonly offset: number;
	readonly line: number;
	/** The dataset file's version, without the journal's delegations. */
	readonly fileDataset: Dataset;
};

/** The view a screen sees: the file's dataset plus the journal's delegations, indexed, and the entries replayed on it (also the shared feed's, source/share/feed.ts). */
export function viewOf(fileDataset: Dataset, fileIndex: DatasetIndex | undefined, entries: readonly JournalEntry[]): {dataset: Dataset; index: DatasetIndex; records: JournalRecords} {
	const dataset = withJournalDelegations(fileDataset, entries);
	const index = dataset === fileDataset && fileIndex !== undefined ? fileIndex : buildIndex(dataset);
	return {dataset, index, records: replay(dataset, entries, index)};
}

/** Reads and replays the whole journal on the dataset and the delegations it adds. */
export async function openSessionView(file: string, fileDataset: Dataset, fileIndex: DatasetIndex): Promise<SessionSnapshot> {
	const chunk = await readJournal(file);
	return {...viewOf(fileDataset, fileIndex, chunk.entries), problems: chunk.problems, entries: chunk.entries, offset: chunk.nextOffset, line: chunk.nextLine, identity: chunk.identity, fileDataset};
}

export type SessionFollower = {
	/** Reads new lines now (after recording). */
	readonly refresh: () => void;
	/** A new version of the dataset file: the view is rebuilt on it. */
	readonly replaceDataset: (dataset: Dataset, index: DatasetIndex) => void;
	readonly stop: () => void;
};

export type SessionListeners = {
	/** New entries that left the dataset as it was. */
	readonly onRecords: (records: JournalRecords, problems: readonly JournalProblem[], notice?: string) => void;
	/**
	The dataset the screen sees changed (a delegation entry, a new file version,
	or the journal re-read as a whole: `notice` says why): a new index and the
	records replayed on it.
	*/
	readonly onView: (view: SessionView, cause: 'journal' | 'dataset', notice?: string) => void;
	readonly onError?: (error: unknown) => void;
};

export function followSession(file: string, snapshot: SessionSnapshot, listeners: SessionListeners, watchOptions: Pick<WatchOptions, 'pollMs' | 'useFsWatch'> = {}): SessionFollower {
	let {fileDataset, records, problems} = snapshot;
	// Kept for the replays a new dataset needs; appended to in place (a long session has many).
	let entries = [...snapshot.entries];
	const stop = watchJournal(file, {
		offset: snapshot.offset,
		line: snapshot.line,
		identity: snapshot.identity,
		onUpdate(update) {
			if (update.isReset) {
				entries = [...update.entries];
			} else {
				// A loop, not push(...): a bulk append may bring more entries than a call takes arguments.
				for (const entry of update.entries) {
					entries.push(entry);
				}
			}

			problems = update.isReset ? update.problems : [...problems, ...update.problems];
			if (update.isReset || update.entries.some(entry => entry.kind === 'delegation')) {
				const view = viewOf(fileDataset, undefined, entries);
				records = view.records;
				listeners.onView({...view, problems}, 'journal', resetNotice(update.reason, update.entries.length));
				return;
			}

			records = applyEntries(records, update.entries);
			listeners.onRecords(records, problems);
		},
		...(listeners.onError === undefined ? {} : {onError: listeners.onError}),
		...watchOptions,
	});
	return {
		refresh: stop.check,
		replaceDataset(dataset, index) {
			fileDataset = dataset;
			const view = viewOf(dataset, index, entries);
			records = view.records;
			listeners.onView({...view, problems}, 'dataset');
		},
		stop,
	};
}
