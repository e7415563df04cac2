import {stripVTControlCharacters} from 'node:util';
import {cleanup, render} from 'ink-testing-library';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {App} from '../../source/ui/app.js';
import {buildIndex} from '../../source/dataset/build-index.js';
import {draftOfEvent} from '../../source/journal/floor/floor-payloads.js';
import type {FloorEvent} from '../../source/journal/floor/floor-events.js';
import {replay} from '../../source/journal/replay.js';
import {journalEntry, type JournalEntry} from '../../source/journal/schema.js';
import {renderDashboard, tick} from '../ui/dashboard-harness.js';
import {floorDataset, give, item, request, start} from './fixture.js';

/*
Frames of the real dashboard (ink-testing-library's way: the App rendered into
a fake terminal, the frame compared as text) with a speaker at 0:10, 2:31
(warning) and 3:05 (overtime): the header of every screen and the floor overlay.
*/

beforeAll(() => {
	process.env['TZ'] = 'UTC';
});

const dataset = await floorDataset();
const index = buildIndex(dataset);

function entries(...extra: FloorEvent[]): JournalEntry[] {
	let count = 0;
	const entry = (kind: string, payload: unknown, at: number) => journalEntry.parse({v: 1, id: `0000000${String(++count).padStart(2, '0')}-${'b'.repeat(8)}`, time: new Date(at).toISOString(), author: {name: 'Chair', role: 'chair'}, kind, payload});
	const floor = (event: FloorEvent, at: number) => entry(draftOfEvent(event).kind, draftOfEvent(event).payload, at);
	return [
		entry('current', {item}, start - 600_000),
		floor(request('cn'), start - 60_000),
		floor(request('mx'), start - 50_000),
		floor(request('eg', 'point-of-order'), start - 40_000),
		floor(request('br'), start - 30_000),
		floor(give('br'), start),
		...extra.map((event, offset) => floor(event, start + offset + 1)),
	];
}

const records = replay(dataset, entries());

async function frameAt(seconds: number, ...keys: string[]) {
	const dashboard = await renderDashboard(index, {columns: 100, rows: 30, now: start + seconds * 1000, records});
	await dashboard.press(...keys);
	const frame = dashboard.frame().split('\n');
	dashboard.unmount();
	return frame;
}

describe('the header with a speaker', () => {
	it('at 0:10: who, for how long, the time left', async () => {
		expect((await frameAt(10)).slice(0, 3)).toEqual([
			'ITU Council · Council 2026',
			'09:00:10 UTC · elapsed 0:10:10 · item 10:10 · current: * 1 Implementation of the "One ITU" concept',
			'Floor: Brazil 0:10 · 2:50 left · 3 waiting | ○ 2 pending · ◐ 0 under consideration · ● 0 decided · …',
		]);
	});

	it('at 2:31: the warning in words', async () => {
		expect((await frameAt(151))[2]).toBe('Floor: Brazil 2:31 · 0:29 left (warning) · 3 waiting | ○ 2 pending · ◐ 0 under consideration · ● 0 …');
	});

	it('at 3:05: overtime, unmistakable without colour', async () => {
		expect((await frameAt(185))[2]).toBe('Floor: Brazil 3:05 · OVERTIME +0:05 · 3 waiting | ○ 2 pending · ◐ 0 under consideration · ● 0 decid…');
	});
});

describe('the one-line header of a narrow terminal', () => {
	it('keeps the warning and the overtime, before anything it may cut', async () => {
		for (const [seconds, expected] of [
			[10, '09:00:10 Floor: Brazil 0:10 ○2 ◐0 ●0 »0 * 1 Implementation …'],
			[151, '09:02:31 Floor: Brazil 2:31 (warning) ○2 ◐0 ●0 »0 * 1 Imple…'],
			[185, '09:03:05 Floor: Brazil 3:05 OVERTIME +0:05 ○2 ◐0 ●0 »0 * 1 …'],
		] as const) {
			const dashboard = await renderDashboard(index, {columns: 60, rows: 20, now: start + seconds * 1000, records});
			expect(dashboard.frame().split('\n')[0]).toBe(expected);
			dashboard.unmount();
		}
	});
});

describe('item time in the header', () => {
	it('gives the time on the current item against the plan the chair set, and the expected end', async () => {
		const dashboard = await renderDashboard(index, {columns: 100, rows: 30, now: start + 10_000, records: replay(dataset, entries({type: 'plan', item, minutes: 20}))});
		expect(dashboard.frame().split('\n')[1]).toBe('09:00:10 UTC · elapsed 0:10:10 · item 10:10 of 20:00 · ends ~09:10 · current: * 1 Implementation of…');
		dashboard.unmount();
	});
});

describe('the floor overlay', () => {
	it('lists the speakers, points of order first and observers last, with the clock', async () => {
		const frame = await frameAt(151, 'f');
		expect(frame.slice(3, 14)).toEqual([
			'──[ Floor ]─────────────────────────────────────────────────────────────────────────────────────────',
			'Item 1 Implementation of the "One ITU" concept · list open',
			'Floor: Brazil 2:31 · 0:29 left (warning)',
			'List of speakers: 3 waiting',
			'> 1. Egypt   councillor  [point of order]',
			'  2. China   councillor',
			'  3. Mexico  observer',
			'Spoke on this item: Brazil once (2:31)',
			'Time per delegation, whole session',
			'  Brazil    1 intervention     2:31',
			'',
		]);
		expect(frame.at(-1)).toBe('f floor  a add speaker  n next  x end floor  t statement  Enter give  ↑↓/jk move  -/Bksp remove');
	});

	it('at 3:05 says OVERTIME in the list too, and j moves the cursor', async () => {
		const frame = await frameAt(185, 'f', 'j');
		expect(frame[5]).toBe('Floor: Brazil 3:05 · OVERTIME +0:05');
		expect(frame.slice(7, 10)).toEqual(['  1. Egypt   councillor  [point of order]', '> 2. China   councillor', '  3. Mexico  observer']);
	});
});

describe('under ink-testing-library', () => {
	afterEach(() => {
		cleanup();
	});

	const lines = (frame: string | undefined) => stripVTControlCharacters(frame ?? '').split('\n').map(line => line.trimEnd());

	it('draws the header at 0:10, 2:31 and 3:05, and the list', async () => {
		for (const [seconds, expected] of [
			[10, 'Floor: Brazil 0:10 · 2:50 left · 3 waiting | ○ 2 pending · ◐ 0 under consideration · ● 0 decided · …'],
			[151, 'Floor: Brazil 2:31 · 0:29 left (warning) · 3 waiting | ○ 2 pending · ◐ 0 under consideration · ● 0 …'],
			[185, 'Floor: Brazil 3:05 · OVERTIME +0:05 · 3 waiting | ○ 2 pending · ◐ 0 under consideration · ● 0 decid…'],
		] as const) {
			const itl = render(<App index={index} now={start + seconds * 1000} records={records} />);
			await tick();
			expect(lines(itl.lastFrame())[2]).toBe(expected);
			itl.unmount();
		}

		const itl = render(<App index={index} now={start + 151_000} records={records} />);
		await tick();
		itl.stdin.write('f');
		await tick();
		await tick();
		expect(lines(itl.lastFrame()).slice(3, 10)).toEqual([
			'──[ Floor ]─────────────────────────────────────────────────────────────────────────────────────────',
			'Item 1 Implementation of the "One ITU" concept · list open',
			'Floor: Brazil 2:31 · 0:29 left (warning)',
			'List of speakers: 3 waiting',
			'> 1. Egypt   councillor  [point of order]',
			'  2. China   councillor',
			'  3. Mexico  observer',
		]);
	});
});
