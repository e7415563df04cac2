import {follow} from '../state/list.js';
import {hasList, heights, withList} from '../state/overlays.js';
import {layoutOf, selectedItem, topOfList, type Pane, type State} from '../state/state.js';
import {detailLineCount, positionsCount} from './panes/detail-view.js';
import {overlayCount} from './scrolling.js';

/** After any change: reset the views below the agenda when the selection moved, keep every cursor in range and in view. */
export function settle(state: State): State {
	const layout = layoutOf(state);
	const height = heights(layout);
	let next = state;
	const item = selectedItem(next);
	if (item?.id !== next.shownItem) {
		next = {...next, shownItem: item?.id, detail: topOfList, positionsOn: item?.id, positions: topOfList};
	}

	const focus: Pane = layout.mode !== 'full' && next.focus === 'positions' ? 'agenda' : next.focus;
	const agenda = follow(next.agenda, next.rows.length, height.agenda);
	const detail = follow(next.detail, detailLineCount(next, layout), height.detail);
	const positions = follow(next.positions, positionsCount(next), height.positions);
	const overlays = next.overlays.map(overlay =>
		hasList(overlay) ? withList(overlay, follow(overlay.list, overlayCount(next, overlay, layout), height.overlay)) : overlay);
	const isSame = focus === next.focus && agenda === next.agenda && detail === next.detail && positions === next.positions
		&& overlays.every((overlay, position) => overlay === next.overlays[position]);
	return isSame ? next : {...next, focus, agenda, detail, positions, overlays};
}
