import type {Stance} from '../../dataset/schema.js';
import type {FloorRole} from './delegation-role.js';
import type {FloorAuthor, RequestKind} from './floor-events.js';
import type {FloorSettings} from './floor-settings.js';

/*
The floor as the journal's floor entries leave it: per agenda item a list of
speakers and whether it is closed, the one speech in progress (the floor is the
session's, not an item's: giving it on one item ends a speech on another), and
every speech and statement so far. Plain data, built by queue.ts.
*/

export type QueuedRequest = {
	/** The request's journal entry. */
	readonly entryId: string;
	readonly delegation: string;
	readonly kind: RequestKind;
	readonly at: number;
};

export type Speech = {
	/** The entry that gave the floor. */
	readonly entryId: string;
	readonly item: string;
	readonly delegation: string;
	/** What the speaker had asked for ('speak' when given the floor without asking). */
	readonly kind: RequestKind;
	readonly start: number;
	/** When the floor ended: an `end`, or the floor given to another; absent while speaking. */
	readonly end?: number;
};

export type Statement = {
	readonly entryId: string;
	readonly at: number;
	readonly time: string;
	readonly author: FloorAuthor;
	/** Agenda item id. */
	readonly item: string;
	/** Delegation id. */
	readonly delegation: string;
	readonly text: string;
	readonly stance?: Stance;
};

export type ItemFloor = {
	readonly item: string;
	/** In the order the floor will be given: points of order, rights of reply, then the rest. */
	readonly queue: readonly QueuedRequest[];
	readonly isClosed: boolean;
};

export type SkippedFloorEntry = {readonly entryId: string; readonly reason: string};

export type FloorState = {
	/** Items with any floor entry; an item absent here has an empty, open list. */
	readonly items: ReadonlyMap<string, ItemFloor>;
	/** The speech in progress, if anyone has the floor. */
	readonly speaker?: Speech;
	/** Every speech, in the order the floor was given. */
	readonly speeches: readonly Speech[];
	/** Statements in speaking order (the order of the speeches they summarize). */
	readonly statements: readonly Statement[];
	/** Entries the rules refused when replayed (a request on a list closed meanwhile...). */
	readonly skipped: readonly SkippedFloorEntry[];
	/** Planned minutes the chair set, by item: over the dataset's plan. */
	readonly plans: ReadonlyMap<string, number>;
};

/** What the rules need to know beyond the entries: the session's settings and who sits on the Council. */
export type FloorContext = {
	readonly settings: FloorSettings;
	readonly roleOf: (delegation: string) => FloorRole;
	/** A delegation's name for messages (its id when unknown). */
	readonly nameOf: (delegation: string) => string;
};

export const emptyFloor: FloorState = {items: new Map(), speeches: [], statements: [], skipped: [], plans: new Map()};

const emptyItem = (item: string): ItemFloor => ({item, queue: [], isClosed: false});

export function itemFloor(state: FloorState, item: string): ItemFloor {
	return state.items.get(item) ?? emptyItem(item);
}

/** The speeches on one item, in order. */
export function speechesOn(state: FloorState, item: string): Speech[] {
	return state.speeches.filter(speech => speech.item === item);
}

/** How often each delegation has had the floor on an item, in order of first speech. */
export function spokenOn(state: FloorState, item: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const speech of state.speeches) {
		if (speech.item === item) {
			counts.set(speech.delegation, (counts.get(speech.delegation) ?? 0) + 1);
		}
	}

	return counts;
}
