import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ShareConnection} from '../../source/share/connection.js';
import {isFatalError, safeReason} from '../../source/share/errors.js';
import {cliPath} from '../helpers/council.js';
import {fixtureDatasetPath} from '../journal/helpers.js';
import {startPostgres, type TestPostgres} from '../helpers/postgres.js';
import {removeFolders, shareFolder, shareTarget} from './helpers.js';

/*
TLS with a real handshake: a throwaway PostgreSQL serving TLS with a self-signed
certificate (and one that takes TCP over TLS only), and a plain one. Each
sslmode is checked by asking the server itself whether the connection is
encrypted (pg_stat_ssl), not by what pg was given.
*/

let withTls: TestPostgres;
let tlsOnly: TestPostgres;
let plain: TestPostgres;

beforeAll(async () => {
	[withTls, tlsOnly, plain] = await Promise.all([startPostgres({tls: true}), startPostgres({tlsOnly: true}), startPostgres()]);
});

afterAll(async () => {
	await Promise.all([withTls?.stop(), tlsOnly?.stop(), plain?.stop()]);
	removeFolders();
});

/** Whether the server says this connection is encrypted; the error's words when it cannot connect. */
async function encrypted(url: string): Promise<boolean | string> {
	const target = shareTarget(url);
	let connection: ShareConnection | undefined;
	try {
		connection = await ShareConnection.open(target);
		const [row] = await connection.query<{ssl: boolean}>('select ssl from pg_stat_ssl where pid = pg_backend_pid()');
		return row!.ssl;
	} catch (error: unknown) {
		return safeReason(error, target);
	} finally {
		await connection?.close();
	}
}

describe('TLS against a real server', () => {
	it('prefer (the default) and require encrypt when the server speaks TLS; disable and allow do not', async () => {
		expect(await encrypted(withTls.url())).toBe(true);
		expect(await encrypted(`${withTls.url()}?sslmode=prefer`)).toBe(true);
		expect(await encrypted(`${withTls.url()}?sslmode=require`)).toBe(true);
		expect(await encrypted(`${withTls.url()}?sslmode=disable`)).toBe(false);
		expect(await encrypted(`${withTls.url()}?sslmode=allow`)).toBe(false);
	});

	it('prefer connects without TLS to a server that has none; require is refused, with the reason', async () => {
		expect(await encrypted(plain.url())).toBe(false);
		expect(await encrypted(`${plain.url()}?sslmode=require`)).toBe('the server does not offer TLS, which sslmode=require asks for');
	});

	it('allow connects again with TLS to a server that takes TLS only; disable is refused by it', async () => {
		expect(await encrypted(`${tlsOnly.url()}?sslmode=allow`)).toBe(true);
		expect(await encrypted(tlsOnly.url())).toBe(true);
		expect(await encrypted(`${tlsOnly.url()}?sslmode=disable`)).toMatch(/no pg_hba\.conf entry for host "127\.0\.0\.1".*no encryption/);
	});

	it('verify-ca and verify-full check the certificate against sslrootcert, verify-full the host name too', async () => {
		const root = encodeURIComponent(withTls.certificate!);
		expect(await encrypted(`${withTls.url()}?sslmode=verify-ca&sslrootcert=${root}`)).toBe(true);
		expect(await encrypted(`${withTls.url()}?sslmode=verify-full&sslrootcert=${root}`)).toBe(true);
		// Another server's certificate is not this one's authority.
		const foreign = encodeURIComponent(tlsOnly.certificate!);
		for (const mode of ['verify-ca', 'verify-full']) {
			const said = await encrypted(`${withTls.url()}?sslmode=${mode}&sslrootcert=${foreign}`);
			expect(said).toMatch(new RegExp(`^the server's TLS certificate was refused \\(sslmode=${mode}\\): `));
		}

		// Without sslrootcert the system's authorities are used, and they never signed a test certificate.
		expect(await encrypted(`${withTls.url()}?sslmode=verify-full`)).toMatch(/^the server's TLS certificate was refused \(sslmode=verify-full\): self[- ]signed certificate/);
	});

	it('a refused certificate is fatal (retrying will not fix it), and council share status says so in one line, exit 1', async () => {
		const foreign = encodeURIComponent(tlsOnly.certificate!);
		const url = `${withTls.url()}?sslmode=verify-ca&sslrootcert=${foreign}`;
		const error = await ShareConnection.open(shareTarget(url)).then(() => undefined, (failure: unknown) => failure);
		expect(isFatalError(error)).toBe(true);
		const folder = shareFolder();
		const run = spawnSync(process.execPath, [cliPath, 'share', 'status', '--share', url, '--journal', path.join(folder, 'j.jsonl'), '--data', fixtureDatasetPath], {
			cwd: folder,
			encoding: 'utf8',
			env: {PATH: process.env['PATH'] ?? '', HOME: folder, COUNCIL_DATA_DIR: path.join(folder, 'data'), COUNCIL_CONFIG_DIR: path.join(folder, 'config')},
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/^council share status: cannot use the shared journal at [^\n]*the server's TLS certificate was refused \(sslmode=verify-ca\): [^\n]+\n$/);
		expect(run.stderr).not.toContain(withTls.password);
		expect(run.stdout).not.toContain(withTls.password);
	});

});
