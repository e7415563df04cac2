import {ensureJournalHeader, type JournalHeader} from '../journal/header.js';
import {readJournal, readJournalFrom, type JournalProblem} from '../journal/read.js';
import type {JournalEntry} from '../journal/schema.js';
import type {ShareTarget} from './config.js';
import type {ShareConnection} from './connection.js';
import {appendEntries, appendMarker, readMarker, resetMarker, withAppendLock} from './local.js';
import {KnownEntries, type SharedView} from './known-entries.js';
import type {ShareStatus} from './order.js';
import type {SharedEntry} from './rows.js';
import {bindLogSession, checkSchema} from './schema.js';
import {pullSince, pushEntries} from './store.js';

/*
One machine's view of the shared journal: its local journal (every entry saved
here, and every entry pulled from others) and what the server holds, in the
server's order. `sync` is one round over an open connection: pull, push what the
server lacks, pull again, append what others wrote to the local journal (fsync),
note the server's order in the marker file. The live follower (live.ts) runs it
on every notification, every catch-up tick and every local save; the commands
(`council share push|pull|status`) run it once.

With a session (the dataset's id), the log is bound to it on the first sync
(schema.ts: a log of another session is refused, fatally), entries are pushed
for it and rows of another session skipped; with a header, a local journal this
object creates (a machine joining late, `council share pull` into a new file)
starts with it, so it is bound like any other journal. What is known in memory
(entries, skipped lines, the view) is known-entries.ts's; this file is the I/O.
*/

export type SharedJournalOptions = {
	readonly canPush: boolean;
	readonly machine: string;
	/** The session this journal records (the dataset's session id). */
	readonly session?: string;
	/** The header a journal created here starts with (journal/header.ts). */
	readonly header?: JournalHeader;
};

export type SyncResult = {
	/** Entries this round inserted on the server. */
	readonly pushed: number;
	/** Entries from the server appended to the local journal. */
	readonly pulled: number;
};

export class SharedJournal {
	/** Reads the local journal and the marker: what is known before any connection. */
	static async open(journalPath: string, options: SharedJournalOptions): Promise<SharedJournal> {
		const chunk = await readJournal(journalPath);
		const marker = await readMarker(journalPath);
		const journal = new SharedJournal(journalPath, options);
		journal.known.addLocal(chunk.entries, chunk.problems, false);
		journal.offset = chunk.nextOffset;
		journal.line = chunk.nextLine;
		// Offline, the marker's order stands in for the server's (entries it names that are here).
		const byId = new Map(chunk.entries.map(entry => [entry.id, entry]));
		journal.logId = marker.logId;
		journal.known.addShared(marker.rows.flatMap(row => {
			const entry = byId.get(row.id);
			return entry === undefined ? [] : [{seq: row.seq, entry, machine: ''}];
		}), []);
		return journal;
	}

	readonly journalPath: string;
	readonly canPush: boolean;
	readonly machine: string;
	readonly session: string | undefined;
	readonly header: JournalHeader | undefined;
	/** Byte offset and line of the local journal read so far (where a watcher starts). */
	offset = 0;
	line = 1;
	private readonly known = new KnownEntries();
	private lastSeq = 0;
	/**
	True once this process has read the whole server log (the marker's rows are then confirmed).
	Every new connection reads it whole again: a server restored from a backup, or
	one that lost its last commits in a crash, may lack entries this machine thought
	shared (they are pushed again) and may reuse sequence numbers.
	*/
	private hasPulledAll = false;
	private logId: string | undefined;

	private constructor(journalPath: string, options: SharedJournalOptions) {
		this.journalPath = journalPath;
		this.canPush = options.canPush;
		this.machine = options.machine;
		this.session = options.session;
		this.header = options.header;
	}

	/** Counts changes to what view() returns, so a follower emits only when something changed. */
	get changes(): number {
		return this.known.changes;
	}

	/** Entries read from the local journal since (by a watcher); whole: the file was replaced. */
	addLocal(entries: readonly JournalEntry[], problems: readonly JournalProblem[], isReset: boolean): boolean {
		return this.known.addLocal(entries, problems, isReset);
	}

	get localCount(): number {
		return this.known.localCount;
	}

	get unsharedCount(): number {
		return this.known.unsharedCount;
	}

	view(status: Omit<ShareStatus, 'unshared' | 'isReadOnly'>): SharedView {
		return this.known.view(status, this.canPush);
	}

	/** The server's entries as pulled (for `council log --share`). */
	sharedEntries(): readonly SharedEntry[] {
		return this.known.shared;
	}

	/** One round: pull, push what the server lacks, pull again; others' entries saved locally. */
	async sync(connection: ShareConnection, options: {readonly push?: boolean; readonly appendLocally?: boolean; readonly full?: boolean} = {}): Promise<SyncResult> {
		if (!this.hasPulledAll || options.full === true) {
			const info = await checkSchema(connection);
			if (this.session !== undefined) {
				await bindLogSession(connection, info, this.session, this.canPush);
			}

			await this.pullAll(connection, info.logId);
		} else {
			await this.pullNew(connection);
		}

		let pushed = 0;
		if ((options.push ?? true) && this.canPush) {
			const unshared = this.known.unshared();
			if (unshared.length > 0) {
				pushed = await pushEntries(connection, unshared, this.machine, this.session);
				await this.pullNew(connection);
			}
		}

		let pulled = 0;
		if ((options.appendLocally ?? true) && this.known.missingLocally().length > 0) {
			pulled = await withAppendLock(this.journalPath, async () => {
				// Another process on this journal (a second screen, council share pull) may have appended them already.
				await this.readLocalTail();
				const missing = this.known.missingLocally();
				if (this.header !== undefined) {
					// A journal created here (joining late, share pull into a new file) starts bound to its dataset.
					await ensureJournalHeader(this.journalPath, this.header);
				}

				await appendEntries(this.journalPath, missing);
				this.known.addLocal(missing, [], false);
				return missing.length;
			}) ?? 0;
		}

		return {pushed, pulled};
	}

	/** Lines added to the local journal since this object last read it (entries only; the watcher reports problems). */
	private async readLocalTail(): Promise<void> {
		const chunk = await readJournalFrom(this.journalPath, this.offset, this.line);
		if (chunk.size < this.offset) {
			return;
		}

		this.offset = chunk.nextOffset;
		this.line = chunk.nextLine;
		this.known.addLocal(chunk.entries, [], false);
	}

	/** The first pull of a process: the whole log, replacing what the marker said. */
	private async pullAll(connection: ShareConnection, logId: string): Promise<void> {
		const pulled = await pullSince(connection, 0, this.session);
		this.known.forgetServer();
		this.known.addShared(pulled.entries, pulled.problems);
		this.lastSeq = pulled.lastSeq;
		this.hasPulledAll = true;
		this.logId = logId;
		await resetMarker(this.journalPath, logId);
		await appendMarker(this.journalPath, this.known.shared.map(({seq, entry}) => ({seq, id: entry.id})));
	}

	private async pullNew(connection: ShareConnection): Promise<void> {
		const pulled = await pullSince(connection, this.lastSeq, this.session);
		const added = this.known.addShared(pulled.entries, pulled.problems);
		this.lastSeq = Math.max(this.lastSeq, pulled.lastSeq);
		if (this.logId !== undefined) {
			await appendMarker(this.journalPath, added.map(({seq, entry}) => ({seq, id: entry.id})));
		}
	}
}

export type {ShareTarget};
export type {SharedView} from './known-entries.js';
