import {eventOfDraft, type FloorDraft} from '../floor/floor-payloads.js';
import {describeFloorEvent} from '../floor/floor-words.js';
import type {Words} from '../../i18n/words/words.js';
import {delegationRejection, itemRejection, type DescribeContext, type ReplayContext} from './entry-kind.js';

/*
What the eight floor kinds (floor-request.ts ... floor-open.ts) share: every one
names an agenda item (and most a delegation) the dataset must have, and sets the
one `floor` slot, which replay folds over every floor entry in effect in file
order (journal/floor/queue.ts) rather than letting the latest win. `u` undoes
each.
*/

export function floorRejection(payload: {readonly item: string; readonly delegation?: string}, context: ReplayContext, words?: Words): string | undefined {
	const item = itemRejection(context, payload.item, words);
	if (item !== undefined || payload.delegation === undefined) {
		return item;
	}

	return delegationRejection(context, payload.delegation, words);
}

export function describeFloor(draft: FloorDraft, context: DescribeContext): string {
	return describeFloorEvent(eventOfDraft(draft), {item: id => context.words('describe.item', {item: context.label(id)}), delegation: id => context.label(id)}, context.words);
}
