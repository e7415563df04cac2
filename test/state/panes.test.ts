import {describe, expect, it} from 'vitest';
import {computeLayout, defaultPaneSizes, type Layout} from '../../source/state/layout.js';
import {reducer} from '../../source/features/reducer.js';
import {createInitialState, layoutOf, type State} from '../../source/state/state.js';
import {fixtureIndex} from './fixture.js';

const index = fixtureIndex({items: 40});
const start = (columns = 100, rows = 30, panes = defaultPaneSizes) =>
	createInitialState(index, {size: {columns, rows}, now: 1000, panes});

function press(state: State, ...keys: string[]): State {
	let next = state;
	for (const key of keys) {
		next = reducer(next, {type: 'key', key, text: key});
	}

	return next;
}

function full(layout: Layout): Extract<Layout, {mode: 'full'}> {
	if (layout.mode !== 'full') {
		throw new Error(`expected the full layout, got ${layout.mode}`);
	}

	return layout;
}

describe('pane sizes', () => {
	it('lays out the defaults exactly as before there were settings', () => {
		// 100x30: body 25 rows; positions floor(25 × 0.28) = 7, agenda floor(18 × 0.45) = 8.
		expect(full(layoutOf(start()))).toMatchObject({agendaRows: 7, detailRows: 9, positionsRows: 5});
	});

	it('> and < give the agenda more and fewer rows, one visible step at a time', () => {
		const wider = press(start(), '>');
		expect(wider.panes.agendaWidth).toBe(50);
		expect(full(layoutOf(wider)).agendaRows).toBe(8);
		const narrower = press(start(), '<');
		expect(narrower.panes.agendaWidth).toBe(40);
		expect(full(layoutOf(narrower)).agendaRows).toBe(6);
	});

	it('stops at the schema limits (20-80%) and says so', () => {
		let state = start(100, 60);
		for (let step = 0; step < 20; step++) {
			state = press(state, '>');
		}

		expect(state.panes.agendaWidth).toBe(80);
		expect(state.notice).toBe('The agenda is as large as this terminal allows');
		for (let step = 0; step < 20; step++) {
			state = press(state, '<', '-');
		}

		expect(state.panes).toEqual({agendaWidth: 20, positionsHeight: 20});
		expect(state.notice).toBe('The positions pane is as short as it can be');
	});

	it('at 80x24 never takes a step the terminal cannot show, and the detail stays readable', () => {
		let state = start(80, 24);
		for (let step = 0; step < 20; step++) {
			state = press(state, '>', '+');
		}

		const layout = full(layoutOf(state));
		expect(layout.detailRows).toBeGreaterThanOrEqual(4);
		expect(layout.agendaRows).toBeGreaterThanOrEqual(3);
		// Three pane titles and the positions' column header, a 3-line header and the footer: 23 lines.
		expect(layout.agendaRows + layout.detailRows + layout.positionsRows + 4 + 3 + 1).toBe(23);
		// The agenda's percentage stopped where its rows stopped moving, below the schema's 80.
		expect(state.panes.agendaWidth).toBeLessThan(80);
		expect(computeLayout({columns: 80, rows: 24}, 40, {agendaWidth: 80, positionsHeight: 80})).toMatchObject({detailRows: 4});
	});

	it('= puts the defaults back; the compact layout ignores the sizes', () => {
		expect(press(start(100, 30, {agendaWidth: 70, positionsHeight: 60}), '=').panes).toEqual(defaultPaneSizes);
		const compact = start(60, 20, {agendaWidth: 80, positionsHeight: 80});
		expect(layoutOf(compact)).toEqual(computeLayout({columns: 60, rows: 20}, 40));
		const pressed = press(compact, '>');
		expect(pressed.panes.agendaWidth).toBe(80);
		expect(pressed.notice).toBe('Pane sizes apply from 80x24 up');
	});

	it('T cycles the theme through default, high-contrast and mono', () => {
		const state = start();
		expect(state.theme).toBe('default');
		expect(press(state, 'T').theme).toBe('high-contrast');
		expect(press(state, 'T', 'T').theme).toBe('mono');
		expect(press(state, 'T', 'T', 'T').theme).toBe('default');
	});
});
