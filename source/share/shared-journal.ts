import {ensureJournalHeader, type JournalHeader} from '../journal/header.js';
import {readJournal, readJournalFrom, type JournalProblem} from '../journal/read.js';
import type {JournalEntry} from '../journal/schema.js';
import type {ShareTarget} from './config.js';
import type {ShareConnection} from './connection.js';
import {appendEntries, appendMarker, readMarker, resetMarker, withAppendLock} from './local.js';
import {conflicts, mergedOrder, missingLocally, unsharedEntries, type ShareStatus} from './order.js';
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
starts with it, so it is bound like any other journal.
*/

export type SharedJournalOptions = {
	readonly canPush: boolean;
	readonly machine: string;
	/** The session this journal records (the dataset's session id). */
	readonly session?: string;
	/** The header a journal created here starts with (journal/header.ts). */
	readonly header?: JournalHeader;
};

export type SharedView = {
	/** The order to replay: the server's, then the unshared local entries. */
	readonly entries: readonly JournalEntry[];
	/** Which machine pushed each shared entry, by entry id. */
	readonly machines: ReadonlyMap<string, string>;
	/** Skipped local lines, then skipped shared rows. */
	readonly problems: readonly JournalProblem[];
	readonly status: ShareStatus;
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
		for (const entry of chunk.entries) {
			journal.keepLocal(entry);
		}

		journal.localProblems = [...chunk.problems];
		journal.offset = chunk.nextOffset;
		journal.line = chunk.nextLine;
		// Offline, the marker's order stands in for the server's (entries it names that are here).
		const byId = new Map(chunk.entries.map(entry => [entry.id, entry]));
		journal.logId = marker.logId;
		for (const row of marker.rows) {
			const entry = byId.get(row.id);
			if (entry !== undefined) {
				journal.keepShared({seq: row.seq, entry, machine: ''});
			}
		}

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
	private local: JournalEntry[] = [];
	private localById = new Map<string, JournalEntry>();
	private localProblems: JournalProblem[] = [];
	private server: SharedEntry[] = [];
	private serverIds = new Set<string>();
	private machines = new Map<string, string>();
	/** Local entries the server holds (kept as entries arrive: counting them each time is quadratic over a session). */
	private sharedLocal = 0;
	private readonly serverProblems = new Map<number, JournalProblem>();
	private lastSeq = 0;
	/**
	True once this process has read the whole server log (the marker's rows are then confirmed).
	Every new connection reads it whole again: a server restored from a backup, or
	one that lost its last commits in a crash, may lack entries this machine thought
	shared (they are pushed again) and may reuse sequence numbers.
	*/
	private hasPulledAll = false;
	private logId: string | undefined;
	private cached: readonly JournalEntry[] | undefined;
	/** Counts changes to what view() returns, so a follower emits only when something changed. */
	changes = 0;

	private constructor(journalPath: string, options: SharedJournalOptions) {
		this.journalPath = journalPath;
		this.canPush = options.canPush;
		this.machine = options.machine;
		this.session = options.session;
		this.header = options.header;
	}

	/** Entries read from the local journal since (by a watcher); whole: the file was replaced. */
	addLocal(entries: readonly JournalEntry[], problems: readonly JournalProblem[], isReset: boolean): boolean {
		if (isReset) {
			this.local = [];
			this.localById = new Map();
			this.localProblems = [];
			this.sharedLocal = 0;
		}

		let isChanged = isReset || problems.length > 0;
		for (const entry of entries) {
			isChanged = this.keepLocal(entry) || isChanged;
		}

		this.localProblems.push(...problems);
		if (isChanged) {
			this.cached = undefined;
			this.changes++;
		}

		return isChanged;
	}

	get localCount(): number {
		return this.local.length;
	}

	get unsharedCount(): number {
		return this.local.length - this.sharedLocal;
	}

	private keepLocal(entry: JournalEntry): boolean {
		if (this.localById.has(entry.id)) {
			return false;
		}

		this.localById.set(entry.id, entry);
		this.local.push(entry);
		if (this.serverIds.has(entry.id)) {
			this.sharedLocal++;
		}

		return true;
	}

	private keepShared(shared: SharedEntry): boolean {
		if (this.serverIds.has(shared.entry.id)) {
			return false;
		}

		this.serverIds.add(shared.entry.id);
		this.server.push(shared);
		if (shared.machine !== '') {
			this.machines.set(shared.entry.id, shared.machine);
		}

		if (this.localById.has(shared.entry.id)) {
			this.sharedLocal++;
		}

		return true;
	}

	view(status: Omit<ShareStatus, 'unshared' | 'isReadOnly'>): SharedView {
		this.cached ??= mergedOrder(this.server, this.local);
		return {
			entries: this.cached,
			machines: this.machines,
			problems: [...this.localProblems, ...[...this.serverProblems.values()].sort((a, b) => a.line - b.line)],
			status: {...status, unshared: this.unsharedCount, isReadOnly: !this.canPush},
		};
	}

	/** The server's entries as pulled (for `council log --share`). */
	sharedEntries(): readonly SharedEntry[] {
		return this.server;
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
			const unshared = unsharedEntries(this.local, this.serverIds);
			if (unshared.length > 0) {
				pushed = await pushEntries(connection, unshared, this.machine, this.session);
				await this.pullNew(connection);
			}
		}

		let pulled = 0;
		if ((options.appendLocally ?? true) && missingLocally(this.server, this.localById).length > 0) {
			pulled = await withAppendLock(this.journalPath, async () => {
				// Another process on this journal (a second screen, council share pull) may have appended them already.
				await this.readLocalTail();
				const missing = missingLocally(this.server, this.localById);
				if (this.header !== undefined) {
					// A journal created here (joining late, share pull into a new file) starts bound to its dataset.
					await ensureJournalHeader(this.journalPath, this.header);
				}

				await appendEntries(this.journalPath, missing);
				for (const entry of missing) {
					this.keepLocal(entry);
				}

				this.cached = undefined;
				this.changes++;
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
		for (const entry of chunk.entries) {
			if (this.keepLocal(entry)) {
				this.cached = undefined;
				this.changes++;
			}
		}
	}

	/** The first pull of a process: the whole log, replacing what the marker said. */
	private async pullAll(connection: ShareConnection, logId: string): Promise<void> {
		const pulled = await pullSince(connection, 0, this.session);
		this.server = [];
		this.serverIds = new Set();
		this.machines = new Map();
		this.sharedLocal = 0;
		this.serverProblems.clear();
		this.lastSeq = 0;
		this.accept(pulled.entries, pulled.problems, pulled.lastSeq);
		this.hasPulledAll = true;
		this.logId = logId;
		await resetMarker(this.journalPath, logId);
		await appendMarker(this.journalPath, this.server.map(({seq, entry}) => ({seq, id: entry.id})));
	}

	private async pullNew(connection: ShareConnection): Promise<void> {
		const pulled = await pullSince(connection, this.lastSeq, this.session);
		const added = this.accept(pulled.entries, pulled.problems, pulled.lastSeq);
		if (this.logId !== undefined) {
			await appendMarker(this.journalPath, added.map(({seq, entry}) => ({seq, id: entry.id})));
		}
	}

	private accept(entries: readonly SharedEntry[], problems: readonly JournalProblem[], lastSeq: number): SharedEntry[] {
		const added: SharedEntry[] = [];
		for (const shared of entries) {
			if (this.keepShared(shared)) {
				added.push(shared);
			}
		}

		for (const problem of problems) {
			this.serverProblems.set(problem.line, problem);
		}

		for (const shared of conflicts(added, this.localById)) {
			this.serverProblems.set(shared.seq, {line: shared.seq, kind: 'duplicate', message: `shared entry #${shared.seq} has the id of an entry saved here (${shared.entry.id}) with other content; this machine's entry is kept`});
		}

		this.lastSeq = Math.max(this.lastSeq, lastSeq);
		if (added.length > 0 || problems.length > 0) {
			this.cached = undefined;
			this.changes++;
		}

		return added;
	}
}

export type {ShareTarget};
