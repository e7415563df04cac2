import {chmodSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {maskUrl, parseShareUrl, retryTls, safeMessage, shareUrlFrom, tlsOptions, type ShareTarget} from '../../source/share/config.js';
import {clientConfig} from '../../source/share/connection.js';
import {describeShareError, isFatalError} from '../../source/share/errors.js';
import {backoffDelay} from '../../source/share/live.js';
import {parseMarker} from '../../source/share/local.js';
import {machineName} from '../../source/share/machine.js';
import {conflicts, extendsOrder, mergedOrder, missingLocally, shareStatusText, unsharedEntries} from '../../source/share/order.js';
import {matchPgpass, readPgpass} from '../../source/share/pgpass.js';
import {parseRow, type SharedEntry} from '../../source/share/rows.js';
import {entryFactory, temporaryFolder} from '../journal/helpers.js';

function target(url: string, env: NodeJS.ProcessEnv = {}): ShareTarget {
	const parsed = parseShareUrl(url, env);
	if (!parsed.ok) {
		throw new Error(parsed.message);
	}

	return parsed.value;
}

describe('the share URL', () => {
	it('takes host, port, user, password, database and sslmode from the URL', () => {
		expect(target('postgres://ana:s%40cret@db.example.org:5433/council?sslmode=require').config).toEqual({
			host: 'db.example.org', port: 5433, user: 'ana', password: 's@cret', database: 'council', sslmode: 'require', applicationName: 'council',
		});
	});

	it('leaves to libpq\'s variables what the URL does not say', () => {
		const config = clientConfig(target('postgres:///council'), {env: {PGHOST: 'pg.local', PGPORT: '6000', PGUSER: 'bo', PGDATABASE: 'other'}});
		expect(config).toMatchObject({host: 'pg.local', port: 6000, user: 'bo', database: 'council'});
		expect(target('postgres://ana@/db').config.host).toBeUndefined();
		expect(target('postgres:///db', {PGSSLMODE: 'require'}).config.sslmode).toBe('require');
		expect(target('postgresql://h/db?host=/var/run/postgresql').config.host).toBe('/var/run/postgresql');
	});

	it('prefers --share to COUNCIL_SHARE', () => {
		expect(shareUrlFrom('postgres://a/b', {COUNCIL_SHARE: 'postgres://c/d'})).toBe('postgres://a/b');
		expect(shareUrlFrom(undefined, {COUNCIL_SHARE: 'postgres://c/d'})).toBe('postgres://c/d');
		expect(shareUrlFrom(undefined, {COUNCIL_SHARE: '  '})).toBeUndefined();
	});

	it('refuses what is not a PostgreSQL URL, without echoing its password', () => {
		for (const url of ['http://ana:hunter22@h/db', 'postgres://ana:hunter22@h:99999/db', 'postgres://ana:hunter22@h/db?sslmode=sometimes', 'postgres://ana:hunter22@h/db?evil=1']) {
			const parsed = parseShareUrl(url, {});
			expect(parsed.ok).toBe(false);
			expect(parsed.ok ? '' : parsed.message).not.toContain('hunter22');
		}
	});

	it('keeps escape sequences in a URL out of its messages', () => {
		const parsed = parseShareUrl('postgres://ana:pw@h\u001B[2J\u001B]52;c;x\u0007/db?sslmode=\u001B[31mred', {});
		// eslint-disable-next-line no-control-regex
		expect(parsed.ok ? '' : parsed.message).not.toMatch(/[\u0000-\u001F]/);
	});

	it('masks passwords in URLs, even with an unencoded @ in them, and in password= parameters', () => {
		expect(maskUrl('at postgres://ana:p@ss@host:5432/db and postgresql://bo:x@h/d')).toBe('at postgres://ana:***@host:5432/db and postgresql://bo:***@h/d');
		expect(maskUrl('postgres://h/db?password=hunter22&sslmode=require')).toBe('postgres://h/db?password=***&sslmode=require');
		expect(target('postgres://ana:p@ss@host/db').shown).toBe('postgres://ana:***@host/db');
	});

	it('removes known secrets and control characters from any message', () => {
		expect(safeMessage('auth failed for hunter22\u001B]52;c;bad\u0007 now', ['hunter22'])).toBe('auth failed for *** now');
	});
});

describe('TLS', () => {
	const read = () => 'CERT';
	it('tries the other way only for prefer (a server without TLS) and allow (a server insisting on it)', () => {
		const noTls = new Error('The server does not support SSL connections');
		const insists = Object.assign(new Error('no pg_hba.conf entry for host "127.0.0.1", user "ana", database "db", no encryption'), {code: '28000'});
		expect(retryTls('prefer', noTls)).toBe(false);
		expect(retryTls('allow', insists)).toEqual({rejectUnauthorized: false});
		for (const mode of ['disable', 'require', 'verify-ca', 'verify-full'] as const) {
			expect(retryTls(mode, noTls)).toBeUndefined();
			expect(retryTls(mode, insists)).toBeUndefined();
		}

		expect(retryTls('prefer', new Error('password authentication failed for user "ana"'))).toBeUndefined();
		expect(retryTls('allow', Object.assign(new Error('password authentication failed'), {code: '28P01'}))).toBeUndefined();
	});

	it('asks pg for TLS when sslmode requires it, and not otherwise', () => {
		expect(clientConfig(target('postgres://h/db?sslmode=require')).ssl).toEqual({rejectUnauthorized: false});
		expect(clientConfig(target('postgres://h/db?sslmode=verify-full')).ssl).toEqual({rejectUnauthorized: true});
		expect(clientConfig(target('postgres://h/db?sslmode=disable')).ssl).toBe(false);
		expect(clientConfig(target('postgres://h/db?sslmode=allow')).ssl).toBe(false);
		// prefer, the default, asks for TLS first (and connects again without when the server has none: test/share/tls.test.ts).
		expect(clientConfig(target('postgres://h/db')).ssl).toEqual({rejectUnauthorized: false});
		expect(tlsOptions(target('postgres://h/db?sslmode=verify-ca&sslrootcert=/ca.pem').config, read)).toMatchObject({rejectUnauthorized: true, ca: 'CERT'});
	});
});

describe('~/.pgpass', () => {
	const query = {host: 'db.example.org', port: 5432, database: 'council', user: 'ana'};
	it('takes the first matching line, with * and escapes', () => {
		const text = '# comment\nother:5432:*:*:nope\ndb.example.org:5432:council:bo:notmine\ndb.example.org:*:*:ana:pa\\:ss\\\\1\n*:*:*:*:fallback\n';
		expect(matchPgpass(text, query)).toBe('pa:ss\\1');
		expect(matchPgpass(text, {...query, user: 'cy'})).toBe('fallback');
		expect(matchPgpass('localhost:5432:*:ana:sock\n', {...query, host: '/var/run/postgresql'})).toBe('sock');
	});

	it('ignores a file others can read, as libpq does', () => {
		const file = path.join(temporaryFolder('council-pgpass-'), 'pgpass');
		writeFileSync(file, 'db.example.org:5432:council:ana:secret\n');
		chmodSync(file, 0o600);
		expect(readPgpass(query, {PGPASSFILE: file})).toBe('secret');
		chmodSync(file, 0o644);
		expect(readPgpass(query, {PGPASSFILE: file})).toBeUndefined();
		expect(readPgpass(query, {PGPASSFILE: path.join(file, 'missing')})).toBeUndefined();
	});
});

describe('errors', () => {
	const share = target('postgres://ana:hunter22@db.example.org:5432/council');
	it('says what went wrong in one line, naming the URL without its password', () => {
		const refused = Object.assign(new Error('connect ECONNREFUSED 1.2.3.4:5432'), {code: 'ECONNREFUSED'});
		expect(describeShareError(refused, share)).toBe('cannot use the shared journal at postgres://ana:***@db.example.org:5432/council: nobody answers at db.example.org:5432 (connection refused)');
		expect(isFatalError(refused)).toBe(false);
		const wrong = Object.assign(new Error('password authentication failed for user "ana"'), {code: '28P01'});
		expect(isFatalError(wrong)).toBe(true);
		const echoed = Object.assign(new Error('proxy says: bad password hunter22\nsecond line'), {code: 'XX000'});
		const line = describeShareError(echoed, share);
		expect(line).not.toContain('hunter22');
		expect(line).not.toContain('\n');
	});
});

describe('the merged order', () => {
	const make = entryFactory();
	const [a, b, c, d, e] = Array.from({length: 5}, () => make({kind: 'current', payload: {item: 'item-budget'}}));
	const shared = (seq: number, entry: typeof a): SharedEntry => ({seq, entry: entry!, machine: 'm'});

	it('is the server\'s order, then the unshared local entries in local order', () => {
		const server = [shared(1, c), shared(2, a), shared(5, d)];
		const local = [a!, b!, e!, c!];
		expect(unsharedEntries(local, new Set([a!.id, c!.id, d!.id])).map(entry => entry.id)).toEqual([b!.id, e!.id]);
		expect(mergedOrder(server, local).map(entry => entry.id)).toEqual([c!.id, a!.id, d!.id, b!.id, e!.id]);
		expect(missingLocally(server, new Set(local.map(entry => entry.id))).map(entry => entry.id)).toEqual([d!.id]);
	});

	it('lists an entry once even when the server repeats it', () => {
		expect(mergedOrder([shared(1, a), shared(2, a)], [a!]).map(entry => entry.id)).toEqual([a!.id]);
	});

	it('keeps this machine\'s content for an id the server holds with other content', () => {
		const forged = {...a!, author: {name: 'Mallory', role: 'chair' as const}};
		expect(mergedOrder([shared(1, forged)], [a!])[0]).toBe(a);
		expect(conflicts([shared(1, forged), shared(2, b)], new Map([[a!.id, a!], [b!.id, b!]]))).toHaveLength(1);
	});

	it('knows when an order only grew', () => {
		expect(extendsOrder([a!, b!], [a!, b!, c!])).toBe(true);
		expect(extendsOrder([a!, b!], [a!, c!, b!])).toBe(false);
		expect(extendsOrder([a!, b!], [a!])).toBe(false);
	});

	it('says the share status in words', () => {
		expect(shareStatusText({state: 'online', unshared: 0, isReadOnly: false})).toBe('shared');
		expect(shareStatusText({state: 'offline', unshared: 1, isReadOnly: false})).toBe('offline: 1 entry not shared');
		expect(shareStatusText({state: 'offline', unshared: 200, isReadOnly: false})).toBe('offline: 200 entries not shared');
		expect(shareStatusText({state: 'connecting', unshared: 0, isReadOnly: false})).toBe('connecting: 0 entries not shared');
		expect(shareStatusText({state: 'offline', unshared: 2, isReadOnly: false, reason: 'password authentication failed for user "ana"'})).toBe('offline: 2 entries not shared (password authentication failed for user "ana")');
	});
});

describe('rows of the shared table', () => {
	const make = entryFactory();
	const entry = make({kind: 'status', payload: {item: 'item-budget', status: 'decided'}});
	it('are validated like local lines, and a bad one is skipped with its sequence number', () => {
		expect(parseRow({seq: 3, id: entry.id, line: JSON.stringify(entry), machine: 'chair\u001B[2J'})).toEqual({seq: 3, entry, machine: 'chair'});
		expect(parseRow({seq: 4, id: 'x', line: '{not json', machine: 'm'})).toMatchObject({line: 4, kind: 'not-json', message: expect.stringMatching(/^shared entry #4 is not JSON and was skipped/)});
		expect(parseRow({seq: 5, id: entry.id, line: JSON.stringify({...entry, kind: 'launch'}), machine: 'm'})).toMatchObject({kind: 'invalid'});
		expect(parseRow({seq: 6, id: 'other-id', line: JSON.stringify(entry), machine: 'm'})).toMatchObject({kind: 'invalid'});
		expect(parseRow({seq: 7, id: entry.id, line: null, machine: 'm'})).toMatchObject({kind: 'invalid'});
	});

	it('lose their escape sequences before anything can show them', () => {
		const hostile = {...entry, author: {name: 'Eve\u001B]52;c;evil\u0007', role: 'secretary'}};
		const parsed = parseRow({seq: 8, id: entry.id, line: JSON.stringify(hostile), machine: 'm'});
		expect('entry' in parsed && parsed.entry.author.name).toBe('Eve');
	});
});

describe('the marker file', () => {
	it('reads the shared order, tolerating a torn last line and anything before its header', () => {
		expect(parseMarker('{"log":"L1"}\n{"seq":2,"id":"b"}\n{"seq":1,"id":"a"}\n{"seq":3,"i')).toEqual({logId: 'L1', rows: [{seq: 1, id: 'a'}, {seq: 2, id: 'b'}]});
		expect(parseMarker('{"seq":1,"id":"a"}\n')).toEqual({logId: undefined, rows: []});
	});
});

describe('reconnecting', () => {
	it('waits twice as long each time, up to a ceiling, never zero', () => {
		const delays = Array.from({length: 8}, (_, attempt) => backoffDelay(attempt, {firstMs: 250, maxMs: 5000}, () => 0.5));
		expect(delays).toEqual([250, 500, 1000, 2000, 4000, 5000, 5000, 5000]);
		expect(backoffDelay(0, {firstMs: 250, maxMs: 5000}, () => 0)).toBe(200);
	});
});

describe('the machine name', () => {
	it('is COUNCIL_MACHINE or the host name, sanitized', () => {
		expect(machineName({COUNCIL_MACHINE: 'projector\u001B[31m'})).toBe('projector');
		expect(machineName({}).length).toBeGreaterThan(0);
	});
});
