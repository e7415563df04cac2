import {describe, expect, it} from 'vitest';
import {buildIndex} from '../../source/dataset/build-index.js';
import {reducer, type Action} from '../../source/features/reducer.js';
import {draftOfEvent} from '../../source/journal/floor/floor-payloads.js';
import type {FloorEvent} from '../../source/journal/floor/floor-events.js';
import {replay} from '../../source/journal/replay.js';
import {journalEntry, type JournalEntry} from '../../source/journal/schema.js';
import {contextOf, createInitialState, topOverlay, type State} from '../../source/state/state.js';
import {floorDataset, give, item, request, start} from './fixture.js';

/*
The floor's keys on the dashboard's state, through the one reducer: what each
key queues for the journal, what a viewer is told, and how the edge's answer
closes a form.
*/

const dataset = await floorDataset();
const index = buildIndex(dataset);

function recordsWith(...events: FloorEvent[]) {
	let count = 0;
	const entry = (kind: string, payload: unknown): JournalEntry => journalEntry.parse({v: 1, id: `0000000${String(++count).padStart(2, '0')}-${'c'.repeat(8)}`, time: new Date(start + count * 1000).toISOString(), author: {name: 'Chair', role: 'chair'}, kind, payload});
	return replay(dataset, [entry('current', {item}), ...events.map(event => entry(draftOfEvent(event).kind, draftOfEvent(event).payload))]);
}

function stateWith(role: 'chair' | 'viewer' | undefined, ...events: FloorEvent[]): State {
	return createInitialState(index, {size: {columns: 100, rows: 30}, now: start + 60_000, records: recordsWith(...events), ...(role === undefined ? {} : {role})});
}

const press = (state: State, ...keys: string[]) => keys.reduce((current, key) => reducer(current, {type: 'key', key, ...(key.length === 1 ? {text: key} : {})} as Action), state);

const drafts = (state: State) => state.outbox.flatMap(intent => (intent.kind === 'record' ? [intent.draft] : []));

describe('the floor keys in a pane', () => {
	it('Space gives the floor to the head of the list, councillors before observers', () => {
		const state = press(stateWith('chair', request('mx'), request('br')), ' ');
		expect(drafts(state)).toEqual([{kind: 'floor-give', payload: {item, delegation: 'br'}}]);
		expect(state.outbox.at(-1)).toMatchObject({what: 'floor given to Brazil on item 1'});
		expect(state.overlays).toEqual([]);
	});

	it('x ends the floor, and says so when nobody has it', () => {
		expect(drafts(press(stateWith('chair', give('cn')), 'x'))).toEqual([{kind: 'floor-end', payload: {item, delegation: 'cn'}}]);
		const nobody = press(stateWith('chair'), 'x');
		expect(nobody.outbox).toEqual([]);
		expect(nobody.notice).toBe('Nobody has the floor');
	});

	it('a opens the picker; typing, Tab and Enter ask for a point of order; saved closes it', () => {
		let state = press(stateWith('chair'), 'a');
		expect(contextOf(state)).toBe('floor-form');
		state = press(state, 'e', 'g', 'y', 'tab', 'return');
		expect(drafts(state)).toEqual([{kind: 'floor-request', payload: {item, delegation: 'eg', request: 'point-of-order'}}]);
		state = reducer(state, {type: 'recorded', ok: true, text: 'saved: Egypt asks for a point of order on item 1'});
		expect(state.overlays).toEqual([]);
		expect(state.notice).toBe('saved: Egypt asks for a point of order on item 1');
	});

	it('a paste with a line end is the name, then Enter', () => {
		const state = reducer(press(stateWith('chair'), 'a'), {type: 'key', key: 'Suisse\r', text: 'Suisse\r'});
		expect(drafts(state)).toEqual([{kind: 'floor-request', payload: {item, delegation: 'ch'}}]);
	});

	it('t types the speaker\'s statement with a stance; a failed write keeps it', () => {
		let state = press(stateWith('chair', give('br')), 't');
		state = reducer(state, {type: 'key', key: 'supported proposal 1\t1', text: 'supported proposal 1\t1'});
		state = press(state, 'return');
		expect(drafts(state)).toEqual([{kind: 'floor-statement', payload: {item, delegation: 'br', text: 'supported proposal 1', stance: 'supports'}}]);
		state = reducer(state, {type: 'recorded', ok: false, text: 'could not write the journal: disk full'});
		expect(topOverlay(state)).toMatchObject({kind: 'floor', form: {kind: 'statement', text: 'supported proposal 1', stance: 'supports'}, phase: {kind: 'failed', message: 'could not write the journal: disk full'}});
		expect(contextOf(press(state, 'escape'))).toBe('agenda');
	});

	it('refuses a viewer, who may still look at the list', () => {
		const viewer = stateWith('viewer', request('br'));
		for (const key of [' ', 'x', 'a', 't']) {
			const state = press(viewer, key);
			expect(state.notice).toBe('viewers cannot record (role viewer: --role secretary or the role preference)');
			expect(state.outbox).toEqual([]);
		}

		const looking = press(viewer, 'f', 'j');
		expect(topOverlay(looking)).toMatchObject({kind: 'floor', cursor: 0});
		expect(press(stateWith(undefined), ' ').notice).toBe('No journal to record in (council --journal PATH)');
	});
});

describe('the floor overlay', () => {
	const waiting = () => stateWith('chair', request('br'), request('cn'), request('ch'));

	it('f opens it on the current item and closes it; Esc closes it too', () => {
		const open = press(waiting(), 'f');
		expect(topOverlay(open)).toMatchObject({kind: 'floor', item, cursor: 0, form: undefined});
		expect(contextOf(open)).toBe('floor');
		expect(press(open, 'f').overlays).toEqual([]);
		expect(press(open, 'escape').overlays).toEqual([]);
	});

	it('j/k move the cursor, Enter gives the floor to the one under it, J moves it down', () => {
		const open = press(waiting(), 'f', 'j', 'j', 'k');
		expect(topOverlay(open)).toMatchObject({cursor: 1});
		expect(drafts(press(open, 'return'))).toEqual([{kind: 'floor-give', payload: {item, delegation: 'cn'}}]);
		const moved = press(open, 'J');
		expect(drafts(moved)).toEqual([{kind: 'floor-move', payload: {item, delegation: 'cn', by: 1}}]);
		// Saving: more keys wait for the disk.
		expect(press(moved, 'J').outbox).toHaveLength(1);
		const saved = reducer(moved, {type: 'recorded', ok: true, text: 'saved'});
		expect(topOverlay(saved)).toMatchObject({kind: 'floor', cursor: 2, phase: {kind: 'editing'}});
	});

	it('- removes the request under the cursor, l closes the list, n gives the floor to the next', () => {
		const open = press(waiting(), 'f');
		expect(drafts(press(open, '-'))).toEqual([{kind: 'floor-withdraw', payload: {item, delegation: 'br'}}]);
		expect(drafts(press(open, 'l'))).toEqual([{kind: 'floor-close', payload: {item}}]);
		expect(drafts(press(open, 'n'))).toEqual([{kind: 'floor-give', payload: {item, delegation: 'br'}}]);
	});

	it('shows the list the journal gives, updated when new records arrive', () => {
		let state = press(waiting(), 'f');
		state = reducer(state, {type: 'records-changed', records: recordsWith(request('br'), request('cn'), request('ch'), give('ch'))});
		expect(state.records.floor?.speaker).toMatchObject({delegation: 'ch'});
	});
});
