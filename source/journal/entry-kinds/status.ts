import {z} from 'zod';
import {itemStatus} from '../../dataset/schema.js';
import {statusWord} from '../../format/status.js';
import {dataId} from './entry-fields.js';
import {defineEntryKind, itemRejection} from './entry-kind.js';

/** An agenda item's status, set by hand (a decision sets it too: see decision.ts). */
export const statusKind = defineEntryKind({
	kind: 'status',
	payload: z.object({item: dataId, status: itemStatus}).strict(),
	rejection: (payload, context) => itemRejection(context, payload.item),
	slots: payload => [{slot: 'status', item: payload.item, status: payload.status, cause: 'status'}],
	undoneByKey: true,
	describe: (payload, context) => `status of ${context.label(payload.item)}: ${statusWord[payload.status]}`,
});
