import {readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {appendEntry} from '../../source/journal/append.js';
import {makeEntry} from '../../source/journal/entry-id.js';
import {readJournal} from '../../source/journal/read.js';
import {ShareConnection} from '../../source/share/connection.js';
import {describeShareError, isFatalError} from '../../source/share/errors.js';
import {createViewerRole, migrate} from '../../source/share/schema.js';
import {startPostgres, type TestPostgres} from '../helpers/postgres.js';
import {temporaryFolder} from '../journal/helpers.js';
import {ids, shareTarget, sharedDatabase, sql, startMachine, startRelay, until, type Machine} from './helpers.js';

/*
The shared journal against a real PostgreSQL (one throwaway server for the
file, a database per test): migrations, the viewer's role, many writers, the
server killed and restarted, a machine cut off and back, a process killed
between saving and sharing, hostile rows, wrong passwords.
*/

let server: TestPostgres;
const machines: Machine[] = [];

beforeAll(async () => {
	server = await startPostgres();
});

afterAll(async () => {
	await Promise.all(machines.map(async machine => machine.live.stop()));
	await server?.stop();
});

async function machine(folder: string, name: string, url: string, options: {canPush?: boolean} = {}): Promise<Machine> {
	const started = await startMachine(folder, name, url, options);
	machines.push(started);
	return started;
}

async function stopAll(...list: Machine[]): Promise<void> {
	await Promise.all(list.map(async one => one.live.stop()));
}

function converged(list: readonly Machine[], count: number): boolean {
	const first = list[0]!.latest();
	return list.every(one => {
		const view = one.latest();
		return view.status.state === 'online' && view.status.unshared === 0 && view.entries.length === count && ids(view).join() === ids(first).join();
	});
}

describe('the schema', () => {
	it('is created by versioned migrations that change nothing when run again, even several at once', async () => {
		await server.createDatabase('migrations');
		const target = shareTarget(server.url('migrations'));
		const connections = await Promise.all([1, 2, 3].map(async () => ShareConnection.open(target)));
		const results = await Promise.all(connections.map(async connection => migrate(connection)));
		expect(results.map(result => result.to)).toEqual([1, 1, 1]);
		expect(results.filter(result => result.from === 0)).toHaveLength(1);
		expect(await migrate(connections[0]!)).toEqual({from: 1, to: 1});
		await Promise.all(connections.map(async connection => connection.close()));
		expect(await sql(server.url('migrations'), 'select version from council_schema')).toEqual([{version: 1}]);
		expect(await sql(server.url('migrations'), 'select count(*)::int as logs from council_log')).toEqual([{logs: 1}]);
	});
});

describe('a viewer', () => {
	it('can read the shared journal and the database refuses its inserts, updates and deletes', async () => {
		const url = await sharedDatabase(server, 'viewer');
		const admin = await ShareConnection.open(shareTarget(url));
		expect(await createViewerRole(admin, 'delegates', 'viewer-pass-1')).toBe('created');
		expect(await createViewerRole(admin, 'delegates', 'viewer-pass-2')).toBe('updated');
		await admin.close();
		await sql(url, 'insert into council_entries (id, line, machine) values ($1, $2, $3)', ['0mx00000a-000000000001', '{}', 'chair']);

		const viewerUrl = server.url('viewer', 'delegates', 'viewer-pass-2');
		expect(await sql(viewerUrl, 'select count(*)::int as n from council_entries')).toEqual([{n: 1}]);
		for (const statement of [
			"insert into council_entries (id, line, machine) values ('0mx00000a-000000000002', '{}', 'viewer')",
			"update council_entries set line = 'x'",
			'delete from council_entries',
			'create table mine (x int)',
		]) {
			await expect(sql(viewerUrl, statement)).rejects.toMatchObject({code: expect.stringMatching(/^42501$/)});
		}

		// A viewer's follower reads and never tries to write.
		const folder = temporaryFolder('council-share-');
		const watcher = await machine(folder, 'projector', viewerUrl, {canPush: false});
		expect(await watcher.live.firstAttempt).toEqual({ok: true});
		expect(watcher.latest().status).toMatchObject({state: 'online', isReadOnly: true});
		await stopAll(watcher);
	});
});

describe('connecting', () => {
	it('reports a wrong password in one line that names the user, never the password', async () => {
		await sharedDatabase(server, 'wrongpassword');
		const target = shareTarget(server.url('wrongpassword', 'postgres', 'Not-The-Password-42'));
		const error = await ShareConnection.open(target).then(() => undefined, (failure: unknown) => failure);
		expect(isFatalError(error)).toBe(true);
		const line = describeShareError(error, target);
		expect(line).toContain('password authentication failed for user "postgres"');
		expect(line).not.toContain('Not-The-Password-42');
		expect(line).not.toContain(server.password);
		expect(line).not.toContain('\n');
	});

	it('a password changed mid-session: offline, and the reason is said (retrying will not fix it)', async () => {
		const url = await sharedDatabase(server, 'passwordchanged');
		await sql(url, "create role ana superuser login password 'first-pass-1'");
		const folder = temporaryFolder('council-share-');
		const ana = await machine(folder, 'ana', server.url('passwordchanged', 'ana', 'first-pass-1'));
		expect(await ana.live.firstAttempt).toEqual({ok: true});
		await sql(url, "alter role ana password 'second-pass-2'");
		await sql(url, "select pg_terminate_backend(pid) from pg_stat_activity where usename = 'ana'");
		await ana.record(1);
		await until(() => ana.latest().status.reason !== undefined, 'the reason in the status');
		expect(ana.latest().status).toMatchObject({state: 'offline', unshared: 1, reason: 'password authentication failed for user "ana"'});
		await stopAll(ana);
	});

	it('asks for TLS when the URL says sslmode=require (this test server offers none, so it refuses)', async () => {
		const target = shareTarget(`${server.url('postgres')}?sslmode=require`);
		const error = await ShareConnection.open(target).then(() => undefined, (failure: unknown) => failure);
		expect(describeShareError(error, target)).toContain('the server does not offer TLS, which sslmode=require asks for');
		expect(isFatalError(error)).toBe(true);
	});

	it('says when the database has no shared journal yet, or does not exist', async () => {
		const folder = temporaryFolder('council-share-');
		await server.createDatabase('noschema');
		const bare = await machine(folder, 'a', server.url('noschema'));
		expect(await bare.live.firstAttempt).toMatchObject({ok: false, isFatal: true, message: expect.stringContaining('run council share init')});
		const missing = await machine(folder, 'b', server.url('nosuchdatabase'));
		expect(await missing.live.firstAttempt).toMatchObject({ok: false, isFatal: true, message: expect.stringContaining('database "nosuchdatabase" does not exist')});
		await stopAll(bare, missing);
	});
});

describe('sharing', () => {
	it('three writers x 1,000 entries: every entry present once, in the same order on every machine and in every local journal', async () => {
		const url = await sharedDatabase(server, 'threewriters');
		const folder = temporaryFolder('council-share-');
		const writers = await Promise.all(['chair', 'secretary', 'projector'].map(async name => machine(folder, name, url)));
		await Promise.all(writers.map(async writer => writer.live.firstAttempt));
		await Promise.all(writers.map(async writer => writer.record(1000)));
		await until(() => converged(writers, 3000), 'three machines with the same 3,000 entries', 60_000);

		const order = ids(writers[0]!.latest());
		expect(new Set(order).size).toBe(3000);
		const rows = await sql(url, 'select id from council_entries order by seq');
		expect(rows.map(row => row['id'])).toEqual(order);
		for (const writer of writers) {
			const local = await readJournal(writer.journal);
			expect(local.problems).toEqual([]);
			expect(local.entries).toHaveLength(3000);
			expect(new Set(local.entries.map(entry => entry.id)).size).toBe(3000);
		}

		// Which machine wrote each entry travels with it.
		const machinesOf = writers[1]!.latest().machines;
		expect(new Set(order.map(id => machinesOf.get(id)))).toEqual(new Set(['chair', 'secretary', 'projector']));
		await stopAll(...writers);
	}, 120_000);

	it('a machine joining late gets the whole log, saved in its own journal in the server\'s order', async () => {
		const url = await sharedDatabase(server, 'latejoiner');
		const folder = temporaryFolder('council-share-');
		const early = await machine(folder, 'early', url);
		await early.live.firstAttempt;
		const recorded = await early.record(25);
		await until(() => converged([early], 25), 'the early entries shared');
		const late = await machine(folder, 'late', url);
		await until(() => converged([early, late], 25), 'the late machine caught up');
		expect((await readJournal(late.journal)).entries.map(entry => entry.id)).toEqual(recorded.map(entry => entry.id));
		await stopAll(early, late);
	});

	it('a process killed between saving an entry and pushing it pushes it at its next start', async () => {
		const url = await sharedDatabase(server, 'killedbeforepush');
		const folder = temporaryFolder('council-share-');
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

	it('hostile rows in the shared table are skipped and reported like bad local lines; the rest is kept', async () => {
		const url = await sharedDatabase(server, 'hostile');
		const folder = temporaryFolder('council-share-');
		const honest = await machine(folder, 'honest', url);
		const [mine] = await honest.record(1);
		await until(() => converged([honest], 1), 'the honest entry shared');
		const valid = makeEntry({kind: 'status', payload: {item: 'item-budget', status: 'decided'}}, {name: 'Eve\u001B]52;c;ZXZpbA==\u0007\u001B[2J', role: 'secretary'}, Date.now(), new Uint8Array(6));
		const insert = 'insert into council_entries (id, line, machine) values ($1, $2, $3)';
		await sql(url, insert, ['bad-json', '{"v":1,', 'mallory']);
		await sql(url, insert, ['bad-kind', JSON.stringify({...valid, id: '0mx00000b-00000000000b', kind: 'launch'}), 'mallory']);
		await sql(url, insert, ['0mx00000c-00000000000c', JSON.stringify(valid), 'mallory']);
		await sql(url, insert, ['huge', `{"x":"${'A'.repeat(300_000)}"}`, 'mallory']);
		await sql(url, insert, [valid.id, JSON.stringify(valid), 'mallory\u001B[31m']);
		await sql(url, insert, ['forged', JSON.stringify({...mine, id: 'forged'}), 'mallory']);
		await sql(url, insert, ['deep', `${'['.repeat(50_000)}${']'.repeat(50_000)}`, 'mallory']);

		await until(() => honest.latest().entries.length === 2 && honest.latest().problems.length === 6, 'the hostile rows seen');
		const view = honest.latest();
		expect(ids(view)).toEqual([mine!.id, valid.id]);
		expect(view.entries[1]!.author.name).toBe('Eve');
		expect(view.machines.get(valid.id)).toBe('mallory');
		expect(view.problems.map(problem => problem.message)).toEqual([
			expect.stringMatching(/^shared entry #2 is not JSON and was skipped/),
			expect.stringMatching(/^shared entry #3 is not a valid journal entry and was skipped/),
			expect.stringMatching(/^shared entry #4 holds entry .* under the id .* and was skipped/),
			expect.stringMatching(/^shared entry #5 is longer than any journal entry and was skipped/),
			expect.stringMatching(/^shared entry #7 is not a valid journal entry and was skipped/),
			expect.stringMatching(/^shared entry #8 is (not JSON|not a valid journal entry) and was skipped/),
		]);
		for (const problem of view.problems) {
			// eslint-disable-next-line no-control-regex
			expect(problem.message).not.toMatch(/[\u0000-\u001F]/);
		}

		await stopAll(honest);
	});
});

describe('offline', () => {
	it('goes on recording when the server is killed (-9) and restarted mid-session; then nothing is lost or doubled', async () => {
		const url = await sharedDatabase(server, 'killed');
		const folder = temporaryFolder('council-share-');
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
		const folder = temporaryFolder('council-share-');
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
		const folder = temporaryFolder('council-share-');
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

describe('the README\'s GRANTs', () => {
	function readmeBlock(from: string, to: string | undefined): string[] {
		const readme = readFileSync(path.join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
		const start = readme.indexOf('The roles, in SQL');
		const block = readme.slice(readme.indexOf('```sql', start) + 6, readme.indexOf('```', readme.indexOf('```sql', start) + 6));
		const section = block.slice(block.indexOf(from), to === undefined ? undefined : block.indexOf(to));
		return section.replace(/--[^\n]*/g, '').split(';').map(statement => statement.trim()).filter(statement => statement !== '');
	}

	it('give a writer what sharing needs and no more, and a viewer only reading', async () => {
		const url = await sharedDatabase(server, 'council');
		for (const statement of readmeBlock('-- writers', '-- viewers')) {
			await sql(url, statement.replace("'…'", "'writer-pass-1'"));
		}

		await sql(url, "create role delegates2 login password 'viewer-pass-3'");
		for (const statement of readmeBlock('-- viewers', undefined)) {
			await sql(url, statement.replaceAll('delegates', 'delegates2'));
		}

		const folder = temporaryFolder('council-share-');
		const writer = await machine(folder, 'secretariat', server.url('council', 'secretariat', 'writer-pass-1'));
		await writer.record(3);
		await until(() => converged([writer], 3), 'the writer\'s three entries shared');
		const writerUrl = server.url('council', 'secretariat', 'writer-pass-1');
		await expect(sql(writerUrl, 'delete from council_entries')).rejects.toMatchObject({code: '42501'});
		await expect(sql(writerUrl, "update council_entries set line = 'x'")).rejects.toMatchObject({code: '42501'});
		const viewerUrl = server.url('council', 'delegates2', 'viewer-pass-3');
		expect(await sql(viewerUrl, 'select count(*)::int as n from council_entries')).toEqual([{n: 3}]);
		await expect(sql(viewerUrl, "insert into council_entries (id, line, machine) values ('x', 'y', 'z')")).rejects.toMatchObject({code: '42501'});
		await stopAll(writer);
	});
});

describe('the marker file in the wrong shape', () => {
	it('a FIFO or a symlink in its place neither hangs the start nor gets written through', async () => {
		const {execFileSync} = await import('node:child_process');
		const {lstatSync, symlinkSync, writeFileSync} = await import('node:fs');
		const url = await sharedDatabase(server, 'markershape');
		const folder = temporaryFolder('council-share-');
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
