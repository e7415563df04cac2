import {buildIndex, type DatasetIndex} from '../../source/dataset/build-index.js';
import {dataset as datasetSchema, type DatasetInput} from '../../source/dataset/schema.js';
import {replay} from '../../source/journal/replay.js';
import type {Author, JournalEntry} from '../../source/journal/schema.js';
import {buildRecord, type RecordOptions} from '../../source/minutes/build-record.js';
import {factsFromJournal, type DecisionFacts, type FloorStatement, type RecordFacts, type VoteFacts} from '../../source/minutes/record-facts.js';
import type {SummaryRecord} from '../../source/minutes/summary-record.js';
import {fixtureDataset} from '../journal/helpers.js';

/*
Factories for summary-record tests: the journal fixture dataset (three items,
a member state's contribution with two proposals), and facts built from
entries plus what the floor and the vote kinds give (statements in the floor's
exact shape, votes, multi-outcome decisions with numbers).
*/

export const dataset = fixtureDataset();
export const index = buildIndex(dataset);

export const chair: Author = {name: 'Amina Diallo', role: 'chair'};
export const secretary: Author = {name: 'Li Wei', role: 'secretary'};

/** 2026-04-13 09:00Z + minutes. */
export const at = (minutes: number) => Date.UTC(2026, 3, 13, 9, 0) + minutes * 60_000;
export const iso = (minutes: number) => new Date(at(minutes)).toISOString();

export function statement(minutes: number, item: string, delegation: string, text: string, stance?: FloorStatement['stance']): FloorStatement {
	return {entryId: `st${String(minutes).padStart(7, '0')}-aa000001`, at: at(minutes), time: iso(minutes), author: secretary, item, delegation, text, ...(stance === undefined ? {} : {stance})};
}

export function vote(minutes: number, target: string, counts: VoteFacts['counts'], extra: Partial<VoteFacts> = {}): VoteFacts {
	return {target, entryId: `vo${String(minutes).padStart(7, '0')}-bb000001`, time: iso(minutes), at: at(minutes), author: secretary, counts, roll: [], majority: 'simple', ...extra};
}

export function decision(minutes: number, target: string, outcomes: DecisionFacts['outcomes'], text: string, number?: string): DecisionFacts {
	return {target, entryId: `de${String(minutes).padStart(7, '0')}-cc000001`, time: iso(minutes), at: at(minutes), author: secretary, outcomes, text, ...(number === undefined ? {} : {number}), history: []};
}

let sequence = 0;
/** A journal entry at `minutes`, with a deterministic id. */
export function entry(minutes: number, draft: Pick<JournalEntry, 'kind' | 'payload'>, author: Author = secretary): JournalEntry {
	sequence++;
	return {v: 1, id: `${at(minutes).toString(36).padStart(9, '0')}-${sequence.toString(16).padStart(8, '0')}`, time: iso(minutes), author, ...draft} as JournalEntry;
}

export type Extra = {
	readonly statements?: readonly FloorStatement[];
	readonly votes?: readonly VoteFacts[];
	readonly decisions?: readonly DecisionFacts[];
};

export function factsOf(entries: readonly JournalEntry[], extra: Extra = {}, over: DatasetIndex = index): RecordFacts {
	const facts = factsFromJournal(over, entries, replay(over.dataset, entries), {skippedLines: 0, statements: extra.statements ?? []});
	const decisions = new Map(facts.decisions);
	for (const added of extra.decisions ?? []) {
		decisions.set(added.target, added);
	}

	return {...facts, decisions, votes: extra.votes ?? []};
}

export function recordOf(entries: readonly JournalEntry[], extra: Extra = {}, options: Partial<RecordOptions> = {}, over: DatasetIndex = index): SummaryRecord {
	const built = buildRecord(over, factsOf(entries, extra, over), {timeZone: 'Europe/Zurich', ...options});
	if (!built.ok) {
		throw new Error(built.message);
	}

	return built.record;
}

/** An index over the fixture dataset changed by `change`. */
export function indexWith(change: (input: DatasetInput) => void): DatasetIndex {
	const input = structuredClone(dataset) as DatasetInput;
	change(input);
	return buildIndex(datasetSchema.parse(input));
}
