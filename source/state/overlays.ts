import type {Layout} from './layout.js';
import type {ListView, Overlay, State} from './state.js';

/*
The overlay stack and the heights of the scrolling views: what every feature
that opens, closes or scrolls something shares.
*/

export type ListOverlay = Extract<Overlay, {list: ListView}>;

export function hasList(overlay: Overlay): overlay is ListOverlay {
	return overlay.kind === 'help' || overlay.kind === 'lookup-result';
}

export function withList<T extends ListOverlay>(overlay: T, list: ListView): T {
	return list === overlay.list ? overlay : {...overlay, list};
}

export function replaceTop(state: State, overlay: Overlay): State {
	return {...state, overlays: [...state.overlays.slice(0, -1), overlay]};
}

export function pushOverlay(state: State, overlay: Overlay): State {
	return {...state, overlays: [...state.overlays, overlay]};
}

export function closeTop(state: State): State {
	return {...state, overlays: state.overlays.slice(0, -1)};
}

/** Rows each scrolling view shows. */
export function heights(layout: Layout): {agenda: number; detail: number; positions: number; overlay: number} {
	if (layout.mode === 'too-small') {
		return {agenda: 1, detail: 1, positions: 1, overlay: 1};
	}

	return {agenda: layout.agendaRows, detail: layout.detailRows, positions: Math.max(1, layout.positionsRows), overlay: layout.overlayRows};
}
