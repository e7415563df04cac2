import fs from 'node:fs';
import path from 'node:path';
import {readJournal, readJournalFrom, type FileIdentity, type JournalProblem} from './read.js';
import type {JournalEntry} from './schema.js';

/*
Following the journal so every open screen shows a new entry within a second.
fs.watch is fast but unreliable on some filesystems (network mounts, some
containers, editors replacing the file), so a stat poll runs beside it; either
one triggers the same incremental read, and reads never overlap. The folder is
watched rather than the file, so a journal created after the watch started is
seen too.

A journal is identified by its device and inode, not only its size: a file
renamed over it (`mv other.jsonl journal.jsonl`, an editor's save) is another
journal, read from its start, and a deleted journal empties the records; each
says why (`reason`), for the screen to show, since the records change under
the chair without a key pressed.
*/

export type JournalUpdate = {
	readonly entries: readonly JournalEntry[];
	readonly problems: readonly JournalProblem[];
	/**
	True when the file shrank or was replaced: `entries` is then the whole
	journal, and the records must be replayed from scratch, not extended.
	*/
	readonly isReset: boolean;
	/** Why the records were reset: another file now has the journal's name, it shrank, or it is gone. */
	readonly reason?: 'replaced' | 'truncated' | 'deleted';
};

export type WatchOptions = {
	/** Where the initial read stopped (readJournal's nextOffset and nextLine). */
	readonly offset: number;
	readonly line: number;
	/** The file the initial read read (its identity), to notice when another takes its name. */
	readonly identity?: FileIdentity | undefined;
	readonly onUpdate: (update: JournalUpdate) => void;
	readonly onError?: (error: unknown) => void;
	/** Stat-poll interval; the default keeps a missed fs.watch event under half a second. */
	readonly pollMs?: number;
	/** False to rely on the poll alone (what happens where fs.watch reports nothing); tests use it. */
	readonly useFsWatch?: boolean;
};

/** Stops watching; `check()` reads new lines now (after recording, not to wait for the watch). */
export type StopWatching = (() => void) & {readonly check: () => void};

/**
Delivers entries appended to `file` after `offset`. Returns the cleanup.

@example
```
const first = await readJournal(file);
const stop = watchJournal(file, {offset: first.nextOffset, line: first.nextLine, onUpdate: update => dispatch(update)});
// later
stop();
```
*/
export function watchJournal(file: string, options: WatchOptions): StopWatching {
	const pollMs = options.pollMs ?? 300;
	let offset = options.offset;
	let line = options.line;
	let identity = options.identity;
	let isClosed = false;
	let isReading = false;
	let isDirty = false;

	const deliver = (update: JournalUpdate) => {
		if (!isClosed && (update.isReset || update.entries.length > 0 || update.problems.length > 0)) {
			options.onUpdate(update);
		}
	};

	const readWhole = async (reason: 'replaced' | 'truncated') => {
		const whole = await readJournal(file);
		offset = whole.nextOffset;
		line = whole.nextLine;
		identity = whole.identity;
		deliver({entries: whole.entries, problems: whole.problems, isReset: true, reason});
	};

	const readNew = async () => {
		const chunk = await readJournalFrom(file, offset, line);
		if (chunk.identity === undefined) {
			if (identity !== undefined) {
				// Deleted (or renamed away): nothing is on disk any more, and the screen must not pretend otherwise.
				identity = undefined;
				offset = 0;
				line = 1;
				deliver({entries: [], problems: [], isReset: true, reason: 'deleted'});
			}

			return;
		}

		if (identity !== undefined && (chunk.identity.dev !== identity.dev || chunk.identity.ino !== identity.ino)) {
			await readWhole('replaced');
			return;
		}

		identity = chunk.identity;
		if (chunk.size < offset) {
			await readWhole('truncated');
			return;
		}

		offset = chunk.nextOffset;
		line = chunk.nextLine;
		deliver({entries: chunk.entries, problems: chunk.problems, isReset: false});
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
		readNew()
			.catch((error: unknown) => {
				if (!isClosed) {
					options.onError?.(error);
				}
			})
			.finally(() => {
				isReading = false;
				if (isDirty) {
					isDirty = false;
					check();
				}
			});
	};

	let watcher: fs.FSWatcher | undefined;
	try {
		if (options.useFsWatch === false) {
			throw new Error('fs.watch not wanted');
		}

		const name = path.basename(file);
		watcher = fs.watch(path.dirname(file), {persistent: false}, (_event, changed) => {
			// Some platforms do not report the name; then any change in the folder counts.
			if (changed === null || changed === name) {
				check();
			}
		});
		watcher.on('error', () => {
			// The poll below keeps working; a folder removed mid-session is not fatal.
			watcher?.close();
		});
	} catch {
		// No folder yet, or fs.watch unsupported: the poll alone will do.
		watcher = undefined;
	}

	const poll = (current: fs.Stats, previous: fs.Stats) => {
		if (current.size !== previous.size || current.mtimeMs !== previous.mtimeMs || current.ino !== previous.ino || current.dev !== previous.dev || current.nlink !== previous.nlink) {
			check();
		}
	};

	fs.watchFile(file, {interval: pollMs, persistent: false}, poll);
	// An entry appended between the caller's read and this watch would otherwise wait for the next change.
	check();

	const stop = () => {
		isClosed = true;
		watcher?.close();
		fs.unwatchFile(file, poll);
	};

	return Object.assign(stop, {check});
}
