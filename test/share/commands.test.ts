import {execFile} from 'node:child_process';
import {chmodSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {hashFile, readJournalHeader} from '../../source/journal/header.js';
import {readJournal} from '../../source/journal/read.js';
import {cliPath} from '../helpers/council.js';
import {freePort, startPostgres, type TestPostgres} from '../helpers/postgres.js';
import {fixtureDatasetPath} from '../journal/helpers.js';
import {removeFolders, shareFolder, sql} from './helpers.js';

/*
`council share init|push|pull|status`, `council log --share` and `council
record --share` as a user runs them: the built CLI in a child process, against
a throwaway PostgreSQL. Every failure is one line, exit 1, and no output ever
holds a password.
*/

const execFileAsync = promisify(execFile);
let server: TestPostgres;

beforeAll(async () => {
	server = await startPostgres();
});

afterAll(async () => {
	await server?.stop();
	removeFolders();
});

type Run = {readonly code: number; readonly stdout: string; readonly stderr: string};

function council(folder: string, env: Record<string, string> = {}) {
	return async (...args: string[]): Promise<Run> => {
		try {
			const {stdout, stderr} = await execFileAsync(process.execPath, [cliPath, ...args], {
				cwd: folder,
				env: {PATH: process.env['PATH'] ?? '', HOME: folder, COUNCIL_DATA_DIR: path.join(folder, 'data'), COUNCIL_CONFIG_DIR: path.join(folder, 'config'), ...env},
			});
			return {code: 0, stdout, stderr};
		} catch (error: unknown) {
			const failed = error as {code: number; stdout: string; stderr: string};
			return {code: failed.code, stdout: failed.stdout, stderr: failed.stderr};
		}
	};
}

function expectNoSecret(run: Run, ...secrets: string[]): void {
	for (const secret of [server.password, ...secrets]) {
		expect(run.stdout).not.toContain(secret);
		expect(run.stderr).not.toContain(secret);
	}
}

describe('council share', () => {
	it('init creates the schema once, and a viewer role that can read and not write', async () => {
		const folder = shareFolder('council-share-cli-');
		const run = council(folder);
		await server.createDatabase('cliinit');
		const url = server.url('cliinit');
		const first = await run('share', 'init', url, '--viewer-role', 'delegates', '--viewer-password', 'Viewer-Secret-9');
		expect(first).toMatchObject({code: 0, stderr: ''});
		expect(first.stdout).toBe(`Shared journal ready at postgres://postgres:***@127.0.0.1:${server.port}/cliinit: schema version 2 (created)\nViewer role "delegates" created: it can read the shared journal, not write it\n`);
		expectNoSecret(first, 'Viewer-Secret-9');
		const again = await run('share', 'init', '--share', url);
		expect(again.stdout).toContain('schema version 2 (already up to date)');

		// The viewer's URL: log works, pushing and recording are refused by the database.
		const viewer = server.url('cliinit', 'delegates', 'Viewer-Secret-9');
		await run('record', 'current', 'PL 1.01', '--data', fixtureDatasetPath, '--journal', 'mine.jsonl', '--author', 'Ana', '--role', 'chair');
		const push = await run('share', 'push', '--share', viewer, '--journal', 'mine.jsonl', '--data', fixtureDatasetPath);
		expect(push.code).toBe(1);
		expect(push.stderr).toBe(`council share push: cannot use the shared journal at postgres://delegates:***@127.0.0.1:${server.port}/cliinit: permission denied for table council_entries (this database role can read the shared journal, not write to it)\n`);
		expectNoSecret(push, 'Viewer-Secret-9');
		const record = await run('record', 'current', 'PL 1.02', '--data', fixtureDatasetPath, '--journal', 'mine.jsonl', '--author', 'Ana', '--role', 'chair', '--share', viewer);
		expect(record.code).toBe(1);
		expect(record.stderr).toContain('not recorded: cannot use the shared journal at postgres://delegates:***@');
		expect((await readJournal(path.join(folder, 'mine.jsonl'))).entries).toHaveLength(1);
		const log = await run('log', '--share', viewer, '--data', fixtureDatasetPath);
		expect(log).toMatchObject({code: 0, stdout: `Shared journal postgres://delegates:***@127.0.0.1:${server.port}/cliinit: no entries yet\n`});
	});

	it('push, pull and status share a journal recorded offline; log --share names the machine of each entry', async () => {
		const folder = shareFolder('council-share-cli-');
		await server.createDatabase('clisync');
		const url = server.url('clisync');
		const chair = council(folder, {COUNCIL_MACHINE: 'chair-laptop'});
		const secretary = council(folder, {COUNCIL_MACHINE: 'secretary-laptop'});
		expect((await chair('share', 'init', url)).code).toBe(0);
		const data = ['--data', fixtureDatasetPath];
		await chair('record', 'status', 'PL 1.01', 'under-consideration', ...data, '--journal', 'chair.jsonl', '--author', 'Ana', '--role', 'chair');
		await chair('record', 'current', 'PL 1.01', ...data, '--journal', 'chair.jsonl', '--author', 'Ana', '--role', 'chair');
		await secretary('record', 'position', 'PL 1.01', '--delegation', '中国', '--stance', 'supports', ...data, '--journal', 'secretary.jsonl', '--author', 'Лена', '--role', 'secretary');

		const status = await chair('share', 'status', '--share', url, '--journal', 'chair.jsonl', ...data);
		expect(status.stdout).toBe(`Shared journal postgres://postgres:***@127.0.0.1:${server.port}/clisync: 0 entries from 0 machines, schema version 2\nLocal journal ${path.join(folder, 'chair.jsonl')}: 2 entries, 2 entries not shared (council share push)\n`);
		expect((await chair('share', 'push', '--share', url, '--journal', 'chair.jsonl', ...data)).stdout).toContain('Pushed 2 entries from');
		expect((await chair('share', 'push', '--share', url, '--journal', 'chair.jsonl', ...data)).stdout).toContain('Pushed 0 entries from');
		expect((await secretary('share', 'push', '--share', url, '--journal', 'secretary.jsonl', ...data)).stdout).toContain('the shared journal holds 3 entries');
		const pull = await chair('share', 'pull', '--share', url, '--journal', 'chair.jsonl', ...data);
		expect(pull.stdout).toContain('Pulled 1 entry from');
		expect((await readJournal(path.join(folder, 'chair.jsonl'))).entries).toHaveLength(3);
		expect((await chair('share', 'status', '--share', url, '--journal', 'chair.jsonl', ...data)).stdout).toContain('3 entries, every one shared');

		const log = await chair('log', '--share', url, ...data);
		expect(log.code).toBe(0);
		const lines = log.stdout.trimEnd().split('\n');
		expect(lines[0]).toBe(`Shared journal postgres://postgres:***@127.0.0.1:${server.port}/clisync: 3 entries from 2 machines`);
		expect(lines[1]).toMatch(/Ana \(chair\) {2}status of PL 1\.01 .* {2}on chair-laptop$/);
		expect(lines[3]).toMatch(/Лена \(secretary\) {2}position of .* {2}on secretary-laptop$/);
		const json = JSON.parse((await chair('log', '--share', url, '--json', ...data)).stdout) as {entries: Array<{seq: number; machine: string}>};
		expect(json.entries.map(entry => [entry.seq, entry.machine])).toEqual([[1, 'chair-laptop'], [2, 'chair-laptop'], [3, 'secretary-laptop']]);
		expectNoSecret(log);

		// The summary record from the shared journal: every machine's entries in the server's order, the same
		// record whichever machine drafts it (the secretary's own journal, never pulled, has only its entry).
		type Record = {audit: {journal: {entries: number}; entries: Array<{id: string}>}};
		const ids = (run: Run) => (JSON.parse(run.stdout) as Record).audit.entries.map(entry => entry.id);
		const shared = await secretary('export', '--share', url, '--format', 'json', ...data);
		expect(shared.code).toBe(0);
		expect((JSON.parse(shared.stdout) as Record).audit.journal.entries).toBe(3);
		expect(ids(shared)).toEqual((JSON.parse((await chair('log', '--share', url, '--json', ...data)).stdout) as {entries: Array<{entry: {id: string}}>}).entries.map(one => one.entry.id));
		expect(ids(await chair('export', '--share', url, '--format', 'json', ...data))).toEqual(ids(shared));
		expect(ids(await secretary('export', '--journal', 'secretary.jsonl', '--format', 'json', ...data))).toHaveLength(1);
		expectNoSecret(shared);
		expect(await secretary('export', '--share', url, '--journal', 'secretary.jsonl', ...data)).toMatchObject({code: 2, stderr: expect.stringMatching(/^council: give --journal PATH or --share URL, not both\n/)});
		const unreachable = await secretary('export', '--share', `postgres://postgres:${server.password}@127.0.0.1:1/clisync`, ...data);
		expect(unreachable.code).toBe(1);
		expect(unreachable.stderr).toMatch(/^council export: cannot use the shared journal at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/clisync: nobody answers at 127\.0\.0\.1:1 \(connection refused\)\n$/);
		expectNoSecret(unreachable);
	});

	it('record --share shares the entry once saved, and records it locally when the server cannot be reached', async () => {
		const folder = shareFolder('council-share-cli-');
		await server.createDatabase('clirecord');
		const url = server.url('clirecord');
		const run = council(folder);
		await run('share', 'init', url);
		const data = ['--data', fixtureDatasetPath, '--journal', 'j.jsonl', '--author', 'Ana', '--role', 'chair'];
		const shared = await run('record', 'current', 'PL 1.03', ...data, '--share', url);
		expect(shared.code).toBe(0);
		expect(shared.stdout).toContain(`  shared to postgres://postgres:***@127.0.0.1:${server.port}/clirecord\n`);
		const down = `postgres://postgres:${server.password}@127.0.0.1:${await freePort()}/clirecord`;
		const offline = await council(folder, {COUNCIL_SHARE: down})('record', 'current', 'PL 1.02', ...data);
		expect(offline.code).toBe(0);
		expect(offline.stdout).toContain('Recorded current item');
		expect(offline.stderr).toMatch(/^ {2}not shared \(nobody answers at 127\.0\.0\.1:\d+ \(connection refused\)\): it will be shared by council share push --share postgres:\/\/postgres:\*\*\*@/);
		expectNoSecret(offline);
		expect((await readJournal(path.join(folder, 'j.jsonl'))).entries).toHaveLength(2);
		expect(await sql(url, 'select count(*)::int as n from council_entries')).toEqual([{n: 1}]);
	});

	it('a wrong password, user, port or URL: one clear line, exit 1, no secret shown', async () => {
		const folder = shareFolder('council-share-cli-');
		const run = council(folder);
		await server.createDatabase('cliwrong');
		await run('share', 'init', server.url('cliwrong'));
		const wrong = server.url('cliwrong', 'postgres', 'Wrong-Secret-77');
		const cases: Array<[string[], RegExp]> = [
			[['share', 'status', '--share', wrong], /^council share status: cannot use the shared journal at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/cliwrong: password authentication failed for user "postgres"\n$/],
			[['share', 'init', wrong], /^council share init: cannot use the shared journal at .*: password authentication failed for user "postgres"\n$/],
			[['log', '--share', wrong], /^council log: cannot use the shared journal at .*: password authentication failed for user "postgres"\n$/],
			[['share', 'push', '--share', `postgres://postgres:Wrong-Secret-77@127.0.0.1:${await freePort()}/x`], /^council share push: cannot use the shared journal at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/x: nobody answers at 127\.0\.0\.1:\d+ \(connection refused\)\n$/],
			[['share', 'status', '--share', server.url('nosuchdb')], /: database "nosuchdb" does not exist\n$/],
			[['share', 'status', '--share', 'http://postgres:Wrong-Secret-77@example.org/db'], /^council share status: not a PostgreSQL URL: "http:\/\/postgres:\*\*\*@example\.org\/db"/],
			[['record', 'current', 'PL 1.01', '--data', fixtureDatasetPath, '--role', 'chair', '--share', wrong], /^council record: not recorded: cannot use the shared journal at .*: password authentication failed for user "postgres"\n$/],
		];
		for (const [args, expected] of cases) {
			const result = await run(...args);
			expect(result.code, args.join(' ')).toBe(1);
			expect(result.stderr).toMatch(expected);
			expectNoSecret(result, 'Wrong-Secret-77');
		}
	});

	it('takes the password from PGPASSWORD or a private ~/.pgpass, and says so when there is none', async () => {
		const folder = shareFolder('council-share-cli-');
		await server.createDatabase('clipgpass');
		const bare = `postgres://postgres@127.0.0.1:${server.port}/clipgpass`;
		expect((await council(folder, {PGPASSWORD: server.password})('share', 'init', bare)).code).toBe(0);
		const pgpass = path.join(folder, '.pgpass');
		writeFileSync(pgpass, `127.0.0.1:${server.port}:*:postgres:${server.password}\n`);
		chmodSync(pgpass, 0o600);
		expect((await council(folder)('share', 'status', '--share', bare)).stdout).toContain('0 entries from 0 machines');
		expect((await council(folder, {PGHOST: '127.0.0.1', PGPORT: String(server.port), PGUSER: 'postgres', COUNCIL_SHARE: 'postgres:///clipgpass'})('share', 'status')).code).toBe(0);
		chmodSync(pgpass, 0o644);
		const refused = await council(folder)('share', 'status', '--share', bare);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain('the server asks for a password and none was given (in the URL, PGPASSWORD or ~/.pgpass)');
	});

	it('a hostile row is skipped with a warning, and nothing from it reaches the terminal as an escape sequence', async () => {
		const folder = shareFolder('council-share-cli-');
		await server.createDatabase('clihostile');
		const url = server.url('clihostile');
		const run = council(folder);
		await run('share', 'init', url);
		await sql(url, 'insert into council_entries (id, line, machine) values ($1, $2, $3)', ['evil', '\u001B]52;c;ZXZpbA==\u0007not json', 'x\u001B[2J']);
		const log = await run('log', '--share', url, '--data', fixtureDatasetPath);
		expect(log.code).toBe(0);
		expect(log.stderr).toBe('warning: shared entry #1 is not JSON and was skipped: not json\n');
		// eslint-disable-next-line no-control-regex
		expect(log.stdout + log.stderr).not.toMatch(/\u001B/);
	});

	it('help names the share commands and options without any secret', async () => {
		const folder = shareFolder('council-share-cli-');
		const run = council(folder, {COUNCIL_SHARE: server.url('postgres')});
		const help = await run('share', '--help');
		expect(help.stdout).toContain('council share init URL [--viewer-role NAME --viewer-password PASSWORD]');
		expect((await run('--help')).stdout).toContain('--share URL');
		expectNoSecret(help);
		const usage = await run('share', 'frobnicate', `postgres://a:${server.password}@h/d`);
		expect(usage.code).toBe(2);
		expectNoSecret(usage);
		// An empty --share is a mistake, never "do not share".
		for (const args of [['share', 'status', '--share', ''], ['log', '--share', ''], ['record', 'current', '1', '--role', 'chair', '--share', ''], ['--share', '']]) {
			const empty = await run(...args);
			expect(empty.code, args.join(' ')).toBe(2);
			expect(empty.stderr).toMatch(/^council: --share needs a URL \(postgres:\/\/USER@HOST\/DATABASE\), not an empty one\n/);
		}
	});

	it('binds the shared journal to a session: a journal of another session is refused by push, record and log (one line, exit 1); pull into a new journal writes the header of the dataset given', async () => {
		const folder = shareFolder('council-share-cli-');
		await server.createDatabase('clisession');
		const url = server.url('clisession');
		const run = council(folder, {COUNCIL_MACHINE: 'chair-laptop'});
		expect((await run('share', 'init', url)).code).toBe(0);
		const data = ['--data', fixtureDatasetPath];
		await run('record', 'current', 'PL 1.01', ...data, '--journal', 'chair.jsonl', '--author', 'Ana', '--role', 'chair');
		expect((await run('share', 'push', '--share', url, '--journal', 'chair.jsonl', ...data)).code).toBe(0);

		// Another session's dataset (council new gives it its own session id) and a journal recorded on it.
		expect((await run('new', 'other.json', '--title', 'Совет 2027 · 理事会')).code).toBe(0);
		const other = JSON.parse(readFileSync(path.join(folder, 'other.json'), 'utf8')) as {session: {id: string}};
		const otherData = ['--data', 'other.json', '--journal', 'other.jsonl'];
		expect((await run('record', 'delegation', 'Holy See', ...otherData, '--author', 'Ana', '--role', 'chair')).code).toBe(0);
		const refusal = `the shared journal belongs to session "c99-test", not to session "${other.session.id}" of this journal: use that session's dataset, or another database for this session`;
		const push = await run('share', 'push', '--share', url, ...otherData);
		expect(push).toMatchObject({code: 1, stdout: ''});
		expect(push.stderr).toBe(`council share push: cannot use the shared journal at postgres://postgres:***@127.0.0.1:${server.port}/clisession: ${refusal}\n`);
		const record = await run('record', 'delegation', 'Sovereign Order of Malta', ...otherData, '--author', 'Ana', '--role', 'chair', '--share', url);
		expect(record.code).toBe(1);
		expect(record.stderr).toBe(`council record: not recorded: cannot use the shared journal at postgres://postgres:***@127.0.0.1:${server.port}/clisession: ${refusal}\n`);
		expect((await readJournal(path.join(folder, 'other.jsonl'))).entries).toHaveLength(1);
		const log = await run('log', '--share', url, '--data', 'other.json');
		expect(log.code).toBe(1);
		expect(log.stderr).toContain(refusal);
		expect(await sql(url, 'select count(*)::int as n, min(session) as session from council_entries')).toEqual([{n: 1, session: 'c99-test'}]);
		expectNoSecret(push);
		expectNoSecret(record);

		// Pulled into a journal that did not exist: it starts with the header of the dataset given, so it is bound like any other.
		const pull = await run('share', 'pull', '--share', url, '--journal', 'projector.jsonl', ...data);
		expect(pull.stdout).toContain('Pulled 1 entry from');
		const header = await readJournalHeader(path.join(folder, 'projector.jsonl'));
		expect(header).toMatchObject({session: 'c99-test', dataset: {path: fixtureDatasetPath, sha256: await hashFile(fixtureDatasetPath)}});
		expect((await readJournal(path.join(folder, 'projector.jsonl'))).entries).toHaveLength(1);
		// Bound: the other session's dataset is refused on it; without --data its own dataset is used.
		expect((await run('log', '--journal', 'projector.jsonl', '--data', 'other.json')).code).toBe(1);
		expect((await run('log', '--journal', 'projector.jsonl')).stdout).toContain('current item');
	});
});
