import type {ItemStatus, Stance} from '../dataset/schema.js';
import type {OutcomeKind} from '../outcomes/outcome-kinds.js';
import type {Outcome} from './entry-kinds/entry-fields.js';

/*
The things an entry can set, each a "slot": an item's status, a target's
decision, a delegation's position on a target, the current item. An entry kind
says which slots an entry sets and the value it gives each (a SlotWrite); the
slot engine (slot-engine.ts) keeps, per slot, the entries that may be in effect,
and the latest one in effect gives the slot its value. A new kind of slot is a
new member here plus its projection in slot-engine.ts's `refreshSlot`.
*/

export type SlotWrite =
	/** `outcomes`: every outcome of a decision that has several (or one of the kinds `outcome` cannot hold). */
	| {readonly slot: 'decision'; readonly target: string; readonly outcome: Outcome; readonly text: string; readonly outcomes?: readonly OutcomeKind[]}
	| {readonly slot: 'status'; readonly item: string; readonly status: ItemStatus; readonly cause: 'status' | 'decision'}
	| {readonly slot: 'position'; readonly delegation: string; readonly on: string; readonly stance: Stance; readonly note?: string}
	| {readonly slot: 'current'; readonly item: string}
	/** The floor (issue 12): one slot for the session, folded over every entry in effect rather than won by the latest. */
	| {readonly slot: 'floor'};

export const slotKeys = {
	status: (item: string) => `status\u0000${item}`,
	decision: (target: string) => `decision\u0000${target}`,
	position: (delegation: string, on: string) => `position\u0000${delegation}\u0000${on}`,
	current: 'current',
	floor: 'floor',
};

/** The slot a write goes to: two writes with the same key compete, the latest in effect wins. */
export function slotKey(write: SlotWrite): string {
	switch (write.slot) {
		case 'decision': {
			return slotKeys.decision(write.target);
		}

		case 'status': {
			return slotKeys.status(write.item);
		}

		case 'position': {
			return slotKeys.position(write.delegation, write.on);
		}

		case 'current': {
			return slotKeys.current;
		}

		case 'floor': {
			return slotKeys.floor;
		}
	}
}
