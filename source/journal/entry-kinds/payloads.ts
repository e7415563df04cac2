import {z} from 'zod';
import {delegationKinds, itemStatuses, officialLanguages, stances} from '../../dataset/vocabulary.js';
import {maxNumberLength} from '../../outcomes/council-number.js';
import {maxOutcomeObjectLength, outcomeKinds} from '../../outcomes/outcome-kinds.js';
import {majorities, tally, voteOptions} from '../../outcomes/votes.js';
import {maxStatementLength} from '../floor/floor-payloads.js';
import {installDelegationCheck, maxDelegationNameLength} from '../journal-delegations.js';
import {dataId, entryCommon, entryId, maxNoteLength, maxTextLength, outcome} from './entry-fields.js';

/*
The payload of every journal entry kind, as zod schemas, apart from what each
kind does (its module in this folder: replay, words, undo): replay and the
words import no zod, and these schemas are built only where a line is
validated (reading a line the fast path does not vouch for, recording; issue 15).
A kind is a module in this folder, one line in registry.ts and its payload
here (test/journal/entry-payloads.test.ts checks the two lists agree).
*/

/** One outcome of a decision, on what it applies to (decision.ts). */
export const decisionOutcome = z
	.object({
		kind: z.enum(outcomeKinds),
		on: z.string().trim().min(1).max(maxOutcomeObjectLength).optional().describe('What the outcome applies to, e.g. "the draft Decision in Annex A"'),
	})
	.strict();

const count = z.number().int().min(0).max(1000);

/** A vote (vote.ts): counts, or a roll call whose tally must be its counts. */
export const votePayload = z
	.object({
		target: dataId.describe('Id of the agenda item or proposal voted on'),
		counts: z.object({yes: count, no: count, abstain: count, absent: count}).strict(),
		roll: z.array(z.object({delegation: dataId, option: z.enum(voteOptions)}).strict()).max(1000).optional().describe('A roll call, in the order called'),
		majority: z.enum(majorities),
		decision: entryId.optional().describe('The decision entry this vote supports'),
	})
	.strict()
	.superRefine((payload, context) => {
		if (payload.roll === undefined) {
			return;
		}

		const delegations = new Set(payload.roll.map(vote => vote.delegation));
		if (delegations.size !== payload.roll.length) {
			context.addIssue({code: 'custom', path: ['roll'], message: 'a delegation is called twice'});
		}

		const counted = tally(payload.roll);
		if (counted.yes !== payload.counts.yes || counted.no !== payload.counts.no || counted.abstain !== payload.counts.abstain || counted.absent !== payload.counts.absent) {
			context.addIssue({code: 'custom', path: ['counts'], message: 'the counts are not the roll call\'s'});
		}
	});

/** A delegation added during the session (delegation.ts, ../journal-delegations.ts). */
export const delegationPayload = z
	.object({
		id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'an id is lower-case letters, digits, ".", "_" or "-"'),
		name: z.string().trim().min(1).max(maxDelegationNameLength),
		kind: z.enum(delegationKinds),
		names: z.partialRecord(z.enum(officialLanguages), z.string().min(1).max(maxDelegationNameLength)).optional(),
	})
	.strict();

installDelegationCheck(payload => {
	const parsed = delegationPayload.safeParse(payload);
	return parsed.success ? parsed.data : undefined;
});

const floorId = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'an id is lower-case letters, digits, ".", "_" or "-"');
const onItem = {item: floorId.describe('Id of the agenda item whose list it is')};
const byDelegation = {...onItem, delegation: floorId.describe('Id of the delegation')};

/** The floor kinds' payloads (../floor/floor-payloads.ts maps them to floor events). */
export const floorPayloads = {
	'floor-request': z.object({...byDelegation, request: z.enum(['point-of-order', 'reply']).optional().describe('A point of order or a right of reply; absent: a request to speak')}).strict(),
	'floor-withdraw': z.object(byDelegation).strict(),
	'floor-move': z.object({...byDelegation, by: z.number().int().min(-1000).max(1000).refine(value => value !== 0, 'a move of 0 places').describe('Places to move: negative is up (earlier)')}).strict(),
	'floor-give': z.object(byDelegation).strict(),
	'floor-end': z.object(byDelegation).strict(),
	'floor-statement': z.object({...byDelegation, text: z.string().trim().min(1).max(maxStatementLength), stance: z.enum(stances).optional().describe('The position the statement takes on the item, also recorded as its position')}).strict(),
	'floor-close': z.object(onItem).strict(),
	'floor-open': z.object(onItem).strict(),
	'floor-plan': z.object({...onItem, minutes: z.number().positive().max(24 * 60).describe('Planned duration of the item in minutes')}).strict(),
} as const;

/** Each kind's payload, by kind (the registry's order is the union's: ../schema.ts). */
export const payloadSchemas = {
	decision: z
		.object({
			target: dataId.describe('Id of the agenda item or proposal decided'),
			outcome,
			text: z.string().max(maxTextLength),
			outcomes: z.array(decisionOutcome).min(1).max(12).optional().describe('Every outcome, in order; absent in journals written before (one outcome, `outcome`)'),
			number: z.string().trim().min(1).max(maxNumberLength).optional().describe('The Council\'s number, e.g. "Decision 650 (C25)"'),
			amends: entryId.optional().describe('The decision entry this one replaces'),
		})
		.strict(),
	status: z.object({item: dataId, status: z.enum(itemStatuses)}).strict(),
	position: z
		.object({
			delegation: dataId,
			on: dataId.describe('Id of the agenda item or proposal'),
			stance: z.enum(stances),
			note: z.string().max(maxNoteLength).optional(),
		})
		.strict(),
	current: z.object({item: dataId}).strict(),
	undo: z.object({entry: entryId.describe('Id of the entry reversed')}).strict(),
	...floorPayloads,
	vote: votePayload,
	delegation: delegationPayload,
} as const;

export type PayloadKind = keyof typeof payloadSchemas;
export type PayloadOf<K extends PayloadKind> = z.infer<(typeof payloadSchemas)[K]>;

/** The whole journal line of a kind: the common fields, the kind and its payload. */
export function entrySchema<const K extends string, S extends z.ZodType>(kind: K, payload: S) {
	return z.object({...entryCommon, kind: z.literal(kind), payload}).strict();
}
