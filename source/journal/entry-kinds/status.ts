import {z} from 'zod';
import {itemStatuses} from '../../dataset/vocabulary.js';
import {dataId} from './entry-fields.js';
import {defineEntryKind, itemRejection} from './entry-kind.js';

/** An agenda item's status, set by hand (a decision sets it too: see decision.ts). */
export const statusKind = defineEntryKind({
	kind: 'status',
	payload: z.object({item: dataId, status: z.enum(itemStatuses)}).strict(),
	rejection: (payload, context, words) => itemRejection(context, payload.item, words),
	slots: payload => [{slot: 'status', item: payload.item, status: payload.status, cause: 'status'}],
	undoneByKey: true,
	describe: (payload, context) => context.words('describe.status', {item: context.label(payload.item), status: context.words(`status.${payload.status}`)}),
});
