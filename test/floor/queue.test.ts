import {describe, expect, it} from 'vitest';
import type {FloorEntry} from '../../source/journal/floor/floor-events.js';
import {itemFloor, spokenOn} from '../../source/journal/floor/floor-state.js';
import {foldFloor, rulesView} from '../../source/journal/floor/queue.js';
import {floorRejection} from '../../source/journal/floor/rules.js';
import {context, end, give, item, journal, request} from './fixture.js';

const queueOf = (entries: readonly FloorEntry[], ctx = context()) => itemFloor(foldFloor(entries, ctx), item).queue.map(entry => `${entry.delegation}${entry.kind === 'speak' ? '' : `:${entry.kind}`}`);

/** The state with every entry but the one named: what undoing it leaves. */
const without = (entries: readonly FloorEntry[], entryId: string) => entries.filter(entry => entry.entryId !== entryId);

describe('the list of speakers', () => {
	it('keeps the order of the requests', () => {
		const {entries} = journal().add(request('br')).add(request('cn')).add(request('ch'));
		expect(queueOf(entries)).toEqual(['br', 'cn', 'ch']);
	});

	it('puts observers after every councillor, even councillors asking later', () => {
		const {entries} = journal().add(request('mx')).add(request('br')).add(request('va')).add(request('cn'));
		expect(queueOf(entries)).toEqual(['br', 'cn', 'mx', 'va']);
	});

	it('keeps the order of asking when councillors-first is off', () => {
		const {entries} = journal().add(request('mx')).add(request('br')).add(request('va')).add(request('cn'));
		expect(queueOf(entries, context({councillorsFirst: false}))).toEqual(['mx', 'br', 'va', 'cn']);
	});

	it('takes a point of order at once, before a right of reply, both marked', () => {
		const {entries} = journal().add(request('br')).add(request('mx')).add(request('cn', 'reply')).add(request('ch', 'point-of-order')).add(request('eg', 'point-of-order'));
		expect(queueOf(entries)).toEqual(['ch:point-of-order', 'eg:point-of-order', 'cn:reply', 'br', 'mx']);
	});

	it('refuses a second request from a delegation already on the list, but not its point of order', () => {
		const {entries} = journal().add(request('br')).add(request('br')).add(request('br', 'point-of-order'));
		const state = foldFloor(entries, context());
		expect(queueOf(entries)).toEqual(['br:point-of-order', 'br']);
		expect(state.skipped).toEqual([{entryId: 'e2', reason: 'Brazil is already on the list with a request to speak'}]);
	});

	it('holds an observer to one intervention per item when the session says so', () => {
		const log = journal().add(request('mx')).add(give('mx')).at(60).add(end('mx')).add(request('mx'));
		const state = foldFloor(log.entries, context());
		expect(itemFloor(state, item).queue).toEqual([]);
		expect(state.skipped).toEqual([{entryId: 'e4', reason: 'Mexico is an observer and has already spoken on this item (observers speak once per item)'}]);
		// On another item, and with a point of order, it may still ask.
		const later = journal();
		later.entries.push(...log.entries);
		later.add(request('mx', 'speak', 'item-2')).add(request('mx', 'point-of-order'));
		const after = foldFloor(later.entries, context());
		expect(itemFloor(after, 'item-2').queue.map(entry => entry.delegation)).toEqual(['mx']);
		expect(itemFloor(after, item).queue.map(entry => entry.kind)).toEqual(['point-of-order']);
	});

	it('lets an observer speak again when observers-once is off, and a councillor always', () => {
		const {entries} = journal().add(request('mx')).add(give('mx')).add(request('mx')).add(request('br')).add(give('br')).add(request('br'));
		expect(queueOf(entries, context({observersOnce: false}))).toEqual(['br', 'mx']);
		expect(queueOf(entries)).toEqual(['br']);
	});

	it('moves a request up and down within its place, never across a point of order or before a councillor', () => {
		const log = journal().add(request('br')).add(request('cn')).add(request('ch')).add(request('mx')).add(request('va')).add(request('eg', 'point-of-order'));
		log.add({type: 'move', item, delegation: 'ch', by: -1});
		expect(queueOf(log.entries)).toEqual(['eg:point-of-order', 'br', 'ch', 'cn', 'mx', 'va']);
		log.add({type: 'move', item, delegation: 'ch', by: -5});
		expect(queueOf(log.entries)).toEqual(['eg:point-of-order', 'ch', 'br', 'cn', 'mx', 'va']);
		log.add({type: 'move', item, delegation: 'br', by: 1});
		expect(queueOf(log.entries)).toEqual(['eg:point-of-order', 'ch', 'cn', 'br', 'mx', 'va']);
		// br is the last councillor, mx the first observer: neither crosses.
		log.add({type: 'move', item, delegation: 'br', by: 1}).add({type: 'move', item, delegation: 'mx', by: -1});
		expect(queueOf(log.entries)).toEqual(['eg:point-of-order', 'ch', 'cn', 'br', 'mx', 'va']);
		expect(foldFloor(log.entries, context()).skipped.map(skip => skip.reason)).toEqual([
			'Brazil cannot move down: last of its place on the list',
			'Mexico cannot move up: first of its place on the list',
		]);
	});

	it('removes a request (withdrawn or removed by the chair), and refuses one not on the list', () => {
		const {entries} = journal().add(request('br')).add(request('cn')).add({type: 'withdraw', item, delegation: 'br'}).add({type: 'withdraw', item, delegation: 'br'});
		const state = foldFloor(entries, context());
		expect(queueOf(entries)).toEqual(['cn']);
		expect(state.skipped).toEqual([{entryId: 'e4', reason: 'Brazil is not on the list of speakers'}]);
	});

	it('closes the list to requests to speak, not to points of order or rights of reply, and reopens it', () => {
		const log = journal().add(request('br')).add({type: 'close', item}).add(request('cn')).add(request('ch', 'reply')).add(request('eg', 'point-of-order'));
		const state = foldFloor(log.entries, context());
		expect(itemFloor(state, item).isClosed).toBe(true);
		expect(queueOf(log.entries)).toEqual(['eg:point-of-order', 'ch:reply', 'br']);
		expect(state.skipped).toEqual([{entryId: 'e3', reason: 'the list of speakers is closed (a point of order or a right of reply may still be asked)'}]);
		log.add({type: 'open', item}).add(request('cn'));
		expect(queueOf(log.entries)).toEqual(['eg:point-of-order', 'ch:reply', 'br', 'cn']);
		expect(floorRejection(rulesView(foldFloor(log.entries, context())), {type: 'open', item}, context())).toBe('the list of speakers is already open');
	});

	it('keeps each item its own list', () => {
		const {entries} = journal().add(request('br')).add(request('cn', 'speak', 'item-2'));
		const state = foldFloor(entries, context());
		expect(itemFloor(state, item).queue.map(entry => entry.delegation)).toEqual(['br']);
		expect(itemFloor(state, 'item-2').queue.map(entry => entry.delegation)).toEqual(['cn']);
		expect(itemFloor(state, 'item-3')).toEqual({item: 'item-3', queue: [], isClosed: false});
	});
});

describe('giving the floor', () => {
	it('takes the speaker off the list, keeps what it asked for, and ends the previous speech', () => {
		const log = journal().add(request('br')).add(request('cn', 'reply')).at(5).add(give('cn')).at(65).add(give('br'));
		const state = foldFloor(log.entries, context());
		expect(itemFloor(state, item).queue).toEqual([]);
		expect(state.speeches).toEqual([
			{entryId: 'e3', item, delegation: 'cn', kind: 'reply', start: log.entries[2]!.at, end: log.entries[3]!.at},
			{entryId: 'e4', item, delegation: 'br', kind: 'speak', start: log.entries[3]!.at},
		]);
		expect(state.speaker?.delegation).toBe('br');
	});

	it('gives the floor to a delegation that did not ask (chosen by the chair)', () => {
		const state = foldFloor(journal().add(request('br')).add(give('ch')).entries, context());
		expect(state.speaker).toMatchObject({delegation: 'ch', kind: 'speak'});
		expect(itemFloor(state, item).queue.map(entry => entry.delegation)).toEqual(['br']);
	});

	it('ends the floor only for the delegation that has it', () => {
		const log = journal().add(give('br')).at(30).add(end('cn')).add(end('br')).add(end('br'));
		const state = foldFloor(log.entries, context());
		expect(state.speaker).toBeUndefined();
		expect(state.speeches[0]?.end).toBe(log.entries[2]!.at);
		expect(state.skipped.map(skip => skip.reason)).toEqual(['中国 does not have the floor (Brazil has)', 'nobody has the floor']);
	});

	it('counts who spoke on an item and how often', () => {
		const {entries} = journal().add(give('br')).add(give('cn')).add(give('br')).add(give('mx', 'item-2'));
		expect([...spokenOn(foldFloor(entries, context()), item)]).toEqual([['br', 2], ['cn', 1]]);
	});

	it('refuses to give the floor to the delegation that already has it', () => {
		const state = foldFloor(journal().add(give('br')).entries, context());
		expect(floorRejection(rulesView(state), give('br'), context())).toBe('Brazil already has the floor');
		expect(floorRejection(rulesView(state), give('br', 'item-2'), context())).toBeUndefined();
	});
});

describe('undo of each floor action (the fold without the undone entry)', () => {
	const log = journal()
		.add(request('br')) // e1
		.add(request('mx')) // e2
		.add(request('ch')) // e3
		.add({type: 'move', item, delegation: 'ch', by: -1}) // e4
		.add({type: 'withdraw', item, delegation: 'br'}) // e5
		.at(10)
		.add(give('ch')) // e6
		.at(70)
		.add(end('ch')) // e7
		.add({type: 'close', item}) // e8
		.add({type: 'open', item}) // e9
		.add(request('cn')) // e10
		.add({type: 'statement', item, delegation: 'ch', text: 'supported proposal 1'}); // e11
	const fold = (entryId: string) => foldFloor(without(log.entries, entryId), context());

	it('has the state the whole journal gives', () => {
		const state = foldFloor(log.entries, context());
		expect(queueOf(log.entries)).toEqual(['cn', 'mx']);
		expect(state.speaker).toBeUndefined();
		expect(state.statements.map(statement => statement.entryId)).toEqual(['e11']);
	});

	it('undoes a request', () => {
		expect(queueOf(without(log.entries, 'e2'))).toEqual(['cn']);
	});

	it('undoes a move', () => {
		expect(queueOf(without(log.entries, 'e6'))).toEqual(['ch', 'cn', 'mx']);
		// Without the move, br stays ahead of ch: withdrawn, then ch has the floor as before.
		expect(queueOf(without(without(log.entries, 'e4'), 'e5'))).toEqual(['br', 'cn', 'mx']);
		const list = journal().add(request('br')).add(request('ch')).add(request('cn')).add({type: 'move', item, delegation: 'cn', by: -2});
		expect(queueOf(list.entries)).toEqual(['cn', 'br', 'ch']);
		expect(queueOf(without(list.entries, 'e4'))).toEqual(['br', 'ch', 'cn']);
	});

	it('undoes a withdrawal', () => {
		expect(queueOf(without(log.entries, 'e5'))).toEqual(['br', 'cn', 'mx']);
	});

	it('undoes giving the floor: the speaker is back on the list, in its place', () => {
		const state = fold('e6');
		expect(state.speeches).toEqual([]);
		expect(itemFloor(state, item).queue.map(entry => entry.delegation)).toEqual(['ch', 'cn', 'mx']);
		expect(state.skipped.map(skip => skip.entryId)).toEqual(['e7']);
	});

	it('undoes ending the floor: the clock runs on from the recorded start', () => {
		const state = fold('e7');
		expect(state.speaker).toMatchObject({delegation: 'ch', start: log.entries[5]!.at});
		expect(state.speaker?.end).toBeUndefined();
	});

	it('undoes closing and opening the list', () => {
		expect(itemFloor(fold('e9'), item).isClosed).toBe(true);
		expect(itemFloor(foldFloor(without(without(log.entries, 'e8'), 'e9'), context()), item).isClosed).toBe(false);
		expect(fold('e8').skipped.map(skip => skip.reason)).toEqual(['the list of speakers is already open']);
	});

	it('undoes a statement', () => {
		expect(fold('e11').statements).toEqual([]);
	});
});
