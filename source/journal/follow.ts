import type {Dataset} from '../dataset/schema.js';
import {readJournal, type FileIdentity, type JournalProblem} from './read.js';
import {applyEntries, replay, type JournalRecords} from './replay.js';
import {watchJournal, type WatchOptions} from './watch.js';

/*
The journal as a screen uses it: read and replay once, then follow the file and
hand over new records on every change. The dashboard wraps this in a hook that
dispatches `{type: 'records-changed', records}`; this module holds the only
file watching, so the hook stays a few lines with a cleanup.
*/

export type JournalSnapshot = {
	readonly records: JournalRecords;
	/** Every problem met so far (skipped lines), in file order. */
	readonly problems: readonly JournalProblem[];
	/** Byte offset and line number where the next read starts. */
	readonly offset: number;
	readonly line: number;
	/** The file read, to tell when another file takes the journal's name. */
	readonly identity?: FileIdentity | undefined;
};

/** Reads and replays the whole journal (a missing file is an empty journal). */
export async function openJournal(file: string, dataset: Dataset): Promise<JournalSnapshot> {
	const chunk = await readJournal(file);
	return {records: replay(dataset, chunk.entries), problems: chunk.problems, offset: chunk.nextOffset, line: chunk.nextLine, identity: chunk.identity};
}

export type JournalFollower = {
	/** Reads new lines now: call after recording so the screen need not wait for the watch. */
	readonly refresh: () => void;
	readonly stop: () => void;
};

/**
Follows the journal from a snapshot; `onChange` gets the new records (and all
problems so far) whenever entries arrive, within a second of their append.
When the file was replaced, truncated or deleted, the records are rebuilt from
what is on disk now and `notice` says so, for the screen to show.

@example
```
const snapshot = await openJournal(file, dataset);
dispatch({type: 'records-changed', records: snapshot.records});
const follower = followJournal(file, dataset, snapshot, ({records}) => dispatch({type: 'records-changed', records}));
// on `d` … await recordEntry(file, draft, author); follower.refresh(); show('saved');
return follower.stop; // effect cleanup
```
*/
export function followJournal(
	file: string,
	dataset: Dataset,
	snapshot: JournalSnapshot,
	onChange: (change: {readonly records: JournalRecords; readonly problems: readonly JournalProblem[]; readonly notice?: string}) => void,
	onError?: (error: unknown) => void,
	watchOptions: Pick<WatchOptions, 'pollMs' | 'useFsWatch'> = {},
): JournalFollower {
	let {records, problems} = snapshot;
	const stop = watchJournal(file, {
		offset: snapshot.offset,
		line: snapshot.line,
		identity: snapshot.identity,
		onUpdate(update) {
			records = update.isReset ? replay(dataset, update.entries) : applyEntries(records, update.entries);
			problems = update.isReset ? update.problems : [...problems, ...update.problems];
			const notice = resetNotice(update.reason, update.entries.length);
			onChange(notice === undefined ? {records, problems} : {records, problems, notice});
		},
		...(onError === undefined ? {} : {onError}),
		...watchOptions,
	});
	return {refresh: stop.check, stop};
}

function entriesWords(count: number): string {
	return count === 1 ? '1 entry' : `${count.toLocaleString('en-US')} entries`;
}

/** What the screen says when the journal under it changed as a whole. */
export function resetNotice(reason: 'replaced' | 'truncated' | 'deleted' | undefined, entries: number): string | undefined {
	switch (reason) {
		case 'replaced': {
			return `Journal replaced by another file: re-read ${entriesWords(entries)}`;
		}

		case 'truncated': {
			return `Journal shortened: re-read ${entriesWords(entries)}`;
		}

		case 'deleted': {
			return 'Journal deleted: nothing recorded is on disk; showing the dataset alone (the next entry starts a new journal)';
		}

		default: {
			return undefined;
		}
	}
}
