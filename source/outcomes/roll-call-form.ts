import type {Majority, RollCallVote, VoteCounts, VoteOption} from './votes.js';
import {tally, voteResult} from './votes.js';

/*
The dashboard's roll call as plain data and a pure step: the Member States in
the order the chair calls them (observers do not vote and are not listed), a
cursor on the one being called, one key each (y yes, n no, a abstain, - absent)
which records it and moves to the next; ↑/↓ go back to correct one; t switches
the majority between simple and two-thirds. A delegation never called counts as
absent when the vote is saved.
*/

export type RollCallForm = {
	readonly voters: ReadonlyArray<{readonly id: string; readonly name: string}>;
	readonly cursor: number;
	readonly votes: ReadonlyMap<string, VoteOption>;
	readonly majority: Majority;
};

export function rollCallForm(voters: RollCallForm['voters'], majority: Majority = 'simple'): RollCallForm {
	return {voters, cursor: 0, votes: new Map(), majority};
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
