import type {DatasetIndex} from '../dataset/build-index.js';
import {entryById, type JournalRecords} from '../journal/replay.js';
import {maxTextLength} from '../journal/entry-kinds/entry-limits.js';
import {outcomes as journalOutcomes} from '../journal/entry-kinds/outcome-words.js';
import type {EntryDraft, Outcome} from '../journal/schema.js';
import {resolveDelegation, resolveTarget, type Resolved} from '../journal/targets.js';
import {visibleLine} from '../text/sanitize.js';
import {numberProblem} from './council-number.js';
import {parseOutcome, type DecisionOutcome} from './outcome-kinds.js';
import {checkCounts, checkRollCall, parseRollCall, tally, type Majority, type RollCallVote, type VoteCounts, type Voter} from './votes.js';

/*
The journal entries a decision and a vote become, from what was typed (`council
record decision|vote`, the dashboard's forms): everything checked against the
dataset first and every problem named at once, so nothing is written that
replay would have to ignore.
*/

/**
One problem as it is; several, each on a line of its own, so all are fixed at
once. Each is made visible here (what was typed may hold escapes or newlines),
so the message is safe to print as it is.
*/
function failed<T>(problems: readonly string[]): Resolved<T> {
	const shown = problems.map(problem => visibleLine(problem));
	return {ok: false, message: shown.length === 1 ? shown[0]! : `${shown.length} problems:\n${shown.map(problem => `  ${problem}`).join('\n')}`};
}

/** The journal's original outcome word for a decision's first outcome (`other` for kinds added since). */
export function legacyOutcome(outcome: DecisionOutcome | undefined): Outcome {
	return outcome !== undefined && (journalOutcomes as readonly string[]).includes(outcome.kind) ? (outcome.kind as Outcome) : 'other';
}

export type DecisionInput = {
	readonly target: string;
	/** As typed: `noted`, `approved: the draft Decision in Annex A`. */
	readonly outcomes: readonly string[];
	readonly text: string;
	readonly number?: string | undefined;
};

/**
A decision entry: its outcomes (one at least), its text and number, and the
decision in effect on the same target as the one it `amends`.
*/
export function decisionDraft(index: DatasetIndex, records: JournalRecords, input: DecisionInput): Resolved<EntryDraft> {
	const problems: string[] = [];
	const target = resolveTarget(index, input.target, ['agenda-item', 'proposal']);
	if (!target.ok) {
		problems.push(target.message);
	}

	const outcomes: DecisionOutcome[] = [];
	for (const typed of input.outcomes) {
		const parsed = parseOutcome(typed);
		if (parsed.ok) {
			outcomes.push(parsed.value);
		} else {
			problems.push(parsed.message);
		}
	}

	if (input.outcomes.length === 0) {
		problems.push('Give at least one outcome (--outcome noted --outcome approved ...).');
	}

	if (input.outcomes.length > 12) {
		problems.push('At most 12 outcomes fit in one decision.');
	}

	// Judged as every reader will read it back, control characters and escape sequences removed (the message names what is left).
	const number = input.number === undefined ? undefined : visibleLine(input.number).trim();
	const badNumber = number === undefined ? undefined : numberProblem(number);
	if (badNumber !== undefined) {
		problems.push(`${badNumber.charAt(0).toUpperCase()}${badNumber.slice(1)}.`);
	}

	const text = input.text.trim();
	if (text.length > maxTextLength) {
		problems.push(`The decision text is ${text.length} characters long; at most ${maxTextLength} fit in the journal.`);
	}

	if (!target.ok || problems.length > 0) {
		return failed(problems);
	}

	// One outcome the journal always knew, on nothing in particular, is written as before: older readers keep reading it.
	const isPlain = outcomes.length === 1 && outcomes[0]!.on === undefined && legacyOutcome(outcomes[0]) === outcomes[0]!.kind;
	const amends = records.decisions.get(target.value)?.entryId;
	// An amendment keeps the Council's number of the decision it amends unless given another.
	const amended = amends === undefined ? undefined : entryById(records, amends);
	const kept = number === undefined && amended?.kind === 'decision' ? amended.payload.number : number;
	return {
		ok: true,
		value: {
			kind: 'decision',
			payload: {
				target: target.value,
				outcome: legacyOutcome(outcomes[0]),
				text,
				...(isPlain ? {} : {outcomes}),
				...(kept === undefined || kept === '' ? {} : {number: kept}),
				...(amends === undefined ? {} : {amends}),
			},
		},
	};
}

export type VoteInput = {
	readonly target: string;
	readonly yes?: string | undefined;
	readonly no?: string | undefined;
	readonly abstain?: string | undefined;
	readonly absent?: string | undefined;
	/** `France=yes,Brazil=no,...` in the order called. */
	readonly roll?: string | undefined;
	/** A roll call already resolved (the dashboard's form). */
	readonly rollCall?: readonly RollCallVote[];
	readonly majority?: string | undefined;
};

function countOf(typed: string | undefined, name: string, problems: string[]): number {
	if (typed === undefined) {
		return 0;
	}

	if (!/^\d{1,4}$/.test(typed.trim())) {
		problems.push(`--${name} must be a whole number from 0 to 1000, not "${typed}"`);
		return 0;
	}

	return Number(typed.trim());
}

function votersOf(index: DatasetIndex): Map<string, Voter> {
	return new Map(index.dataset.delegations.map(delegation => [delegation.id, {id: delegation.id, name: delegation.name, kind: delegation.kind}]));
}

/**
A vote entry: counts typed by hand (--yes, --no, --abstain, optionally
--absent), or a roll call whose counts are its tally; linked to the decision in
effect on the target when there is one.
*/
export function voteDraft(index: DatasetIndex, records: JournalRecords, input: VoteInput): Resolved<EntryDraft> {
	const problems: string[] = [];
	const target = resolveTarget(index, input.target, ['agenda-item', 'proposal']);
	if (!target.ok) {
		problems.push(target.message);
	}

	const majority = (input.majority ?? 'simple').trim().toLowerCase().replace(/[\s_]+/g, '-') as Majority;
	if (majority !== 'simple' && majority !== 'two-thirds') {
		problems.push(`Unknown majority "${input.majority ?? ''}". Use simple or two-thirds.`);
	}

	const hasCounts = [input.yes, input.no, input.abstain, input.absent].some(value => value !== undefined);
	let roll: RollCallVote[] | undefined;
	let counts: VoteCounts;
	if (input.roll !== undefined || input.rollCall !== undefined) {
		if (hasCounts) {
			problems.push('Give a roll call or the counts, not both.');
		}

		roll = [...(input.rollCall ?? [])];
		if (input.roll !== undefined) {
			const typed = parseRollCall(input.roll);
			problems.push(...typed.problems.map(problem => problem.message));
			for (const vote of typed.votes) {
				const delegation = resolveDelegation(index.dataset, vote.name);
				if (delegation.ok) {
					roll.push({delegation: delegation.value, option: vote.option});
				} else {
					problems.push(delegation.message);
				}
			}
		}

		problems.push(...checkRollCall(roll, votersOf(index)).map(problem => problem.message));
		counts = tally(roll);
	} else {
		if (input.yes === undefined || input.no === undefined || input.abstain === undefined) {
			problems.push('Give the counts (--yes N --no N --abstain N, optionally --absent N) or a roll call (--roll "France=yes,Brazil=no,...").');
		}

		counts = {yes: countOf(input.yes, 'yes', problems), no: countOf(input.no, 'no', problems), abstain: countOf(input.abstain, 'abstain', problems), absent: countOf(input.absent, 'absent', problems)};
		problems.push(...checkCounts(counts).map(problem => problem.message));
	}

	if (!target.ok || problems.length > 0) {
		return failed(problems);
	}

	const decision = records.decisions.get(target.value)?.entryId;
	return {
		ok: true,
		value: {
			kind: 'vote',
			payload: {
				target: target.value,
				counts,
				...(roll === undefined ? {} : {roll}),
				majority,
				...(decision === undefined ? {} : {decision}),
			},
		},
	};
}
