import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {readJournal} from '../../source/journal/read.js';
import {startCouncil} from '../helpers/council.js';
import {startPostgres, type TestPostgres} from '../helpers/postgres.js';
import type {PtySession} from '../helpers/pty.js';
import {sharedDatabase, sql} from './helpers.js';

/*
Two dashboards on "separate machines" (each its own local journal, data and
settings folder, and machine name) sharing one journal through a throwaway
PostgreSQL, in real pseudo-terminals: each sees the other's entries within a
second, the header says "shared" or "offline: N entries not shared", and the
server killed and restarted loses nothing.
*/

let server: TestPostgres;
const sessions: PtySession[] = [];
const folders: string[] = [];

beforeAll(async () => {
	server = await startPostgres();
});

afterEach(async () => {
	for (const session of sessions.splice(0)) {
		session.kill('SIGKILL');
	}

	for (const folder of folders.splice(0)) {
		await rm(folder, {recursive: true, force: true});
	}
});

afterAll(async () => {
	await server?.stop();
});

async function machine(name: string, url: string, role: string, author: string, size = {cols: 100, rows: 30}, viaEnvironment = false) {
	const folder = await mkdtemp(path.join(os.tmpdir(), `council-share-${name}-`));
	folders.push(folder);
	const journal = path.join(folder, 'session.jsonl');
	const session = startCouncil(['--journal', journal, '--role', role, '--author', author, ...(viaEnvironment ? [] : ['--share', url])], {...size, env: {COUNCIL_MACHINE: name, COUNCIL_DATA_DIR: folder, ...(viaEnvironment ? {COUNCIL_SHARE: url} : {})}});
	sessions.push(session);
	return {session, journal};
}

/** s, then the status's number, then Enter: "saved" once it is on this machine's disk. */
async function recordStatus(session: PtySession, digit: string): Promise<number> {
	session.write('s');
	await session.waitFor('Enter');
	session.write(digit);
	await session.waitFor(`> ${digit} `);
	session.write('\r');
	await session.waitFor('saved: status of item 1', 20_000);
	return Date.now();
}

describe('dashboards sharing a journal on PostgreSQL', () => {
	it('see each other\'s entries within a second; the header says shared, then offline: N entries not shared, then shared again', async () => {
		const url = await sharedDatabase(server, 'dashboards');
		const chair = await machine('chair', url, 'chair', 'Ana');
		const secretary = await machine('secretary', url, 'secretary', 'Лена', {cols: 80, rows: 24});
		await Promise.all([chair.session.waitForReady('q quit'), secretary.session.waitForReady('q quit')]);
		await Promise.all([chair.session.waitFor(' · shared · '), secretary.session.waitFor(' · shared · ')]);

		const savedAt = await recordStatus(chair.session, '2');
		await secretary.session.waitFor('◐ 1 under consideration', 1000);
		expect(Date.now() - savedAt).toBeLessThan(1000);
		const backAt = await recordStatus(secretary.session, '3');
		await chair.session.waitFor('● 1 decided', 1000);
		expect(Date.now() - backAt).toBeLessThan(1000);

		// The server dies: recording goes on, and the header says what is not shared yet, in words.
		await server.kill();
		await chair.session.waitFor('offline: 0 entries not shared', 5000);
		await recordStatus(chair.session, '4');
		await chair.session.waitFor('offline: 1 entry not shared');
		expect(await chair.session.screenText()).toContain('» 1 deferred');
		await server.start();
		await chair.session.waitFor(' · shared · ', 10_000);
		await secretary.session.waitFor('» 1 deferred', 10_000);

		// Each machine's own journal holds all three entries once, in the server's order.
		const [chairs, secretarys] = await Promise.all([readJournal(chair.journal), readJournal(secretary.journal)]);
		expect(chairs.entries).toHaveLength(3);
		expect(new Set(secretarys.entries.map(entry => entry.id))).toEqual(new Set(chairs.entries.map(entry => entry.id)));
	}, 60_000);

	it('a wrong password: one clear line before the dashboard opens, exit 1, no secret shown', async () => {
		await sharedDatabase(server, 'dashboardwrong');
		const {session} = await machine('chair', server.url('dashboardwrong', 'postgres', 'Wrong-Dashboard-Secret'), 'chair', 'Ana');
		const exit = await session.exited;
		expect(exit.exitCode).toBe(1);
		const raw = session.rawOutput();
		expect(raw).toMatch(/council: cannot use the shared journal at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/dashboardwrong: password authentication failed for user "postgres"/);
		expect(raw).not.toContain('Wrong-Dashboard-Secret');
		expect(raw.trim().split('\n')).toHaveLength(1);
	});

	it('a shared journal of another session: one clear line before the dashboard opens, exit 1, nothing written', async () => {
		const url = await sharedDatabase(server, 'dashboardsession');
		await sql(url, "update council_log set session = 'c100-other'");
		const {session, journal} = await machine('chair', url, 'chair', 'Ana');
		const exit = await session.exited;
		expect(exit.exitCode).toBe(1);
		const raw = session.rawOutput();
		expect(raw.trim().split('\n')).toHaveLength(1);
		expect(raw).toMatch(/^council: cannot use the shared journal at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/dashboardsession: the shared journal belongs to session "c100-other", not to session "[^"]+" of this journal/);
		expect((await readJournal(journal)).entries).toHaveLength(0);
		expect(await sql(url, 'select count(*)::int as n from council_entries')).toEqual([{n: 0}]);
	});

	it('a server that accepts and never answers holds the dashboard back a moment at most, and does not delay quitting', async () => {
		const net = await import('node:net');
		const silent = net.createServer(() => undefined);
		await new Promise<void>(resolve => {
			silent.listen(0, '127.0.0.1', resolve);
		});
		const address = silent.address();
		const port = typeof address === 'object' && address !== null ? address.port : 0;
		const started = Date.now();
		// COUNCIL_SHARE instead of --share.
		const {session} = await machine('projector', `postgres://postgres:${server.password}@127.0.0.1:${port}/none`, 'viewer', 'Projector', {cols: 100, rows: 30}, true);
		await session.waitForReady('q quit');
		expect(Date.now() - started).toBeLessThan(4000);
		expect(await session.screenText()).toContain('connecting: 0 entries not shared');
		const quitAt = Date.now();
		session.write('q');
		expect((await session.exited).exitCode).toBe(0);
		expect(Date.now() - quitAt).toBeLessThan(1500);
		silent.close();
	});

	it('opens offline when the server cannot be reached, and says so', async () => {
		const {session} = await machine('projector', `postgres://postgres:${server.password}@127.0.0.1:1/none`, 'viewer', 'Projector', {cols: 200, rows: 30});
		// The header's words, not the footer's "q quit": the notice saying the server cannot be reached may take the footer before the first frame is read.
		await session.waitForReady('offline: 0 entries not shared');
		// The help screen says where entries go, the password masked (200 columns: the title also names the author and the journal).
		session.write('?');
		await session.waitFor('shared at postgres://postgres:***@127.0.0.1:1/none');
		session.write('?');
		expect(session.rawOutput()).not.toContain(server.password);
		session.write('q');
		expect((await session.exited).exitCode).toBe(0);
	});
});
