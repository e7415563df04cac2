import {withPlans} from '../../journal/floor/floor-settings.js';
import {itemTime} from '../../journal/floor/item-time.js';
import type {Segment} from '../../format/line.js';
import {statusOf} from '../../state/selectors.js';
import type {State} from '../../state/state.js';
import {floorHeaderSegments, itemTimeText} from './floor-lines.js';
import {floorItemOf} from './floor-reducer.js';
import {floorWorld} from './floor-world.js';

/** The header's floor and item time on every screen: who has the floor, for how long, the time left. */
export function headerFloor(state: State): {floor?: readonly Segment[]; compactFloor?: readonly Segment[]; itemTime?: string} {
	const world = floorWorld(state);
	const view = {state: world.floor, settings: world.context.settings, nameOf: world.context.nameOf, roleOf: world.context.roleOf, now: state.now};
	const floor = floorHeaderSegments(view, floorItemOf(state));
	const compactFloor = floor.length === 0 ? [] : floorHeaderSegments(view, floorItemOf(state), true);
	const changes = state.records.currentChanges ?? [];
	const time = changes.length === 0
		? undefined
		: itemTime({
			changes,
			agenda: state.index.dataset.agendaItems.map(item => item.id),
			isDone: id => {
				const item = state.index.dataset.agendaItems[state.index.itemOrder.get(id) ?? -1];
				const status = item === undefined ? undefined : statusOf(state.records, item);
				return status === 'decided' || status === 'deferred';
			},
			settings: withPlans(world.context.settings, world.floor.plans),
			now: state.now,
		});
	return {
		...(floor.length === 0 ? {} : {floor}),
		...(compactFloor.length === 0 ? {} : {compactFloor}),
		...(time === undefined ? {} : {itemTime: itemTimeText(time)}),
	};
}
