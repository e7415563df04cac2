import type {JournalProblem} from '../journal/read.js';
import type {JournalEntry} from '../journal/schema.js';
import {conflicts, mergedOrder, missingLocally, unsharedEntries, type ShareStatus} from './order.js';
import type {SharedEntry} from './rows.js';

/*
What one machine knows of a shared journal, in memory: the local journal's
entries and skipped lines, the server's entries in its order and its skipped
rows, who pushed each, and how many local entries the server holds. Pure
bookkeeping, no I/O: shared-journal.ts reads and writes the files and the
server around it. Every change that alters what view() gives bumps `changes`,
so a follower emits only when something changed.
*/

export type SharedView = {
	/** The order to replay: the server's, then the unshared local entries. */
	readonly entries: readonly JournalEntry[];
	/** Which machine pushed each shared entry, by entry id. */
	readonly machines: ReadonlyMap<string, string>;
	/** Skipped local lines, then skipped shared rows. */
	readonly problems: readonly JournalProblem[];
	readonly status: ShareStatus;
};

export class KnownEntries {
	/** Counts changes to what view() returns. */
	changes = 0;
	private local: JournalEntry[] = [];
	private localById = new Map<string, JournalEntry>();
	private localProblems: JournalProblem[] = [];
	private server: SharedEntry[] = [];
	private serverIds = new Set<string>();
	private machines = new Map<string, string>();
	/** Local entries the server holds (kept as entries arrive: counting them each time is quadratic over a session). */
	private sharedLocal = 0;
	private readonly serverProblems = new Map<number, JournalProblem>();
	private cached: readonly JournalEntry[] | undefined;

	get localCount(): number {
		return this.local.length;
	}

	get unsharedCount(): number {
		return this.local.length - this.sharedLocal;
	}

	/** The server's entries as pulled. */
	get shared(): readonly SharedEntry[] {
		return this.server;
	}

	/** Local entries the server lacks, in local order. */
	unshared(): JournalEntry[] {
		return unsharedEntries(this.local, this.serverIds);
	}

	/** The server's entries this journal lacks, in the server's order. */
	missingLocally(): JournalEntry[] {
		return missingLocally(this.server, this.localById);
	}

	/** Entries (and skipped lines) read from the local journal; whole, forgetting what was read before, when `isReset`. */
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
			this.changed();
		}

		return isChanged;
	}

	/** The server's whole log is about to be read again: forget what it held. */
	forgetServer(): void {
		this.server = [];
		this.serverIds = new Set();
		this.machines = new Map();
		this.sharedLocal = 0;
		this.serverProblems.clear();
		this.changed();
	}

	/** Entries and skipped rows pulled from the server; returns the entries new to this machine. */
	addShared(entries: readonly SharedEntry[], problems: readonly JournalProblem[]): SharedEntry[] {
		const added = entries.filter(shared => this.keepShared(shared));
		for (const problem of problems) {
			this.serverProblems.set(problem.line, problem);
		}

		for (const shared of conflicts(added, this.localById)) {
			this.serverProblems.set(shared.seq, {line: shared.seq, kind: 'duplicate', message: `shared entry #${shared.seq} has the id of an entry saved here (${shared.entry.id}) with other content; this machine's entry is kept`});
		}

		if (added.length > 0 || problems.length > 0) {
			this.changed();
		}

		return added;
	}

	view(status: Omit<ShareStatus, 'unshared' | 'isReadOnly'>, canPush: boolean): SharedView {
		this.cached ??= mergedOrder(this.server, this.local);
		return {
			entries: this.cached,
			machines: this.machines,
			problems: [...this.localProblems, ...[...this.serverProblems.values()].sort((a, b) => a.line - b.line)],
			status: {...status, unshared: this.unsharedCount, isReadOnly: !canPush},
		};
	}

	private changed(): void {
		this.cached = undefined;
		this.changes++;
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
}
