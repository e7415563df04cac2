import type {DatasetIndex} from '../dataset/build-index.js';
import type {Stance} from '../dataset/schema.js';
import {inLanguage} from '../i18n/translate.js';
import {describeEntry} from '../journal/describe.js';
import {wordsIn} from '../i18n/words/words.js';
import {entryById, isEntryInEffect, type JournalRecords, type RecordedPosition} from '../journal/replay.js';
import type {Author, JournalEntry} from '../journal/schema.js';
import type {DecisionOutcome} from '../outcomes/outcome-kinds.js';
import type {Majority, RollCallVote, VoteCounts} from '../outcomes/votes.js';

/*
What the summary record is built from, taken out of the replayed journal: the
decisions and votes in effect, the positions, the floor's statements, the
items taken up (`current` entries in effect, in file order) and every entry for
the audit appendix. The record builder reads only this, so it does not depend
on how the journal replays its entry kinds.
*/

/** A statement from the floor, in the shape the floor feature gives on the replayed records. */
export type FloorStatement = {
	readonly entryId: string;
	readonly at: number;
	readonly time: string;
	readonly author: Author;
	/** Agenda item id. */
	readonly item: string;
	/** Delegation id. */
	readonly delegation: string;
	readonly text: string;
	readonly stance?: Stance;
};

export type DecisionFacts = {
	/** Agenda item or proposal id. */
	readonly target: string;
	readonly entryId: string;
	readonly time: string;
	readonly at: number;
	readonly author: Author;
	readonly outcomes: readonly DecisionOutcome[];
	readonly text: string;
	readonly number?: string;
	/** Earlier decisions on the same target that this one amends or replaced, oldest first. */
	readonly history: ReadonlyArray<{readonly entryId: string; readonly time: string; readonly at: number; readonly text: string}>;
};

export type VoteFacts = {
	readonly target: string;
	readonly entryId: string;
	readonly time: string;
	readonly at: number;
	readonly author: Author;
	readonly counts: VoteCounts;
	/** The roll call in the order called; empty when counted by hand. */
	readonly roll: readonly RollCallVote[];
	readonly majority: Majority;
	/** The decision entry it supports, when named. */
	readonly decision?: string;
};

export type AuditFacts = {
	readonly id: string;
	readonly time: string;
	readonly at: number;
	readonly author: Author;
	readonly kind: string;
	readonly description: string;
	readonly inEffect: boolean;
};

export type RecordFacts = {
	/** Decision in effect by target. */
	readonly decisions: ReadonlyMap<string, DecisionFacts>;
	/** Votes in effect, in file order. */
	readonly votes: readonly VoteFacts[];
	/** Positions in effect by target (the dataset's, replaced by recorded ones). */
	readonly positionsOn: ReadonlyMap<string, readonly RecordedPosition[]>;
	/** Statements in speaking order. */
	readonly statements: readonly FloorStatement[];
	/** `current` entries in effect, in file order. */
	readonly takenUp: ReadonlyArray<{readonly item: string; readonly entryId: string; readonly at: number}>;
	/** Every applied entry, in file order. */
	readonly entries: readonly AuditFacts[];
	/** The floor's speeches in the order given (issue 12): for the speaking time per delegation. */
	readonly speeches: ReadonlyArray<{readonly entryId: string; readonly delegation: string; readonly start: number; readonly end?: number}>;
	readonly skippedLines: number;
	readonly ignoredEntries: number;
};

/**
The facts of a journal replayed over a dataset. Decisions of every journal
version read: one `outcome` is a decision with one outcome.
*/
export function factsFromJournal(
	index: DatasetIndex,
	entries: readonly JournalEntry[],
	records: JournalRecords,
	options: {readonly skippedLines: number; readonly statements?: readonly FloorStatement[]},
): RecordFacts {
	const byId = new Map(entries.map(entry => [entry.id, entry]));
	const ignored = new Set(records.ignored.map(entry => entry.entryId));
	const applied = entries.filter(entry => !ignored.has(entry.id));
	const decisions = new Map<string, DecisionFacts>();
	for (const [target, decision] of records.decisions) {
		// A decision still in effect under a later one on the same target was amended by it (an undone one was withdrawn, and is only in the audit).
		const history = applied
			.filter(entry => entry.kind === 'decision' && entry.payload.target === target && entry.id !== decision.entryId && isEntryInEffect(records, entry.id))
			.map(entry => ({entryId: entry.id, time: entry.time, at: Date.parse(entry.time), text: entry.kind === 'decision' ? entry.payload.text : ''}));
		const entry = entryById(records, decision.entryId);
		const payload = entry?.kind === 'decision' ? entry.payload : undefined;
		decisions.set(target, {
			target,
			entryId: decision.entryId,
			time: decision.time,
			at: decision.at,
			author: decision.author,
			// A journal written before several outcomes has one, `outcome`.
			outcomes: payload?.outcomes ?? [{kind: decision.outcome}],
			text: decision.text,
			...(payload?.number === undefined ? {} : {number: payload.number}),
			history,
		});
	}

	const votes: VoteFacts[] = applied.flatMap(entry => (entry.kind === 'vote' && isEntryInEffect(records, entry.id) ? [{
		target: entry.payload.target,
		entryId: entry.id,
		time: entry.time,
		at: Date.parse(entry.time),
		author: entry.author,
		counts: entry.payload.counts,
		roll: entry.payload.roll ?? [],
		majority: entry.payload.majority,
		...(entry.payload.decision === undefined ? {} : {decision: entry.payload.decision}),
	}] : []));

	const takenUp = applied.flatMap(entry => (entry.kind === 'current' && isEntryInEffect(records, entry.id) ? [{item: entry.payload.item, entryId: entry.id, at: Date.parse(entry.time)}] : []));
	return {
		decisions,
		votes,
		positionsOn: records.positionsOn,
		statements: options.statements ?? [],
		takenUp,
		entries: applied.map(entry => ({
			id: entry.id,
			time: entry.time,
			at: Date.parse(entry.time),
			author: entry.author,
			kind: entry.kind,
			// In the session's language, like the rest of the record, whatever the interface speaks.
			description: inLanguage(index.dataset.session.language ?? 'en', () => describeEntry(entry, index, byId, wordsIn(index.dataset.session.language ?? 'en'))),
			inEffect: isEntryInEffect(records, entry.id),
		})),
		speeches: records.floor.speeches,
		skippedLines: options.skippedLines,
		ignoredEntries: records.ignored.length,
	};
}
