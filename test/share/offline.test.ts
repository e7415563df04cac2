import {readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {appendEntry} from '../../source/journal/append.js';
import {makeEntry} from '../../source/journal/entry-id.js';
import {readJournal} from '../../source/journal/read.js';
import {startPostgres, type TestPostgres} from '../helpers/postgres.js';
import {converged, ids, machineStarter, removeFolders, sharedDatabase, shareFolder, sql, startRelay, stopAll, until} from './helpers.js';

/*
Offline-first against a real PostgreSQL (one throwaway server for the file, a
database per test): the server killed and restarted, a machine cut off and
back, a process killed between saving and sharing, the marker file lost or in
the wrong shape.
*/

let server: TestPostgres;
const {machine, stopEvery} = machineStarter();

beforeAll(async () => {
	server = await startPostgres();
});

afterAll(async () => {
	await stopEvery();
	await server?.stop();
	removeFolders();
});

describe('offline', () => {
	it('a process killed between saving an entry and pushing it pushes it at its next start', async () => {
		const url = await sharedDatabase(server, 'killedbeforepush');
		const folder = shareFolder();
		const first = await machine(folder, 'laptop', url);
		await first.record(3);
		await until(() => converged([first], 3), 'three entries shared');
		await first.live.stop();
		// What a process killed after the local fsync and before the push leaves: a saved line, unknown to the server.
		const orphan = makeEntry({kind: 'current', payload: {item: 'item-report'}}, {name: 'Ana', role: 'chair'}, Date.now(), new Uint8Array([1, 2, 3, 4, 5, 6]));
		await appendEntry(first.journal, orphan);
		expect(await sql(url, 'select count(*)::int as n from council_entries')).toEqual([{n: 3}]);

		const again = await machine(folder, 'laptop', url);
		await until(() => converged([again], 4), 'the orphan entry shared at the next start');
		expect(ids(again.latest()).at(-1)).toBe(orphan.id);
		expect(await sql(url, 'select count(*)::int as n from council_entries')).toEqual([{n: 4}]);
		await stopAll(again);
	});

	it('goes on recording when the server is killed (-9) and restarted mid-session; then nothing is lost or doubled', async () => {
		const url = await sharedDatabase(server, 'killed');
		const folder = shareFolder();
		const [chair, secretary] = await Promise.all([machine(folder, 'chair', url), machine(folder, 'secretary', url)]);
		await chair.record(5);
		await secretary.record(5);
		await until(() => converged([chair, secretary], 10), 'ten entries on both');

		await server.kill();
		await chair.record(7);
		await secretary.record(4);
		await until(() => chair.latest().status.state === 'offline' && chair.latest().status.unshared === 7, 'the chair offline with 7 entries not shared');
		await until(() => secretary.latest().status.state === 'offline' && secretary.latest().status.unshared === 4, 'the secretary offline with 4');
		expect(chair.latest().entries).toHaveLength(17);

		// A machine that starts while the server is down opens offline, and knows what is shared (the marker).
		await chair.live.stop();
		const restarted = await machine(folder, 'chair', url);
		expect(await restarted.live.firstAttempt).toMatchObject({ok: false, isFatal: false});
		expect(restarted.latest().status).toMatchObject({state: 'offline', unshared: 7});

		await server.start();
		await until(() => converged([restarted, secretary], 21), 'both back with the same 21 entries', 30_000).catch((error: unknown) => {
			console.log(JSON.stringify([restarted.latest().status, restarted.latest().entries.length, secretary.latest().status, secretary.latest().entries.length]));
			throw error;
		});
		expect(await sql(url, 'select count(*)::int as n, count(distinct id)::int as d from council_entries')).toEqual([{n: 21, d: 21}]);
		await stopAll(restarted, secretary);
	}, 90_000);

	it('a writer cut off for 200 entries while the others go on: all of them everywhere, in one order, on reconnect', async () => {
		const url = await sharedDatabase(server, 'cutoff');
		const relay = await startRelay(server.port);
		const folder = shareFolder();
		const viaRelay = url.replace(`:${server.port}/`, `:${relay.port}/`);
		const [remote, chair] = await Promise.all([machine(folder, 'remote', viaRelay), machine(folder, 'chair', url)]);
		await remote.record(2);
		await until(() => converged([remote, chair], 2), 'both online');

		await relay.cut();
		await remote.record(200);
		await chair.record(30);
		await until(() => remote.latest().status.state === 'offline' && remote.latest().status.unshared === 200, 'the remote writer offline with 200 entries not shared');
		expect(remote.latest().entries).toHaveLength(202);
		await until(() => converged([chair], 32), 'the chair sharing meanwhile');

		await relay.restore();
		await until(() => converged([remote, chair], 232), 'both with the same 232 entries', 30_000);
		// Server order: the chair's 30 (shared while the remote was away) before the remote's 200.
		const order = ids(chair.latest());
		const machinesOf = chair.latest().machines;
		expect(order.slice(2, 32).every(id => machinesOf.get(id) === 'chair')).toBe(true);
		expect(order.slice(32).every(id => machinesOf.get(id) === 'remote')).toBe(true);
		expect((await readJournal(remote.journal)).entries).toHaveLength(232);
		await stopAll(remote, chair);
		await relay.close();
	}, 90_000);
});
describe('the marker file', () => {
	it('is a cache beside the journal: lost, the next connection compares ids with the server', async () => {
		const url = await sharedDatabase(server, 'marker');
		const folder = shareFolder();
		const one = await machine(folder, 'one', url);
		await one.record(4);
		await until(() => converged([one], 4), 'four entries shared');
		await one.live.stop();
		const marker = readFileSync(`${one.journal}.shared`, 'utf8').trim().split('\n');
		expect(marker).toHaveLength(5);
		expect(JSON.parse(marker[0]!)).toEqual({log: expect.stringMatching(/^[0-9a-f-]{36}$/)});
		const {writeFileSync} = await import('node:fs');
		writeFileSync(`${one.journal}.shared`, '');
		const again = await machine(folder, 'one', url);
		await until(() => converged([again], 4), 'the same four, none pushed twice');
		expect(await sql(url, 'select count(*)::int as n from council_entries')).toEqual([{n: 4}]);
		expect(path.basename(`${again.journal}.shared`)).toBe('one.jsonl.shared');
		await stopAll(again);
	});
});
describe('the marker file in the wrong shape', () => {
	it('a FIFO or a symlink in its place neither hangs the start nor gets written through', async () => {
		const {execFileSync} = await import('node:child_process');
		const {lstatSync, symlinkSync, writeFileSync} = await import('node:fs');
		const url = await sharedDatabase(server, 'markershape');
		const folder = shareFolder();
		execFileSync('mkfifo', [path.join(folder, 'fifo.jsonl.shared')]);
		const fifo = await machine(folder, 'fifo', url);
		await fifo.record(1);
		await until(() => converged([fifo], 1), 'shared despite the FIFO');
		const target = path.join(folder, 'elsewhere.txt');
		writeFileSync(target, 'keep me\n');
		symlinkSync(target, path.join(folder, 'link.jsonl.shared'));
		const link = await machine(folder, 'link', url);
		await until(() => converged([link], 1), 'shared despite the symlink');
		expect(readFileSync(target, 'utf8')).toBe('keep me\n');
		expect(lstatSync(path.join(folder, 'link.jsonl.shared')).isSymbolicLink()).toBe(false);
		await stopAll(fifo, link);
	});
});
