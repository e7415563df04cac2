import {mkdtemp, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {SessionRecords} from '../../source/state/records.js';
import {journalFeed} from '../../source/ui/run-dashboard.js';
import {bundledDataset, bundledIndex} from '../helpers/bundled.js';

const folders: string[] = [];
afterEach(async () => {
	for (const folder of folders.splice(0)) {
		await rm(folder, {recursive: true, force: true});
	}
});

async function journal() {
	const folder = await mkdtemp(path.join(os.tmpdir(), 'council-dashboard-journal-'));
	folders.push(folder);
	return path.join(folder, 'session.jsonl');
}

describe('the dashboard and the journal', () => {
	it('records the new current item, says saved once it is on disk, and hears it back', async () => {
		const file = await journal();
		const feed = await journalFeed({datasetPath: 'x', dataset: bundledDataset(), index: bundledIndex(), journalPath: file, author: {name: 'Ana', role: 'secretary'}});
		expect(feed.records?.currentItem).toBeUndefined();
		const heard: SessionRecords[] = [];
		const stop = feed.subscribeRecords?.(records => heard.push(records));
		try {
			expect(await feed.onIntent?.({kind: 'set-current-item', item: 'item-one-itu'})).toBe('Current item saved to the journal');
			const lines = (await readFile(file, 'utf8')).trim().split('\n');
			expect(lines).toHaveLength(1);
			expect(JSON.parse(lines[0]!)).toMatchObject({kind: 'current', payload: {item: 'item-one-itu'}, author: {name: 'Ana', role: 'secretary'}});
			// The follower's read after recording: awaited (20 s ceiling), not given 1 s.
			const deadline = performance.now() + 20_000;
			while (heard.length === 0 && performance.now() < deadline) {
				await new Promise(resolve => {
					setTimeout(resolve, 20);
				});
			}

			expect(heard.at(-1)?.currentItem).toBe('item-one-itu');
		} finally {
			stop?.();
		}
	});

	it('records nothing for a viewer', async () => {
		const file = await journal();
		const feed = await journalFeed({datasetPath: 'x', dataset: bundledDataset(), index: bundledIndex(), journalPath: file, author: {name: 'Bo', role: 'viewer'}});
		expect(await feed.onIntent?.({kind: 'set-current-item', item: 'item-one-itu'})).toBe('Not recorded: viewers do not write the journal');
		await expect(readFile(file, 'utf8')).rejects.toThrow();
	});

	it('passes given records through when there is no journal', async () => {
		const feed = await journalFeed({datasetPath: 'x', dataset: bundledDataset(), index: bundledIndex()});
		expect(feed.onIntent).toBeUndefined();
		expect(feed.subscribeRecords).toBeUndefined();
	});
});
