/*
The rules of a vote (DOMAIN.md, "Votes"): each Member State of the Council has
one vote and observers none; the result is by a majority of the Member States
present and voting, so abstentions (and absences) are not votes cast; some
questions need two thirds. A tie is not a majority: the proposal is not adopted
(ITU General Rules, "if the votes are equally divided, the proposal is regarded
as rejected"). Option names are Open Civic Data's (yes, no, abstain, absent).
*/

export const voteOptions = ['yes', 'no', 'abstain', 'absent'] as const;
export type VoteOption = (typeof voteOptions)[number];

export const majorities = ['simple', 'two-thirds'] as const;
export type Majority = (typeof majorities)[number];

export type VoteCounts = {
	readonly yes: number;
	readonly no: number;
	readonly abstain: number;
	readonly absent: number;
};

/** One delegation's vote in a roll call, in the order the chair called it. */
export type RollCallVote = {readonly delegation: string; readonly option: VoteOption};

export type VoteResult = {
	/** Yes plus no: the Member States present and voting. */
	readonly cast: number;
	/** Yes votes the majority needs; 0 when no vote was cast. */
	readonly required: number;
	readonly result: 'adopted' | 'rejected';
	/** Why, when it is not simply more yes than needed: a tie, or no vote cast. */
	readonly reason?: 'tie' | 'no-votes-cast';
};

/** The counts of a roll call. */
export function tally(roll: readonly RollCallVote[]): VoteCounts {
	const counts = {yes: 0, no: 0, abstain: 0, absent: 0};
	for (const vote of roll) {
		counts[vote.option]++;
	}

	return counts;
}

/**
Yes votes needed out of `cast` votes: more than half (simple), or at least two
thirds (two-thirds).
*/
export function requiredVotes(cast: number, majority: Majority): number {
	if (cast <= 0) {
		return 0;
	}

	return majority === 'simple' ? Math.floor(cast / 2) + 1 : Math.ceil((2 * cast) / 3);
}

/**
The result a majority rule gives counts.

@example
```
voteResult({yes: 30, no: 8, abstain: 5, absent: 2}, 'two-thirds'); // {cast: 38, required: 26, result: 'adopted'}
voteResult({yes: 10, no: 10, abstain: 3, absent: 0}, 'simple');    // {cast: 20, required: 11, result: 'rejected', reason: 'tie'}
```
*/
export function voteResult(counts: VoteCounts, majority: Majority): VoteResult {
	const cast = counts.yes + counts.no;
	if (cast === 0) {
		return {cast, required: 0, result: 'rejected', reason: 'no-votes-cast'};
	}

	const required = requiredVotes(cast, majority);
	const result = counts.yes >= required ? 'adopted' : 'rejected';
	return counts.yes === counts.no ? {cast, required, result, reason: 'tie'} : {cast, required, result};
}

export type VoteProblem = {readonly message: string};

/** What a delegation must be to vote: a Member State (observers, Sector Members and the secretariat do not vote). */
export type Voter = {readonly id: string; readonly name: string; readonly kind: string};

/**
Checks a roll call against the delegations: every voter known, a Member State,
called once. Returns every problem at once, so the chair fixes them together.
*/
export function checkRollCall(roll: readonly RollCallVote[], delegations: ReadonlyMap<string, Voter>): VoteProblem[] {
	const problems: VoteProblem[] = [];
	const seen = new Set<string>();
	for (const vote of roll) {
		const voter = delegations.get(vote.delegation);
		if (voter === undefined) {
			problems.push({message: `no delegation "${vote.delegation}" in the dataset`});
			continue;
		}

		if (voter.kind !== 'member-state') {
			problems.push({message: `${voter.name} is ${voter.kind === 'observer' ? 'an observer' : `a ${voter.kind.replace('-', ' ')}`} and does not vote`});
		}

		if (seen.has(vote.delegation)) {
			problems.push({message: `${voter.name} is called twice`});
		}

		seen.add(vote.delegation);
	}

	return problems;
}

/** Counts typed by hand: whole numbers, not negative, not absurd (the Council has 48 members; 1,000 leaves room for any body). */
export function checkCounts(counts: VoteCounts): VoteProblem[] {
	const problems: VoteProblem[] = [];
	for (const option of voteOptions) {
		const value = counts[option];
		if (!Number.isInteger(value) || value < 0 || value > 1000) {
			problems.push({message: `--${option} must be a whole number from 0 to 1000, not ${String(value)}`});
		}
	}

	return problems;
}

const optionAliases: Readonly<Record<string, VoteOption>> = {
	yes: 'yes',
	y: 'yes',
	for: 'yes',
	'in-favour': 'yes',
	no: 'no',
	n: 'no',
	against: 'no',
	abstain: 'abstain',
	abstention: 'abstain',
	a: 'abstain',
	absent: 'absent',
	'-': 'absent',
	'not-voting': 'absent',
};

/** A vote option as typed (`yes`, `y`, `no`, `n`, `abstain`, `a`, `absent`, `-`), or undefined. */
export function parseVoteOption(typed: string): VoteOption | undefined {
	return optionAliases[typed.trim().toLowerCase().replace(/\s+/g, '-')];
}

export type TypedRollCall = {
	/** Name (or id) as typed, and the option, in the order typed. */
	readonly votes: ReadonlyArray<{readonly name: string; readonly option: VoteOption}>;
	readonly problems: readonly VoteProblem[];
};

/**
Reads `--roll "France=yes,Brazil=no,Côte d'Ivoire=abstain"`: pairs separated by
commas or semicolons, in the order the chair called them. Names are resolved
against the dataset by the caller.
*/
export function parseRollCall(typed: string): TypedRollCall {
	const votes: Array<{name: string; option: VoteOption}> = [];
	const problems: VoteProblem[] = [];
	for (const part of typed.split(/[,;\n]/)) {
		if (part.trim() === '') {
			continue;
		}

		const equals = part.lastIndexOf('=');
		const name = equals === -1 ? part.trim() : part.slice(0, equals).trim();
		const optionText = equals === -1 ? '' : part.slice(equals + 1);
		const option = parseVoteOption(optionText);
		if (name === '' || option === undefined) {
			problems.push({message: `"${part.trim()}" is not NAME=yes|no|abstain|absent`});
			continue;
		}

		votes.push({name, option});
	}

	if (votes.length === 0 && problems.length === 0) {
		problems.push({message: 'the roll call is empty'});
	}

	return {votes, problems};
}

const resultWord = {adopted: 'adopted', rejected: 'not adopted'} as const;

function plural(count: number, one: string, many: string): string {
	return `${count} ${count === 1 ? one : many}`;
}

/**
The vote as a summary record's sentence.

@example
```
voteSentence({yes: 30, no: 8, abstain: 5, absent: 2}, 'simple');
// "30 in favour, 8 against, 5 abstentions, 2 absent; 38 present and voting, a simple majority of 20 required: adopted."
```
*/
export function voteSentence(counts: VoteCounts, majority: Majority): string {
	const outcome = voteResult(counts, majority);
	const tallyText = [
		`${counts.yes} in favour`,
		`${counts.no} against`,
		plural(counts.abstain, 'abstention', 'abstentions'),
		...(counts.absent === 0 ? [] : [`${counts.absent} absent`]),
	].join(', ');
	if (outcome.reason === 'no-votes-cast') {
		return `${tallyText}; no votes were cast: not adopted.`;
	}

	const rule = majority === 'simple' ? `a simple majority of ${outcome.required}` : `a two-thirds majority of ${outcome.required}`;
	const tie = outcome.reason === 'tie' ? ' (the votes were equally divided)' : '';
	return `${tallyText}; ${outcome.cast} present and voting, ${rule} required: ${resultWord[outcome.result]}${tie}.`;
}
