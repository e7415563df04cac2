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

/*
Each key is built once per id and kept: a replay asks for the same few keys
100,000 times, and a new string each time (built, then flattened and hashed by
the slots' map) was a tenth of it. Keys are a pure function of the ids, so the
cache never changes one; it holds the ids of the datasets replayed (an entry
naming anything else is ignored before its slots are asked) and is emptied past
a bound all the same.
*/
const maxCached = 20_000;
const cache = {status: new Map<string, string>(), decision: new Map<string, string>(), position: new Map<string, {readonly prefix: string; readonly keys: Map<string, string>}>()};

/** `prefix` + `id`, from the cache when it was built before. */
function cachedKey(keys: Map<string, string>, prefix: string, id: string): string {
	let key = keys.get(id);
	if (key === undefined) {
		if (keys.size >= maxCached) {
			keys.clear();
		}

		key = `${prefix}${id}`;
		keys.set(id, key);
	}

	return key;
}

function positionKey(delegation: string, on: string): string {
	let keys = cache.position.get(delegation);
	if (keys === undefined) {
		if (cache.position.size >= maxCached) {
			cache.position.clear();
		}

		keys = {prefix: `position\u0000${delegation}\u0000`, keys: new Map()};
		cache.position.set(delegation, keys);
	}

	return cachedKey(keys.keys, keys.prefix, on);
}

export const slotKeys = {
	status: (item: string) => cachedKey(cache.status, 'status\u0000', item),
	decision: (target: string) => cachedKey(cache.decision, 'decision\u0000', target),
	position: positionKey,
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
