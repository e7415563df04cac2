import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildIndex} from '../../source/dataset/build-index.js';
import type {Dataset} from '../../source/dataset/schema.js';
import type {DatasetChange} from '../../source/features/dataset-reload/reload-reducer.js';
import {makeEntry} from '../../source/journal/entry-id.js';
import {hashFile, makeHeader, readJournalHeader} from '../../source/journal/header.js';
import {readJournal} from '../../source/journal/read.js';
import type {JournalEntry} from '../../source/journal/schema.js';
import {ShareConnection} from '../../source/share/connection.js';
import {openShareFeed} from '../../source/share/feed.js';
import {appendEntries} from '../../source/share/local.js';
import {migrate} from '../../source/share/schema.js';
import {SharedJournal} from '../../source/share/shared-journal.js';
import {pushEntries} from '../../source/share/store.js';
import {journalFeed} from '../../source/ui/run-dashboard.js';
import {startPostgres, type TestPostgres} from '../helpers/postgres.js';
import {fixtureDataset, fixtureDatasetPath} from '../journal/helpers.js';
import {removeFolders, sharedDatabase, shareFolder, shareTarget, sql, until} from './helpers.js';

/*
The shared log bound to one session (schema version 2): the first writer binds
it to its dataset's session, a journal of another session is refused, rows of
another session are skipped, a journal created from the shared log starts with
the header of the dataset given, and the dashboard's shared feed sees what the
local one sees: delegations added on another machine, a new version of the
dataset file.
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
let seed = 0;

function entry(draft: Parameters<typeof makeEntry>[0]): JournalEntry {
	seed++;
	return makeEntry(draft, chair, Date.UTC(2026, 3, 13, 9, 0, seed), new Uint8Array([0, 0, 0, 0, seed >> 8, seed % 256]));
}

function position(note: string): JournalEntry {
	return entry({kind: 'position', payload: {delegation: 'cn', on: 'item-budget', stance: 'supports', note}});
}

async function open(journalPath: string, session: string, canPush = true) {
	return SharedJournal.open(journalPath, {canPush, machine: 'chair', session});
}

async function withConnection<T>(url: string, work: (connection: ShareConnection) => Promise<T>): Promise<T> {
	const connection = await ShareConnection.open(shareTarget(url));
	try {
		return await work(connection);
	} finally {
		await connection.close();
	}
}

describe('a shared log bound to a session', () => {
	it('is bound by its first writer; a journal of another session is refused, fatally, with one line', async () => {
		const url = await sharedDatabase(server, 'sessionbind');
		const folder = shareFolder('council-share-session-');
		const first = await open(path.join(folder, 'chair.jsonl'), 'c99-test');
		await withConnection(url, async connection => first.sync(connection));
		expect(await sql(url, 'select session from council_log')).toEqual([{session: 'c99-test'}]);

		// A viewer of another session cannot bind it either: it is refused the same way.
		for (const canPush of [true, false]) {
			const other = await open(path.join(folder, 'other.jsonl'), 'c100-other\u001B[2J', canPush);
			const refused = await withConnection(url, async connection => other.sync(connection)).catch((error: unknown) => error);
			expect(refused).toMatchObject({name: 'ShareError', isFatal: true, message: 'the shared journal belongs to session "c99-test", not to session "c100-other" of this journal: use that session\'s dataset, or another database for this session'});
		}

		expect(await sql(url, 'select session from council_log')).toEqual([{session: 'c99-test'}]);
	});

	it('a viewer leaves an unbound log unbound; the first writer binds it', async () => {
		const url = await sharedDatabase(server, 'sessionviewer');
		const folder = shareFolder('council-share-session-');
		await withConnection(url, async connection => (await open(path.join(folder, 'viewer.jsonl'), 'c99-test', false)).sync(connection));
		expect(await sql(url, 'select session from council_log')).toEqual([{session: null}]);
		const writer = await open(path.join(folder, 'chair.jsonl'), 'c99-test');
		await withConnection(url, async connection => writer.sync(connection));
		expect(await sql(url, 'select session from council_log')).toEqual([{session: 'c99-test'}]);
	});

	it('a writer set up with the README\'s grants (not the tables\' owner) binds the log and pushes', async () => {
		const url = await sharedDatabase(server, 'sessiongrants');
		const readme = readFileSync(path.join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
		const block = /-- writers:[^\n]*\n([\s\S]*?)-- viewers/.exec(readme)?.[1] ?? '';
		const statements = block.split('\n').map(line => line.replace(/--.*$/, '').trim()).filter(line => line !== '');
		expect(statements.some(line => line.startsWith('grant update (session) on council_log'))).toBe(true);
		for (const statement of statements) {
			await sql(url, statement.replaceAll('council to', 'sessiongrants to').replace("password '…'", "password 'writer-pass-1'").replace(/;$/, ''));
		}

		const writerUrl = server.url('sessiongrants', 'secretariat', 'writer-pass-1');
		const folder = shareFolder('council-share-session-');
		const journalPath = path.join(folder, 'secretary.jsonl');
		await appendEntries(journalPath, [position('by a writer')]);
		const journal = await open(journalPath, 'c99-test');
		expect(await withConnection(writerUrl, async connection => journal.sync(connection))).toEqual({pushed: 1, pulled: 0});
		expect(await sql(url, 'select session from council_log')).toEqual([{session: 'c99-test'}]);
		expect(await sql(url, 'select session, machine from council_entries')).toEqual([{session: 'c99-test', machine: 'chair'}]);
	});

	it('pushes every entry for its session; a row of another session is skipped like a bad line, one from before sessions is kept', async () => {
		const url = await sharedDatabase(server, 'sessionrows');
		const folder = shareFolder('council-share-session-');
		const mine = position('mine');
		const foreign = position('foreign');
		const older = position('from before sessions');
		await withConnection(url, async connection => pushEntries(connection, [mine], 'chair', 'c99-test'));
		await sql(url, 'insert into council_entries (id, line, machine, session) values ($1, $2, $3, $4)', [foreign.id, JSON.stringify(foreign), 'elsewhere', 'c100-other']);
		await sql(url, 'insert into council_entries (id, line, machine) values ($1, $2, $3)', [older.id, JSON.stringify(older), 'old']);
		expect(await sql(url, 'select session from council_entries order by seq')).toEqual([{session: 'c99-test'}, {session: 'c100-other'}, {session: null}]);

		const journalPath = path.join(folder, 'chair.jsonl');
		const journal = await open(journalPath, 'c99-test');
		await withConnection(url, async connection => journal.sync(connection));
		const view = journal.view({state: 'online'});
		expect(view.entries.map(one => one.id)).toEqual([mine.id, older.id]);
		expect(view.problems).toEqual([{line: 2, kind: 'invalid', message: 'shared entry #2 belongs to session "c100-other", not to this one, and was skipped'}]);
		expect((await readJournal(journalPath)).entries.map(one => one.id)).toEqual([mine.id, older.id]);
	});

	it('a log of schema version 1 is brought to version 2 with its rows kept and read as the session\'s', async () => {
		await server.createDatabase('sessionupgrade');
		const url = server.url('sessionupgrade');
		await withConnection(url, async connection => migrate(connection));
		// Back to version 1 as an older council left it.
		await sql(url, 'alter table council_entries drop column session');
		await sql(url, 'alter table council_log drop column session');
		await sql(url, 'delete from council_schema where version = 2');
		const old = position('version 1');
		await sql(url, 'insert into council_entries (id, line, machine) values ($1, $2, $3)', [old.id, JSON.stringify(old), 'old']);
		const folder = shareFolder('council-share-session-');
		const refused = await withConnection(url, async connection => (await open(path.join(folder, 'a.jsonl'), 'c99-test')).sync(connection)).catch((error: unknown) => error);
		expect(refused).toMatchObject({isFatal: true, message: 'the shared journal\'s schema is version 1: run council share init URL to bring it to 2'});
		expect(await withConnection(url, async connection => migrate(connection))).toEqual({from: 1, to: 2});
		const journal = await open(path.join(folder, 'b.jsonl'), 'c99-test');
		await withConnection(url, async connection => journal.sync(connection));
		expect(journal.view({state: 'online'}).entries.map(one => one.id)).toEqual([old.id]);
	});
});

describe('the dashboard\'s shared feed', () => {
	function datasetCopy(folder: string): string {
		const file = path.join(folder, 'session.json');
		writeFileSync(file, readFileSync(fixtureDatasetPath));
		return file;
	}

	it('joining late, writes a journal that starts with the dataset\'s header; a delegation added on another machine reaches the screen as a new index', async () => {
		const url = await sharedDatabase(server, 'feeddelegation');
		const folder = shareFolder('council-share-session-');
		const datasetPath = datasetCopy(folder);
		const dataset = fixtureDataset();
		const index = buildIndex(dataset);
		const header = makeHeader(dataset.session.id, datasetPath, await hashFile(datasetPath));
		await withConnection(url, async connection => pushEntries(connection, [position('before')], 'secretary', dataset.session.id));

		const journalPath = path.join(folder, 'late.jsonl');
		const options = {datasetPath, dataset, index, journalPath, author: chair, exportFolder: folder, journalHeader: header};
		const local = await journalFeed(options);
		const feed = await openShareFeed({...options, target: shareTarget(url), machine: 'projector', ...(local.onIntent === undefined ? {} : {localIntents: local.onIntent})});
		const changes: DatasetChange[] = [];
		const stopDataset = feed.subscribeDataset(change => changes.push(change));
		const stopRecords = feed.subscribeRecords(() => undefined);
		try {
			expect(await readJournalHeader(journalPath)).toEqual(header);
			expect((await readJournal(journalPath)).entries).toHaveLength(1);

			const holySee = entry({kind: 'delegation', payload: {id: 'holy-see', name: 'Holy See', kind: 'observer'}});
			const byHolySee = entry({kind: 'position', payload: {delegation: 'holy-see', on: 'item-budget', stance: 'reservation'}});
			await withConnection(url, async connection => pushEntries(connection, [holySee, byHolySee], 'secretary', dataset.session.id));
			await until(() => changes.some(change => change.kind === 'view'), 'the new index');
			const [view] = changes;
			expect(view?.kind === 'view' && view.index.dataset.delegations.some(one => one.id === 'holy-see')).toBe(true);
			// The position by the delegation the entry before added counts: it is in effect on the item.
			expect(view?.kind === 'view' && view.records.positionsOn?.get('item-budget')?.some(one => one.delegation === 'holy-see')).toBe(true);
			expect(view?.kind === 'view' && view.records.shareStatus).toBe('shared');
		} finally {
			stopRecords();
			stopDataset();
			await feed.stop();
		}
	});

	it('a new version of the dataset file is replayed on, shared, as it is locally', async () => {
		const url = await sharedDatabase(server, 'feedreload');
		const folder = shareFolder('council-share-session-');
		const datasetPath = datasetCopy(folder);
		const dataset = fixtureDataset();
		const index = buildIndex(dataset);
		const options = {datasetPath, dataset, index, journalPath: path.join(folder, 'chair.jsonl'), author: chair, exportFolder: folder, datasetHash: await hashFile(datasetPath)};
		const feed = await openShareFeed({...options, target: shareTarget(url), machine: 'chair'});
		const changes: DatasetChange[] = [];
		const stopDataset = feed.subscribeDataset(change => changes.push(change));
		try {
			const changed: Dataset = {...dataset, session: {...dataset.session, title: 'Council 2026, reloaded'}};
			writeFileSync(datasetPath, JSON.stringify(changed, undefined, '\t'));
			await until(() => changes.length > 0, 'the reload', 10_000);
			expect(changes[0]).toMatchObject({kind: 'view', notice: 'Dataset reloaded: the file changed'});
			expect(changes[0]?.kind === 'view' && changes[0].index.dataset.session.title).toBe('Council 2026, reloaded');
			expect(changes[0]?.kind === 'view' && changes[0].records.shareStatus).toBe('shared');
		} finally {
			stopDataset();
			await feed.stop();
		}
	});
});
