import {binarySearch, moveTo} from './list.js';
import {heights} from './overlays.js';
import {filterRows} from './selectors.js';
import {layoutOf, selectedItem, type State} from './state.js';

/* Selecting an agenda item by id: for `.`, jump-back and a lookup's jump. */

/** An item's number, or the id when the dataset lacks it ("none" for no item). */
export function itemLabel(state: State, id: string | undefined): string {
	if (id === undefined) {
		return 'none';
	}

	const order = state.index.itemOrder.get(id);
	const item = order === undefined ? undefined : state.index.dataset.agendaItems[order];
	return item === undefined ? id : item.number;
}

/** Selects an item by id, clearing a filter that hides it; remembers where we were for jump-back. */
export function selectItemById(state: State, id: string, options: {isJump: boolean}): State {
	const order = state.index.itemOrder.get(id);
	if (order === undefined) {
		return {...state, notice: `No agenda item ${id}`};
	}

	let next = state;
	let row = binarySearch(next.rows, order);
	if (row === -1) {
		next = {...next, filter: '', rows: filterRows(next.index, ''), notice: `Filter “${next.filter}” cleared to show item ${itemLabel(next, id)}`};
		row = order;
	}

	const previous = selectedItem(state)?.id;
	const jumpBack = options.isJump && previous !== undefined && previous !== id ? [...state.jumpBack.slice(-49), previous] : state.jumpBack;
	const height = heights(layoutOf(next)).agenda;
	// Another jump: jump-back no longer leads to the lookup list a backlink was followed from.
	const moved = {...next, agenda: moveTo(next.agenda, row, next.rows.length, height), jumpBack};
	if (options.isJump && moved.lookupReturn !== undefined) {
		const {lookupReturn: _dropped, ...rest} = moved;
		return rest;
	}

	return moved;
}
