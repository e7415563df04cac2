import {textWidth, type Layout} from '../../state/layout.js';
import {positionsOn} from '../../state/selectors.js';
import {layoutOf, selectedItem, type State} from '../../state/state.js';
import {detailLines, type DetailLine} from './detail-lines.js';

/*
The selected item's detail and the positions shown, as the reducer sees them:
the lines the screen draws (cached in detail-lines.ts), so the cursor the
reducer moves is over exactly the rows on screen.
*/

export function selectedDetail(state: State, layout: Layout = layoutOf(state)): readonly DetailLine[] {
	const item = selectedItem(state);
	return item === undefined ? [] : detailLines(state.index, state.records, item, textWidth(layout));
}

export function detailLineCount(state: State, layout: Layout): number {
	return selectedDetail(state, layout).length;
}

export function positionsCount(state: State): number {
	return state.positionsOn === undefined ? 0 : positionsOn(state.index, state.records, state.positionsOn).length;
}
