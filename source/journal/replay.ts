import type {DatasetIndex} from '../dataset/index-types.js';
import type {Dataset} from '../dataset/schema.js';
import type {JournalRecords, RecordedPosition} from './replay-records.js';
import {copyState, createState, entryOf, type ReplayState} from './replay-state.js';
import type {JournalEntry} from './schema.js';
import {PositionsOnView} from './positions-on.js';
import {applyMutable, flush, isInEffect, isInEffectAt, isUndoneByKey} from './slot-engine.js';
import {speechesOf} from './floor/floor-records.js';
import type {CurrentChange} from './floor/item-time.js';
import {slotKeys} from './slots.js';

/** The current-item entries in effect, in file order, with their times. */
function currentChangesOf(state: ReplayState): CurrentChange[] {
	const changes: CurrentChange[] = [];
	for (const place of state.slots.get(slotKeys.current)?.stack ?? []) {
		const entry = state.applied[place];
		if (entry?.kind === 'current' && isInEffectAt(state, place)) {
			changes.push({item: entry.payload.item, at: Date.parse(entry.time)});
		}
	}

	return changes;
}

/*
The session's state is the dataset plus the journal replayed: pure code, no
clock, no file. What each entry kind does is declared in entry-kinds/; the
slots they set and undo's rules are the slot engine's (slot-engine.ts).
*/

export type {IgnoredEntry, JournalRecords, Recorded, RecordedDecision, RecordedPosition, RecordedStatus} from './replay-records.js';

function recordsOf(state: ReplayState): JournalRecords {
	flush(state);
	const positions: RecordedPosition[] = [];
	// Only the targets entries touched hold recorded positions: the dataset's are not walked.
	for (const list of state.touchedPositionsOn.values()) {
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
		positionsOn: new PositionsOnView(state.datasetPositionsOn, state.touchedPositionsOn),
		...(state.currentItem === undefined ? {} : {currentItem: state.currentItem}),
		...(state.openedAt === undefined ? {} : {openedAt: state.openedAt}),
		entryCount: state.order.length,
		ignored: state.ignored,
		floor: state.floor,
		statements: state.floor.statements,
		speeches: speechesOf(state.floor),
		currentChanges: currentChangesOf(state),
		replayState: state,
	};
}

/**
Replays a journal's entries (in file order) over a dataset (`index`: the
dataset's, when there is one: its positions by target are used, not grouped again).

@example
```
const {entries} = await readJournal(file);
const records = replay(dataset, entries);
records.decisions.get('item-one-itu')?.outcome; // 'approved'
```
*/
export function replay(dataset: Dataset, entries: readonly JournalEntry[], index?: Pick<DatasetIndex, 'dataset' | 'positionsOn'>): JournalRecords {
	// The index's grouping of the dataset's positions, when it is this dataset's: not made twice.
	const state = createState(dataset, index?.dataset === dataset ? index.positionsOn : undefined);
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
entry still in effect of a kind that allows it (decision, status, position).
Moves of the current item and undos are skipped, so pressing `u` again walks
further back rather than redoing.
*/
export function lastUndoable(records: JournalRecords): JournalEntry | undefined {
	const state = records.replayState as ReplayState;
	for (let index = state.order.length - 1; index >= 0; index--) {
		const entry = state.applied[index];
		if (entry !== undefined && isUndoneByKey(entry) && isInEffectAt(state, index)) {
			return entry;
		}
	}

	return undefined;
}

/** Entries applied so far by id (ignored ones excluded): to describe what an undo names. */
export function entryById(records: JournalRecords, entryId: string): JournalEntry | undefined {
	return entryOf(records.replayState as ReplayState, entryId);
}
