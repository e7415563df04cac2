import {describe, expect, it} from 'vitest';
import type {FloorEntry} from '../../source/journal/floor/floor-events.js';
import {floorContextOf} from '../../source/journal/floor/floor-records.js';
import {floorFormKey} from '../../source/features/floor/floor-form-keys.js';
import {floorCommand, floorOverlay, floorPaneCommand, floorRecorded, pickerForm, type FloorOverlay, type FloorWorld} from '../../source/features/floor/floor-overlay.js';
import {foldFloor} from '../../source/journal/floor/queue.js';
import {end, floorDataset, give, item, journal, request} from './fixture.js';

const dataset = await floorDataset();
const context = floorContextOf(dataset);
const world = (entries: readonly FloorEntry[] = []): FloorWorld => ({dataset, context, floor: foldFloor(entries, context)});

/** Types each character as its own key press. */
function type(overlay: FloorOverlay, text: string, at: FloorWorld): FloorOverlay {
	let current = overlay;
	for (const character of text) {
		current = floorFormKey(current, 'text', character, at).overlay!;
	}

	return current;
}

describe('the speaker picker', () => {
	it('finds a delegation by part of a name in any language and asks for the floor for it', () => {
		const picker = type(floorOverlay(item, pickerForm()), '中', world());
		const step = floorFormKey(picker, 'accept', '', world());
		expect(step.event).toEqual({type: 'request', item, delegation: 'cn', kind: 'speak'});
		expect(step.overlay?.phase).toEqual({kind: 'saving'});
		// Opened from a pane, the overlay closes once saved.
		expect(floorRecorded(step.overlay!, {ok: true, message: 'saved'})).toBeUndefined();
	});

	it('cycles to a point of order and a right of reply with Tab, and moves among matches', () => {
		let picker = type(floorOverlay(item, pickerForm()), 's', world());
		picker = floorFormKey(picker, 'next-field', '', world()).overlay!;
		picker = floorFormKey(picker, 'down', '', world()).overlay!;
		const step = floorFormKey(picker, 'accept', '', world());
		expect(step.event).toMatchObject({type: 'request', kind: 'point-of-order'});
		expect(floorFormKey(floorFormKey(picker, 'next-field', '', world()).overlay!, 'accept', '', world()).event).toMatchObject({kind: 'reply'});
	});

	it('refuses, in the form, what the rules refuse, and keeps what was typed', () => {
		const spoke = journal().add(request('mx')).add(give('mx')).add(end('mx'));
		const picker = type(floorOverlay(item, pickerForm()), 'mexi', world(spoke.entries));
		const step = floorFormKey(picker, 'accept', '', world(spoke.entries));
		expect(step.event).toBeUndefined();
		expect(step.overlay?.phase).toEqual({kind: 'failed', message: 'Mexico is an observer and has already spoken on this item (observers speak once per item)'});
		expect(step.overlay?.form).toMatchObject({query: 'mexi'});
		expect(floorFormKey(type(floorOverlay(item, pickerForm()), 'zz', world()), 'accept', '', world()).overlay?.phase).toEqual({kind: 'failed', message: 'No delegation matches “zz”'});
	});

	it('keeps a failed write open with its error', () => {
		const picker = floorFormKey(type(floorOverlay(item, pickerForm()), 'bra', world()), 'accept', '', world()).overlay!;
		expect(floorRecorded(picker, {ok: false, message: 'could not write: disk full'})).toMatchObject({form: {query: 'bra'}, phase: {kind: 'failed', message: 'could not write: disk full'}});
	});
});

describe('the statement form', () => {
	it('is about the speaker, takes one line and an optional stance', () => {
		const log = journal().add(give('br'));
		const opened = floorCommand(floorOverlay(item), 'floor-statement', world(log.entries)).overlay!;
		expect(opened.form).toMatchObject({kind: 'statement', delegation: 'br'});
		let form = type(opened, 'supported proposal 1; asked for a cost estimatex', world(log.entries));
		form = floorFormKey(form, 'backspace', '', world(log.entries)).overlay!;
		form = floorFormKey(form, 'next-field', '', world(log.entries)).overlay!;
		form = floorFormKey(form, 'text', '1', world(log.entries)).overlay!;
		const step = floorFormKey(form, 'accept', '', world(log.entries));
		expect(step.event).toEqual({type: 'statement', item, delegation: 'br', text: 'supported proposal 1; asked for a cost estimate', stance: 'supports'});
		// Opened from the list, saving returns to the list.
		expect(floorRecorded(step.overlay!, {ok: true, message: 'saved'})).toMatchObject({form: undefined, phase: {kind: 'editing'}});
	});

	it('takes a stance by its first letter, and 0 clears it', () => {
		const log = journal().add(give('br'));
		let form = floorCommand(floorOverlay(item), 'floor-statement', world(log.entries)).overlay!;
		form = type(form, 'raised concerns', world(log.entries));
		form = floorFormKey(form, 'next-field', '', world(log.entries)).overlay!;
		form = floorFormKey(form, 'text', 'r', world(log.entries)).overlay!;
		expect(form.form).toMatchObject({stance: 'reservation'});
		form = floorFormKey(form, 'text', '0', world(log.entries)).overlay!;
		expect(floorFormKey(form, 'accept', '', world(log.entries)).event).toEqual({type: 'statement', item, delegation: 'br', text: 'raised concerns'});
	});

	it('needs someone who spoke, and some text', () => {
		expect(floorCommand(floorOverlay(item), 'floor-statement', world()).notice).toBe('Nobody has spoken on this item yet: give the floor first (Enter, or n for the next speaker)');
		const log = journal().add(give('br')).add(end('br'));
		const form = floorCommand(floorOverlay(item), 'floor-statement', world(log.entries)).overlay!;
		expect(form.form).toMatchObject({delegation: 'br'});
		expect(floorFormKey(form, 'accept', '', world(log.entries)).overlay?.phase).toEqual({kind: 'failed', message: 'Type what the delegation said, then Enter'});
	});

	it('strips control characters typed or pasted', () => {
		const log = journal().add(give('br'));
		const form = floorFormKey(floorCommand(floorOverlay(item), 'floor-statement', world(log.entries)).overlay!, 'text', 'said \u001B[2Jhi\u0007', world(log.entries)).overlay!;
		expect(form.form).toMatchObject({text: 'said hi'});
	});
});

describe('the list\'s commands', () => {
	const log = journal().add(request('br')).add(request('cn')).add(request('ch'));

	it('gives the floor to the next speaker or to the one under the cursor', () => {
		expect(floorCommand(floorOverlay(item), 'floor-next', world(log.entries)).event).toEqual({type: 'give', item, delegation: 'br'});
		const down = floorCommand(floorOverlay(item), 'move-down', world(log.entries)).overlay!;
		expect(floorCommand(down, 'floor-give', world(log.entries)).event).toEqual({type: 'give', item, delegation: 'cn'});
	});

	it('moves the request under the cursor, the cursor with it, and removes it', () => {
		const step = floorCommand(floorOverlay(item), 'floor-move-down', world(log.entries));
		expect(step.event).toEqual({type: 'move', item, delegation: 'br', by: 1});
		expect(step.overlay?.cursor).toBe(1);
		expect(floorCommand(floorOverlay(item), 'floor-move-up', world(log.entries)).notice).toBe('Brazil cannot move up: first of its place on the list');
		expect(floorCommand(floorOverlay(item), 'floor-remove', world(log.entries)).event).toEqual({type: 'withdraw', item, delegation: 'br'});
	});

	it('closes and reopens the list, and ends the floor', () => {
		expect(floorCommand(floorOverlay(item), 'floor-close-open', world(log.entries)).event).toEqual({type: 'close', item});
		const closed = journal().add({type: 'close', item});
		expect(floorCommand(floorOverlay(item), 'floor-close-open', world(closed.entries)).event).toEqual({type: 'open', item});
		expect(floorCommand(floorOverlay(item), 'floor-end', world(journal().add(give('cn', 'item-2')).entries)).event).toEqual({type: 'end', item: 'item-2', delegation: 'cn'});
		expect(floorCommand(floorOverlay(item), 'floor-end', world()).notice).toBe('Nobody has the floor');
	});

	it('m sets the item\'s planned minutes, digits only, prefilled with the plan in effect', () => {
		let form = floorCommand(floorOverlay(item), 'floor-plan', world()).overlay!;
		expect(form.form).toEqual({kind: 'plan', text: ''});
		form = type(form, '4x5', world());
		expect(floorFormKey(form, 'accept', '', world()).event).toEqual({type: 'plan', item, minutes: 45});
		expect(floorFormKey(floorCommand(floorOverlay(item), 'floor-plan', world()).overlay!, 'accept', '', world()).overlay?.phase).toEqual({kind: 'failed', message: 'Type the planned minutes (1 to 1440), then Enter'});
		const planned = journal().add({type: 'plan', item, minutes: 30});
		expect(floorCommand(floorOverlay(item), 'floor-plan', world(planned.entries)).overlay?.form).toEqual({kind: 'plan', text: '30'});
	});

	it('in a pane, records at once without opening the overlay, and says why not', () => {
		expect(floorPaneCommand(item, 'floor-next', world(log.entries))).toEqual({overlay: undefined, event: {type: 'give', item, delegation: 'br'}});
		expect(floorPaneCommand(item, 'floor-next', world())).toEqual({overlay: undefined, notice: 'The list of speakers is empty (a adds a speaker)'});
		expect(floorPaneCommand(item, 'floor-add', world()).overlay).toMatchObject({isListShown: false, form: {kind: 'picker'}});
	});
});

describe('the overlay drawn', () => {
	it('keeps the cursor in view on a long list, at the width and height asked', async () => {
		const {floorOverlayLines} = await import('../../source/features/floor/floor-overlay-lines.js');
		const {buildIndex} = await import('../../source/dataset/build-index.js');
		const {lineText, lineWidth} = await import('../../source/format/line.js');
		const many = await floorDataset({delegations: Array.from({length: 60}, (_, number) => ({id: `d${number + 1}`, kind: 'member-state', name: `Delegation ${number + 1}`}))});
		const log = journal();
		for (let number = 1; number <= 60; number++) {
			log.add(request(`d${number}`));
		}

		const manyContext = floorContextOf(many);
		const at = {dataset: many, context: manyContext, floor: foldFloor(log.entries, manyContext)};
		const lines = floorOverlayLines({...floorOverlay(item), cursor: 50}, at, buildIndex(many), log.now, 60, 12);
		expect(lines).toHaveLength(12);
		expect(lines.every(line => lineWidth(line) === 60)).toBe(true);
		const text = lines.map(line => lineText(line).trimEnd());
		expect(text.slice(0, 4)).toEqual(['──[ Floor ]─────────────────────────────────────────────────', 'Item 1 Implementation of the "One ITU" concept · list open', 'Floor: nobody', 'List of speakers: 60 waiting']);
		// The rows scroll so that the cursor's is the last one shown.
		expect(text.slice(4)).toEqual(['  44. Delegation 44  councillor', '  45. Delegation 45  councillor', '  46. Delegation 46  councillor', '  47. Delegation 47  councillor', '  48. Delegation 48  councillor', '  49. Delegation 49  councillor', '  50. Delegation 50  councillor', '> 51. Delegation 51  councillor']);
	});
});
