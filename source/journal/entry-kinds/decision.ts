import {z} from 'zod';
import {dataId, maxTextLength, outcome, outcomeWord} from './entry-fields.js';
import {defineEntryKind, quotedSuffix, targetRejection} from './entry-kind.js';

/*
A decision on an agenda item or a proposal. On an agenda item it also sets the
item's status (decided, or deferred for a deferral) in the same slot as status
entries, so the latest of the two wins and undoing the decision restores the
status before it.
*/
export const decisionKind = defineEntryKind({
	kind: 'decision',
	payload: z
		.object({
			target: dataId.describe('Id of the agenda item or proposal decided'),
			outcome,
			text: z.string().max(maxTextLength),
		})
		.strict(),
	rejection: (payload, context) => targetRejection(context, payload.target),
	slots(payload, context) {
		const decision = {slot: 'decision', target: payload.target, outcome: payload.outcome, text: payload.text} as const;
		if (!context.itemIds.has(payload.target)) {
			return [decision];
		}

		return [decision, {slot: 'status', item: payload.target, status: payload.outcome === 'deferred' ? 'deferred' : 'decided', cause: 'decision'}];
	},
	undoneByKey: true,
	describe: (payload, context) => `decision on ${context.label(payload.target)}: ${outcomeWord[payload.outcome]}${quotedSuffix(payload.text)}`,
});
