import {createEditor} from '../../state/editor.js';
import {binarySearch, moveTo} from '../../state/list.js';
import {t} from '../../i18n/translate.js';
import {heights, pushOverlay} from '../../state/overlays.js';
import {filterRows} from '../../state/selectors.js';
import {layoutOf, selectedItem, type State} from '../../state/state.js';
import {selectedDetail} from '../panes/detail-view.js';

/* `/` narrows the agenda live; n/N step through what matches. */

export function openFilterPrompt(state: State): State {
	return pushOverlay(state, {kind: 'prompt', purpose: 'filter', ...createEditor(state.filter), before: state.filter, beforeAgenda: state.agenda});
}

/** Applies a filter, keeping the selected item selected when it still matches. */
export function applyFilter(state: State, text: string): State {
	const selected = state.rows[state.agenda.cursor];
	const rows = filterRows(state.index, text);
	const kept = selected === undefined ? -1 : binarySearch(rows, selected);
	return {...state, filter: text, rows, agenda: {cursor: Math.max(0, kept), scroll: kept === -1 ? 0 : state.agenda.scroll}};
}

/** In the detail, n/N find the filter's text: where "71" is cited in the item's document. */
function nextMatchInDetail(state: State, delta: number): State {
	if (selectedItem(state) === undefined) {
		return state;
	}

	const layout = layoutOf(state);
	const lines = selectedDetail(state, layout);
	const needle = state.filter.trim().toLowerCase();
	for (let step = 1; step <= lines.length; step++) {
		const position = (state.detail.cursor + (delta * step) + (lines.length * step)) % lines.length;
		const text = lines[position]?.line.map(part => part.text).join('').toLowerCase() ?? '';
		if (text.includes(needle)) {
			return {...state, detail: moveTo(state.detail, position, lines.length, heights(layout).detail)};
		}
	}

	return {...state, notice: t('notice.not-in-detail', {filter: state.filter})};
}

export function nextMatch(state: State, delta: number): State {
	if (state.filter === '') {
		return {...state, notice: t('notice.no-filter')};
	}

	if (state.focus === 'detail') {
		return nextMatchInDetail(state, delta);
	}

	const count = state.rows.length;
	if (count === 0) {
		return {...state, notice: t('notice.nothing-matches', {filter: state.filter})};
	}

	const cursor = (state.agenda.cursor + delta + count) % count;
	return {...state, focus: 'agenda', agenda: moveTo(state.agenda, cursor, count, heights(layoutOf(state)).agenda)};
}
