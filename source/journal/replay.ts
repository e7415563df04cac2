import type {Dataset, ItemStatus, Position} from '../dataset/schema.js';
import type {Author, JournalEntry, Outcome} from './schema.js';

/*
The session's state is the dataset plus the journal replayed: pure code, no
clock, no file. Each thing an entry can set is a "slot" (an item's status, a
target's decision, a delegation's position on a target, the current item); a
slot's value is its latest entry still in effect, or the dataset's value when
none is. That makes undo exact: reversing an entry lets the slot fall back to
whatever was in effect before it, and undoing an undo re-applies the entry.

An entry is in effect while no undo in effect names it (a count, since two
secretaries may undo the same entry at once). Entries apply in file order:
append order is the order the session heard them, whatever the writers' clocks.

A decision on an agenda item also sets the item's status (decided, or deferred
for a deferral) in the same slot as status entries, so the latest of the two
wins and undoing the decision restores the status before it.

`replay` folds the whole journal with one mutable state (100,000 entries in
tens of milliseconds); `applyEntries` copies the state first, so records already
handed to React are never changed.
*/

export type Recorded = {
	readonly entryId: string;
	readonly time: string;
	/** Epoch milliseconds of `time`. */
	readonly at: number;
	readonly author: Author;
};

export type RecordedDecision = Recorded & {
	/** Id of the agenda item or proposal decided. */
	readonly on: string;
	readonly outcome: Outcome;
	readonly text: string;
};

export type RecordedStatus = Recorded & {
	readonly item: string;
	readonly status: ItemStatus;
	/** A status entry, or the status a decision implies. */
	readonly cause: 'status' | 'decision';
};

/** A position in effect: the dataset's, or one recorded (with `recorded` set and the entry id as id). */
export type RecordedPosition = Position & {readonly recorded?: Recorded};

export type IgnoredEntry = {readonly entryId: string; readonly reason: string};

type Slot = {
	/**
	Ids of the entries that set this slot, in file order, that may be in effect.
	Undone entries are dropped from the top lazily when the top is looked up, so a
	slot whose entries are all undone is not walked again on every lookup.
	*/
	readonly stack: string[];
	/** The state allowed to change this slot in place; any other copies it first. */
	readonly owner: object;
};

type ReplayState = {
	readonly dataset: Dataset;
	readonly itemIds: ReadonlySet<string>;
	readonly proposalIds: ReadonlySet<string>;
	readonly delegationIds: ReadonlySet<string>;
	readonly byId: Map<string, JournalEntry>;
	/** Entry id → its place in file order: to put a re-applied entry back where it was. */
	readonly sequence: Map<string, number>;
	/** Entry id → number of undos in effect naming it; absent means 0. */
	readonly cancels: Map<string, number>;
	readonly slots: Map<string, Slot>;
	/** This state's token: slots it owns carry it; others are shared with earlier records and copied on write. */
	readonly token: object;
	/** The dataset's position by delegation and target. */
	readonly datasetPositions: ReadonlyMap<string, Position>;
	/** Target → delegations with a position on it, in display order (dataset's first). */
	readonly delegationsOn: Map<string, readonly string[]>;
	readonly order: string[];
	readonly statuses: Map<string, ItemStatus>;
	readonly statusDetails: Map<string, RecordedStatus>;
	readonly decisions: Map<string, RecordedDecision>;
	readonly positionsOn: Map<string, readonly RecordedPosition[]>;
	readonly ignored: IgnoredEntry[];
	readonly ignoredIds: Set<string>;
	/** Slots changed since the derived maps were last brought up to date, with an entry of each (it names the slot's target). */
	readonly dirty: Map<string, JournalEntry>;
	currentItem: string | undefined;
	openedAt: number | undefined;
};

export type JournalRecords = {
	/** Recorded status by agenda item id; overrides the dataset's status. */
	readonly statuses: ReadonlyMap<string, ItemStatus>;
	/** Who set each recorded status, when, and whether a decision implied it. */
	readonly statusDetails: ReadonlyMap<string, RecordedStatus>;
	/** Decision in effect by agenda item or proposal id. */
	readonly decisions: ReadonlyMap<string, RecordedDecision>;
	/** Recorded positions in effect (latest per delegation and target), oldest first by entry id (time). */
	readonly positions: readonly RecordedPosition[];
	/** Every position in effect by target: the dataset's, replaced by a delegation's recorded one. */
	readonly positionsOn: ReadonlyMap<string, readonly RecordedPosition[]>;
	/** The agenda item the session is on, as last recorded. */
	readonly currentItem?: string;
	/** Time of the journal's first entry (epoch milliseconds). */
	readonly openedAt?: number;
	/** How many entries were applied (including undos and ignored ones). */
	readonly entryCount: number;
	/** Entries that named something the dataset does not have, or were written by a viewer. */
	readonly ignored: readonly IgnoredEntry[];
	/** The state the next entries apply to; opaque. */
	readonly replayState: unknown;
};

const slotKey = {
	status: (item: string) => `status\u0000${item}`,
	decision: (target: string) => `decision\u0000${target}`,
	position: (delegation: string, on: string) => `position\u0000${delegation}\u0000${on}`,
	current: 'current',
};

function createState(dataset: Dataset): ReplayState {
	const delegationsOn = new Map<string, string[]>();
	const datasetPositions = new Map<string, Position>();
	for (const position of dataset.positions) {
		datasetPositions.set(slotKey.position(position.delegation, position.on), position);
		const list = delegationsOn.get(position.on) ?? [];
		if (!list.includes(position.delegation)) {
			list.push(position.delegation);
		}

		delegationsOn.set(position.on, list);
	}

	const state: ReplayState = {
		dataset,
		itemIds: new Set(dataset.agendaItems.map(item => item.id)),
		proposalIds: new Set(dataset.proposals.map(proposal => proposal.id)),
		delegationIds: new Set(dataset.delegations.map(delegation => delegation.id)),
		byId: new Map(),
		sequence: new Map(),
		cancels: new Map(),
		slots: new Map(),
		token: {},
		datasetPositions,
		delegationsOn,
		order: [],
		statuses: new Map(),
		statusDetails: new Map(),
		decisions: new Map(),
		positionsOn: new Map(),
		ignored: [],
		ignoredIds: new Set(),
		dirty: new Map(),
		currentItem: undefined,
		openedAt: undefined,
	};
	for (const target of delegationsOn.keys()) {
		refreshPositions(state, target);
	}

	return state;
}

function copyState(state: ReplayState): ReplayState {
	return {
		...state,
		byId: new Map(state.byId),
		sequence: new Map(state.sequence),
		cancels: new Map(state.cancels),
		slots: new Map(state.slots),
		token: {},
		delegationsOn: new Map(state.delegationsOn),
		order: [...state.order],
		statuses: new Map(state.statuses),
		statusDetails: new Map(state.statusDetails),
		decisions: new Map(state.decisions),
		positionsOn: new Map(state.positionsOn),
		ignored: [...state.ignored],
		ignoredIds: new Set(state.ignoredIds),
		dirty: new Map(),
	};
}

function recordedOf(entry: JournalEntry): Recorded {
	return {entryId: entry.id, time: entry.time, at: Date.parse(entry.time), author: entry.author};
}

function isTarget(state: ReplayState, id: string): boolean {
	return state.itemIds.has(id) || state.proposalIds.has(id);
}

/** Why an entry cannot apply to this dataset, or undefined when it can. */
function rejection(state: ReplayState, entry: JournalEntry): string | undefined {
	if (entry.author.role === 'viewer') {
		return 'written by a viewer, who cannot record';
	}

	switch (entry.kind) {
		case 'decision': {
			return isTarget(state, entry.payload.target) ? undefined : `no agenda item or proposal "${entry.payload.target}" in the dataset`;
		}

		case 'status':
		case 'current': {
			return state.itemIds.has(entry.payload.item) ? undefined : `no agenda item "${entry.payload.item}" in the dataset`;
		}

		case 'position': {
			if (!isTarget(state, entry.payload.on)) {
				return `no agenda item or proposal "${entry.payload.on}" in the dataset`;
			}

			return state.delegationIds.has(entry.payload.delegation) ? undefined : `no delegation "${entry.payload.delegation}" in the dataset`;
		}

		case 'undo': {
			return state.byId.has(entry.payload.entry) ? undefined : `undoes entry ${entry.payload.entry}, which is not in the journal before it`;
		}
	}
}

/** The slots an entry sets. */
function slotsOf(state: ReplayState, entry: JournalEntry): string[] {
	switch (entry.kind) {
		case 'decision': {
			const {target} = entry.payload;
			return state.itemIds.has(target) ? [slotKey.decision(target), slotKey.status(target)] : [slotKey.decision(target)];
		}

		case 'status': {
			return [slotKey.status(entry.payload.item)];
		}

		case 'position': {
			return [slotKey.position(entry.payload.delegation, entry.payload.on)];
		}

		case 'current': {
			return [slotKey.current];
		}

		case 'undo': {
			return [];
		}
	}
}

const isInEffect = (state: ReplayState, id: string) => (state.cancels.get(id) ?? 0) === 0;

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
function markDirty(state: ReplayState, key: string, entry: JournalEntry): void {
	state.dirty.set(key, entry);
}

function flush(state: ReplayState): void {
	for (const [key, entry] of state.dirty) {
		refreshSlot(state, key, entry);
	}

	state.dirty.clear();
}

function refreshSlot(state: ReplayState, key: string, entry: JournalEntry): void {
	switch (entry.kind) {
		case 'decision': {
			if (key.startsWith('decision')) {
				refreshDecision(state, entry.payload.target);
			} else {
				refreshStatus(state, entry.payload.target);
			}

			break;
		}

		case 'status': {
			refreshStatus(state, entry.payload.item);
			break;
		}

		case 'position': {
			refreshPositions(state, entry.payload.on);
			break;
		}

		case 'current': {
			const latest = latestInEffect(state, slotKey.current);
			state.currentItem = latest?.kind === 'current' ? latest.payload.item : undefined;
			break;
		}

		case 'undo': {
			break;
		}
	}
}

function refreshDecision(state: ReplayState, target: string): void {
	const latest = latestInEffect(state, slotKey.decision(target));
	if (latest?.kind === 'decision') {
		state.decisions.set(target, {...recordedOf(latest), on: target, outcome: latest.payload.outcome, text: latest.payload.text});
	} else {
		state.decisions.delete(target);
	}
}

function refreshStatus(state: ReplayState, item: string): void {
	const latest = latestInEffect(state, slotKey.status(item));
	let detail: RecordedStatus | undefined;
	if (latest?.kind === 'status') {
		detail = {...recordedOf(latest), item, status: latest.payload.status, cause: 'status'};
	} else if (latest?.kind === 'decision') {
		detail = {...recordedOf(latest), item, status: latest.payload.outcome === 'deferred' ? 'deferred' : 'decided', cause: 'decision'};
	}

	if (detail === undefined) {
		state.statuses.delete(item);
		state.statusDetails.delete(item);
	} else {
		state.statuses.set(item, detail.status);
		state.statusDetails.set(item, detail);
	}
}

function refreshPositions(state: ReplayState, target: string): void {
	const list: RecordedPosition[] = [];
	for (const delegation of state.delegationsOn.get(target) ?? []) {
		const latest = latestInEffect(state, slotKey.position(delegation, target));
		if (latest?.kind === 'position') {
			const {note} = latest.payload;
			list.push({
				id: latest.id,
				delegation,
				on: target,
				stance: latest.payload.stance,
				...(note === undefined ? {} : {note}),
				recorded: recordedOf(latest),
			});
		} else {
			const fromDataset = state.datasetPositions.get(slotKey.position(delegation, target));
			if (fromDataset !== undefined) {
				list.push(fromDataset);
			}
		}
	}

	state.positionsOn.set(target, list);
}

/** Adds `delta` (+1 or -1) undos in effect naming `id`, and follows the effect through chains of undos. */
function cancel(state: ReplayState, id: string, delta: 1 | -1): void {
	const before = state.cancels.get(id) ?? 0;
	const after = before + delta;
	if (after === 0) {
		state.cancels.delete(id);
	} else {
		state.cancels.set(id, after);
	}

	const wasInEffect = before === 0;
	const isNowInEffect = after === 0;
	if (wasInEffect === isNowInEffect) {
		return;
	}

	const entry = state.byId.get(id);
	if (entry === undefined) {
		return;
	}

	if (entry.kind === 'undo') {
		// An undo leaving effect gives its target back; coming back, takes it again.
		cancel(state, entry.payload.entry, isNowInEffect ? 1 : -1);
		return;
	}

	for (const key of slotsOf(state, entry)) {
		if (isNowInEffect) {
			restoreInSlot(state, key, id);
		}

		markDirty(state, key, entry);
	}
}

function applyMutable(state: ReplayState, entry: JournalEntry): void {
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
	if (entry.kind === 'undo') {
		cancel(state, entry.payload.entry, 1);
		return;
	}

	if (entry.kind === 'position') {
		const {on, delegation} = entry.payload;
		const list = state.delegationsOn.get(on) ?? [];
		if (!list.includes(delegation)) {
			state.delegationsOn.set(on, [...list, delegation]);
		}
	}

	for (const key of slotsOf(state, entry)) {
		ownSlot(state, key).stack.push(entry.id);
		markDirty(state, key, entry);
	}
}

function recordsOf(state: ReplayState): JournalRecords {
	flush(state);
	const positions: RecordedPosition[] = [];
	for (const list of state.positionsOn.values()) {
		for (const position of list) {
			if (position.recorded !== undefined) {
				positions.push(position);
			}
		}
	}

	positions.sort((a, b) => (a.id < b.id ? -1 : (a.id > b.id ? 1 : 0)));
	return {
		statuses: state.statuses,
		statusDetails: state.statusDetails,
		decisions: state.decisions,
		positions,
		positionsOn: state.positionsOn,
		...(state.currentItem === undefined ? {} : {currentItem: state.currentItem}),
		...(state.openedAt === undefined ? {} : {openedAt: state.openedAt}),
		entryCount: state.order.length,
		ignored: state.ignored,
		replayState: state,
	};
}

/**
Replays a journal's entries (in file order) over a dataset.

@example
```
const {entries} = await readJournal(file);
const records = replay(dataset, entries);
records.decisions.get('item-one-itu')?.outcome; // 'approved'
```
*/
export function replay(dataset: Dataset, entries: readonly JournalEntry[]): JournalRecords {
	const state = createState(dataset);
	for (const entry of entries) {
		applyMutable(state, entry);
	}

	return recordsOf(state);
}

/** Applies new entries to records without changing them: for live updates. */
export function applyEntries(records: JournalRecords, entries: readonly JournalEntry[]): JournalRecords {
	if (entries.length === 0) {
		return records;
	}

	const state = copyState(records.replayState as ReplayState);
	for (const entry of entries) {
		applyMutable(state, entry);
	}

	return recordsOf(state);
}

/** Applies one new entry to records without changing them. */
export function applyEntry(records: JournalRecords, entry: JournalEntry): JournalRecords {
	return applyEntries(records, [entry]);
}

/** Whether an entry is in effect (applied and not reversed by an undo in effect). */
export function isEntryInEffect(records: JournalRecords, entryId: string): boolean {
	const state = records.replayState as ReplayState;
	return state.byId.has(entryId) && isInEffect(state, entryId);
}

/**
The entry `u` (and `council record undo` without an id) reverses: the latest
decision, status or position still in effect. Moves of the current item and
undos are skipped, so pressing `u` again walks further back rather than redoing.
*/
export function lastUndoable(records: JournalRecords): JournalEntry | undefined {
	const state = records.replayState as ReplayState;
	for (let index = state.order.length - 1; index >= 0; index--) {
		const id = state.order[index]!;
		const entry = state.byId.get(id);
		if (entry !== undefined && entry.kind !== 'undo' && entry.kind !== 'current' && isInEffect(state, id)) {
			return entry;
		}
	}

	return undefined;
}

/** Entries applied so far by id (ignored ones excluded): to describe what an undo names. */
export function entryById(records: JournalRecords, entryId: string): JournalEntry | undefined {
	return (records.replayState as ReplayState).byId.get(entryId);
}
