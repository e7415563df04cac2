import type {Action, ActionKind} from '../dataset/schema.js';

/*
The dashboard's decision input starts with a draft taken from the action
required, so recording the usual outcome is one key: "The Council is invited to
approve X" becomes "The Council approved X.". Pure text work: the wording's
invitation is stripped, each requested verb turned into the past tense, the
"as appropriate" hedges dropped (a decision is not hedged), "this document"
becomes "the document" (the minutes are not the document). When the wording
does not read as an invitation, the action's kind and the item's title give the
draft.
*/

const irregular: Readonly<Record<string, string>> = {
	take: 'took',
	give: 'gave',
	make: 'made',
	hold: 'held',
	set: 'set',
	put: 'put',
	choose: 'chose',
	draw: 'drew',
	draft: 'drafted',
};

// Verbs seen in actions required; a word not listed is not treated as a verb.
const verbs = new Set([
	'accept', 'adopt', 'advise', 'agree', 'allocate', 'approve', 'authorize', 'authorise', 'comment', 'conclude', 'confirm', 'consider',
	'decide', 'defer', 'discuss', 'elect', 'endorse', 'establish', 'examine', 'express', 'extend', 'instruct', 'invite', 'note',
	'provide', 'recommend', 'refer', 'reject', 'request', 'review', 'support', 'urge', 'welcome', ...Object.keys(irregular),
]);

const doubled = new Set(['refer', 'defer', 'prefer']);

function past(verb: string): string {
	const lower = verb.toLowerCase();
	const irregularPast = irregular[lower];
	if (irregularPast !== undefined) {
		return irregularPast;
	}

	if (doubled.has(lower)) {
		return `${lower}red`;
	}

	return lower.endsWith('e') ? `${lower}d` : `${lower}ed`;
}

const invitation = /^\s*(?:the\s+)?council\s+is\s+(?:(?:hereby|therefore|also|kindly)\s+)?(?:invited|requested|asked|called\s+upon)\s+to\s+/i;
const hedge = /,?\s*(?:and\s+(?:to\s+)?advise\s+)?(?:as\s+(?:it\s+)?(?:deems?|deemed|considers?|considered)\s+(?:appropriate|necessary|fit)|as\s+appropriate|where\s+appropriate|if\s+appropriate|accordingly)\b/gi;

/** Turns "approve X" / "review and approve X" / "take note of X" into the past tense, or undefined when it does not start with a verb. */
function pastClause(clause: string): string | undefined {
	const words = /^(\w+)(?:\s+and\s+(\w+))?\b(.*)$/s.exec(clause.trim());
	if (words === null) {
		return undefined;
	}

	const [, first = '', second, rest = ''] = words;
	if (!verbs.has(first.toLowerCase())) {
		return undefined;
	}

	if (second !== undefined && verbs.has(second.toLowerCase())) {
		return `${past(first)} and ${past(second)}${rest}`;
	}

	// "consider the document and decide": a closing "and <verb>" takes the past tense too.
	const afterFirst = clause.trim().slice(first.length).replace(/\band\s+(\w+)$/, (whole, verb: string) => (verbs.has(verb.toLowerCase()) ? `and ${past(verb)}` : whole));
	return `${past(first)}${afterFirst}`;
}

function tidy(text: string): string {
	return text
		.replace(hedge, '')
		.replace(/\bthis\s+(document|report|contribution|proposal|note|draft)\b/gi, (_match, noun: string) => `the ${noun.toLowerCase()}`)
		.replace(/\s+/g, ' ')
		.replace(/\s+([,.;:])/g, '$1')
		.replace(/[\s,.;:]+$/, '')
		.trim();
}

const kindPast: Record<ActionKind, string> = {
	approve: 'approved',
	adopt: 'adopted',
	consider: 'considered',
	'take-note': 'took note of',
	decide: 'decided on',
	elect: 'elected',
	other: 'considered',
};

/**
A draft decision for an action required.

@example
```
draftDecision({kind: 'approve', wording: 'The Council is invited to approve the draft budget.'});
//=> 'The Council approved the draft budget.'
draftDecision({kind: 'consider', wording: 'The Council is invited to consider the proposals, as appropriate.'});
//=> 'The Council considered the proposals.'
```
*/
export function draftDecision(action: Action, subject?: string): string {
	const wording = action.wording.replace(/\s+/g, ' ').trim();
	// "The Council is requested to note ... The Council is also requested to approve ...": one decision covering both.
	const sentences = wording.split(/(?<=[.;])\s+(?=(?:the\s+)?council\s+is\b)/i);
	if (sentences.length > 1) {
		const parts = sentences.map(sentence => draftDecision({...action, wording: sentence}, subject).replace(/^The Council /, '').replace(/\.$/, ''));
		return `The Council ${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}.`;
	}

	const invited = invitation.exec(wording);
	const request = invited === null ? wording.replace(/^to\s+/i, '') : wording.slice(invited[0].length);
	const clauses = tidy(request).split(/,?\s+and\s+to\s+/i).map(clause => tidy(clause)).filter(clause => clause !== '');
	const pastClauses = clauses.map(clause => pastClause(clause));
	if (clauses.length > 0 && pastClauses.every(clause => clause !== undefined)) {
		return `The Council ${pastClauses.join(' and ')}.`;
	}

	const what = subject === undefined || subject.trim() === '' ? 'the matter' : tidy(subject);
	return `The Council ${kindPast[action.kind]} ${what}.`;
}
