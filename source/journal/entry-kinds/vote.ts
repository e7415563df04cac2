import {z} from 'zod';
import {majorities, tally, voteOptions, voteResult} from '../../outcomes/votes.js';
import {dataId, entryId} from './entry-fields.js';
import {defineEntryKind, delegationRejection, targetRejection} from './entry-kind.js';

/*
A vote on an agenda item or proposal, for when the Council does vote: the
counts entered by hand, or a roll call (each Member State's yes / no / abstain /
absent in the order the chair called them, whose counts must be its tally).
`majority` is the rule that decides the result; `decision` links it to the
decision entry it supports, when that was recorded first. A vote sets no slot:
several votes on one target all stand (a vote on an amendment, then on the
text), and the summary record reads them from the journal; `u` can undo one.
*/

const count = z.number().int().min(0).max(1000);

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

export const voteKind = defineEntryKind({
	kind: 'vote',
	payload: votePayload,
	rejection(payload, context, words) {
		const target = targetRejection(context, payload.target, words);
		if (target !== undefined) {
			return target;
		}

		const unknown = payload.roll?.find(vote => !context.delegationIds.has(vote.delegation));
		return unknown === undefined ? undefined : delegationRejection(context, unknown.delegation, words);
	},
	slots: () => [],
	undoneByKey: true,
	describe(payload, context) {
		const {yes, no, abstain, absent} = payload.counts;
		const {words} = context;
		const result = words(voteResult(payload.counts, payload.majority).result === 'adopted' ? 'describe.vote-adopted' : 'describe.vote-not-adopted');
		const majority = words(`describe.majority.${payload.majority}`);
		return words('describe.vote', {target: context.label(payload.target), yes, no, abstain, absent, majority: payload.roll === undefined ? majority : words('describe.roll-call', {majority}), result});
	},
});
