import {describe, expect, it} from 'vitest';
import {announcements} from '../../source/features/line-mode/announce.js';
import {lineReducer} from '../../source/features/line-mode/line-reducer.js';
import {parseCommand} from '../../source/features/line-mode/parse-command.js';
import {helpLines, showLines} from '../../source/features/line-mode/show-lines.js';
import {emptyRecords, type SessionRecords} from '../../source/state/records.js';
import {createInitialState, selectedItem, type State} from '../../source/state/state.js';
import {fixtureIndex} from '../state/fixture.js';

/*
Line mode's pure parts: typed words → actions (through the dashboard's own
reducer) → what changed, said as lines. The edge (source/plain/) is tested in a
real terminal in test/e2e/line-mode.test.ts.
*/

const index = fixtureIndex();

function initial(): State {
	return createInitialState(index, {size: {columns: 120, rows: 40}, now: 0, role: 'secretary'});
}

/** Runs a typed line as the edge does, answering every record intent "saved"; returns the state and the lines said. */
function type(state: State, input: string): {state: State; lines: string[]} {
	const parsed = parseCommand(index, input);
	if (parsed.kind === 'error') {
		return {state, lines: [parsed.message]};
	}

	if (parsed.kind === 'show') {
		return {state, lines: showLines(state)};
	}

	if (parsed.kind !== 'actions') {
		return {state, lines: []};
	}

	let current = state;
	const lines: string[] = [];
	const step = (action: Parameters<typeof lineReducer>[1]) => {
		const next = lineReducer(current, action);
		lines.push(...announcements(current, next));
		current = next;
	};

	for (const action of parsed.actions) {
		step(action);
		const intents = current.outbox;
		if (intents.length > 0) {
			step({type: 'intents-taken', count: intents.length});
			for (const intent of intents) {
				if (intent.kind === 'record') {
					step({type: 'recorded', ok: true, text: `saved: ${intent.what}`});
				}
			}
		}
	}

	return {state: current, lines};
}

function drafts(state: State, input: string) {
	const parsed = parseCommand(index, input);
	if (parsed.kind !== 'actions') {
		throw new Error(`not actions: ${parsed.kind}`);
	}

	let current = state;
	const queued = [];
	for (const action of parsed.actions) {
		current = lineReducer(current, action);
		queued.push(...current.outbox);
		current = lineReducer(current, {type: 'intents-taken', count: current.outbox.length});
	}

	return queued;
}

describe('line mode commands', () => {
	it('next and previous move the selection and say the item', () => {
		const start = initial();
		const first = selectedItem(start)!;
		const {state, lines} = type(start, 'next');
		const second = index.dataset.agendaItems[(index.itemOrder.get(first.id) ?? 0) + 1]!;
		expect(selectedItem(state)?.id).toBe(second.id);
		expect(lines).toEqual([`Item ${second.number}: ${second.title}, ${second.status ?? 'pending'}`.replace('under-consideration', 'under consideration')]);
		expect(type(state, 'previous').lines).toEqual([expect.stringMatching(new RegExp(`^Item ${first.number}: `))]);
	});

	it('item selects by number, current makes an item current and queues it for the journal', () => {
		const {state, lines} = type(initial(), 'item 1.03');
		expect(lines).toEqual(['Item PL 1.03: Budget of the Union for 2026-2027, deferred']);
		const made = type(state, 'current 1.04');
		expect(made.lines).toEqual(['Item PL 1.04: Report on topic 4, pending', 'Item PL 1.04 is now current: Report on topic 4']);
		expect(drafts(state, 'current 1.04')).toEqual([{kind: 'set-current-item', item: 'item-4'}]);
		expect(type(state, 'item 99').lines[0]).toMatch(/^Unknown agenda item "99"/);
	});

	it('filter applies through the filter prompt, and filter alone clears it', () => {
		const {state, lines} = type(initial(), 'filter budget');
		expect(state.filter).toBe('budget');
		expect(lines).toContain('Filter “budget”: 1 item');
		expect(type(state, 'filter').lines).toContain('Filter cleared: every item is shown');
		expect(type(initial(), 'filter zzzz').lines).toContain('Filter “zzzz”: no item matches');
	});

	it('lookup reads the result out, then closes it', () => {
		const {state, lines} = type(initial(), 'lookup 71');
		expect(lines[0]).toBe('#71: Resolution 71 (Rev. Bucharest, 2022)');
		expect(lines).toContainEqual(expect.stringMatching(/^Cited by \(\d+\)$/));
		expect(state.overlays).toEqual([]);
	});

	it('decide records through the decision form: outcome picked, text replaced, Ctrl+S', () => {
		const selected = type(initial(), 'item 1.02').state;
		expect(drafts(selected, 'decide adopted The Council adopted the report.')).toEqual([
			{kind: 'record', what: 'decision on item PL 1.02 (adopted)', draft: {kind: 'decision', payload: {target: 'item-2', outcome: 'adopted', text: 'The Council adopted the report.'}}},
		]);
		const {state, lines} = type(selected, 'decide approve');
		expect(lines).toEqual(['saved: decision on item PL 1.02 (approved)']);
		expect(state.overlays).toEqual([]);
		expect(type(selected, 'decide maybe').lines[0]).toMatch(/^decide OUTCOME \[TEXT\], OUTCOME one of: approved, adopted/);
		// The synonyms council record takes, for all twelve outcomes the form offers.
		expect(type(selected, 'decide took-note').lines).toEqual(['saved: decision on item PL 1.02 (noted)']);
		expect(type(selected, 'decide maybe').lines[0]).toContain('approved, adopted, noted, endorsed, deferred, rejected, referred, other, confirmed, agreed, decided, instructed');
		// The later four are reached past the ninth key, as in the form: each records itself, not its neighbour.
		for (const [word, kind] of [['confirm', 'confirmed'], ['agreed', 'agreed'], ['decide', 'decided'], ['instructed', 'instructed']] as const) {
			expect(drafts(selected, `decide ${word} The Council ${kind} it.`), word).toEqual([
				{kind: 'record', what: `decision on item PL 1.02 (${kind})`, draft: {kind: 'decision', payload: {target: 'item-2', outcome: 'other', text: `The Council ${kind} it.`, outcomes: [{kind}]}}},
			]);
		}
	});

	it('position finds the delegation in any language, then the stance and the note', () => {
		const selected = type(initial(), 'item 1.02').state;
		expect(drafts(selected, 'position Egypt opposes not yet')).toEqual([
			{kind: 'record', what: 'position on item PL 1.02', draft: {kind: 'position', payload: {delegation: 'eg', on: 'item-2', stance: 'opposes', note: 'not yet'}}},
		]);
		expect(drafts(selected, 'position 中国 supports')[0]).toMatchObject({draft: {payload: {delegation: 'cn', stance: 'supports'}}});
		expect(type(selected, 'position Atlantis supports').lines[0]).toMatch(/^Unknown delegation "Atlantis"/);
		expect(type(selected, 'position France').lines[0]).toMatch(/^position DELEGATION STANCE/);
		// A note that is a key's name stays a note.
		expect(drafts(selected, 'position France neutral escape')[0]).toMatchObject({draft: {payload: {note: 'escape'}}});
	});

	it('status and undo go through their forms', () => {
		const selected = type(initial(), 'item 1.02').state;
		expect(drafts(selected, 'status deferred')).toMatchObject([{draft: {kind: 'status', payload: {item: 'item-2', status: 'deferred'}}}]);
		expect(type(selected, 'undo').lines).toEqual(['Nothing to undo']);
		expect(drafts(selected, 'export')).toEqual([{kind: 'export-minutes'}]);
	});

	it('a viewer is refused, in words', () => {
		const viewer = createInitialState(index, {size: {columns: 120, rows: 40}, now: 0, role: 'viewer'});
		expect(type(viewer, 'decide approved').lines).toEqual([expect.stringMatching(/^viewers cannot record/)]);
	});

	it('unknown words, empty lines and hostile input', () => {
		expect(parseCommand(index, '   ')).toEqual({kind: 'nothing'});
		expect(parseCommand(index, 'dance')).toEqual({kind: 'error', message: 'Unknown command “dance”; help lists the commands.'});
		const hostile = parseCommand(index, 'filter \u001B[2Jx\u001B]0;T\u0007');
		expect(JSON.stringify(hostile)).not.toMatch(/\\u001b/i);
		expect(parseCommand(index, 'QUIT')).toEqual({kind: 'quit'});
	});

	it('show reads the selected item unwrapped, then the positions', () => {
		const selected = type(initial(), 'item 1.02').state;
		const lines = showLines(selected);
		expect(lines[0]).toBe('Item PL 1.02 · Report on topic 2');
		expect(lines).toContain('4 positions on the item:');
		expect(lines).toContain('France: supports; Supports');
		expect(lines.at(-1)).toBe('End of item PL 1.02.');
		expect(lines.every(line => line === line.trim() && line !== '')).toBe(true);
		expect(helpLines()).toHaveLength(16);
	});
});

describe('the floor in line mode', () => {
	it('floor NAME gives the floor through the floor\'s rules; floor next and floor end are its keys; a viewer is refused', () => {
		const selected = type(initial(), 'current 1.02').state;
		expect(drafts(selected, 'floor France')).toMatchObject([{kind: 'record', draft: {kind: 'floor-give', payload: {item: 'item-2', delegation: 'fr'}}}]);
		expect(type(selected, 'floor Atlantis').lines[0]).toMatch(/^Unknown delegation "Atlantis"/);
		expect(parseCommand(index, 'floor next')).toEqual({kind: 'actions', actions: [{type: 'command', command: 'floor-next'}]});
		expect(parseCommand(index, 'floor end')).toEqual({kind: 'actions', actions: [{type: 'command', command: 'floor-end'}]});
		expect(parseCommand(index, 'floor')).toEqual({kind: 'floor'});
		expect(drafts(selected, 'floor add Egypt')).toMatchObject([{kind: 'record', draft: {payload: {delegation: 'eg'}}}]);
		const viewer = createInitialState(index, {size: {columns: 120, rows: 40}, now: 0, role: 'viewer'});
		expect(type(viewer, 'floor France').lines).toEqual([expect.stringMatching(/^viewers cannot record/)]);
	});
});

describe('announcements from the journal', () => {
	const base = initial();
	const records = (change: Partial<SessionRecords>): SessionRecords => ({...emptyRecords, ...change});

	it('a decision, a status, a position and the current item recorded elsewhere are each one line', () => {
		const next = lineReducer(base, {type: 'records-changed', records: records({
			decisions: new Map([['item-2', {on: 'item-2', outcome: 'approved', text: 'Approved.', at: 1}]]),
			statuses: new Map([['item-2', 'decided'], ['item-4', 'deferred']]),
			positions: [{id: 'x', delegation: 'fr', on: 'item-4', stance: 'opposes'}],
			currentItem: 'item-4',
		})});
		expect(announcements(base, next)).toEqual([
			'Decision recorded on item PL 1.02: approved',
			'Status of item PL 1.04: deferred',
			'Position of France on item PL 1.04: opposes',
			'Item PL 1.04 is now current: Report on topic 4',
		]);
	});

	it('an undone decision and position are said as withdrawn; the same records again say nothing', () => {
		const withDecision = lineReducer(base, {type: 'records-changed', records: records({
			decisions: new Map([['item-2', {on: 'item-2', outcome: 'approved', text: 'Approved.', at: 1}]]),
			positions: [{id: 'x', delegation: 'fr', on: 'item-4', stance: 'opposes'}],
		})});
		const again = lineReducer(withDecision, {type: 'records-changed', records: {...withDecision.records}});
		expect(announcements(withDecision, again)).toEqual([]);
		const undone = lineReducer(withDecision, {type: 'records-changed', records: emptyRecords});
		expect(announcements(withDecision, undone)).toEqual(['Decision on item PL 1.02 withdrawn (undone)', 'Position of France on item PL 1.04 withdrawn (undone)']);
	});
});
