import type {Stance} from '../../dataset/schema.js';
import type {Author} from '../entry-kinds/entry-fields.js';

/*
What can happen on the floor, as plain data: each is the payload of one journal
entry kind (journal/entry-kinds/floor-*.ts), so the list every screen shows is
the journal's floor entries folded in file order (queue.ts).

The floor's rules and fold live here, beside replay, because replay hands out
the floor (its statements and speeches feed the minutes) and the journal does
not import the dashboard's features; the floor's screens, clock and words are
in features/floor/.

"Next speaker" is not an event: the screen or the command resolves it to a
`give` naming the delegation, so replay never depends on what a screen saw.
*/

/** An ordinary request to speak, a point of order (taken at once) or a right of reply. */
export const requestKinds = ['speak', 'point-of-order', 'reply'] as const;
export type RequestKind = (typeof requestKinds)[number];

export type FloorEvent =
	| {readonly type: 'request'; readonly item: string; readonly delegation: string; readonly kind: RequestKind}
	| {readonly type: 'withdraw'; readonly item: string; readonly delegation: string}
	| {readonly type: 'move'; readonly item: string; readonly delegation: string; readonly by: number}
	| {readonly type: 'give'; readonly item: string; readonly delegation: string}
	| {readonly type: 'end'; readonly item: string; readonly delegation: string}
	| {readonly type: 'statement'; readonly item: string; readonly delegation: string; readonly text: string; readonly stance?: Stance}
	| {readonly type: 'close'; readonly item: string}
	| {readonly type: 'open'; readonly item: string}
	/** The chair sets the item's planned duration (over the time-management plan's). */
	| {readonly type: 'plan'; readonly item: string; readonly minutes: number};

export type FloorEventType = FloorEvent['type'];

/** Who recorded an entry, as the journal has it. */
export type FloorAuthor = Author;

/** A floor event as recorded: the entry it came from and when. */
export type FloorEntry = {
	readonly entryId: string;
	/** Epoch milliseconds of `time`. */
	readonly at: number;
	/** ISO 8601, as written in the journal. */
	readonly time: string;
	readonly author: FloorAuthor;
	readonly event: FloorEvent;
};
