import type {Action, ActionKind} from '../dataset/schema.js';

/*
"The Council is invited to approve the attached draft resolution and to take note
of this report" asks two things: one action per "to <verb>" clause, each with its
kind. The decisive verb wins within a clause ("review and approve" is approve).
*/

const kinds: ReadonlyArray<[ActionKind, RegExp]> = [
	['approve', /\b(?:approve|endorse)\b/i],
	['adopt', /\badopt\b/i],
	['elect', /\b(?:elect|appoint)\b/i],
	['take-note', /\b(?:take note|note)\b/i],
	['decide', /\bdecide\b/i],
	['consider', /\b(?:consider|review|examine|discuss)\b/i],
];

const clauseBreak = /,?\s+and\s+(?=to\s+(?:approve|adopt|endorse|elect|appoint|decide|take note|note|consider|review|examine|discuss)\b)/i;

export function actionKindOf(wording: string): ActionKind {
	return kinds.find(([, pattern]) => pattern.test(wording))?.[0] ?? 'other';
}

/** "The Council is invited:" followed by "- to approve ...;" lines: the lead-in opens each of them. */
function joinLeadIns(lines: readonly string[]): string[] {
	const joined: string[] = [];
	let lead: string | undefined;
	for (const line of lines) {
		const item = line.replace(/^[-–•·]\s*|^[a-z\d]\)\s*/, '');
		if (line.endsWith(':') && actionKindOf(line) === 'other') {
			lead = line;
		} else {
			joined.push(lead === undefined ? line : `${lead} ${item}`);
		}
	}

	// A lead-in with nothing after it is still what the document says.
	if (lead !== undefined && joined.length === 0) {
		joined.push(lead);
	}

	return joined;
}

export function parseActions(lines: readonly string[]): Action[] {
	return joinLeadIns(lines).flatMap(line => line.split(clauseBreak))
		.map(wording => wording.trim())
		.filter(wording => wording !== '')
		.map(wording => ({kind: actionKindOf(wording), wording}));
}
