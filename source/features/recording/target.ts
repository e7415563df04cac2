import type {DatasetIndex} from '../../dataset/build-index.js';
import {t} from '../../i18n/translate.js';
import {targetLabel} from '../../journal/describe.js';
import {layoutOf, selectedItem, type State} from '../../state/state.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {selectedDetail} from '../panes/detail-view.js';

/** "item 1.02" for an agenda item, the describe.ts label for anything else. */
export function shortTargetLabel(index: DatasetIndex, id: string): string {
	const entity = index.entities.get(id);
	return entity?.kind === 'agenda-item' ? t('dash.item-lower', {number: sanitizeLine(entity.value.number)}) : targetLabel(index, id);
}

/**
What d and p record on: in the detail, the proposal under the cursor; in the
positions pane, the item or proposal it shows; else the selected item.
*/
export function targetOf(state: State): string | undefined {
	const item = selectedItem(state);
	if (item === undefined) {
		return undefined;
	}

	if (state.focus === 'detail') {
		const line = selectedDetail(state, layoutOf(state))[state.detail.cursor];
		return line?.target?.kind === 'positions' ? line.target.on : item.id;
	}

	return state.focus === 'positions' && state.positionsOn !== undefined ? state.positionsOn : item.id;
}
