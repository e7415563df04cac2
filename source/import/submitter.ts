import type {Delegation} from '../dataset/schema.js';
import {findMemberState} from './member-states.js';
import {slug} from './references.js';

/*
The source line of a contribution: "The Administration of the People's Republic
of China", "Administrations of X, Y and Z", "Note by the Secretary-General",
"Report by the Secretary-General". Without a header (the seed starts at its
Purpose) the purpose sentence names it: "The Administration of ... invites ...".
*/

export const sourceLine =
	/^(?:(?:The\s+)?Administrations?\s+of\s+\S.*|(?:Note|Report)\s+(?:by|of)\s+the\s+Secretary-General|(?:The\s+)?Secretary-General|(?:Contribution|Proposals?)\s+(?:from|by)\s+\S.*|Member\s+States\s+of\s+\S.*)$/i;

const sourceInPurpose =
	/^((?:The\s+)?Administrations?\s+of\s+.+?|(?:The\s+)?Secretary-General|(?:This|The)\s+(?:report|document|note)(?:\s+by\s+the\s+Secretary-General)?)\s+(?:invites|proposes|submits|presents|requests|informs|provides|seeks|reports|sets out|wishes)\b/;

export function submitterFromPurpose(purpose: string): string | undefined {
	const found = sourceInPurpose.exec(purpose)?.[1];
	if (found === undefined) {
		return undefined;
	}

	// "This document" is the document itself; the Secretariat writes those.
	return /^(?:This|The)\s+(?:report|document|note)/i.test(found) ? 'Secretary-General' : found;
}

export function isSecretariat(wording: string): boolean {
	return /Secretary-General|Secretariat/i.test(wording);
}

/** Member States named by a source line, and the names not found in the table. */
export function delegationsOf(wording: string): {delegations: Delegation[]; unknown: string[]} {
	if (isSecretariat(wording)) {
		return {delegations: [], unknown: []};
	}

	const names = wording.replace(/^(?:The\s+)?(?:Administrations?|Contribution|Proposals?|Member\s+States)\s+(?:of|from|by)\s+/i, '');
	const pieces = names.split(/\s*,\s*|\s+and\s+/).map(piece => piece.replace(/^the\s+/i, '').trim()).filter(piece => piece !== '');
	const delegations: Delegation[] = [];
	const unknown: string[] = [];
	// Greedy: "United Kingdom of Great Britain and Northern Ireland" holds an "and".
	for (let start = 0; start < pieces.length;) {
		let end = pieces.length;
		let state: {code: string; name: string} | undefined;
		for (; end > start; end--) {
			state = findMemberState(pieces.slice(start, end).join(' and '));
			if (state !== undefined) {
				break;
			}
		}

		if (state === undefined) {
			const name = pieces[start] ?? '';
			unknown.push(name);
			delegations.push({id: slug(name), kind: 'member-state', name});
			start++;
		} else {
			delegations.push({id: state.code, kind: 'member-state', name: state.name});
			start = end;
		}
	}

	return {delegations, unknown};
}
