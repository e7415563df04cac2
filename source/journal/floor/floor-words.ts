import type {DatasetIndex} from '../../dataset/build-index.js';
import {stanceWord} from '../../format/status.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {truncate} from '../../text/width.js';
import type {FloorEvent} from './floor-events.js';

/*
A floor event in words, for `council log`, what `council floor` prints once
recorded and the dashboard's notices: "floor given to Brazil on item 1".
*/

export type Labels = {
	/** "item 1 Implementation of ...": what the item is called. */
	readonly item: (item: string) => string;
	readonly delegation: (delegation: string) => string;
};

export function describeFloorEvent(event: FloorEvent, labels: Labels): string {
	const item = sanitizeLine(labels.item(event.item));
	switch (event.type) {
		case 'request': {
			const what = event.kind === 'point-of-order' ? 'a point of order' : event.kind === 'reply' ? 'a right of reply' : 'the floor';
			return `${sanitizeLine(labels.delegation(event.delegation))} asks for ${what} on ${item}`;
		}

		case 'withdraw': {
			return `${sanitizeLine(labels.delegation(event.delegation))} off the list of speakers on ${item}`;
		}

		case 'move': {
			const places = Math.abs(event.by);
			return `${sanitizeLine(labels.delegation(event.delegation))} moved ${event.by < 0 ? 'up' : 'down'} ${places} ${places === 1 ? 'place' : 'places'} on the list on ${item}`;
		}

		case 'give': {
			return `floor given to ${sanitizeLine(labels.delegation(event.delegation))} on ${item}`;
		}

		case 'end': {
			return `floor of ${sanitizeLine(labels.delegation(event.delegation))} ended on ${item}`;
		}

		case 'statement': {
			const stance = event.stance === undefined ? '' : ` (${stanceWord[event.stance]})`;
			return `statement by ${sanitizeLine(labels.delegation(event.delegation))} on ${item}${stance}: "${truncate(sanitizeLine(event.text), 60)}"`;
		}

		case 'close': {
			return `list of speakers closed on ${item}`;
		}

		case 'open': {
			return `list of speakers reopened on ${item}`;
		}

		case 'plan': {
			return `${item} planned for ${event.minutes} ${event.minutes === 1 ? 'minute' : 'minutes'}`;
		}
	}
}

/** Labels from the dataset: "item 1", a delegation's English name; an unknown id as it is. */
export function floorLabels(index: DatasetIndex): Labels {
	return {
		item(id) {
			const entity = index.entities.get(id);
			return entity?.kind === 'agenda-item' ? `item ${entity.value.number}` : id;
		},
		delegation(id) {
			const entity = index.entities.get(id);
			return entity?.kind === 'delegation' ? entity.value.name : id;
		},
	};
}
