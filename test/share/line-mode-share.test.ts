import {execFile} from 'node:child_process';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {announcements} from '../../source/features/line-mode/announce.js';
import {emptyRecords} from '../../source/state/records.js';
import {createInitialState, type State} from '../../source/state/state.js';
import {cliPath, startCouncil} from '../helpers/council.js';
import {startPostgres, type TestPostgres} from '../helpers/postgres.js';
import {rawSessions, waitForRaw} from '../helpers/raw-sessions.js';
import {fixtureIndex} from '../state/fixture.js';
import {sharedDatabase} from './helpers.js';

/*
Line mode with --share: a screen reader's user hears entries recorded on
another machine, and hears when the shared journal is lost and reached again,
once each time (not at every count of entries not shared yet). The pure part
on states; then `council --plain --share` in a real pseudo-terminal against a
throwaway PostgreSQL, read as the raw byte stream, with `council record
--share` as the other machine.
*/

const index = fixtureIndex();

function withShare(state: State, shareState: 'online' | 'connecting' | 'offline', shareStatus: string): State {
	return {...state, records: {...state.records, shareState, shareStatus}};
}

describe('line mode says when the shared journal is reached or lost', () => {
	const start = createInitialState(index, {size: {columns: 120, rows: 40}, now: 0, role: 'secretary', records: emptyRecords});
	it('once per change of state, with the header\'s words', () => {
		const online = withShare(start, 'online', 'shared');
		expect(announcements(start, online)).toEqual(['Shared journal: shared']);
		const offline = withShare(online, 'offline', 'offline: 0 entries not shared (connection refused)');
		expect(announcements(online, offline)).toEqual(['Shared journal: offline: 0 entries not shared (connection refused)']);
		// More entries waiting is not news; being back is.
		const waiting = withShare(offline, 'offline', 'offline: 2 entries not shared (connection refused)');
		expect(announcements(offline, waiting)).toEqual([]);
		expect(announcements(waiting, withShare(waiting, 'online', 'sharing: 2 entries not shared yet'))).toEqual(['Shared journal: sharing: 2 entries not shared yet']);
	});

	it('says nothing without --share', () => {
		expect(announcements(start, {...start, records: {...start.records}})).toEqual([]);
	});
});

const run = promisify(execFile);
const dataset = path.join(path.dirname(cliPath), '..', 'test', 'fixtures', 'journal-dataset.json');
let server: TestPostgres;
const {track, folder: newFolder} = rawSessions('council-share-plain-');

beforeAll(async () => {
	server = await startPostgres();
});

afterAll(async () => {
	await server?.stop();
});

const folder = async (name: string) => newFolder(`${name}-`);

describe('council --plain --share in a real terminal', () => {
	it('hears another machine\'s entry, the server lost, and the server back, as lines only', async () => {
		const url = await sharedDatabase(server, 'plainshare');
		const here = await folder('reader');
		const session = startCouncil([dataset, '--plain', '--share', url, '--journal', path.join(here, 'session.jsonl'), '--role', 'chair', '--author', 'Ana'], {cols: 80, rows: 24, env: {COUNCIL_MACHINE: 'reader', COUNCIL_DATA_DIR: here, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: ''}});
		track(session);
		await waitForRaw(session, 'Shared journal: shared', 0, 8000);

		// Another machine: its own journal, the same shared one.
		const other = await folder('secretary');
		let from = session.rawOutput().length;
		await run(process.execPath, [cliPath, 'record', 'status', 'PL 1.01', 'under-consideration', '--data', dataset, '--journal', path.join(other, 'session.jsonl'), '--share', url, '--author', 'Лена', '--role', 'secretary'], {env: {...process.env, COUNCIL_MACHINE: 'secretary', COUNCIL_DATA_DIR: other, COUNCIL_CONFIG_DIR: other}});
		await waitForRaw(session, 'Status of item PL 1.01: under consideration', from, 8000);

		from = session.rawOutput().length;
		await server.kill();
		await waitForRaw(session, 'Shared journal: offline', from, 8000);
		from = session.rawOutput().length;
		await server.start();
		await waitForRaw(session, 'Shared journal: shared', from, 20_000);

		const raw = session.rawOutput();
		expect(raw).not.toContain('\u001B');
		expect(raw.replaceAll('\r\n', '')).not.toContain('\r');
		expect(raw).not.toContain(server.password);
		// Each change said once: one "offline" for the outage, however long it lasted.
		expect(raw.split('Shared journal: offline').length - 1).toBe(1);
		session.write('quit\r');
		expect((await session.exited).exitCode).toBe(0);
	}, 60_000);
});
