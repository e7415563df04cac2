import type {Dataset} from '../../dataset/schema.js';
import {floorContextOf} from '../../journal/floor/floor-records.js';
import {emptyFloor, type FloorContext, type FloorState} from '../../journal/floor/floor-state.js';
import type {State} from '../../state/state.js';
import type {FloorWorld} from './floor-overlay.js';

/*
What the floor's views and steps read from the dashboard's state: the dataset,
the floor as the journal's replay left it, and the session's rules (worked
out once per dataset: the screen asks for them on every frame).
*/

const contexts = new WeakMap<Dataset, FloorContext>();

export function floorContextFor(dataset: Dataset): FloorContext {
	let context = contexts.get(dataset);
	if (context === undefined) {
		context = floorContextOf(dataset);
		contexts.set(dataset, context);
	}

	return context;
}

export function floorOf(state: State): FloorState {
	return state.records.floor ?? emptyFloor;
}

export function floorWorld(state: State): FloorWorld {
	const {dataset} = state.index;
	return {dataset, floor: floorOf(state), context: floorContextFor(dataset)};
}
