import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {appendEntry, nodeAppendFs, recordEntry, type AppendFs} from '../../source/journal/append.js';
import {readJournal} from '../../source/journal/read.js';
import {entryFactory, secretary, temporaryFolder} from './helpers.js';

const make = entryFactory();

/** The real file operations, each logged before it runs and after it settles. */
function loggingFs(log: string[]): AppendFs {
	const wrap = <A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
		log.push(`${name}:start`);
		const result = await fn(...args);
		log.push(`${name}:done`);
		return result;
	};

	return {
		mkdir: wrap('mkdir', nodeAppendFs.mkdir),
		open: wrap('open', nodeAppendFs.open),
		size: wrap('size', nodeAppendFs.size),
		byteAt: wrap('byteAt', nodeAppendFs.byteAt),
		head: wrap('head', nodeAppendFs.head),
		write: wrap('write', nodeAppendFs.write),
		fsync: wrap('fsync', nodeAppendFs.fsync),
		close: wrap('close', nodeAppendFs.close),
		syncFolder: wrap('syncFolder', nodeAppendFs.syncFolder),
	};
}

describe('appendEntry', () => {
	test('writes the whole line in one write, fsyncs, and only then resolves', async () => {
		const file = path.join(temporaryFolder(), 'sub', 'journal.jsonl');
		const log: string[] = [];
		await appendEntry(file, make({kind: 'status', payload: {item: 'item-budget', status: 'decided'}}), loggingFs(log)).then(() => log.push('resolved'));
		expect(log.filter(step => step.startsWith('write:')).length).toBe(2);
		const order = (step: string) => log.indexOf(step);
		expect(order('write:done')).toBeLessThan(order('fsync:start'));
		expect(order('fsync:done')).toBeLessThan(order('resolved'));
		// A new file: its folder entry is flushed too, before the acknowledgement.
		expect(order('syncFolder:done')).toBeLessThan(order('resolved'));
		expect(log.at(-1)).toBe('resolved');

		const second: string[] = [];
		await appendEntry(file, make({kind: 'status', payload: {item: 'item-budget', status: 'pending'}}), loggingFs(second));
		expect(second).not.toContain('syncFolder:start');
		expect(second.indexOf('fsync:done')).toBeGreaterThan(second.indexOf('write:done'));
	});

	test('does not resolve when fsync fails', async () => {
		const file = path.join(temporaryFolder(), 'journal.jsonl');
		const failing: AppendFs = {...nodeAppendFs, fsync: async () => Promise.reject(new Error('EIO: fsync failed'))};
		await expect(appendEntry(file, make({kind: 'current', payload: {item: 'item-budget'}}), failing)).rejects.toThrow('EIO');
	});

	test('finishes a short write instead of leaving a torn line', async () => {
		const file = path.join(temporaryFolder(), 'journal.jsonl');
		let calls = 0;
		const short: AppendFs = {
			...nodeAppendFs,
			async write(fd, data) {
				calls++;
				return nodeAppendFs.write(fd, calls === 1 ? data.subarray(0, 10) : data);
			},
		};
		const entry = make({kind: 'current', payload: {item: 'item-report'}});
		await appendEntry(file, entry, short);
		expect(calls).toBe(2);
		expect((await readJournal(file)).entries).toEqual([entry]);
	});

	test('starts on a fresh line after a torn last line, so the new entry survives', async () => {
		const file = path.join(temporaryFolder(), 'journal.jsonl');
		const first = make({kind: 'current', payload: {item: 'item-budget'}});
		await appendEntry(file, first);
		writeFileSync(file, `${readFileSync(file, 'utf8')}{"v":1,"id":"torn-li`);
		const after = make({kind: 'current', payload: {item: 'item-report'}});
		await appendEntry(file, after);
		const {entries, problems} = await readJournal(file);
		expect(entries).toEqual([first, after]);
		expect(problems).toEqual([expect.objectContaining({line: 2, kind: 'not-json'})]);
	});

	test('recordEntry validates, stamps and returns the entry it wrote', async () => {
		const file = path.join(temporaryFolder(), 'journal.jsonl');
		const clock = {now: () => Date.UTC(2026, 3, 12, 10), random: () => new Uint8Array([1, 2, 3, 4, 5, 6])};
		const entry = await recordEntry(file, {kind: 'decision', payload: {target: 'item-budget', outcome: 'approved', text: 'The Council approved the draft budget.'}}, secretary, clock);
		expect(entry).toMatchObject({v: 1, id: '0mnvlef40-010203040506', time: '2026-04-12T10:00:00.000Z', author: secretary, kind: 'decision'});
		expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(entry)}\n`);
		await expect(recordEntry(file, {kind: 'status', payload: {item: 'Not An Id', status: 'decided'}}, secretary, clock)).rejects.toThrow('not a valid journal entry (payload.item: an id is lower-case letters');
		expect((await readJournal(file)).entries).toHaveLength(1);
	});
});
