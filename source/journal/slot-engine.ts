import {entryKindOf} from './entry-kinds/registry.js';
import {datasetPositionOf} from './positions-on.js';
import {floorOfEntries} from './floor/floor-records.js';
import type {Recorded, RecordedPosition} from './replay-records.js';
import {addPlace, placeOfId, type ReplayState, type Slot} from './replay-state.js';
import type {JournalEntry} from './schema.js';
import {slotKey, slotKeys, type SlotWrite} from './slots.js';

/*
The shared engine under every entry kind. A slot's value is its latest entry
still in effect, or the dataset's value when none is. That makes undo exact:
reversing an entry lets the slot fall back to whatever was in effect before it,
and undoing an undo re-applies the entry.

An entry is in effect while no undo in effect names it (a count, since two
secretaries may undo the same entry at once). Entries apply in file order:
append order is the order the session heard them, whatever the writers' clocks.

Nothing here recurses: a chain of 10,000 undos of undos is followed in a loop,
once (see isInEffect).
*/

function recordedOf(entry: JournalEntry): Recorded {
	return {entryId: entry.id, time: entry.time, at: Date.parse(entry.time), author: entry.author};
}

const kindOf = (entry: JournalEntry) => entryKindOf(entry.kind);
const writesOf = (state: ReplayState, entry: JournalEntry) => kindOf(entry).slots(entry.payload as never, state);

/**
Whether an entry is in effect: no undo in effect names it. Worked out when
asked, not when an undo is applied: an undo at the end of a chain of 10,000
undos of undos would otherwise flip the whole chain, each time (quadratic).
Each answer is kept until the next entry is applied, so a whole chain is walked
once; the walk is a loop with its own stack, never recursion.
*/
export function isInEffect(state: ReplayState, id: string): boolean {
	// Named by no undo: in effect, nothing to work out or keep (most entries; a replay asks this of each in its slots).
	if (!state.undoneBy.has(id)) {
		return true;
	}

	const known = state.inEffect.get(id);
	if (known !== undefined) {
		return known;
	}

	const pending = [id];
	while (pending.length > 0) {
		const top = pending.at(-1)!;
		if (state.inEffect.has(top)) {
			pending.pop();
			continue;
		}

		const undos = state.undoneBy.get(top) ?? [];
		const unknown = undos.filter(undo => !state.inEffect.has(undo));
		if (unknown.length > 0) {
			pending.push(...unknown);
			continue;
		}

		state.inEffect.set(top, undos.every(undo => state.inEffect.get(undo) === false));
		pending.pop();
	}

	return state.inEffect.get(id)!;
}

/** isInEffect of the entry at a place of `order`: most are named by no undo, known without hashing their id. */
export function isInEffectAt(state: ReplayState, place: number): boolean {
	return !state.undonePlaces.has(place) || isInEffect(state, state.order[place]!);
}

/** Whether `u` may pick this entry. */
export const isUndoneByKey = (entry: JournalEntry) => kindOf(entry).undoneByKey;

/** The slot, copied first when it is shared with records handed out earlier. */
function ownSlot(state: ReplayState, key: string): Slot {
	let slot = state.slots.get(key);
	if (slot?.owner !== state.token) {
		slot = {stack: [...(slot?.stack ?? [])], owner: state.token};
		state.slots.set(key, slot);
	}

	return slot;
}

function latestInEffect(state: ReplayState, key: string): JournalEntry | undefined {
	const top = state.slots.get(key)?.stack.at(-1);
	if (top === undefined) {
		return undefined;
	}

	if (!isInEffectAt(state, top)) {
		const {stack} = ownSlot(state, key);
		while (stack.length > 0 && !isInEffectAt(state, stack.at(-1)!)) {
			stack.pop();
		}

		const place = stack.at(-1);
		return place === undefined ? undefined : state.applied[place];
	}

	return state.applied[top];
}

/** The value the latest entry in effect gives a slot, with who recorded it. */
function valueOf(state: ReplayState, key: string): {readonly write: SlotWrite; readonly entry: JournalEntry} | undefined {
	const entry = latestInEffect(state, key);
	const write = entry === undefined ? undefined : writesOf(state, entry).find(candidate => slotKey(candidate) === key);
	return entry === undefined || write === undefined ? undefined : {write, entry};
}

/** Puts an entry coming back into effect (at `place` in file order) back into its slot's stack, in file order. */
function restoreInSlot(state: ReplayState, key: string, place: number): void {
	const {stack} = ownSlot(state, key);
	let low = 0;
	let high = stack.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (stack[middle]! < place) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	if (stack[low] !== place) {
		stack.splice(low, 0, place);
	}
}

/*
Derived values (decisions, statuses, positions) are brought up to date once per
changed slot when records are handed out, not once per entry: a replay touching
the same slot 10,000 times builds its value once.
*/
export function flush(state: ReplayState): void {
	for (const [key, write] of state.dirty) {
		refreshSlot(state, key, write);
	}

	state.dirty.clear();
}

function refreshSlot(state: ReplayState, key: string, write: SlotWrite): void {
	const latest = valueOf(state, key);
	switch (write.slot) {
		case 'decision': {
			if (latest?.write.slot === 'decision') {
				const {outcome, text, outcomes} = latest.write;
				state.decisions.set(write.target, {...recordedOf(latest.entry), on: write.target, outcome, text, ...(outcomes === undefined ? {} : {outcomes})});
			} else {
				state.decisions.delete(write.target);
			}

			break;
		}

		case 'status': {
			if (latest?.write.slot === 'status') {
				const {status, cause} = latest.write;
				state.statuses.set(write.item, status);
				state.statusDetails.set(write.item, {...recordedOf(latest.entry), item: write.item, status, cause});
			} else {
				state.statuses.delete(write.item);
				state.statusDetails.delete(write.item);
			}

			break;
		}

		case 'position': {
			refreshPositions(state, write.on);
			break;
		}

		case 'current': {
			state.currentItem = latest?.write.slot === 'current' ? latest.write.item : undefined;
			break;
		}

		case 'floor': {
			// Every floor entry in effect counts, in file order: the list is their fold.
			const entries = (state.slots.get(key)?.stack ?? []).flatMap(place => (isInEffectAt(state, place) ? [state.applied[place]!] : []));
			state.floor = floorOfEntries(entries, () => true, state.floorContext);
			break;
		}
	}
}

function refreshPositions(state: ReplayState, target: string): void {
	const list: RecordedPosition[] = [];
	const fromDatasetOf = datasetPositionOf(state.datasetPositionsOn, target);
	for (const delegation of state.delegationsOn.get(target) ?? state.datasetDelegationsOn(target)) {
		const key = slotKeys.position(delegation, target);
		const latest = valueOf(state, key);
		if (latest?.write.slot === 'position') {
			const {stance, note} = latest.write;
			list.push({id: latest.entry.id, delegation, on: target, stance, ...(note === undefined ? {} : {note}), recorded: recordedOf(latest.entry)});
		} else {
			const fromDataset = fromDatasetOf(delegation);
			if (fromDataset !== undefined) {
				list.push(fromDataset);
			}
		}
	}

	state.touchedPositionsOn.set(target, list);
}

/**
An undo (or an undo of an undo, ...) can only change whether the entry at the
bottom of its chain is in effect: that entry goes back into its slots' stacks
(the top is checked when it is looked up) and its slots are refreshed.
*/
function applyReversal(state: ReplayState, id: string, reversed: string): void {
	state.undoneBy.set(reversed, [...(state.undoneBy.get(reversed) ?? []), id]);
	const reversedPlace = placeOfId(state, reversed);
	if (reversedPlace !== undefined) {
		state.undonePlaces.add(reversedPlace);
	}

	const base = state.baseOf.get(reversed) ?? reversed;
	state.baseOf.set(id, base);
	const place = placeOfId(state, base);
	const entry = place === undefined ? undefined : state.applied[place];
	if (place === undefined || entry === undefined) {
		return;
	}

	for (const write of writesOf(state, entry)) {
		const key = slotKey(write);
		restoreInSlot(state, key, place);
		state.dirty.set(key, write);
	}
}

/** Why an entry cannot apply to this dataset, or undefined when it can. */
function rejection(state: ReplayState, entry: JournalEntry): string | undefined {
	if (entry.author.role === 'viewer') {
		return 'written by a viewer, who cannot record';
	}

	return kindOf(entry).rejection(entry.payload as never, state);
}

export function applyMutable(state: ReplayState, entry: JournalEntry): void {
	// Applying an entry twice changes nothing: a screen may apply its own entry
	// and then receive it again from the watcher (and React may run a reducer twice).
	const place = state.order.length;
	if (!addPlace(state, entry.id)) {
		return;
	}

	state.openedAt ??= Date.parse(entry.time);

	// Asked before the entry is in `applied`: an undo naming itself names nothing applied.
	const reason = rejection(state, entry);
	if (reason !== undefined) {
		state.applied.push(undefined);
		state.ignored.push({entryId: entry.id, reason});
		return;
	}

	state.applied.push(entry);
	// What was worked out about undos no longer holds. Cleared, not replaced: the map is this state's alone (copyState gives
	// each copy its own), and most entries find it empty already (a new Map per entry was a tenth of a replay's time).
	if (state.inEffect.size > 0) {
		state.inEffect.clear();
	}
	const reversed = kindOf(entry).reverses?.(entry.payload as never);
	if (reversed !== undefined) {
		applyReversal(state, entry.id, reversed);
		return;
	}

	for (const write of writesOf(state, entry)) {
		if (write.slot === 'position') {
			const list = state.delegationsOn.get(write.on) ?? state.datasetDelegationsOn(write.on);
			if (!list.includes(write.delegation)) {
				state.delegationsOn.set(write.on, [...list, write.delegation]);
			}
		}

		const key = slotKey(write);
		ownSlot(state, key).stack.push(place);
		state.dirty.set(key, write);
	}
}
