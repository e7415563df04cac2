import {describe, expect, it} from 'vitest';
import {buildIndex} from '../../source/dataset/build-index.js';
import {reducer} from '../../source/features/reducer.js';
import {emptyRecords} from '../../source/state/records.js';
import {createInitialState, selectedItem, type State} from '../../source/state/state.js';
import {fixtureIndex} from '../state/fixture.js';

const index = fixtureIndex();
const press = (state: State, ...keys: string[]) => keys.reduce((next, key) => reducer(next, key.length === 1 ? {type: 'key', key, text: key} : {type: 'key', key}), state);
const start = () => createInitialState(index, {size: {columns: 100, rows: 30}, now: 0, role: 'secretary'});

/** The fixture's dataset without the agenda items `drop` names, with an item added before the rest. */
function changed(drop: readonly string[] = []) {
	const {dataset} = index;
	const added = {...dataset.agendaItems[0]!, id: 'item-new', number: 'PL 1.00', title: 'Opening, added while the session runs'};
	const agendaItems = [added, ...dataset.agendaItems.filter(item => !drop.includes(item.id))];
	return buildIndex({...dataset, agendaItems, positions: dataset.positions.filter(position => !drop.includes(position.on))});
}

describe('the dataset changing under the screen', () => {
	it('keeps the selected item (by id), the focus, the current item and an open form; says why', () => {
		let state = press(start(), 'j', 'j', 'j', 'c', 'tab', 's');
		expect(selectedItem(state)?.id).toBe('item-4');
		expect(state.focus).toBe('detail');
		expect(state.overlays.at(-1)?.kind).toBe('record');
		state = reducer(state, {type: 'dataset-changed', index: changed(), records: emptyRecords, notice: 'Dataset reloaded: the file changed'});
		expect(state.index.dataset.agendaItems[0]?.id).toBe('item-new');
		expect(selectedItem(state)?.id).toBe('item-4');
		expect(state.agenda.cursor).toBe(4);
		expect(state.focus).toBe('detail');
		expect(state.currentItem).toBe('item-4');
		expect(state.overlays.at(-1)).toMatchObject({kind: 'record', form: {kind: 'status'}});
		expect(state.notice).toBe('Dataset reloaded: the file changed');
	});

	it('keeps a filter applied to the new agenda', () => {
		let state = press(start(), '/', ...'Budget', 'return');
		expect(state.rows).toHaveLength(1);
		state = reducer(state, {type: 'dataset-changed', index: changed(), records: emptyRecords});
		expect(state.filter).toBe('Budget');
		expect(state.rows).toHaveLength(1);
		expect(selectedItem(state)?.id).toBe('item-3');
	});

	it('gives the selection of a removed item to the one in its place, and forgets a removed current item', () => {
		let state = press(start(), 'j', 'j', 'c');
		expect(selectedItem(state)?.id).toBe('item-3');
		state = reducer(state, {type: 'dataset-changed', index: changed(['item-3']), records: emptyRecords});
		expect(selectedItem(state)?.id).toBe('item-2');
		expect(state.currentItem).toBeUndefined();
		expect(state.positionsOn).toBe('item-2');
	});
});
