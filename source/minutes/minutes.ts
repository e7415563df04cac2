import type {DatasetIndex} from '../dataset/build-index.js';
import {documentSymbol} from '../dataset/labels.js';
import type {ActionKind, ItemStatus, Stance} from '../dataset/schema.js';
import type {JournalRecords, Recorded, RecordedPosition} from '../journal/replay.js';
import type {Author, Outcome} from '../journal/schema.js';
import {delegationRole} from '../journal/floor/delegation-role.js';
import {statementSentence} from '../journal/floor/statement-text.js';
import {fairness} from '../journal/floor/fairness.js';

/*
The minutes of a session: the dataset plus the replayed journal, as plain data
in agenda order. This is also the exact shape of `council export --format json`
(documented in the README), so it only holds JSON values, and it is
deterministic: the same dataset and journal give the same bytes (no "generated
at" time), which is what lets a test compare it with a fixture.
*/

export type MinutesStamp = {
	/** ISO time of the journal entry. */
	readonly time: string;
	readonly author: Author;
	/** Id of the journal entry (for `council record undo`). */
	readonly entry: string;
};

export type MinutesDecision = MinutesStamp & {
	readonly outcome: Outcome;
	readonly text: string;
};

export type MinutesPosition = {
	readonly delegation: string;
	readonly delegationName: string;
	readonly stance: Stance;
	readonly note?: string;
	/** "dataset" for a position known before the session, "journal" for one recorded in it. */
	readonly source: 'dataset' | 'journal';
	/** Set for positions recorded in the journal. */
	readonly recorded?: MinutesStamp;
};

export type MinutesProposal = {
	readonly id: string;
	readonly number: string;
	readonly document?: string;
	readonly text: string;
	readonly decision: MinutesDecision | null;
	readonly positions: readonly MinutesPosition[];
};

export type MinutesItem = {
	readonly id: string;
	readonly number: string;
	readonly title: string;
	readonly documents: readonly string[];
	readonly actionRequired: {readonly kind: ActionKind; readonly wording: string};
	readonly status: ItemStatus;
	/** Who set the status in the journal; null when it is the dataset's. */
	readonly statusRecorded: MinutesStamp | null;
	readonly decision: MinutesDecision | null;
	readonly positions: readonly MinutesPosition[];
	readonly proposals: readonly MinutesProposal[];
	/** What delegations said on the floor, in speaking order (issue 12); absent when nobody made a statement. */
	readonly statements?: readonly MinutesStatement[];
};

export type MinutesStatement = MinutesStamp & {
	readonly delegation: string;
	readonly delegationName: string;
	/** As typed: "supported proposal 1; asked for a cost estimate". */
	readonly text: string;
	/** As the summary record writes it: "The councillor from Brazil supported proposal 1 and asked for a cost estimate." */
	readonly sentence: string;
	readonly stance?: Stance;
};

export type Minutes = {
	readonly format: 'council-minutes';
	readonly version: 1;
	readonly session: {
		readonly id: string;
		readonly body: string;
		readonly title: string;
		readonly start?: string;
		readonly end?: string;
		readonly place?: string;
	};
	readonly journal: {
		/** Entries applied, undos included. */
		readonly entries: number;
		/** Time of the first and last entries, null for an empty journal. */
		readonly first: string | null;
		readonly last: string | null;
		/** Lines of the file skipped as torn or invalid. */
		readonly skippedLines: number;
		/** Entries that named something the dataset lacks, or were written by a viewer. */
		readonly ignoredEntries: number;
	};
	readonly items: readonly MinutesItem[];
	/** Interventions and speaking time per delegation over the session (issue 12); absent when nobody had the floor. */
	readonly speakingTime?: ReadonlyArray<{readonly delegation: string; readonly delegationName: string; readonly interventions: number; readonly seconds: number}>;
};

function stamp(recorded: Recorded): MinutesStamp {
	return {time: recorded.time, author: {name: recorded.author.name, role: recorded.author.role}, entry: recorded.entryId};
}

function positionsOf(index: DatasetIndex, records: JournalRecords, target: string): MinutesPosition[] {
	return (records.positionsOn.get(target) ?? []).map((position: RecordedPosition) => {
		const delegation = index.entities.get(position.delegation);
		return {
			delegation: position.delegation,
			delegationName: delegation?.kind === 'delegation' ? delegation.value.name : position.delegation,
			stance: position.stance,
			...(position.note === undefined || position.note === '' ? {} : {note: position.note}),
			source: position.recorded === undefined ? 'dataset' : 'journal',
			...(position.recorded === undefined ? {} : {recorded: stamp(position.recorded)}),
		};
	});
}

function decisionOf(records: JournalRecords, target: string): MinutesDecision | null {
	const decision = records.decisions.get(target);
	return decision === undefined ? null : {outcome: decision.outcome, text: decision.text, ...stamp(decision)};
}

function statementsOf(index: DatasetIndex, records: JournalRecords, item: string): {statements?: MinutesStatement[]} {
	const statements = (records.statements ?? []).filter(statement => statement.item === item).map((statement): MinutesStatement => {
		const entity = index.entities.get(statement.delegation);
		const delegation = entity?.kind === 'delegation' ? entity.value : {kind: 'other' as const, name: statement.delegation};
		return {
			delegation: statement.delegation,
			delegationName: delegation.name,
			text: statement.text,
			sentence: statementSentence(delegation, delegationRole(delegation), statement.text),
			...(statement.stance === undefined ? {} : {stance: statement.stance}),
			...stamp(statement),
		};
	});
	return statements.length === 0 ? {} : {statements};
}

export type JournalFacts = {
	/** Times of the first and last entries in the file. */
	readonly first?: string;
	readonly last?: string;
	readonly skippedLines: number;
};

/**
Builds the minutes from the dataset (its index) and the replayed records.

@example
```
const {entries, problems} = await readJournal(file);
const minutes = buildMinutes(index, replay(index.dataset, entries), {first: entries[0]?.time, last: entries.at(-1)?.time, skippedLines: problems.length});
```
*/
export function buildMinutes(index: DatasetIndex, records: JournalRecords, facts: JournalFacts): Minutes {
	const {dataset} = index;
	const {session} = dataset;
	const symbolOf = (documentId: string) => {
		const entity = index.entities.get(documentId);
		return entity?.kind === 'document' ? documentSymbol(entity.value.symbol, entity.value.version) ?? entity.value.id : documentId;
	};

	const items = dataset.agendaItems.map((item): MinutesItem => {
		const statusDetail = records.statusDetails.get(item.id);
		const proposals = item.documents.flatMap(documentId => index.proposalsByDocument.get(documentId) ?? []).map((proposal): MinutesProposal => ({
			id: proposal.id,
			number: proposal.number,
			document: symbolOf(proposal.document),
			text: proposal.text,
			decision: decisionOf(records, proposal.id),
			positions: positionsOf(index, records, proposal.id),
		}));
		return {
			id: item.id,
			number: item.number,
			title: item.title,
			documents: item.documents.map(documentId => symbolOf(documentId)),
			actionRequired: {kind: item.action.kind, wording: item.action.wording},
			status: records.statuses.get(item.id) ?? item.status,
			statusRecorded: statusDetail === undefined ? null : stamp(statusDetail),
			decision: decisionOf(records, item.id),
			positions: positionsOf(index, records, item.id),
			proposals,
			...statementsOf(index, records, item.id),
		};
	});

	return {
		format: 'council-minutes',
		version: 1,
		session: {
			id: session.id,
			body: session.body,
			title: session.title,
			...(session.start === undefined ? {} : {start: session.start}),
			...(session.end === undefined ? {} : {end: session.end}),
			...(session.place === undefined ? {} : {place: session.place}),
		},
		journal: {
			entries: records.entryCount,
			first: facts.first ?? null,
			last: facts.last ?? null,
			skippedLines: facts.skippedLines,
			ignoredEntries: records.ignored.length,
		},
		items,
		...speakingTimeOf(index, records, facts),
	};
}

/** A speech still going on counts up to the journal's last entry, so the same journal gives the same minutes. */
function speakingTimeOf(index: DatasetIndex, records: JournalRecords, facts: JournalFacts): Pick<Minutes, 'speakingTime'> {
	const floor = records.floor;
	if (floor === undefined || floor.speeches.length === 0) {
		return {};
	}

	const until = facts.last === undefined ? floor.speeches.at(-1)!.start : Date.parse(facts.last);
	return {
		speakingTime: fairness(floor, until).map(share => {
			const entity = index.entities.get(share.delegation);
			return {...share, delegationName: entity?.kind === 'delegation' ? entity.value.name : share.delegation};
		}),
	};
}
