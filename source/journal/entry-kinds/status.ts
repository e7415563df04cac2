import {defineEntryKind, itemRejection} from './entry-kind.js';

/** An agenda item's status, set by hand (a decision sets it too: see decision.ts). */
export const statusKind = defineEntryKind({
	kind: 'status',
	rejection: (payload, context, words) => itemRejection(context, payload.item, words),
	slots: payload => [{slot: 'status', item: payload.item, status: payload.status, cause: 'status'}],
	undoneByKey: true,
	describe: (payload, context) => context.words('describe.status', {item: context.label(payload.item), status: context.words(`status.${payload.status}`)}),
});
