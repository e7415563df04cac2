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

export function parseActions(lines: readonly string[]): Action[] {
	return lines.flatMap(line => line.split(clauseBreak))
		.map(wording => wording.trim())
		.filter(wording => wording !== '')
		.map(wording => ({kind: actionKindOf(wording), wording}));
}
