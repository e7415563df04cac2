import {appendFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {appendEntry, entryLine} from '../../source/journal/append.js';
import {followJournal, openJournal} from '../../source/journal/follow.js';
import type {JournalRecords} from '../../source/journal/replay.js';
import {watchJournal, type JournalUpdate} from '../../source/journal/watch.js';
import type {SessionRecords} from '../../source/state/records.js';
import {entryFactory, fixtureDataset, temporaryFolder} from './helpers.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
	for (const cleanup of cleanups.splice(0)) {
		cleanup();
	}
});

async function until<T>(read: () => T | undefined, ms = 1000): Promise<T> {
	const deadline = Date.now() + ms;
	for (;;) {
		const value = read();
		if (value !== undefined) {
			return value;
		}

		if (Date.now() > deadline) {
			throw new Error(`not within ${ms} ms`);
		}

		await new Promise(resolve => {
			setTimeout(resolve, 10);
		});
	}
}

describe('watchJournal', () => {
	test.each([true, false])('delivers appended entries within a second, a partial line only once complete (fs.watch: %s)', async useFsWatch => {
		const make = entryFactory();
		const file = path.join(temporaryFolder(), 'journal.jsonl');
		const updates: JournalUpdate[] = [];
		cleanups.push(watchJournal(file, {offset: 0, line: 1, useFsWatch, onUpdate: update => updates.push(update)}));
		const first = make({kind: 'current', payload: {item: 'item-budget'}});
		await appendEntry(file, first);
		await until(() => updates[0]);
		expect(updates[0]).toEqual({entries: [first], problems: [], isReset: false});

		const second = make({kind: 'current', payload: {item: 'item-report'}});
		appendFileSync(file, entryLine(second).slice(0, 25));
		await new Promise(resolve => {
			setTimeout(resolve, 700);
		});
		expect(updates).toHaveLength(1);
		appendFileSync(file, `${entryLine(second).slice(25)}garbage\n`);
		await until(() => updates[1]);
		expect(updates[1]?.entries).toEqual([second]);
		expect(updates[1]?.problems).toEqual([expect.objectContaining({line: 3, kind: 'not-json'})]);
	});

	test('a file replaced by a shorter one is a reset: the whole journal again', async () => {
		const make = entryFactory();
		const file = path.join(temporaryFolder(), 'journal.jsonl');
		const [a, b, c] = [make({kind: 'current', payload: {item: 'item-budget'}}), make({kind: 'current', payload: {item: 'item-report'}}), make({kind: 'current', payload: {item: 'item-one-itu'}})];
		writeFileSync(file, entryLine(a) + entryLine(b));
		const start = await openJournal(file, fixtureDataset());
		const updates: JournalUpdate[] = [];
		cleanups.push(watchJournal(file, {offset: start.offset, line: start.line, onUpdate: update => updates.push(update)}));
		writeFileSync(file, entryLine(c));
		await until(() => updates[0]);
		expect(updates[0]).toEqual({entries: [c], problems: [], isReset: true, reason: 'truncated'});
	});
});

describe('followJournal', () => {
	test('hands over new records, built on the previous ones', async () => {
		const make = entryFactory();
		const dataset = fixtureDataset();
		const file = path.join(temporaryFolder(), 'journal.jsonl');
		await appendEntry(file, make({kind: 'decision', payload: {target: 'item-budget', outcome: 'approved', text: 'Approved.'}}));
		const snapshot = await openJournal(file, dataset);
		expect(snapshot.records.decisions.get('item-budget')?.outcome).toBe('approved');
		const seen: JournalRecords[] = [];
		const follower = followJournal(file, dataset, snapshot, ({records}) => seen.push(records));
		cleanups.push(follower.stop);
		await appendEntry(file, make({kind: 'status', payload: {item: 'item-report', status: 'deferred'}}));
		follower.refresh();
		const records = await until(() => seen.at(-1));
		expect(records.statuses.get('item-report')).toBe('deferred');
		expect(records.decisions.get('item-budget')?.outcome).toBe('approved');
		expect(snapshot.records.statuses.has('item-report')).toBe(false);
		// The dashboard's reducer takes these records as they are.
		const forTheScreen: SessionRecords = records;
		expect(forTheScreen.statuses.get('item-report')).toBe('deferred');
	});
});
