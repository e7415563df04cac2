import {describe, expect, it} from 'vitest';
import {describeEntry} from '../../source/journal/describe.js';
import {draftOfEvent} from '../../source/journal/floor/floor-payloads.js';
import type {FloorEvent} from '../../source/journal/floor/floor-events.js';
import {itemFloor} from '../../source/journal/floor/floor-state.js';
import {applyEntries, lastUndoable, replay} from '../../source/journal/replay.js';
import {journalEntry, type JournalEntry} from '../../source/journal/schema.js';
import {buildIndex} from '../../source/dataset/build-index.js';
import {end, floorDataset, give, item, request, start} from './fixture.js';

const dataset = await floorDataset();

/** Journal lines as the reader would validate them, one second apart. */
function lines() {
	let count = 0;
	const entries: JournalEntry[] = [];
	const push = (kind: string, payload: unknown) => {
		count++;
		const entry = journalEntry.parse({v: 1, id: `0000000${String(count).padStart(2, '0')}-${'a'.repeat(8)}`, time: new Date(start + count * 1000).toISOString(), author: {name: 'Chair', role: 'chair'}, kind, payload});
		entries.push(entry);
		return entry;
	};

	return {
		entries,
		floor: (event: FloorEvent) => push(draftOfEvent(event).kind, draftOfEvent(event).payload),
		undo: (entry: JournalEntry) => push('undo', {entry: entry.id}),
		current: (on: string) => push('current', {item: on}),
	};
}

const queue = (entries: readonly JournalEntry[]) => itemFloor(replay(dataset, entries).floor, item).queue.map(request => request.delegation);

describe('floor entries in the journal', () => {
	it('are journal lines of their own kinds, validated like the others', () => {
		const log = lines();
		log.floor(request('br', 'point-of-order'));
		expect(log.entries[0]).toMatchObject({kind: 'floor-request', payload: {item, delegation: 'br', request: 'point-of-order'}});
		expect(journalEntry.safeParse({...log.entries[0], payload: {item, delegation: 'br', request: 'shout'}}).success).toBe(false);
		expect(journalEntry.safeParse({...log.entries[0], kind: 'floor-move', payload: {item, delegation: 'br', by: 0}}).success).toBe(false);
		expect(journalEntry.safeParse({...log.entries[0], kind: 'floor-statement', payload: {item, delegation: 'br', text: '   '}}).success).toBe(false);
	});

	it('replay to the list, the speaker, the speeches and the statements', () => {
		const log = lines();
		log.floor(request('mx'));
		log.floor(request('br'));
		log.floor(give('br'));
		log.floor({type: 'statement', item, delegation: 'br', text: 'supported proposal 1', stance: 'supports'});
		const records = replay(dataset, log.entries);
		expect(itemFloor(records.floor, item).queue.map(request => request.delegation)).toEqual(['mx']);
		expect(records.speeches).toEqual([{delegation: 'br', item, start: start + 3000}]);
		expect(records.statements).toEqual([{entryId: log.entries[3]!.id, at: start + 4000, time: log.entries[3]!.time, author: {name: 'Chair', role: 'chair'}, item, delegation: 'br', text: 'supported proposal 1', stance: 'supports'}]);
		// The stance is recorded as the delegation's position, the statement as its note.
		expect(records.positionsOn.get(item)).toContainEqual(expect.objectContaining({delegation: 'br', stance: 'supports', note: 'supported proposal 1'}));
	});

	it('names what the dataset lacks as ignored, as other kinds do', () => {
		const log = lines();
		log.floor(request('zz'));
		log.floor({type: 'close', item: 'no-such-item'});
		expect(replay(dataset, log.entries).ignored.map(ignored => ignored.reason)).toEqual(['no delegation "zz" in the dataset', 'no agenda item "no-such-item" in the dataset']);
	});

	it('are described in words for council log and the undo question', () => {
		const log = lines();
		const index = buildIndex(dataset);
		expect(describeEntry(log.floor(request('cn', 'reply')), index)).toBe('China asks for a right of reply on item 1 Implementation of the "One ITU" concept');
		expect(describeEntry(log.floor(give('cn')), index)).toBe('floor given to China on item 1 Implementation of the "One ITU" concept');
		expect(describeEntry(log.floor({type: 'move', item, delegation: 'cn', by: -2}), index)).toBe('China moved up 2 places on the list on item 1 Implementation of the "One ITU" concept');
	});
});

describe('undo of each floor entry, through the journal', () => {
	it('undoes a request, a withdrawal, a move and a close', () => {
		const log = lines();
		const mx = log.floor(request('mx'));
		log.floor(request('br'));
		const ch = log.floor(request('ch'));
		const move = log.floor({type: 'move', item, delegation: 'ch', by: -1});
		expect(queue(log.entries)).toEqual(['ch', 'br', 'mx']);
		log.undo(move);
		expect(queue(log.entries)).toEqual(['br', 'ch', 'mx']);
		log.undo(mx);
		expect(queue(log.entries)).toEqual(['br', 'ch']);
		const withdraw = log.floor({type: 'withdraw', item, delegation: 'br'});
		expect(queue(log.entries)).toEqual(['ch']);
		log.undo(withdraw);
		expect(queue(log.entries)).toEqual(['br', 'ch']);
		const close = log.floor({type: 'close', item});
		expect(itemFloor(replay(dataset, log.entries).floor, item).isClosed).toBe(true);
		const undoClose = log.undo(close);
		expect(itemFloor(replay(dataset, log.entries).floor, item).isClosed).toBe(false);
		// Undoing the undo closes it again.
		log.undo(undoClose);
		expect(itemFloor(replay(dataset, log.entries).floor, item).isClosed).toBe(true);
		expect(ch.kind).toBe('floor-request');
	});

	it('undoes giving and ending the floor, an open, and a statement with the position it set', () => {
		const log = lines();
		log.floor(request('br'));
		const gave = log.floor(give('br'));
		const ended = log.floor(end('br'));
		log.undo(ended);
		expect(replay(dataset, log.entries).floor.speaker).toMatchObject({delegation: 'br', start: start + 2000});
		log.undo(gave);
		const records = replay(dataset, log.entries);
		expect(records.floor.speaker).toBeUndefined();
		expect(itemFloor(records.floor, item).queue.map(request => request.delegation)).toEqual(['br']);
		const close = log.floor({type: 'close', item});
		const open = log.floor({type: 'open', item});
		log.undo(open);
		expect(itemFloor(replay(dataset, log.entries).floor, item).isClosed).toBe(true);
		expect(close.kind).toBe('floor-close');
		const said = log.floor({type: 'statement', item, delegation: 'cn', text: 'opposed', stance: 'opposes'});
		expect(replay(dataset, log.entries).positionsOn.get(item)).toContainEqual(expect.objectContaining({delegation: 'cn', stance: 'opposes'}));
		log.undo(said);
		const after = replay(dataset, log.entries);
		expect(after.statements).toEqual([]);
		expect(after.positionsOn.get(item) ?? []).not.toContainEqual(expect.objectContaining({delegation: 'cn'}));
	});

	it('undoes a plan: the dataset\'s plan is back', () => {
		const log = lines();
		const plan = log.floor({type: 'plan', item, minutes: 40});
		log.floor({type: 'plan', item, minutes: 50});
		expect(replay(dataset, log.entries).floor.plans.get(item)).toBe(50);
		log.undo(log.entries[1]!);
		expect(replay(dataset, log.entries).floor.plans.get(item)).toBe(40);
		log.undo(plan);
		expect(replay(dataset, log.entries).floor.plans.has(item)).toBe(false);
	});

	it('lets u pick the latest floor entry', () => {
		const log = lines();
		log.floor(request('br'));
		const gave = log.floor(give('br'));
		log.current('item-2');
		expect(lastUndoable(replay(dataset, log.entries))?.id).toBe(gave.id);
	});

	it('gives the same floor applied entry by entry as replayed at once', () => {
		const log = lines();
		log.floor(request('br'));
		log.floor(request('mx'));
		const gave = log.floor(give('br'));
		log.floor({type: 'statement', item, delegation: 'br', text: 'first'});
		log.undo(gave);
		log.floor(give('mx'));
		let records = replay(dataset, []);
		for (const entry of log.entries) {
			records = applyEntries(records, [entry]);
		}

		const whole = replay(dataset, log.entries);
		expect(records.floor).toEqual(whole.floor);
		expect(records.speeches).toEqual([{delegation: 'mx', item, start: start + 6000}]);
	});

	it('keeps the moves of the current item, with their times, for item time', () => {
		const log = lines();
		log.current(item);
		const moved = log.current('item-2');
		log.undo(moved);
		log.current('item-2');
		expect(replay(dataset, log.entries).currentChanges).toEqual([{item, at: start + 1000}, {item: 'item-2', at: start + 4000}]);
	});
});

describe('statements in the minutes', () => {
	it('are the numbered paragraphs of their item, in speaking order, in Markdown and JSON, with the speaking time', async () => {
		const {buildRecord} = await import('../../source/minutes/build-record.js');
		const {factsFromJournal} = await import('../../source/minutes/record-facts.js');
		const {recordMarkdown} = await import('../../source/minutes/record-markdown.js');
		const log = lines();
		log.floor(give('br'));
		log.floor(give('mx'));
		log.floor({type: 'statement', item, delegation: 'mx', text: 'asked about observers; welcomed the report', stance: 'supports'});
		log.floor({type: 'statement', item, delegation: 'br', text: 'Supported proposal 1; asked for a cost estimate'});
		const index = buildIndex(dataset);
		const recordOf = (entries: typeof log.entries) => {
			const records = replay(dataset, entries);
			const built = buildRecord(index, factsFromJournal(index, entries, records, {skippedLines: 0, statements: records.statements}), {timeZone: 'UTC'});
			if (!built.ok) {
				throw new Error(built.message);
			}

			return built.record;
		};

		const record = recordOf(log.entries);
		const statements = record.items[0]?.paragraphs.filter(paragraph => paragraph.kind === 'statement');
		expect(statements?.map(paragraph => paragraph.text)).toEqual([
			'The councillor from Brazil supported proposal 1 and asked for a cost estimate.',
			'The observer from Mexico asked about observers and welcomed the report.',
		]);
		expect(record.items[0]?.speeches[1]).toMatchObject({creator: 'Mexico', role: 'observer', stance: 'supports', entry: log.entries[2]!.id});
		// Speaking time per delegation, the speech still going on counted up to the journal's last entry.
		expect(record.speakingTime).toEqual([
			{delegation: 'Mexico', interventions: 1, seconds: Math.floor((log.entries.at(-1)!.time === undefined ? 0 : Date.parse(log.entries.at(-1)!.time) - Date.parse(log.entries[1]!.time)) / 1000)},
			{delegation: 'Brazil', interventions: 1, seconds: 1},
		]);
		expect(recordMarkdown(record)).toMatch(/## Speaking time\n\n- Mexico: 1 intervention, 0:0\d\n- Brazil: 1 intervention, 0:01\n/);
		expect(recordOf([]).speakingTime).toEqual([]);
		expect(recordMarkdown(record)).toContain(`${statements?.[0]?.number} The councillor from Brazil supported proposal 1 and asked for a cost estimate.\n`);
	});
});
