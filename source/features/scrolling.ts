import {textWidth, type Layout} from '../state/layout.js';
import {follow, moveBy, moveTo} from '../state/list.js';
import {hasList, heights, replaceTop, withList, type ListOverlay} from '../state/overlays.js';
import {layoutOf, topOverlay, type ListView, type State} from '../state/state.js';
import {helpLines} from './help/help-lines.js';
import {cachedLookupView} from './lookup/lookup-cache.js';
import {detailLineCount, positionsCount} from './panes/detail-view.js';

/*
Every scrolling list the dashboard has (the three panes, help, a lookup's
result) moves the same way: the movement keys act on whatever list the
context scrolls, and after any change every cursor is kept in range and in view.
*/

export function overlayCount(state: State, overlay: ListOverlay, layout: Layout): number {
	switch (overlay.kind) {
		case 'help': {
			return helpLines(textWidth(layout)).length;
		}

		case 'lookup-result': {
			return cachedLookupView(state, overlay.result, textWidth(layout)).lines.length;
		}
	}
}

/** Runs a movement on whatever list the context scrolls. */
function move(state: State, how: (list: ListView, count: number, height: number) => ListView): State {
	const layout = layoutOf(state);
	const height = heights(layout);
	const overlay = topOverlay(state);
	if (overlay !== undefined) {
		if (!hasList(overlay)) {
			return state;
		}

		return replaceTop(state, withList(overlay, how(overlay.list, overlayCount(state, overlay, layout), height.overlay)));
	}

	switch (state.focus) {
		case 'agenda': {
			return {...state, agenda: how(state.agenda, state.rows.length, height.agenda)};
		}

		case 'detail': {
			return {...state, detail: how(state.detail, detailLineCount(state, layout), height.detail)};
		}

		case 'positions': {
			return {...state, positions: how(state.positions, positionsCount(state), height.positions)};
		}
	}
}

function pageOf(state: State): number {
	const height = heights(layoutOf(state));
	return topOverlay(state) === undefined ? height[state.focus] : height.overlay;
}

export type MoveCommand = 'move-down' | 'move-up' | 'page-down' | 'page-up' | 'first' | 'last';

export function runMove(state: State, command: MoveCommand): State {
	switch (command) {
		case 'move-down': {
			return move(state, (list, count, height) => moveBy(list, 1, count, height));
		}

		case 'move-up': {
			return move(state, (list, count, height) => moveBy(list, -1, count, height));
		}

		case 'page-down': {
			const page = pageOf(state);
			// The window moves a page and the cursor with it, like less and htop.
			return move(state, (list, count, height) => follow({cursor: list.cursor + page, scroll: list.scroll + page}, count, height));
		}

		case 'page-up': {
			const page = pageOf(state);
			return move(state, (list, count, height) => follow({cursor: list.cursor - page, scroll: Math.max(0, list.scroll - page)}, count, height));
		}

		case 'first': {
			return move(state, (list, count, height) => moveTo(list, 0, count, height));
		}

		case 'last': {
			return move(state, (list, count, height) => moveTo(list, count - 1, count, height));
		}
	}
}
