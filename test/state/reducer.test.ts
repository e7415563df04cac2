import {describe, expect, it} from 'vitest';
import {detailLines} from '../../source/features/panes/detail-lines.js';
import {reducer} from '../../source/features/reducer.js';
import {emptyRecords, type SessionRecords} from '../../source/state/records.js';
import {positionsOn, statusCounts} from '../../source/state/selectors.js';
import {contextOf, createInitialState, selectedItem, topOverlay, type State} from '../../source/state/state.js';
import {fixtureIndex} from './fixture.js';

const index = fixtureIndex();
const start = (columns = 100, rows = 30, records?: SessionRecords) =>
	createInitialState(index, {size: {columns, rows}, now: 1000, ...(records === undefined ? {} : {records})});

/** Presses keys by name; one-character names are also typed text, as Ink delivers them. */
function press(state: State, ...keys: string[]): State {
	let next = state;
	for (const key of keys) {
		next = reducer(next, key.length === 1 ? {type: 'key', key, text: key} : {type: 'key', key});
	}

	return next;
}

const type = (state: State, text: string) => press(state, ...text);
const selected = (state: State) => selectedItem(state)?.number;

describe('initial state', () => {
	it('makes the first item under consideration current and selects it', () => {
		const state = start();
		expect(state.currentItem).toBe('item-1');
		expect(selected(state)).toBe('PL 1.01');
		expect(state.focus).toBe('agenda');
		expect(contextOf(state)).toBe('agenda');
	});
});

describe('moving', () => {
	it('moves with j/k and the arrows, stopping at the ends', () => {
		let state = press(start(), 'j', 'down');
		expect(selected(state)).toBe('PL 1.03');
		state = press(state, 'k', 'up', 'up', 'k');
		expect(selected(state)).toBe('PL 1.01');
	});

	it('jumps to the first and last with g/G and Home/End', () => {
		expect(selected(press(start(), 'G'))).toBe('PL 1.12');
		expect(selected(press(start(), 'end'))).toBe('PL 1.12');
		expect(selected(press(start(), 'G', 'g'))).toBe('PL 1.01');
		expect(selected(press(start(), 'G', 'home'))).toBe('PL 1.01');
	});

	it('pages by the agenda height and keeps the selection in view', () => {
		// 100x30: the agenda shows 7 rows.
		const state = press(start(), 'pagedown');
		expect(selected(state)).toBe('PL 1.08');
		expect(state.agenda.scroll).toBeLessThanOrEqual(state.agenda.cursor);
		expect(state.agenda.cursor - state.agenda.scroll).toBeLessThan(7);
		expect(selected(press(state, 'pageup'))).toBe('PL 1.01');
		expect(selected(press(state, 'pagedown', 'pagedown', 'pagedown'))).toBe('PL 1.12');
	});

	it('moves the detail cursor, not the selection, when the detail is focused', () => {
		const state = press(start(), 'tab', 'j', 'j');
		expect(state.focus).toBe('detail');
		expect(state.detail.cursor).toBe(2);
		expect(selected(state)).toBe('PL 1.01');
	});
});

describe('panes', () => {
	it('cycles agenda, detail, positions with Tab and back with Shift+Tab', () => {
		let state = press(start(), 'tab');
		expect(state.focus).toBe('detail');
		state = press(state, 'tab');
		expect(state.focus).toBe('positions');
		state = press(state, 'tab');
		expect(state.focus).toBe('agenda');
		expect(press(state, 'shift-tab').focus).toBe('positions');
	});

	it('has no positions pane below 80x24', () => {
		const state = press(start(79, 24), 'tab', 'tab');
		expect(state.focus).toBe('agenda');
	});

	it('leaves the positions pane when the terminal shrinks below 80x24', () => {
		const state = reducer(press(start(), 'tab', 'tab'), {type: 'resize', size: {columns: 60, rows: 20}});
		expect(state.focus).toBe('agenda');
	});

	it('Enter on the agenda opens the detail; Esc goes back to the agenda', () => {
		const state = press(start(), 'return');
		expect(state.focus).toBe('detail');
		expect(press(state, 'escape').focus).toBe('agenda');
	});
});

describe('the current item', () => {
	it('c makes the selected item current, with a way back in the notice', () => {
		const state = press(start(), 'j', 'j', 'c');
		expect(state.currentItem).toBe('item-3');
		expect(state.notice).toContain('was PL 1.01');
		// The selection moves on; the current item stays.
		const moved = press(state, 'j');
		expect(moved.currentItem).toBe('item-3');
		expect(selected(moved)).toBe('PL 1.04');
		expect(moved.notice).toBeUndefined();
	});

	it('. selects the current item and Backspace jumps back', () => {
		let state = press(start(), 'G', '.');
		expect(selected(state)).toBe('PL 1.01');
		state = press(state, 'backspace');
		expect(selected(state)).toBe('PL 1.12');
		expect(press(state, 'backspace').notice).toBe('Nothing to jump back to');
	});
});

describe('filter', () => {
	it('narrows the agenda live as you type and keeps it on Enter', () => {
		let state = press(start(), '/');
		expect(contextOf(state)).toBe('prompt');
		state = type(state, 'budg');
		expect(state.rows).toEqual([2]);
		expect(selected(state)).toBe('PL 1.03');
		state = press(state, 'return');
		expect(state.overlays).toEqual([]);
		expect(state.filter).toBe('budg');
		expect(state.notice).toBe('1 item matches “budg”; Esc clears');
	});

	it('matches documents, references and proposals, not only titles', () => {
		expect(type(press(start(), '/'), 'c26/14').rows).toEqual([3]);
		// Resolution 71 is referenced by the even-numbered items' documents.
		expect(type(press(start(), '/'), 'bucharest').rows).toEqual([1, 3, 5, 7, 9, 11]);
		expect(type(press(start(), '/'), 'instruct the secretary').rows).toEqual([1]);
	});

	it('Esc while typing returns to the filter as it was; Esc on the agenda clears it', () => {
		let state = press(type(press(start(), '/'), 'topic'), 'return');
		expect(state.rows).toHaveLength(11);
		state = type(press(state, '/'), ' 1');
		expect(state.rows).toEqual([0, 9, 10, 11]);
		state = press(state, 'escape');
		expect(state.filter).toBe('topic');
		expect(state.rows).toHaveLength(11);
		state = press(state, 'escape');
		expect(state.filter).toBe('');
		expect(state.rows).toHaveLength(12);
		expect(state.notice).toBe('Filter “topic” cleared; / filters again');
	});

	it('edits with Backspace and Ctrl+U, and q is typed, not quit', () => {
		let state = type(press(start(), '/'), 'bq');
		expect(state.isQuitting).toBe(false);
		expect(topOverlay(state)).toMatchObject({kind: 'prompt', text: 'bq'});
		state = press(state, 'backspace');
		expect(topOverlay(state)).toMatchObject({text: 'b'});
		state = press(state, 'ctrl-u');
		expect(topOverlay(state)).toMatchObject({text: ''});
		expect(state.rows).toHaveLength(12);
	});

	it('strips escape sequences from typed and pasted text', () => {
		const state = reducer(press(start(), '/'), {type: 'key', key: 'x\u001B]52;c;aGk=\u0007y\u001B[2J', text: 'x\u001B]52;c;aGk=\u0007y\u001B[2J'});
		expect(topOverlay(state)).toMatchObject({kind: 'prompt', text: 'xy'});
	});

	it('shows nothing when nothing matches, and n/N report it', () => {
		const state = press(type(press(start(), '/'), 'zzz'), 'return');
		expect(state.rows).toEqual([]);
		expect(selectedItem(state)).toBeUndefined();
		expect(press(state, 'n').notice).toBe('Nothing matches “zzz”');
	});

	it('n/N move to the next and previous match, wrapping around', () => {
		let state = press(type(press(start(), '/'), 'bucharest'), 'return');
		expect(selected(state)).toBe('PL 1.02');
		state = press(state, 'n', 'n');
		expect(selected(state)).toBe('PL 1.06');
		state = press(state, 'N', 'N', 'N');
		expect(selected(state)).toBe('PL 1.12');
		expect(press(start(), 'n').notice).toBe('No filter applied: / filters the agenda');
	});
});

describe('lookup', () => {
	it('# 71 shows Resolution 71 with everything that cites it; Enter jumps to the citing item', () => {
		let state = press(type(press(start(), 'G', '#'), '71'), 'return');
		const overlay = topOverlay(state);
		expect(overlay?.kind).toBe('lookup-result');
		expect(overlay?.kind === 'lookup-result' && overlay.result.kind).toBe('found');
		expect(contextOf(state)).toBe('lookup-result');
		// The cursor starts on the first entry that jumps: the first citation.
		state = press(state, 'return');
		expect(state.overlays).toEqual([]);
		// Every document's background cites it; the first is item 1's, and the detail lands on the paragraph (8.23).
		expect(selected(state)).toBe('PL 1.01');
		expect(state.focus).toBe('detail');
		// And back to where we were: the item, and the lookup list the backlink was chosen in.
		const back = press(state, 'backspace');
		expect(selected(back)).toBe('PL 1.12');
		expect(topOverlay(back)?.kind).toBe('lookup-result');
	});

	it('jumping to a hidden item clears the filter and says so', () => {
		let state = press(type(press(start(), '/'), 'budget'), 'return');
		state = press(type(press(state, '#'), 'PL 1.07'), 'return', 'return');
		expect(selected(state)).toBe('PL 1.07');
		expect(state.filter).toBe('');
		expect(state.notice).toBe('Filter “budget” cleared to show item PL 1.07');
	});

	it('a proposal in the citations opens its positions', () => {
		let state = press(type(press(start(), '#'), 'PP-22/157'), 'return');
		state = press(state, 'return');
		expect(selected(state)).toBe('PL 1.02');
		expect(state.positionsOn).toBe('prop-2-2');
		expect(state.focus).toBe('positions');
	});

	it('an unknown reference lists suggestions, each one a lookup', () => {
		let state = press(type(press(start(), '#'), 'Resolution 72'), 'return');
		const overlay = topOverlay(state);
		expect(overlay?.kind === 'lookup-result' && overlay.result.kind).toBe('not-found');
		state = press(state, 'return');
		expect(state.overlays).toHaveLength(2);
		// Esc goes back one overlay at a time.
		expect(press(state, 'escape').overlays).toHaveLength(1);
		expect(press(state, 'escape', 'escape').overlays).toHaveLength(0);
	});

	it('an empty lookup closes the prompt', () => {
		expect(press(press(start(), '#'), 'return').overlays).toEqual([]);
	});

	it('Enter on a reference in the detail opens it with its backlinks', () => {
		let state = press(start(), 'j', 'return');
		expect(state.focus).toBe('detail');
		const lines = detailLines(index, state.records, selectedItem(state)!, 98);
		const line = lines.findIndex(entry => entry.target?.kind === 'entity' && entry.target.id === 'res-71');
		expect(line).toBeGreaterThan(0);
		state = press(state, ...Array.from({length: line}, () => 'j'), 'return');

		const overlay = topOverlay(state);
		expect(overlay?.kind === 'lookup-result' && overlay.result.kind === 'found' && overlay.result.entity.value.id).toBe('res-71');
	});
});

describe('positions', () => {
	it('] and [ cycle the positions between the item and its proposals', () => {
		let state = press(start(), 'j', 'tab', 'tab');
		expect(state.positionsOn).toBe('item-2');
		state = press(state, ']');
		expect(state.positionsOn).toBe('prop-2-1');
		state = press(state, 'right', ']');
		expect(state.positionsOn).toBe('item-2');
		expect(press(state, '[').positionsOn).toBe('prop-2-2');
	});

	it('Enter on a position opens the delegation', () => {
		const state = press(start(), 'j', 'tab', 'tab', 'return');
		const overlay = topOverlay(state);
		expect(overlay?.kind === 'lookup-result' && overlay.result.kind === 'found' && overlay.result.entity.value.id).toBe('cn');
	});

	it('moving the selection resets the positions to the new item', () => {
		const state = press(start(), 'j', 'tab', 'tab', ']', 'shift-tab', 'shift-tab', 'j');
		expect(state.positionsOn).toBe('item-3');
	});
});

describe('help and quitting', () => {
	it('? toggles help; Esc closes it', () => {
		const state = press(start(), '?');
		expect(contextOf(state)).toBe('help');
		expect(press(state, '?').overlays).toEqual([]);
		expect(press(state, 'escape').overlays).toEqual([]);
		expect(press(state, 'j').overlays).toHaveLength(1);
	});

	it('q quits; Ctrl+C quits even while typing', () => {
		expect(press(start(), 'q').isQuitting).toBe(true);
		expect(press(press(start(), '/'), 'ctrl-c').isQuitting).toBe(true);
		expect(press(press(start(), '?'), 'q').isQuitting).toBe(true);
	});

	it('ignores keys it does not know, returning the same state', () => {
		const state = start();
		expect(press(state, 'z')).toBe(state);
	});
});

describe('actions from the edges', () => {
	it('takes the time from a tick and the size from a resize', () => {
		let state = reducer(start(), {type: 'tick', now: 5000});
		expect(state.now).toBe(5000);
		state = reducer(press(state, 'G'), {type: 'resize', size: {columns: 40, rows: 12}});
		expect(state.size).toEqual({columns: 40, rows: 12});
		// Still in view in the smaller agenda.
		expect(state.agenda.cursor - state.agenda.scroll).toBeLessThan(3);
	});

	it('applies the journal\'s records: statuses, positions, current item', () => {
		const records: SessionRecords = {
			...emptyRecords,
			statuses: new Map([['item-5', 'decided' as const]]),
			positions: [{id: 'r1', delegation: 'cn', on: 'item-2', stance: 'opposes'}, {id: 'r2', delegation: 'fr', on: 'item-4', stance: 'neutral'}],
			currentItem: 'item-6',
			openedAt: 10,
		};
		const before = start();
		const state = reducer(before, {type: 'records-changed', records});
		expect(state.currentItem).toBe('item-6');
		expect(state.openedAt).toBe(10);
		expect(statusCounts(index, state.records)).toEqual({...statusCounts(index, emptyRecords), 'under-consideration': 2, decided: 4});
		expect(positionsOn(index, state.records, 'item-2').map(position => `${position.delegation} ${position.stance}`)).toEqual(['cn opposes', 'eg reservation', 'fr supports', 'br supports']);
		expect(positionsOn(index, state.records, 'item-4').map(position => position.delegation)).toEqual(['fr']);
		// A later replay with the same current item leaves a local choice alone.
		const local = press(state, 'G', 'c');
		expect(reducer(local, {type: 'records-changed', records: {...records}}).currentItem).toBe('item-12');
	});
});

describe('keys that arrive together', () => {
	it('treats a chunk outside a prompt as separate key presses', () => {
		const state = reducer(start(), {type: 'key', key: '/topic', text: '/topic'});
		expect(topOverlay(state)).toMatchObject({kind: 'prompt', purpose: 'filter', text: 'topic'});
		expect(state.rows).toHaveLength(11);
	});

	it('types a chunk ending in Enter, then accepts it', () => {
		const state = reducer(press(start(), '#'), {type: 'key', key: 'PP-22/157\r', text: 'PP-22/157\r'});
		const overlay = topOverlay(state);
		expect(overlay?.kind === 'lookup-result' && overlay.result.kind).toBe('found');
	});
});

describe('detail sections', () => {
	it('} and { jump between the headings of the detail, down to the footnotes', () => {
		let state = press(start(), 'tab', '}');
		const lines = detailLines(index, state.records, selectedItem(state)!, 98);
		const headings = lines.flatMap((line, position) => (line.isHeading ? [position] : []));
		expect(state.detail.cursor).toBe(headings[0]);
		state = press(state, '}', '}');
		expect(state.detail.cursor).toBe(headings[2]);
		state = press(state, 'G', '{');
		expect(lines[state.detail.cursor]?.line[0]?.text).toBe('Footnotes');
		expect(press(state, '}', '}').notice).toBe('No heading below');
	});
});

describe('n/N in the detail', () => {
	it('finds the filter text in the selected item\'s detail', () => {
		let state = press(type(press(start(), '/'), 'bucharest'), 'return', 'tab');
		expect(state.focus).toBe('detail');
		state = press(state, 'n');
		const lines = detailLines(index, state.records, selectedItem(state)!, 98);
		const text = (position: number) => lines[position]?.line.map(part => part.text).join('') ?? '';
		expect(text(state.detail.cursor)).toContain('Bucharest');
		const first = state.detail.cursor;
		state = press(state, 'n');
		expect(state.detail.cursor).not.toBe(first);
		expect(text(state.detail.cursor)).toContain('Bucharest');
		expect(press(state, 'N').detail.cursor).toBe(first);
	});
});

describe('intents for the edge', () => {
	it('c queues the new current item for the journal; the edge drains the queue', () => {
		let state = press(start(), 'j', 'c');
		expect(state.outbox).toEqual([{kind: 'set-current-item', item: 'item-2'}]);
		state = press(state, 'j', 'c');
		expect(state.outbox).toHaveLength(2);
		state = reducer(state, {type: 'intents-taken', count: 1});
		expect(state.outbox).toEqual([{kind: 'set-current-item', item: 'item-3'}]);
		// Pressing c on the current item again asks for nothing.
		expect(press(state, 'c').outbox).toHaveLength(1);
	});
});
