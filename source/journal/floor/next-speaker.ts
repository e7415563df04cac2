import {itemFloor, type FloorState} from './floor-state.js';

/** Who gets the floor on "next": the head of the item's list (points of order and replies are already there). */
export function nextSpeaker(state: FloorState, item: string): string | undefined {
	return itemFloor(state, item).queue[0]?.delegation;
}
