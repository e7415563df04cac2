import type {DatasetIndex} from '../../dataset/build-index.js';
import type {MessageKey} from '../../i18n/en.js';
import {shownWords, type Words} from '../../i18n/words/words.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {truncate} from '../../text/width.js';
import type {FloorEvent, RequestKind} from './floor-events.js';

/*
A floor event in words, for `council log`, what `council floor` prints once
recorded and the dashboard's notices: "floor given to Brazil on item 1", in
the interface's language unless `words` says another.
*/

export type Labels = {
	/** "item 1 Implementation of ...": what the item is called. */
	readonly item: (item: string) => string;
	readonly delegation: (delegation: string) => string;
};

const requestKeys: Readonly<Record<RequestKind, MessageKey>> = {
	speak: 'describe.floor-request',
	'point-of-order': 'describe.floor-request-point-of-order',
	reply: 'describe.floor-request-reply',
};

export function describeFloorEvent(event: FloorEvent, labels: Labels, words: Words = shownWords): string {
	const item = sanitizeLine(labels.item(event.item));
	const delegation = (id: string) => sanitizeLine(labels.delegation(id));
	switch (event.type) {
		case 'request': {
			return words(requestKeys[event.kind], {delegation: delegation(event.delegation), item});
		}

		case 'withdraw': {
			return words('describe.floor-withdraw', {delegation: delegation(event.delegation), item});
		}

		case 'move': {
			return words(event.by < 0 ? 'describe.floor-move-up' : 'describe.floor-move-down', {delegation: delegation(event.delegation), count: Math.abs(event.by), item});
		}

		case 'give': {
			return words('describe.floor-give', {delegation: delegation(event.delegation), item});
		}

		case 'end': {
			return words('describe.floor-end', {delegation: delegation(event.delegation), item});
		}

		case 'statement': {
			const params = {delegation: delegation(event.delegation), item, text: truncate(sanitizeLine(event.text), 60)};
			return event.stance === undefined ? words('describe.floor-statement', params) : words('describe.floor-statement-stance', {...params, stance: words(`stance.${event.stance}`)});
		}

		case 'close': {
			return words('describe.floor-close', {item});
		}

		case 'open': {
			return words('describe.floor-open', {item});
		}

		case 'plan': {
			return words('describe.floor-plan', {item, count: event.minutes});
		}
	}
}

/** Labels from the dataset: "item 1", a delegation's English name; an unknown id as it is. */
export function floorLabels(index: DatasetIndex, words: Words = shownWords): Labels {
	return {
		item(id) {
			const entity = index.entities.get(id);
			return entity?.kind === 'agenda-item' ? words('describe.item', {item: entity.value.number}) : id;
		},
		delegation(id) {
			const entity = index.entities.get(id);
			return entity?.kind === 'delegation' ? entity.value.name : id;
		},
	};
}
