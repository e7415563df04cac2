import {follow} from '../../state/list.js';
import {t} from '../../i18n/translate.js';
import {closeTop, heights} from '../../state/overlays.js';
import {itemLabel, selectItemById} from '../../state/selection.js';
import {positionsOn, positionTargets} from '../../state/selectors.js';
import {layoutOf, selectedItem, topOfList, topOverlay, type Pane, type State} from '../../state/state.js';
import {applyFilter} from '../filter/filter-reducer.js';
import {openEntity, openResultLine} from '../lookup/lookup-reducer.js';
import {cancelInput} from '../prompt/prompt-reducer.js';
import {selectedDetail} from './detail-view.js';

/*
The agenda, detail and positions panes: focus, Enter and Esc, the current item,
jump-back, the detail's headings and the positions' targets.
*/

function paneOrder(state: State): readonly Pane[] {
	return layoutOf(state).mode === 'full' ? ['agenda', 'detail', 'positions'] : ['agenda', 'detail'];
}

export function cyclePane(state: State, delta: number): State {
	const order = paneOrder(state);
	const position = Math.max(0, order.indexOf(state.focus));
	const focus = order[(position + delta + order.length) % order.length] ?? 'agenda';
	return {...state, focus};
}

export function open(state: State): State {
	const overlay = topOverlay(state);
	const layout = layoutOf(state);
	if (overlay?.kind === 'lookup-result') {
		return openResultLine(state, overlay);
	}

	switch (state.focus) {
		case 'agenda': {
			return selectedItem(state) === undefined ? state : {...state, focus: 'detail'};
		}

		case 'detail': {
			const line = selectedDetail(state, layout)[state.detail.cursor];
			if (line?.target === undefined) {
				return state;
			}

			if (line.target.kind === 'entity') {
				return openEntity(state, line.target.id);
			}

			if (layout.mode !== 'full') {
				return {...state, notice: t('notice.positions-need-size')};
			}

			return {...state, positionsOn: line.target.on, positions: topOfList, focus: 'positions'};
		}

		case 'positions': {
			const position = state.positionsOn === undefined ? undefined : positionsOn(state.index, state.records, state.positionsOn)[state.positions.cursor];
			return position === undefined ? state : openEntity(state, position.delegation);
		}
	}
}

export function back(state: State): State {
	const overlay = topOverlay(state);
	if (overlay !== undefined) {
		return overlay.kind === 'prompt' ? cancelInput(state, overlay) : closeTop(state);
	}

	if (state.focus !== 'agenda') {
		return {...state, focus: 'agenda'};
	}

	if (state.filter !== '') {
		return {...applyFilter(state, ''), notice: t('notice.filter-cleared', {filter: state.filter})};
	}

	return state;
}

export function cycleTarget(state: State, delta: number): State {
	const item = selectedItem(state);
	if (item === undefined) {
		return state;
	}

	const targets = positionTargets(state.index, item);
	const position = Math.max(0, targets.indexOf(state.positionsOn ?? item.id));
	const positionsOn = targets[(position + delta + targets.length) % targets.length];
	return {...state, positionsOn, positions: topOfList};
}

/** Moves the detail's cursor to the next (or previous) heading, shown at the top of the pane. */
export function jumpSection(state: State, delta: 1 | -1): State {
	if (selectedItem(state) === undefined) {
		return state;
	}

	const layout = layoutOf(state);
	const lines = selectedDetail(state, layout);
	let target = state.detail.cursor + delta;
	while (target >= 0 && target < lines.length && lines[target]?.isHeading !== true) {
		target += delta;
	}

	if (target < 0 || target >= lines.length) {
		return {...state, notice: delta === 1 ? t('notice.no-heading-below') : t('notice.no-heading-above')};
	}

	return {...state, detail: follow({cursor: target, scroll: target}, lines.length, heights(layout).detail)};
}

export function makeCurrent(state: State): State {
	const item = selectedItem(state);
	if (item === undefined) {
		return state;
	}

	if (item.id === state.currentItem) {
		return {...state, notice: t('notice.already-current', {number: item.number})};
	}

	if (state.role === 'viewer') {
		// The header's "current" is the session's (the journal's): a viewer records nothing, so it changes nothing.
		return {...state, notice: t('notice.viewer-current')};
	}

	const was = state.currentItem;
	return {
		...state,
		currentItem: item.id,
		// Other screens learn of it through the journal, when the edge records it.
		outbox: [...state.outbox, {kind: 'set-current-item', item: item.id}],
		notice: was === undefined
			? t('notice.now-current', {number: item.number})
			: t('notice.now-current-was', {number: item.number, was: itemLabel(state, was)}),
	};
}

export function selectCurrent(state: State): State {
	return state.currentItem === undefined
		? {...state, notice: t('notice.no-current')}
		: {...selectItemById(state, state.currentItem, {isJump: true}), focus: 'agenda'};
}

export function jumpBack(state: State): State {
	const {lookupReturn} = state;
	if (lookupReturn !== undefined) {
		// A backlink followed from `#`: back to its lookup list, the cursor where it was, and
		// to the item selected before, if the jump changed it (a backlink to the same item pushes none).
		const {lookupReturn: _used, ...rest} = state;
		const previous = state.jumpBack.length > lookupReturn.depth ? state.jumpBack.at(-1) : undefined;
		const back = previous === undefined ? rest : selectItemById({...rest, jumpBack: state.jumpBack.slice(0, -1)}, previous, {isJump: false});
		return {...back, focus: 'agenda', overlays: lookupReturn.overlays};
	}

	const previous = state.jumpBack.at(-1);
	if (previous === undefined) {
		return {...state, notice: t('notice.nothing-to-jump-back')};
	}

	return {...selectItemById({...state, jumpBack: state.jumpBack.slice(0, -1)}, previous, {isJump: false}), focus: 'agenda'};
}
