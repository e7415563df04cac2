import type {ItemStatus, Position} from '../dataset/schema.js';
import type {OutcomeKind} from '../outcomes/outcome-kinds.js';
import type {Author, Outcome} from './entry-kinds/entry-fields.js';
import type {RecordedSpeech} from './floor/floor-records.js';
import type {FloorState, Statement} from './floor/floor-state.js';
import type {CurrentChange} from './floor/item-time.js';

/* What replay hands out: the journal's effect on the dataset, as plain data. */

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
	/** Every outcome, when the decision gives them (several, or a kind `outcome` cannot hold: then `outcome` is "other"). */
	readonly outcomes?: readonly OutcomeKind[];
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
	/** The floor: each item's list of speakers, who has the floor, every speech and statement (issue 12). */
	readonly floor: FloorState;
	/** Statements in speaking order (the order of the speeches they summarize), each with its entry and agenda item. */
	readonly statements: readonly Statement[];
	/** Every speech in the order the floor was given: start and end in epoch milliseconds (no end while speaking). */
	readonly speeches: readonly RecordedSpeech[];
	/** The moves of the current item in effect, oldest first: for the time spent on each item. */
	readonly currentChanges: readonly CurrentChange[];
	/** The state the next entries apply to; opaque. */
	readonly replayState: unknown;
};
