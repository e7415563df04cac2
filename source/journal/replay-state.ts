import type {Dataset, ItemStatus, Position} from '../dataset/schema.js';
import {floorContextOf} from './floor/floor-records.js';
import {emptyFloor, type FloorContext, type FloorState} from './floor/floor-state.js';
import {datasetPositionsOn, type DatasetPositionsOn} from './positions-on.js';
import type {IgnoredEntry, RecordedDecision, RecordedPosition, RecordedStatus} from './replay-records.js';
import type {JournalEntry} from './schema.js';
import type {SlotWrite} from './slots.js';

/*
The replay's one mutable state: the slots (see slot-engine.ts) and the values
derived from them. `replay` folds the whole journal into one state (100,000
entries in tens of milliseconds); `applyEntries` copies it first, so records
already handed to React are never changed. Copies share slots until they write
to one (each slot names the state that owns it).
*/

export type Slot = {
	/**
	Places (in `order`) of the entries that set this slot, in file order, that may be in effect.
	Undone entries are dropped from the top lazily when the top is looked up, so a
	slot whose entries are all undone is not walked again on every lookup.
	*/
	readonly stack: number[];
	/** The state allowed to change this slot in place; any other copies it first. */
	readonly owner: object;
};

export type ReplayState = {
	readonly dataset: Dataset;
	readonly itemIds: ReadonlySet<string>;
	readonly proposalIds: ReadonlySet<string>;
	readonly delegationIds: ReadonlySet<string>;
	/**
	Entry id → its place in `order`, for every entry applied or ignored; undefined
	while `order` is in increasing order of ids (see placeOfId): a map filled per
	entry costs ~10 ms per 100,000 entries (hashing, growing, a cache miss each).
	*/
	placeOf: Map<string, number> | undefined;
	/** The entry at each place of `order`; undefined where it was ignored. */
	readonly applied: Array<JournalEntry | undefined>;
	/** Whether an entry was applied (not ignored): what an entry kind's rejection may ask (ReplayContext). */
	readonly byId: {has(id: string): boolean};
	/** The places of the entries in undoneBy: whether an entry at a place is named by an undo, without hashing its id. */
	readonly undonePlaces: Set<number>;
	/** Entry id → the undos naming it (applied ones, in or out of effect). */
	readonly undoneBy: Map<string, readonly string[]>;
	/** Undo id → the entry at the bottom of its chain of undos (the decision, status, ... it finally concerns). */
	readonly baseOf: Map<string, string>;
	/** Whether an entry is in effect, worked out since the last entry was applied (see slot-engine.ts's isInEffect). */
	inEffect: Map<string, boolean>;
	readonly slots: Map<string, Slot>;
	/** This state's token: slots it owns carry it; others are shared with earlier records and copied on write. */
	readonly token: object;
	/** Target → delegations with a position on it, in display order (dataset's first): for targets a position entry named; the rest are datasetDelegationsOn's. */
	readonly delegationsOn: Map<string, readonly string[]>;
	/** The delegations with a position on a target in the dataset, in its order. */
	readonly datasetDelegationsOn: (target: string) => readonly string[];
	/** The dataset's positions by target, one per delegation, read per target (positions-on.ts), never walked whole: shared by every copy. */
	readonly datasetPositionsOn: DatasetPositionsOn;
	readonly order: string[];
	readonly statuses: Map<string, ItemStatus>;
	readonly statusDetails: Map<string, RecordedStatus>;
	readonly decisions: Map<string, RecordedDecision>;
	/** The positions in effect on the targets entries touched (the rest are the dataset's): set once a position slot on the target changed. */
	readonly touchedPositionsOn: Map<string, readonly RecordedPosition[]>;
	readonly ignored: IgnoredEntry[];
	/** Slots changed since the derived maps were last brought up to date, with a write to each (it names the slot). */
	readonly dirty: Map<string, SlotWrite>;
	currentItem: string | undefined;
	openedAt: number | undefined;
	/** The floor's rules for this dataset, and the floor the entries in effect leave (the `floor` slot's value). */
	readonly floorContext: FloorContext;
	floor: FloorState;
};

/*
Ids are made in time order (entry-id.ts), so a journal's ids mostly come in
increasing order: while they all do, `order` is sorted and an id is found in it
by a search from its end (an undo names a recent entry: a step or two), with no
map of every id. The first id that is not greater than the last one builds the
map, kept from then on.
*/

/** Where `id` is in `order`, sorted in increasing order: searched from the end, doubling the step, then halving. */
function placeInSorted(order: readonly string[], id: string): number | undefined {
	let high = order.length - 1;
	if (high < 0 || order[high]! < id) {
		return undefined;
	}

	let low = high;
	let step = 1;
	while (low > 0 && order[low]! > id) {
		high = low;
		low = Math.max(0, low - step);
		step *= 2;
	}

	// Now order[high] >= id, and order[low] <= id unless low is 0: the first place holding id or more is in [low, high].
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (order[middle]! < id) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	return order[low] === id ? low : undefined;
}

/** The place in `order` of the entry with this id (applied or ignored), or undefined. */
export function placeOfId(state: ReplayState, id: string): number | undefined {
	return state.placeOf === undefined ? placeInSorted(state.order, id) : state.placeOf.get(id);
}

/** Gives an entry's id the next place of `order`; false (nothing changed) when an entry with this id has one already. */
export function addPlace(state: ReplayState, id: string): boolean {
	const {order} = state;
	if (state.placeOf === undefined) {
		if (order.length === 0 || order.at(-1)! < id) {
			order.push(id);
			return true;
		}

		state.placeOf = new Map(order.map((known, place) => [known, place]));
	}

	if (state.placeOf.has(id)) {
		return false;
	}

	state.placeOf.set(id, order.length);
	order.push(id);
	return true;
}

/** The entry applied with this id; undefined when there is none or it was ignored. */
export function entryOf(state: ReplayState, id: string): JournalEntry | undefined {
	const place = placeOfId(state, id);
	return place === undefined ? undefined : state.applied[place];
}

/** Gives a state its byId (what an entry kind's rejection asks), reading that state. */
function withLookup(fields: Omit<ReplayState, 'byId'>): ReplayState {
	const state = fields as ReplayState;
	(state as {byId: ReplayState['byId']}).byId = {has: id => entryOf(state, id) !== undefined};
	return state;
}

/**
The state before any entry. `grouped`: the dataset's positions by target in
its order (the index's positionsOn), asked only for the targets entries name
or views ask about (a paged index reads a target's positions alone), rather
than grouped again (20,000 positions: ~10 ms of a start).
*/
export function createState(dataset: Dataset, grouped?: ReadonlyMap<string, readonly Position[]>): ReplayState {
	const initial = datasetPositionsOn(dataset, grouped);
	const datasetDelegationsOn = (target: string): readonly string[] => (initial.get(target) ?? []).map(position => position.delegation);

	return withLookup({
		dataset,
		itemIds: new Set(dataset.agendaItems.map(item => item.id)),
		proposalIds: new Set(dataset.proposals.map(proposal => proposal.id)),
		delegationIds: new Set(dataset.delegations.map(delegation => delegation.id)),
		placeOf: undefined,
		applied: [],
		undonePlaces: new Set(),
		undoneBy: new Map(),
		baseOf: new Map(),
		inEffect: new Map(),
		slots: new Map(),
		token: {},
		delegationsOn: new Map(),
		datasetDelegationsOn,
		datasetPositionsOn: initial,
		order: [],
		statuses: new Map(),
		statusDetails: new Map(),
		decisions: new Map(),
		// Before any entry, the positions on every target are the dataset's.
		touchedPositionsOn: new Map(),
		ignored: [],
		dirty: new Map(),
		currentItem: undefined,
		openedAt: undefined,
		floorContext: floorContextOf(dataset),
		floor: emptyFloor,
	});
}

/** A state to apply new entries to, leaving the records already handed out unchanged. */
export function copyState(state: ReplayState): ReplayState {
	const {byId: _byId, ...fields} = state;
	return withLookup({
		...fields,
		placeOf: state.placeOf === undefined ? undefined : new Map(state.placeOf),
		applied: [...state.applied],
		undonePlaces: new Set(state.undonePlaces),
		undoneBy: new Map(state.undoneBy),
		baseOf: new Map(state.baseOf),
		inEffect: new Map(),
		slots: new Map(state.slots),
		token: {},
		delegationsOn: new Map(state.delegationsOn),
		order: [...state.order],
		statuses: new Map(state.statuses),
		statusDetails: new Map(state.statusDetails),
		decisions: new Map(state.decisions),
		touchedPositionsOn: new Map(state.touchedPositionsOn),
		ignored: [...state.ignored],
		dirty: new Map(),
	});
}
