import type {ItemStatus, Position} from '../dataset/schema.js';
import type {CurrentChange} from '../journal/floor/item-time.js';
import type {FloorState} from '../journal/floor/floor-state.js';
import type {JournalEntry} from '../journal/schema.js';

/*
What the session's journal adds to the dataset, in the shape the screen needs.
The journal (source/journal/replay.ts) replays its entries into this and sends
it to the reducer as `{type: 'records-changed', records}`, the same way a key
press arrives; the dataset itself is never changed.
*/

export type DecisionRecord = {
	/** Id of the agenda item or proposal decided. */
	readonly on: string;
	/** The outcome word: approved, adopted, noted, deferred, ... */
	readonly outcome: string;
	/** Every outcome of a decision that gives them ("noted", "approved"); `outcome` is the first, or "other". */
	readonly outcomes?: readonly string[];
	readonly text: string;
	/** Epoch milliseconds. */
	readonly at: number;
};

export type SessionRecords = {
	/** Recorded status by agenda item id; overrides the dataset's status. */
	readonly statuses: ReadonlyMap<string, ItemStatus>;
	/** Latest decision by agenda item or proposal id. */
	readonly decisions: ReadonlyMap<string, DecisionRecord>;
	/**
	Positions recorded during the session. A recorded position of a delegation on
	a target replaces the dataset's position of that delegation on that target.
	*/
	readonly positions: readonly Position[];
	/**
	The positions in effect by target, when the journal has worked them out (its
	replay does, undo included); takes precedence over `positions`.
	*/
	readonly positionsOn?: ReadonlyMap<string, readonly Position[]>;
	/** The current agenda item as last recorded, if any. */
	readonly currentItem?: string;
	/** When the session was opened (epoch milliseconds), if the journal knows. */
	readonly openedAt?: number;
	/** The entry `u` would reverse (the journal's edge works it out with lastUndoable). */
	readonly lastUndoable?: JournalEntry;
	/** The floor as the journal leaves it (issue 12): lists of speakers, who has the floor, speeches, statements. */
	readonly floor?: FloorState;
	/** The moves of the current item with their times: for the time spent on an item. */
	readonly currentChanges?: readonly CurrentChange[];
	/** With --share: "shared", "offline: 3 entries not shared" (source/share/order.ts), for the header. */
	readonly shareStatus?: string;
	/** With --share: whether the shared journal is reached, for line mode to say when that changes (not every count). */
	readonly shareState?: 'online' | 'connecting' | 'offline';
};

export const emptyRecords: SessionRecords = {
	statuses: new Map(),
	decisions: new Map(),
	positions: [],
};
