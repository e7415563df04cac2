import {entryKindOf} from './entry-kinds/registry.js';
import type {Recorded, RecordedPosition} from './replay-records.js';
import type {ReplayState, Slot} from './replay-state.js';
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

Nothing here recurses: a chain of 10,000 undos of undos is followed in a loop.
*/

function recordedOf(entry: JournalEntry): Recorded {
	return {entryId: entry.id, time: entry.time, at: Date.parse(entry.time), author: entry.author};
}

const kindOf = (entry: JournalEntry) => entryKindOf(entry.kind);
const writesOf = (state: ReplayState, entry: JournalEntry) => kindOf(entry).slots(entry.payload as never, state);

export const isInEffect = (state: ReplayState, id: string) => (state.cancels.get(id) ?? 0) === 0;

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

	if (!isInEffect(state, top)) {
		const {stack} = ownSlot(state, key);
		while (stack.length > 0 && !isInEffect(state, stack.at(-1)!)) {
			stack.pop();
		}

		const id = stack.at(-1);
		return id === undefined ? undefined : state.byId.get(id);
	}

	return state.byId.get(top);
}

/** The value the latest entry in effect gives a slot, with who recorded it. */
function valueOf(state: ReplayState, key: string): {readonly write: SlotWrite; readonly entry: JournalEntry} | undefined {
	const entry = latestInEffect(state, key);
	const write = entry === undefined ? undefined : writesOf(state, entry).find(candidate => slotKey(candidate) === key);
	return entry === undefined || write === undefined ? undefined : {write, entry};
}

/** Puts an entry coming back into effect back into its slot's stack, in file order. */
function restoreInSlot(state: ReplayState, key: string, id: string): void {
	const {stack} = ownSlot(state, key);
	const place = state.sequence.get(id) ?? 0;
	let low = 0;
	let high = stack.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((state.sequence.get(stack[middle]!) ?? 0) < place) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	if (stack[low] !== id) {
		stack.splice(low, 0, id);
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
				const {outcome, text} = latest.write;
				state.decisions.set(write.target, {...recordedOf(latest.entry), on: write.target, outcome, text});
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
	}
}

function refreshPositions(state: ReplayState, target: string): void {
	const list: RecordedPosition[] = [];
	for (const delegation of state.delegationsOn.get(target) ?? []) {
		const key = slotKeys.position(delegation, target);
		const latest = valueOf(state, key);
		if (latest?.write.slot === 'position') {
			const {stance, note} = latest.write;
			list.push({id: latest.entry.id, delegation, on: target, stance, ...(note === undefined ? {} : {note}), recorded: recordedOf(latest.entry)});
		} else {
			const fromDataset = state.datasetPositions.get(key);
			if (fromDataset !== undefined) {
				list.push(fromDataset);
			}
		}
	}

	state.positionsOn.set(target, list);
}

/**
Adds `delta` (+1 or -1) undos in effect naming `id`, and follows the effect
through a chain of undos: an undo leaving effect gives its target back, coming
back takes it again. A loop, not recursion: the chain may be as long as the journal.
*/
function cancel(state: ReplayState, startId: string, startDelta: 1 | -1): void {
	let id = startId;
	let delta = startDelta;
	for (;;) {
		const before = state.cancels.get(id) ?? 0;
		const after = before + delta;
		if (after === 0) {
			state.cancels.delete(id);
		} else {
			state.cancels.set(id, after);
		}

		const isNowInEffect = after === 0;
		const entry = state.byId.get(id);
		if ((before === 0) === isNowInEffect || entry === undefined) {
			return;
		}

		const reversed = kindOf(entry).reverses?.(entry.payload as never);
		if (reversed !== undefined) {
			id = reversed;
			delta = isNowInEffect ? 1 : -1;
			continue;
		}

		for (const write of writesOf(state, entry)) {
			const key = slotKey(write);
			if (isNowInEffect) {
				restoreInSlot(state, key, id);
			}

			state.dirty.set(key, write);
		}

		return;
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
	if (state.byId.has(entry.id) || state.ignoredIds.has(entry.id)) {
		return;
	}

	state.openedAt ??= Date.parse(entry.time);

	const reason = rejection(state, entry);
	state.order.push(entry.id);
	if (reason !== undefined) {
		state.ignored.push({entryId: entry.id, reason});
		state.ignoredIds.add(entry.id);
		return;
	}

	state.byId.set(entry.id, entry);
	state.sequence.set(entry.id, state.order.length);
	const reversed = kindOf(entry).reverses?.(entry.payload as never);
	if (reversed !== undefined) {
		cancel(state, reversed, 1);
		return;
	}

	for (const write of writesOf(state, entry)) {
		if (write.slot === 'position') {
			const list = state.delegationsOn.get(write.on) ?? [];
			if (!list.includes(write.delegation)) {
				state.delegationsOn.set(write.on, [...list, write.delegation]);
			}
		}

		const key = slotKey(write);
		ownSlot(state, key).stack.push(entry.id);
		state.dirty.set(key, write);
	}
}
