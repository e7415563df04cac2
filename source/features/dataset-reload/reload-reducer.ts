import type {DatasetIndex} from '../../dataset/build-index.js';
import {binarySearch} from '../../state/list.js';
import type {SessionRecords} from '../../state/records.js';
import {filterRows} from '../../state/selectors.js';
import {selectedItem, type State} from '../../state/state.js';

/*
The dataset the screen shows changed under it: the file was replaced (an item
added by `council agenda add` in another terminal, an import) or the journal
added a delegation. The new index comes in an action, like the journal's
records; what the person was doing stays: the selected item (by id), the
filter, the current item, the pane in focus, and any open form or overlay.
*/

/** What the edge hands the screen when the dataset changed, or why it kept the old one. */
export type DatasetChange =
	// `cause` 'dataset': the file itself changed (line mode says so in its own words); otherwise the journal did.
	| {readonly kind: 'view'; readonly index: DatasetIndex; readonly records: SessionRecords; readonly notice?: string; readonly cause?: 'dataset' | 'journal'}
	// `problems`: why the new file was not taken, without the screen's wording around it.
	| {readonly kind: 'problem'; readonly notice: string; readonly problems?: string};

export function datasetChanged(state: State, index: DatasetIndex, records: SessionRecords): State {
	const selected = selectedItem(state)?.id;
	const rows = filterRows(index, state.filter);
	const order = selected === undefined ? undefined : index.itemOrder.get(selected);
	const kept = order === undefined ? -1 : binarySearch(rows, order);
	// A removed item gives the selection to the one that took its place.
	const cursor = kept === -1 ? Math.max(0, Math.min(state.agenda.cursor, rows.length - 1)) : kept;
	const positionsOn = state.positionsOn !== undefined && index.entities.has(state.positionsOn) ? state.positionsOn : selected;
	const currentItem = records.currentItem ?? (state.currentItem !== undefined && index.itemOrder.has(state.currentItem) ? state.currentItem : undefined);
	return {...state, index, records, rows, agenda: {...state.agenda, cursor}, positionsOn, currentItem, openedAt: records.openedAt ?? state.openedAt};
}
