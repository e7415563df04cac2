import {shownWords, type Words} from '../i18n/words/words.js';
import type {JournalEntry} from '../journal/schema.js';
import type {SharedEntry} from './rows.js';

/*
The one order every screen replays, as pure functions of plain data. Entries the
server holds come in the server's order (its sequence numbers); entries this
machine saved but has not shared yet follow, in the order they were saved
locally. So two machines that have both caught up replay the same entries in the
same order, whatever order each learned of them in (the local file's line order
is only the order this machine heard of them), and an offline machine sees its
own entries last, where they will be once shared (others' entries shared in the
meantime land before them at the next catch-up).
*/

/** The local entries the server does not hold, in local order. */
export function unsharedEntries(local: readonly JournalEntry[], sharedIds: ReadonlySet<string>): JournalEntry[] {
	return local.filter(entry => !sharedIds.has(entry.id));
}

/**
Server entries in sequence order, then the unshared local ones. A server entry
whose id is also local keeps the local content (the entry this machine saved is
the one it trusts; a mismatch is reported by whoever calls `conflicts`).
*/
export function mergedOrder(server: readonly SharedEntry[], local: readonly JournalEntry[]): JournalEntry[] {
	const localById = new Map(local.map(entry => [entry.id, entry]));
	const seen = new Set<string>();
	const merged: JournalEntry[] = [];
	for (const {entry} of server) {
		if (!seen.has(entry.id)) {
			seen.add(entry.id);
			merged.push(localById.get(entry.id) ?? entry);
		}
	}

	for (const entry of local) {
		if (!seen.has(entry.id)) {
			seen.add(entry.id);
			merged.push(entry);
		}
	}

	return merged;
}

/** Server entries this machine's journal does not have yet: to append locally, in server order. */
export function missingLocally(server: readonly SharedEntry[], localIds: {has(id: string): boolean}): JournalEntry[] {
	return server.filter(({entry}) => !localIds.has(entry.id)).map(({entry}) => entry);
}

/** Shared entries whose content differs from the local entry of the same id. */
export function conflicts(server: readonly SharedEntry[], localById: ReadonlyMap<string, JournalEntry>): SharedEntry[] {
	return server.filter(({entry}) => {
		const mine = localById.get(entry.id);
		return mine !== undefined && mine !== entry && JSON.stringify(mine) !== JSON.stringify(entry);
	});
}

/** Whether `next` only extends `previous` (so the records can be extended, not replayed). */
export function extendsOrder(previous: readonly JournalEntry[], next: readonly JournalEntry[]): boolean {
	if (next.length < previous.length) {
		return false;
	}

	for (let index = previous.length - 1; index >= 0; index--) {
		if (previous[index]!.id !== next[index]!.id) {
			return false;
		}
	}

	return true;
}

export type ShareState = 'connecting' | 'online' | 'offline';

export type ShareStatus = {
	readonly state: ShareState;
	/** Entries saved here that the server does not hold yet. */
	readonly unshared: number;
	/** This role only reads (a viewer): nothing to push. */
	readonly isReadOnly: boolean;
	/** Why it is offline when retrying will not help (a wrong password), safe to show (no secret). */
	readonly reason?: string;
};

/** The header's words (never a colour alone), in the interface's language: the feed makes them once per change. */
export function shareStatusText(status: ShareStatus, words: Words = shownWords): string {
	const count = status.unshared;
	switch (status.state) {
		case 'online': {
			return count === 0 ? words('share.shared') : words('share.sharing', {count});
		}

		case 'connecting': {
			return words('share.connecting', {count});
		}

		case 'offline': {
			return status.reason === undefined ? words('share.offline', {count}) : words('share.offline-reason', {count, reason: status.reason});
		}
	}
}
