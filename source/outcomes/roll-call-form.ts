import type {Majority, RollCallVote, VoteCounts, VoteOption} from './votes.js';
import {tally, voteResult} from './votes.js';

/*
The dashboard's roll call as plain data and a pure step: the Member States in
the order the chair calls them (observers do not vote and are not listed), a
cursor on the one being called, one key each (y yes, n no, a abstain, - absent)
which records it and moves to the next; ↑/↓ go back to correct one; t switches
the majority between simple and two-thirds. A delegation never called counts as
absent when the vote is saved.

The chair chooses the order (DOMAIN.md: UN bodies call in alphabetical order
from a name drawn by lot; at ITU delegations sit in the order of their French
names): o switches between the dataset's order and the French names' order, s
starts the roll from the delegation under the cursor (the name drawn), the
others following in order and wrapping round. Votes already called stay with
their delegation, and the cursor stays on the one it was on.
*/

export type Voter = {readonly id: string; readonly name: string; /** Its French name, for the French order (else `name`). */ readonly frenchName?: string};

export type RollCallOrder = 'listed' | 'french';

export type RollCallForm = {
	/** In calling order: `listed` (the dataset's) or the French names', rotated to start at `start`. */
	readonly voters: readonly Voter[];
	/** The voters as the dataset lists them, whatever the calling order. */
	readonly listed: readonly Voter[];
	readonly order: RollCallOrder;
	/** The delegation the roll starts from (drawn by lot), when the chair chose one. */
	readonly start?: string;
	readonly cursor: number;
	readonly votes: ReadonlyMap<string, VoteOption>;
	readonly majority: Majority;
};

export function rollCallForm(voters: readonly Voter[], majority: Majority = 'simple'): RollCallForm {
	return {voters, listed: voters, order: 'listed', cursor: 0, votes: new Map(), majority};
}

// Made when a roll call is first put in French order: the first Intl.Collator of a process loads
// ICU's collation rules (10-20 ms measured), which importing the dashboard paid at every start.
let french: Intl.Collator | undefined;

/** The voters in calling order: the order chosen, then rotated to begin at `start`. */
function callingOrder(listed: readonly Voter[], order: RollCallOrder, start: string | undefined): Voter[] {
	const collator = order === 'french' ? (french ??= new Intl.Collator('fr', {sensitivity: 'base'})) : undefined;
	const ordered = collator === undefined ? [...listed] : [...listed].sort((a, b) => collator.compare(a.frenchName ?? a.name, b.frenchName ?? b.name));
	const first = start === undefined ? -1 : ordered.findIndex(voter => voter.id === start);
	return first <= 0 ? ordered : [...ordered.slice(first), ...ordered.slice(0, first)];
}

/** The form called in a new order, the cursor kept on the delegation it was on. */
function reordered(form: RollCallForm, order: RollCallOrder, start: string | undefined): RollCallForm {
	const on = form.voters[form.cursor]?.id;
	const voters = callingOrder(form.listed, order, start);
	const cursor = Math.max(0, voters.findIndex(voter => voter.id === on));
	const {start: _dropped, ...rest} = form;
	return {...rest, voters, order, cursor, ...(start === undefined ? {} : {start})};
}

const keyOption: Readonly<Record<string, VoteOption>> = {y: 'yes', n: 'no', a: 'abstain', '-': 'absent'};

/** A key on the roll call: the form after it. */
export function rollCallKey(form: RollCallForm, key: string): RollCallForm {
	const option = keyOption[key.toLowerCase()];
	const voter = form.voters[form.cursor];
	if (option !== undefined && voter !== undefined) {
		const votes = new Map(form.votes);
		votes.set(voter.id, option);
		return {...form, votes, cursor: Math.min(form.voters.length - 1, form.cursor + 1)};
	}

	switch (key) {
		case 'up':
		case 'k': {
			return {...form, cursor: Math.max(0, form.cursor - 1)};
		}

		case 'down':
		case 'j': {
			return {...form, cursor: Math.min(form.voters.length - 1, form.cursor + 1)};
		}

		case 't': {
			return {...form, majority: form.majority === 'simple' ? 'two-thirds' : 'simple'};
		}

		case 'o': {
			return reordered(form, form.order === 'listed' ? 'french' : 'listed', form.start);
		}

		case 's': {
			// The roll now starts here; the cursor stays on it, now the first called.
			return reordered(form, form.order, form.voters[form.cursor]?.id);
		}

		default: {
			return form;
		}
	}
}

/** The roll call as recorded: every voter in calling order, those not called as absent. */
export function rollCallVotes(form: RollCallForm): RollCallVote[] {
	return form.voters.map(voter => ({delegation: voter.id, option: form.votes.get(voter.id) ?? 'absent'}));
}

/** The running counts and the result the majority rule would give now. */
export function rollCallTally(form: RollCallForm): {readonly counts: VoteCounts; readonly called: number; readonly result: 'adopted' | 'rejected'} {
	const counts = tally(rollCallVotes(form));
	return {counts, called: form.votes.size, result: voteResult(counts, form.majority).result};
}
