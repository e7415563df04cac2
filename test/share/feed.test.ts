import {readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildIndex} from '../../source/dataset/build-index.js';
import {makeEntry} from '../../source/journal/entry-id.js';
import type {JournalEntry} from '../../source/journal/schema.js';
import {renderMinutes, systemTimeZone} from '../../source/minutes/render.js';
import {ShareConnection} from '../../source/share/connection.js';
import {openShareFeed} from '../../source/share/feed.js';
import {appendEntries} from '../../source/share/local.js';
import {pushEntries} from '../../source/share/store.js';
import {journalFeed} from '../../source/ui/run-dashboard.js';
import {startPostgres, type TestPostgres} from '../helpers/postgres.js';
import {fixtureDataset} from '../journal/helpers.js';
import {removeFolders, sharedDatabase, shareFolder, shareTarget} from './helpers.js';

/*
The dashboard's shared feed, in process, on a journal whose line order differs
from the server's (this machine heard of the entries in another order): the
screen's records and the minutes `e` writes follow the server's order.
*/

let server: TestPostgres;
beforeAll(async () => {
	server = await startPostgres();
});

afterAll(async () => {
	await server?.stop();
	removeFolders();
});

const chair = {name: 'Ana', role: 'chair'} as const;

function decision(outcome: 'approved' | 'deferred', at: number): JournalEntry {
	return makeEntry({kind: 'decision', payload: {target: 'item-budget', outcome, text: `The Council ${outcome} it.`}}, chair, at, new Uint8Array([0, 0, 0, 0, 0, at % 256]));
}

describe('the shared feed', () => {
	it('replays, and writes the minutes, in the server\'s order, not the local file\'s', async () => {
		const url = await sharedDatabase(server, 'feedorder');
		const approved = decision('approved', Date.UTC(2026, 3, 13, 9, 0, 1));
		const deferred = decision('deferred', Date.UTC(2026, 3, 13, 9, 0, 2));
		// The server took "deferred" first, then "approved"; this machine's file says the opposite.
		const connection = await ShareConnection.open(shareTarget(url));
		await pushEntries(connection, [deferred], 'secretary');
		await pushEntries(connection, [approved], 'chair');
		await connection.close();
		const folder = shareFolder('council-share-feed-');
		const journalPath = path.join(folder, 'chair.jsonl');
		await appendEntries(journalPath, [approved, deferred]);

		const dataset = fixtureDataset();
		const index = buildIndex(dataset);
		const options = {datasetPath: 'x', dataset, index, journalPath, author: chair, exportFolder: folder};
		const local = await journalFeed(options);
		const feed = await openShareFeed({...options, target: shareTarget(url), machine: 'chair', ...(local.onIntent === undefined ? {} : {localIntents: local.onIntent})});
		try {
			expect(local.records?.decisions.get('item-budget')?.outcome).toBe('deferred');
			expect(feed.records.decisions.get('item-budget')?.outcome).toBe('approved');
			expect(feed.records.shareStatus).toBe('shared');
			const said = await feed.onIntent({kind: 'export-minutes'});
			const file = said?.replace(/^Minutes written to /, '') ?? '';
			const minutes = async (entries: JournalEntry[]) => {
				const rendered = await renderMinutes(index, entries, [], 'md', {timeZone: systemTimeZone()});
				return rendered.ok ? rendered.bytes : rendered.message;
			};

			expect(readFileSync(file, 'utf8')).toBe(await minutes([deferred, approved]));
			expect(await minutes([deferred, approved])).not.toBe(await minutes([approved, deferred]));

			// Recording goes through the local feed: "saved" once on this disk; then shared.
			expect(await feed.onIntent({kind: 'set-current-item', item: 'item-report'})).toBe('Current item saved to the journal');
		} finally {
			await feed.stop();
		}
	});
});
