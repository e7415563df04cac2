import type {Dataset} from '../dataset/schema.js';
import {readJournal, type JournalProblem} from './read.js';
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
};

/** Reads and replays the whole journal (a missing file is an empty journal). */
export async function openJournal(file: string, dataset: Dataset): Promise<JournalSnapshot> {
	const chunk = await readJournal(file);
	return {records: replay(dataset, chunk.entries), problems: chunk.problems, offset: chunk.nextOffset, line: chunk.nextLine};
}

export type JournalFollower = {
	/** Reads new lines now: call after recording so the screen need not wait for the watch. */
	readonly refresh: () => void;
	readonly stop: () => void;
};

/**
Follows the journal from a snapshot; `onChange` gets the new records (and all
problems so far) whenever entries arrive, within a second of their append.

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
	onChange: (change: {readonly records: JournalRecords; readonly problems: readonly JournalProblem[]}) => void,
	onError?: (error: unknown) => void,
	watchOptions: Pick<WatchOptions, 'pollMs' | 'useFsWatch'> = {},
): JournalFollower {
	let {records, problems} = snapshot;
	const stop = watchJournal(file, {
		offset: snapshot.offset,
		line: snapshot.line,
		onUpdate(update) {
			records = update.isReset ? replay(dataset, update.entries) : applyEntries(records, update.entries);
			problems = update.isReset ? update.problems : [...problems, ...update.problems];
			onChange({records, problems});
		},
		...(onError === undefined ? {} : {onError}),
		...watchOptions,
	});
	return {refresh: stop.check, stop};
}
