/*
What the Council can do with a subject, as kinds (DOMAIN.md, "Outcomes and
positions"). One decision carries several outcomes, each on what it applies to:
"took note of the report and approved the draft Decision in Annex A" is two
outcomes, `noted` on "the report" and `approved` on "the draft Decision in
Annex A". The first eight are the journal's original outcomes, so a decision of
an older journal (one outcome, no object) reads as a decision with one outcome.
*/

export const outcomeKinds = [
	'approved',
	'adopted',
	'noted',
	'endorsed',
	'deferred',
	'rejected',
	'referred',
	'other',
	'confirmed',
	'agreed',
	'decided',
	'instructed',
] as const;

export type OutcomeKind = (typeof outcomeKinds)[number];

/** One outcome of a decision: what was done, and (optionally) to what, in the secretariat's words. */
export type DecisionOutcome = {
	readonly kind: OutcomeKind;
	/** What it applies to: "the report", "the draft Decision in Annex A", "the Secretary-General to report to Council 2026". */
	readonly on?: string;
};

/** The outcome as a word, for lists and forms. */
export const outcomeKindWord: Record<OutcomeKind, string> = {
	approved: 'approved',
	adopted: 'adopted',
	noted: 'noted',
	endorsed: 'endorsed',
	deferred: 'deferred',
	rejected: 'rejected',
	referred: 'referred to a group',
	other: 'other',
	confirmed: 'confirmed',
	agreed: 'agreed',
	decided: 'decided',
	instructed: 'instructed',
};

/** The verb of a summary record's sentence ("The Council took note of ..."). */
const verb: Record<OutcomeKind, string> = {
	approved: 'approved',
	adopted: 'adopted',
	noted: 'took note of',
	endorsed: 'endorsed',
	deferred: 'deferred consideration of',
	rejected: 'rejected',
	referred: 'referred',
	other: 'decided on',
	confirmed: 'confirmed',
	agreed: 'agreed to',
	decided: 'decided on',
	instructed: 'instructed',
};

/** Other words people type for an outcome (a verb, "took note"), lower-case with hyphens for spaces. */
export const outcomeAliases: Readonly<Record<string, OutcomeKind>> = {
	approve: 'approved',
	adopt: 'adopted',
	note: 'noted',
	'took-note': 'noted',
	'take-note': 'noted',
	'took-note-of': 'noted',
	endorse: 'endorsed',
	defer: 'deferred',
	reject: 'rejected',
	refer: 'referred',
	'referred-to-a-group': 'referred',
	confirm: 'confirmed',
	agree: 'agreed',
	decide: 'decided',
	instruct: 'instructed',
};

export type ParsedOutcome = {readonly ok: true; readonly value: DecisionOutcome} | {readonly ok: false; readonly message: string};

/** Longest "what it applies to", in characters. */
export const maxOutcomeObjectLength = 1000;

/**
Reads `KIND` or `KIND: WHAT` as typed on the command line or in the form
(`noted`, `approved: the draft Decision in Annex A`, `took note: the report`).

@example
```
parseOutcome('approved: the draft Decision'); // {ok: true, value: {kind: 'approved', on: 'the draft Decision'}}
```
*/
export function parseOutcome(typed: string): ParsedOutcome {
	const colon = typed.indexOf(':');
	const kindText = (colon === -1 ? typed : typed.slice(0, colon)).trim().toLowerCase().replace(/[\s_]+/g, '-');
	const on = colon === -1 ? '' : typed.slice(colon + 1).trim();
	const kind = (outcomeKinds as readonly string[]).includes(kindText) ? (kindText as OutcomeKind) : outcomeAliases[kindText];
	if (kind === undefined) {
		return {ok: false, message: `Unknown outcome "${typed.trim()}". Use one of: ${outcomeKinds.join(', ')} (optionally "KIND: what it applies to").`};
	}

	if (on.length > maxOutcomeObjectLength) {
		return {ok: false, message: `What the outcome "${kind}" applies to is longer than ${maxOutcomeObjectLength} characters.`};
	}

	return {ok: true, value: on === '' ? {kind} : {kind, on}};
}

function joinClauses(clauses: readonly string[]): string {
	if (clauses.length <= 1) {
		return clauses[0] ?? '';
	}

	return `${clauses.slice(0, -1).join(', ')} and ${clauses.at(-1)!}`;
}

/**
The decision as a summary record's sentence, built from its outcomes when the
secretariat wrote no text of its own. `subject` is what an outcome without an
object applies to ("Document C25/28", "proposal 1) of Document C99/42").

@example
```
outcomesSentence([{kind: 'noted', on: 'the report'}, {kind: 'approved', on: 'the draft Decision'}], 'Document C25/28');
// "The Council took note of the report and approved the draft Decision."
```
*/
export function outcomesSentence(outcomes: readonly DecisionOutcome[], subject: string): string {
	if (outcomes.length === 0) {
		return '';
	}

	const clauses = outcomes.map(outcome => {
		const object = outcome.on ?? subject;
		return outcome.kind === 'referred' && outcome.on === undefined ? `referred ${subject} to a Council Working Group` : `${verb[outcome.kind]} ${object}`;
	});
	const sentence = `The Council ${joinClauses(clauses)}`;
	return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/**
The status a decision gives its agenda item: deferred when every outcome defers
it, decided otherwise (noting a report and deferring its annex still decides).
*/
export function statusOfOutcomes(outcomes: readonly DecisionOutcome[]): 'decided' | 'deferred' {
	return outcomes.length > 0 && outcomes.every(outcome => outcome.kind === 'deferred') ? 'deferred' : 'decided';
}
