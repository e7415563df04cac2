import {readFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {makeEntry} from '../../source/journal/entry-id.js';
import {readJournal} from '../../source/journal/read.js';
import {ShareConnection} from '../../source/share/connection.js';
import {describeShareError, isFatalError} from '../../source/share/errors.js';
import {createViewerRole, migrate} from '../../source/share/schema.js';
import {startPostgres, type TestPostgres} from '../helpers/postgres.js';
import {converged, ids, machineStarter, removeFolders, sharedDatabase, shareFolder, shareTarget, sql, stopAll, until} from './helpers.js';

/*
The shared journal against a real PostgreSQL (one throwaway server for the
file, a database per test): migrations, the viewer's role and the README's
GRANTs, connecting and its failures, many writers, a late joiner, hostile rows.
Offline scenarios are in offline.test.ts.
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

describe('the schema', () => {
	it('is created by versioned migrations that change nothing when run again, even several at once', async () => {
		await server.createDatabase('migrations');
		const target = shareTarget(server.url('migrations'));
		const connections = await Promise.all([1, 2, 3].map(async () => ShareConnection.open(target)));
		const results = await Promise.all(connections.map(async connection => migrate(connection)));
		expect(results.map(result => result.to)).toEqual([2, 2, 2]);
		expect(results.filter(result => result.from === 0)).toHaveLength(1);
		expect(await migrate(connections[0]!)).toEqual({from: 2, to: 2});
		await Promise.all(connections.map(async connection => connection.close()));
		expect(await sql(server.url('migrations'), 'select version from council_schema order by version')).toEqual([{version: 1}, {version: 2}]);
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
		const folder = shareFolder();
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
		const folder = shareFolder();
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
		const folder = shareFolder();
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
		const folder = shareFolder();
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
		const folder = shareFolder();
		const early = await machine(folder, 'early', url);
		await early.live.firstAttempt;
		const recorded = await early.record(25);
		await until(() => converged([early], 25), 'the early entries shared');
		const late = await machine(folder, 'late', url);
		await until(() => converged([early, late], 25), 'the late machine caught up');
		expect((await readJournal(late.journal)).entries.map(entry => entry.id)).toEqual(recorded.map(entry => entry.id));
		await stopAll(early, late);
	});

	it('two screens on one laptop, one journal: the entries of others are written to it once', async () => {
		const url = await sharedDatabase(server, 'onejournal');
		const folder = shareFolder();
		const [first, second, remote] = await Promise.all([machine(folder, 'laptop', url), machine(folder, 'laptop', url), machine(folder, 'remote', url)]);
		await Promise.all([first, second, remote].map(async one => one.live.firstAttempt));
		await remote.record(60);
		await until(() => converged([first, second, remote], 60), 'the three with the same 60 entries');
		const local = await readJournal(first.journal);
		expect(local.problems).toEqual([]);
		expect(local.entries).toHaveLength(60);
		await stopAll(first, second, remote);
	});

	it('hostile rows in the shared table are skipped and reported like bad local lines; the rest is kept', async () => {
		const url = await sharedDatabase(server, 'hostile');
		const folder = shareFolder();
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
			// The journal's own nesting bound, as for a local line.
			expect.stringMatching(/^shared entry #8 nests lists and objects more than \d+ deep .* and was skipped/),
		]);
		for (const problem of view.problems) {
			// eslint-disable-next-line no-control-regex
			expect(problem.message).not.toMatch(/[\u0000-\u001F]/);
		}

		await stopAll(honest);
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

		const folder = shareFolder();
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
