import {describe, expect, it} from 'vitest';
import {fairness} from '../../source/journal/floor/fairness.js';
import {floorHeaderSegments, floorListLines, itemTimeText, type FloorView} from '../../source/features/floor/floor-lines.js';
import {foldFloor} from '../../source/journal/floor/queue.js';
import {lineText, lineWidth} from '../../source/format/line.js';
import {context, end, give, item, journal, request, start} from './fixture.js';

const view = (entries: ReturnType<typeof journal>['entries'], now: number): FloorView => ({...context(), state: foldFloor(entries, context()), now});
const text = (segments: ReturnType<typeof floorHeaderSegments>) => segments.map(part => part.text).join('');

describe('the header\'s floor', () => {
	const log = journal().add(request('cn')).add(request('mx')).add(give('br'));

	it('is empty when nobody has the floor and nobody waits', () => {
		expect(floorHeaderSegments(view([], start), item)).toEqual([]);
	});

	it('says who has the floor, for how long and the time left, at 0:10, 2:31 and 3:05', () => {
		expect(text(floorHeaderSegments(view(log.entries, start + 10_000), item))).toBe('Floor: Brazil 0:10 · 2:50 left · 2 waiting');
		expect(text(floorHeaderSegments(view(log.entries, start + 151_000), item))).toBe('Floor: Brazil 2:31 · 0:29 left (warning) · 2 waiting');
		const overtime = floorHeaderSegments(view(log.entries, start + 185_000), item);
		expect(text(overtime)).toBe('Floor: Brazil 3:05 · OVERTIME +0:05 · 2 waiting');
		expect(overtime.find(part => part.text.includes('OVERTIME'))?.tone).toBe('error');
	});

	it('marks a point of order, and says nobody when the list waits', () => {
		const poo = journal().add(request('eg', 'point-of-order')).add(give('eg'));
		expect(text(floorHeaderSegments(view(poo.entries, start), item))).toBe('Floor: مصر [point of order] 0:00 · 3:00 left');
		expect(text(floorHeaderSegments(view(journal().add(request('cn')).entries, start), item))).toBe('Floor: nobody · 1 waiting');
	});

	it('writes item time and the expected end', () => {
		expect(itemTimeText({item, spentMs: 750_000, plannedMs: 1_200_000, expectedEnd: new Date(2026, 5, 10, 17, 45).getTime(), pace: 1})).toBe('item 12:30 of 20:00 · ends ~17:45');
		expect(itemTimeText({item, spentMs: 5000, pace: 1})).toBe('item 0:05');
	});
});

describe('the floor overlay\'s lines', () => {
	it('lists the speakers in order with their marks, who spoke and how often, and time per delegation', () => {
		const log = journal()
			.add(give('ch'))
			.at(60)
			.add(end('ch'))
			.add(request('br'))
			.add(request('mx'))
			.add(request('cn'))
			.add(request('ru', 'reply'))
			.add(give('ch'))
			.at(100);
		const state = foldFloor(log.entries, context());
		const lines = floorListLines({...context(), state, now: log.now, item, itemLabel: '1 Implementation of the "One ITU" concept', cursor: 1, shares: fairness(state, log.now), width: 72});
		expect(lines.map(line => lineText(line))).toEqual([
			'Item 1 Implementation of the "One ITU" concept · list open              ',
			'Floor: Switzerland 0:40 · 2:20 left                                     ',
			'List of speakers: 4 waiting                                             ',
			'  1. Российская Федерация  councillor  [right of reply]                 ',
			'> 2. Brazil                councillor                                   ',
			'  3. 中国                  councillor                                   ',
			'  4. Mexico                observer                                     ',
			'Spoke on this item: Switzerland twice (1:40)                            ',
			'Time per delegation, whole session                                      ',
			'  Switzerland    2 interventions    1:40                                ',
		]);
		expect(lines.every(line => lineWidth(line) === 72)).toBe(true);
	});

	it('says when the list is closed and nobody has the floor', () => {
		const log = journal().add({type: 'close', item});
		const lines = floorListLines({...context(), state: foldFloor(log.entries, context()), now: start, item, itemLabel: '2 Budget', cursor: 0, shares: [], width: 40});
		expect(lines.map(line => lineText(line).trimEnd())).toEqual(['Item 2 Budget · list closed', 'Floor: nobody', 'List of speakers: empty']);
	});
});
