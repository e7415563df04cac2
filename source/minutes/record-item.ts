import type {DatasetIndex} from '../dataset/build-index.js';
import type {AgendaItem, Proposal} from '../dataset/schema.js';
import {consensusOf} from '../outcomes/consensus.js';
import {voteResult} from '../outcomes/votes.js';
import {localTime} from './local-time.js';
import {capitalized, delegationName, delegationOf, documentCell, documentOf, documentReference, nameIn, readableTitle, speakerOf, speakerRole, symbolOf} from './readable.js';
import type {DecisionFacts, FloorStatement, RecordFacts, VoteFacts} from './record-facts.js';
import type {RecordWords} from './record-words.js';
import {delegationRole} from '../journal/floor/delegation-role.js';
import {consensusText, introductionSentence, outcomesText, positionSentence, rollCallLines, statementText, voteText, type Introduced} from './sentences.js';
import type {Motion, ParagraphKind, RecordDocument, RecordItem, RecordParagraph, RecordPosition, Speech} from './summary-record.js';

/*
One agenda item of a summary record: its documents, then numbered paragraphs
in the order a summary record gives them: the introduction of each document
(by its source: the Secretariat, or a Member State's councillor), what the
documents propose (with a proposal's principles), the statements in speaking
order, the positions and reservations recorded, and each decision with its
number and its vote, or "by consensus" when nothing objects.
*/

export type ItemContext = {
	readonly index: DatasetIndex;
	readonly facts: RecordFacts;
	readonly timeZone: string;
	/** Whether a thing recorded (entry id, time) belongs to this record. */
	readonly isIn: (entryId: string, at: number) => boolean;
	/** The session's language's words (record-words.ts). */
	readonly words: RecordWords;
};

type Draft = {kind: ParagraphKind; text: string; lead?: string; list?: readonly string[]; entries: readonly string[]};

function nameOf(index: DatasetIndex, delegationId: string): string {
	return delegationOf(index, delegationId)?.name ?? delegationId;
}

/** The name a sentence of the record gives a delegation, in the record's language when the dataset has it. */
function sentenceName({index, words}: ItemContext, delegationId: string): string {
	const delegation = delegationOf(index, delegationId);
	return delegation === undefined ? delegationId : delegationName(words, delegation);
}

function itemSubject({index, words}: ItemContext, item: AgendaItem): string {
	const documents = item.documents.flatMap(id => {
		const document = documentOf(index, id);
		return document === undefined ? [] : [documentReference(document, words)];
	});
	const [first, ...others] = documents;
	return first === undefined ? words.say('minutes.agenda-item', {number: item.number}) : others.reduce((both, next) => words.say('minutes.both', {first: both, second: next}), first);
}

function proposalSubject({index, words}: ItemContext, proposal: Proposal): string {
	const document = documentOf(index, proposal.document);
	return document === undefined ? words.say('minutes.proposal-subject', {number: proposal.number}) : words.say('minutes.proposal-in', {number: proposal.number, document: documentReference(document, words)});
}

function introduction(context: ItemContext, item: AgendaItem): Draft[] {
	const {index, words} = context;
	// Documents from one source are introduced together, in the item's order.
	const groups = new Map<string, {speaker: string; references: Introduced[]}>();
	for (const id of item.documents) {
		const document = documentOf(index, id);
		if (document === undefined) {
			continue;
		}

		const delegationId = document.submittedBy.delegations?.[0];
		const speaker = delegationId === undefined ? words.say('minutes.speaker-secretariat') : speakerOf(delegationOf(index, delegationId), document.submittedBy.wording, words);
		const group = groups.get(speaker) ?? {speaker, references: []};
		group.references.push({reference: documentReference(document, words), symbol: symbolOf(document)});
		groups.set(speaker, group);
	}

	const drafts: Draft[] = [...groups.values()].map(group => ({kind: 'introduction', text: introductionSentence(words, group.speaker, group.references), entries: []}));
	for (const id of item.documents) {
		const document = documentOf(index, id);
		const proposals = index.proposalsByDocument.get(id) ?? [];
		if (document === undefined || proposals.length === 0) {
			continue;
		}

		drafts.push({
			kind: 'proposals',
			text: capitalized(words.say('minutes.sets-out', {count: proposals.length, document: documentReference(document, words)})),
			list: proposals.map(proposal => {
				const principles = index.principlesByProposal.get(proposal.id) ?? [];
				const lettered = principles.map((principle, order) => `(${String.fromCodePoint(97 + (order % 26))}) ${principle.title.trim()}`);
				return [`${proposal.number} ${proposal.text.trim()}`, ...lettered].join(' ');
			}),
			entries: [],
		});
	}

	return drafts;
}

function statements(context: ItemContext, item: AgendaItem, speeches: Speech[]): Draft[] {
	const {index, timeZone, words} = context;
	return context.facts.statements
		.filter((statement: FloorStatement) => statement.item === item.id && context.isIn(statement.entryId, statement.at))
		.map(statement => {
			const delegation = delegationOf(index, statement.delegation);
			speeches.push({
				creator: delegation?.name ?? statement.delegation,
				role: speakerRole(delegation),
				text: statement.text,
				date: localTime(statement.at, timeZone).iso,
				stance: statement.stance ?? null,
				entry: statement.entryId,
			});
			// The floor's own sentence (issue 12): the typed clauses joined, "supported proposal 1 and asked for a cost estimate."
			const speaker = delegation === undefined ? {kind: 'other' as const, name: statement.delegation} : {kind: delegation.kind, name: delegationName(words, delegation)};
			return {kind: 'statement', text: statementText(words, speaker, delegationRole(speaker), statement.text), entries: [statement.entryId]};
		});
}

function positions(context: ItemContext, targets: ReadonlyArray<{id: string; subject: string}>, list: RecordPosition[]): Draft[] {
	const {index, facts, timeZone, words} = context;
	const recorded: Array<{draft: Draft; at: number}> = [];
	// A statement made with a stance also records the position (the floor's entry sets both): it is told once, as the statement.
	const statementIds = new Set(facts.statements.map(statement => statement.entryId));
	for (const target of targets) {
		for (const position of facts.positionsOn.get(target.id) ?? []) {
			const stamp = position.recorded;
			const isIn = stamp !== undefined && context.isIn(stamp.entryId, stamp.at);
			list.push({
				delegation: nameOf(index, position.delegation),
				stance: position.stance,
				on: target.subject,
				note: position.note === undefined || position.note === '' ? null : position.note,
				source: stamp === undefined ? 'dataset' : 'journal',
				date: stamp === undefined ? null : localTime(stamp.at, timeZone).iso,
				entry: stamp?.entryId ?? null,
			});
			if (isIn && !statementIds.has(stamp.entryId)) {
				const speaker = speakerOf(delegationOf(index, position.delegation), position.delegation, words);
				recorded.push({draft: {kind: 'position', text: positionSentence(words, speaker, position.stance, target.subject, position.note), entries: [stamp.entryId]}, at: stamp.at});
			}
		}
	}

	return recorded.sort((a, b) => a.at - b.at).map(entry => entry.draft);
}

function voteDraft(context: ItemContext, vote: VoteFacts, subject: string): Draft {
	const {words} = context;
	return {
		kind: 'vote',
		text: words.say(vote.roll.length > 0 ? 'minutes.vote-roll-call' : 'minutes.vote-show-of-hands', {subject, result: voteText(words, vote.counts, vote.majority)}),
		...(vote.roll.length > 0 ? {list: rollCallLines(words, vote.roll, id => sentenceName(context, id))} : {}),
		entries: [vote.entryId],
	};
}

function motion(context: ItemContext, target: string, subject: string, motions: Motion[]): Draft[] {
	const {facts, index, timeZone, words} = context;
	const found = facts.decisions.get(target);
	const decision: DecisionFacts | undefined = found !== undefined && context.isIn(found.entryId, found.at) ? found : undefined;
	const votes = facts.votes.filter(vote => vote.target === target && context.isIn(vote.entryId, vote.at) && (vote.decision === undefined || vote.decision === decision?.entryId || decision === undefined));
	if (decision === undefined && votes.length === 0) {
		return [];
	}

	const lastVote = votes.at(-1);
	const objections = consensusOf((facts.positionsOn.get(target) ?? []).map(position => ({delegationName: nameIn(words, sentenceName(context, position.delegation)), stance: position.stance})));
	const manner = lastVote === undefined ? (objections.kind === 'consensus' ? 'consensus' : 'without-vote') : 'vote';
	const voted = lastVote === undefined ? undefined : voteResult(lastVote.counts, lastVote.majority).result;
	const text = decision === undefined ? '' : (decision.text.trim() === '' ? outcomesText(words, decision.outcomes, subject) : decision.text.trim());
	const identifier = decision?.number ?? null;
	motions.push({
		identifier,
		subject,
		text,
		classification: decision?.outcomes.map(outcome => outcome.kind) ?? [],
		outcomes: decision?.outcomes ?? [],
		manner,
		result: voted ?? 'decided',
		date: localTime(decision?.at ?? lastVote!.at, timeZone).iso,
		entry: decision?.entryId ?? lastVote!.entryId,
		history: (decision?.history ?? []).map(earlier => ({text: earlier.text, date: localTime(earlier.at, timeZone).iso, entry: earlier.entryId})),
		voteEvents: votes.map(vote => ({
			startDate: localTime(vote.at, timeZone).iso,
			result: voteResult(vote.counts, vote.majority).result === 'adopted' ? 'pass' : 'fail',
			requirement: vote.majority,
			counts: (['yes', 'no', 'abstain', 'absent'] as const).map(option => ({option, value: vote.counts[option]})),
			votes: vote.roll.map(cast => ({voter: nameOf(index, cast.delegation), option: cast.option})),
			text: voteText(words, vote.counts, vote.majority),
			entry: vote.entryId,
		})),
	});
	const drafts = votes.map(vote => voteDraft(context, vote, subject));
	if (decision !== undefined) {
		drafts.push({
			kind: 'decision',
			lead: identifier === null ? text : words.say('minutes.numbered-decision', {number: identifier, text}),
			text: manner === 'vote' ? '' : consensusText(words, objections),
			entries: [decision.entryId, ...decision.history.map(earlier => earlier.entryId)],
		});
	}

	return drafts;
}

/** The item's part of the record, numbered `order`. */
export function recordItem(context: ItemContext, item: AgendaItem, order: number, takenUpAt: number | undefined): RecordItem {
	const {index, timeZone} = context;
	const proposals = item.documents.flatMap(id => index.proposalsByDocument.get(id) ?? []);
	const targets = [{id: item.id, subject: itemSubject(context, item)}, ...proposals.map(proposal => ({id: proposal.id, subject: proposalSubject(context, proposal)}))];
	const speeches: Speech[] = [];
	const positionList: RecordPosition[] = [];
	const motions: Motion[] = [];
	const drafts = [
		...introduction(context, item),
		...statements(context, item, speeches),
		...positions(context, targets, positionList),
		...targets.flatMap(target => motion(context, target.id, target.subject, motions)),
	];
	const paragraphs: RecordParagraph[] = drafts.map((draft, position) => ({
		number: `${order}.${position + 1}`,
		kind: draft.kind,
		...(draft.lead === undefined ? {} : {lead: draft.lead}),
		text: draft.text,
		...(draft.list === undefined ? {} : {list: draft.list}),
		entries: draft.entries,
	}));
	const documents: RecordDocument[] = item.documents.flatMap(id => {
		const document = documentOf(index, id);
		return document === undefined ? [] : [{
			symbol: symbolOf(document) ?? null,
			title: document.title === undefined ? null : readableTitle(document.title),
			source: document.submittedBy.wording,
			label: documentCell(document, context.words),
		}];
	});
	return {
		order,
		number: item.number,
		title: readableTitle(item.title),
		takenUp: takenUpAt === undefined ? null : localTime(takenUpAt, timeZone).iso,
		documents,
		paragraphs,
		speeches,
		positions: positionList,
		motions,
	};
}
