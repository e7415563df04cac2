import {lookup, type LookupResult} from '../../dataset/lookup.js';
import {textWidth} from '../../state/layout.js';
import {heights, pushOverlay} from '../../state/overlays.js';
import {selectedDetail} from '../panes/detail-view.js';
import {selectItemById} from '../../state/selection.js';
import {layoutOf, topOfList, type Overlay, type State} from '../../state/state.js';
import {cachedLookupView} from './lookup-cache.js';
import type {Jump} from './lookup-view.js';

/* `#`: a lookup's result as an overlay, and Enter on one of its lines. */

export function openLookupPrompt(state: State): State {
	return pushOverlay(state, {kind: 'prompt', purpose: 'lookup', text: '', cursor: 0, before: ''});
}

export function pushResult(state: State, result: LookupResult): State {
	const layout = layoutOf(state);
	const view = cachedLookupView(state, result, textWidth(layout));
	// Start on the first entry Enter can jump from.
	const first = Math.max(0, view.lines.findIndex(line => line.jump !== undefined));
	return pushOverlay(state, {kind: 'lookup-result', result, list: {cursor: first, scroll: 0}});
}

/** Looks up what was typed at the `#` prompt. */
export function lookUp(state: State, query: string): State {
	return pushResult(state, lookup(state.index, query));
}

export function openEntity(state: State, id: string): State {
	const entity = state.index.entities.get(id);
	if (entity === undefined) {
		return {...state, notice: `Nothing in this dataset has the id ${id}`};
	}

	const result = lookup(state.index, `${id}`);
	// An id resolves to exactly its entity; fall back to a direct result if the lookup disagrees.
	const found: LookupResult = result.kind === 'found' && result.entity.value.id === id
		? result
		: {kind: 'found', query: id, entity, label: id, citations: state.index.citedBy.get(id) ?? []};
	return pushResult(state, found);
}

function jump(state: State, target: Jump): State {
	switch (target.kind) {
		case 'item': {
			// Backspace (jump-back) comes back to this list, where the backlink was chosen.
			const selected = {...selectItemById({...state, overlays: []}, target.item, {isJump: true}), lookupReturn: {overlays: state.overlays, depth: state.jumpBack.length}};
			if (target.anchor !== undefined) {
				return landOn(selected, target.item, target.anchor);
			}

			if (target.proposal === undefined) {
				return {...selected, focus: 'agenda'};
			}

			// settle() would reset positions to the item: set the shown item first.
			const isFull = layoutOf(state).mode === 'full';
			return {
				...selected,
				shownItem: target.item,
				detail: topOfList,
				positionsOn: target.proposal,
				positions: topOfList,
				focus: isFull ? 'positions' : 'agenda',
				notice: isFull ? selected.notice : 'Positions need a terminal of at least 80x24',
			};
		}

		case 'entity': {
			return openEntity(state, target.id);
		}

		case 'query': {
			return pushResult(state, lookup(state.index, target.query));
		}
	}
}

/** The detail of the item with its cursor on the anchored line (the cited paragraph), focused. */
function landOn(state: State, item: string, anchor: string): State {
	const layout = layoutOf(state);
	const shown = {...state, shownItem: item, positionsOn: item, positions: topOfList};
	const lines = selectedDetail(shown, layout);
	const line = lines.findIndex(candidate => candidate.anchor === anchor);
	if (line === -1) {
		return {...shown, detail: topOfList, focus: 'agenda'};
	}

	// The cited line at the top of the pane, so what follows it is in view.
	const height = heights(layout).detail;
	return {...shown, focus: 'detail', detail: {cursor: line, scroll: Math.max(0, Math.min(line, lines.length - height))}};
}

/** Enter on a lookup result: jump to the entry under the cursor. */
export function openResultLine(state: State, overlay: Extract<Overlay, {kind: 'lookup-result'}>): State {
	const line = cachedLookupView(state, overlay.result, textWidth(layoutOf(state))).lines[overlay.list.cursor];
	return line?.jump === undefined ? state : jump(state, line.jump);
}
