import type {Delegation, Stance} from '../dataset/schema.js';
import type {Consensus} from '../outcomes/consensus.js';
import type {DecisionOutcome} from '../outcomes/outcome-kinds.js';
import {voteResult, type Majority, type RollCallVote, type VoteCounts} from '../outcomes/votes.js';
import type {FloorRole} from '../journal/floor/delegation-role.js';
import {nameInSentence as floorName} from '../journal/floor/statement-text.js';
import {sanitizeLine} from '../text/sanitize.js';
import type {RecordWords} from './record-words.js';

/*
The sentences of a summary record, in the Council's style (DOMAIN.md) and the
session's language: "The representative of the Secretariat introduced Document
C25/28.", "The councillor from Switzerland expressed a reservation on ... and
requested that its reservation be reflected in the summary record." Pure text
from names already made readable; the renderers escape it for their format.
Each sentence is one catalogue message with its parts as parameters, so a
language puts them in its own order (Arabic begins with the verb).
*/

/** Ends a sentence with a full stop unless it already ends with punctuation. */
export function sentence(text: string): string {
	const trimmed = text.trim();
	return trimmed === '' || /[.!?:;)"”»。]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function noteText(note: string | undefined): string {
	const trimmed = (note ?? '').trim().replace(/[.]$/, '');
	return trimmed === '' ? '' : ` (${trimmed})`;
}

const positionKey = {
	supports: 'minutes.position-supports',
	opposes: 'minutes.position-opposes',
	reservation: 'minutes.position-reservation',
	'more-information': 'minutes.position-more-information',
	neutral: 'minutes.position-neutral',
} as const satisfies Record<Stance, string>;

/** "The councillor from X supported proposal 1) of Document C99/42 (note)." */
export function positionSentence(words: RecordWords, speaker: string, stance: Stance, on: string, note: string | undefined): string {
	return words.say(positionKey[stance], {speaker, on: `${on}${noteText(note)}`});
}

/** A document an introduction names: its reference in a sentence, and its symbol when it has one. */
export type Introduced = {readonly reference: string; readonly symbol: string | undefined};

/** "The representative of the Secretariat introduced Documents C99/10 and C99/11." */
export function introductionSentence(words: RecordWords, speaker: string, documents: readonly Introduced[]): string {
	const symbols = documents.flatMap(document => (document.symbol === undefined ? [] : [document.symbol]));
	const references = documents.length > 1 && symbols.length === documents.length
		? words.say('minutes.documents-named', {count: symbols.length, symbols: words.list(symbols)})
		: words.list(documents.map(document => document.reference));
	return words.say('minutes.introduced', {speaker, documents: references});
}

const rollKey = {yes: 'minutes.roll-yes', no: 'minutes.roll-no', abstain: 'minutes.roll-abstain', absent: 'minutes.roll-absent'} as const;

/** A roll call's names by option, each group in the order called: "In favour (2): France, Brazil". */
export function rollCallLines(words: RecordWords, roll: readonly RollCallVote[], nameOf: (id: string) => string): string[] {
	return (['yes', 'no', 'abstain', 'absent'] as const).flatMap(option => {
		const names = roll.filter(vote => vote.option === option).map(vote => nameOf(vote.delegation));
		return names.length === 0 ? [] : [words.say(rollKey[option], {count: names.length, names: names.join(words.say('minutes.list-comma'))})];
	});
}

/**
The vote as a summary record's sentence.

@example
```
voteText(recordWords('en'), {yes: 30, no: 8, abstain: 5, absent: 2}, 'simple');
// "30 in favour, 8 against, 5 abstentions, 2 absent; 38 present and voting, a simple majority of 20 required: adopted."
```
*/
export function voteText(words: RecordWords, counts: VoteCounts, majority: Majority): string {
	const outcome = voteResult(counts, majority);
	const tally = [
		words.say('minutes.tally-yes', {count: counts.yes}),
		words.say('minutes.tally-no', {count: counts.no}),
		words.say('minutes.tally-abstain', {count: counts.abstain}),
		...(counts.absent === 0 ? [] : [words.say('minutes.tally-absent', {count: counts.absent})]),
	].join(words.say('minutes.list-comma'));
	if (outcome.reason === 'no-votes-cast') {
		return words.say('minutes.vote-result-none-cast', {tally});
	}

	return words.say(majority === 'simple' ? 'minutes.vote-result-simple' : 'minutes.vote-result-two-thirds', {
		tally,
		cast: outcome.cast,
		required: outcome.required,
		result: words.say(outcome.result === 'adopted' ? 'minutes.adopted' : 'minutes.not-adopted'),
		tie: outcome.reason === 'tie' ? words.say('minutes.tie') : '',
	});
}

function endSentence(words: RecordWords, text: string): string {
	return /[.!?。]$/.test(text) ? text : `${text}${words.say('minutes.full-stop')}`;
}

/**
The decision as a summary record's sentence, built from its outcomes when the
secretariat wrote no text of its own. `subject` is what an outcome without an
object applies to ("Document C25/28").

@example
```
outcomesText(recordWords('en'), [{kind: 'noted', on: 'the report'}, {kind: 'approved', on: 'the draft Decision'}], 'Document C25/28');
// "The Council took note of the report and approved the draft Decision."
```
*/
export function outcomesText(words: RecordWords, outcomes: readonly DecisionOutcome[], subject: string): string {
	if (outcomes.length === 0) {
		return '';
	}

	const clauses = outcomes.map(outcome => (outcome.kind === 'referred' && outcome.on === undefined
		? words.say('minutes.outcome-referred-group', {object: subject})
		: words.say(`minutes.outcome-${outcome.kind}`, {object: outcome.on ?? subject})));
	return endSentence(words, words.say('minutes.council-did', {clauses: words.list(clauses)}));
}

/** "Decided by consensus.", or "Decided without a vote, with a reservation from Switzerland." */
export function consensusText(words: RecordWords, consensus: Consensus): string {
	if (consensus.kind === 'consensus') {
		return words.say('minutes.by-consensus');
	}

	const parts: string[] = [];
	if (consensus.reservations.length > 0) {
		parts.push(words.say('minutes.reservations-from', {count: consensus.reservations.length, names: words.list(consensus.reservations)}));
	}

	if (consensus.oppositions.length > 0) {
		parts.push(words.say('minutes.objections-from', {count: consensus.oppositions.length, names: words.list(consensus.oppositions)}));
	}

	return words.say('minutes.without-vote', {objections: words.list(parts)});
}

/** "The councillor from Brazil", "The observer from Mexico", as the floor's statements name a speaker. */
function statementSpeaker(words: RecordWords, delegation: Pick<Delegation, 'kind' | 'name'>, role: FloorRole): string {
	// English gives a name its article ("the United States"); other languages keep the name as the dataset has it.
	const name = words.language === 'en' ? floorName(delegation.name) : sanitizeLine(delegation.name).trim().replace(/\s+/g, ' ');
	if (role === 'councillor') {
		return words.say('minutes.speaker-councillor', {name});
	}

	return words.say(delegation.kind === 'member-state' || delegation.kind === 'observer' ? 'minutes.speaker-observer' : 'minutes.speaker-representative', {name});
}

// A first word written with a capital only because it started the line ("Supported"), not a name or acronym ("ITU", "iPhone").
const capitalizedWord = /^\p{Lu}\p{Ll}*(?=[\s,;.:!?]|$)/u;

/** The typed clauses as the rest of a sentence: "supported proposal 1 and asked for a cost estimate." */
function predicate(words: RecordWords, text: string): string {
	const clauses = sanitizeLine(text)
		.split(/[;；]/)
		.map(clause => clause.trim().replace(/\s+/g, ' ').replace(/[,:]+$/, ''))
		.filter(clause => clause !== '');
	if (clauses.length === 0) {
		return '';
	}

	const joined = words.list(clauses);
	const first = capitalizedWord.exec(joined)?.[0];
	const lowered = first === undefined || first === 'I' ? joined : first.toLowerCase() + joined.slice(first.length);
	return endSentence(words, lowered);
}

/**
A statement from the floor as a numbered paragraph says it: the secretary types
short clauses ("supported proposal 1; asked for a cost estimate") and the
record reads "The councillor from Brazil supported proposal 1 and asked for a
cost estimate." (the floor's own sentence, journal/floor/statement-text.ts, in
the record's language).
*/
export function statementText(words: RecordWords, delegation: Pick<Delegation, 'kind' | 'name'>, role: FloorRole, text: string): string {
	const speaker = statementSpeaker(words, delegation, role);
	const said = predicate(words, text);
	return said === '' ? words.say('minutes.spoke', {speaker}) : words.say('minutes.statement', {speaker, said});
}
