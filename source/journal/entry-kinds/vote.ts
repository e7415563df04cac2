import {voteResult} from '../../outcomes/votes.js';
import {defineEntryKind, delegationRejection, targetRejection} from './entry-kind.js';

/*
A vote on an agenda item or proposal, for when the Council does vote: the
counts entered by hand, or a roll call (each Member State's yes / no / abstain /
absent in the order the chair called them, whose counts must be its tally).
`majority` is the rule that decides the result; `decision` links it to the
decision entry it supports, when that was recorded first. A vote sets no slot:
several votes on one target all stand (a vote on an amendment, then on the
text), and the summary record reads them from the journal; `u` can undo one.
Its payload's schema (the roll call's tally checked): payloads.ts.
*/

export const voteKind = defineEntryKind({
	kind: 'vote',
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
