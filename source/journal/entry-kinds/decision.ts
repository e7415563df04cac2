import {statusOfOutcomes} from '../../outcomes/outcome-kinds.js';
import {outcomeKeys} from './outcome-words.js';
import {defineEntryKind, quotedSuffix, targetRejection} from './entry-kind.js';

/*
A decision on an agenda item or a proposal. On an agenda item it also sets the
item's status (decided, or deferred when every outcome defers it) in the same
slot as status entries, so the latest of the two wins and undoing the decision
restores the status before it.

A decision carries several outcomes, each on what it applies to ("took note of
the report", "approved the draft Decision in Annex A"), and the Council's number
when it gives one ("Decision 650 (C25)"). `outcome` stays, the first outcome in
the journal's original words (`other` for the kinds added since), so a journal
written before keeps reading and a decision of it is one with one outcome.
`amends` names the decision in effect it replaced: the earlier one stays in the
journal as history. Its payload's schema: payloads.ts.
*/
/** Each outcome's word (outcome-words.ts). */
export {outcomeKeys};

export const decisionKind = defineEntryKind({
	kind: 'decision',
	rejection: (payload, context, words) => targetRejection(context, payload.target, words),
	slots(payload, context) {
		const decision = {slot: 'decision', target: payload.target, outcome: payload.outcome, text: payload.text, ...(payload.outcomes === undefined ? {} : {outcomes: payload.outcomes.map(outcome => outcome.kind)})} as const;
		if (!context.itemIds.has(payload.target)) {
			return [decision];
		}

		const status = statusOfOutcomes(payload.outcomes ?? [{kind: payload.outcome}]);
		return [decision, {slot: 'status', item: payload.target, status, cause: 'decision'}];
	},
	undoneByKey: true,
	describe(payload, context) {
		const outcomes = (payload.outcomes ?? [{kind: payload.outcome}]).map(outcome => context.words(outcomeKeys[outcome.kind])).join(' + ');
		const number = payload.number === undefined ? '' : ` (${payload.number})`;
		return `${context.words('describe.decision', {target: context.label(payload.target), outcomes})}${number}${quotedSuffix(payload.text, context.words)}`;
	},
});
