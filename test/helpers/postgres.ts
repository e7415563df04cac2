import {execFile, spawnSync} from 'node:child_process';
import {chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';

/*
A throwaway PostgreSQL for tests and benchmarks: initdb into a fresh temporary
folder, pg_ctl start on a free loopback port (and a Unix socket in the same
folder), password authentication (scram-sha-256) over TCP so wrong passwords
can be tested, and pg_ctl stop -m immediate at the end. PostgreSQL refuses to
run as root, so when the tests run as root the folder is given to the
unprivileged `postgres` account and the binaries run as it (runuser).
fsync is off: the server's own durability is not what these tests check.
With `tls`, the server also speaks TLS with a self-signed certificate made by
openssl for 127.0.0.1 and localhost (its file is `certificate`, to give as
sslrootcert); with `tlsOnly`, pg_hba.conf takes TCP connections over TLS only.
*/

const execFileAsync = promisify(execFile);
/** COUNCIL_PG_BIN, else PostgreSQL 15's binaries, else the newest installed (what .ci/run's apt-get gives). */
export const postgresBin = process.env['COUNCIL_PG_BIN'] ?? findBin();

function findBin(): string {
	const root = '/usr/lib/postgresql';
	if (existsSync(path.join(root, '15', 'bin', 'initdb'))) {
		return path.join(root, '15', 'bin');
	}

	let versions: string[] = [];
	try {
		versions = readdirSync(root).filter(name => existsSync(path.join(root, name, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
	} catch {
		// No PostgreSQL at all: startPostgres says so.
	}

	return path.join(root, versions[0] ?? '15', 'bin');
}

export type TestPostgres = {
	readonly port: number;
	readonly folder: string;
	readonly superuser: string;
	readonly password: string;
	/** The server's self-signed certificate (PEM file), when started with `tls`. */
	readonly certificate?: string;
	/** postgres://postgres:PASSWORD@127.0.0.1:PORT/DATABASE */
	url(database?: string, user?: string, password?: string): string;
	/** Creates a database (each test its own, on one server per file). */
	createDatabase(name: string): Promise<string>;
	/** SIGKILL the postmaster (a crash), without cleanup. */
	kill(): Promise<void>;
	/** Start again in the same folder and port (after kill or stop). */
	start(): Promise<void>;
	stop(): Promise<void>;
};

export function postgresAvailable(): boolean {
	return existsSync(path.join(postgresBin, 'initdb'));
}

const isRoot = process.getuid?.() === 0;

function asServerUser(command: string, args: readonly string[]): [string, string[]] {
	return isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, [...args]];
}

async function run(command: string, args: readonly string[]): Promise<string> {
	const [file, argv] = asServerUser(command, args);
	const {stdout} = await execFileAsync(file, argv, {env: {...process.env, LC_ALL: 'C'}});
	return stdout;
}

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => {
				resolve(typeof address === 'object' && address !== null ? address.port : 0);
			});
		});
	});
}

export type PostgresOptions = {
	/** Serve TLS too, with a self-signed certificate for 127.0.0.1 and localhost. */
	readonly tls?: boolean;
	/** Accept TCP connections over TLS only (pg_hba.conf hostssl), as a server that insists on it. */
	readonly tlsOnly?: boolean;
};

/** A self-signed certificate and its key in `folder`, readable by the server's account only. */
function makeCertificate(folder: string): {certificate: string; key: string} {
	const certificate = path.join(folder, 'server.crt');
	const key = path.join(folder, 'server.key');
	const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', key, '-out', certificate], {encoding: 'utf8'});
	if (made.status !== 0) {
		throw new Error(`openssl could not make a test certificate: ${made.stderr}`);
	}

	chmodSync(key, 0o600);
	if (isRoot) {
		const {uid, gid} = postgresIds();
		chownSync(key, uid, gid);
		chownSync(certificate, uid, gid);
	}

	return {certificate, key};
}

export async function startPostgres(options: PostgresOptions = {}): Promise<TestPostgres> {
	if (!postgresAvailable()) {
		throw new Error(`PostgreSQL's initdb is not in ${postgresBin}: install postgresql (.ci/run does: apt-get install postgresql) or set COUNCIL_PG_BIN`);
	}

	const folder = mkdtempSync(path.join(os.tmpdir(), 'council-pg-'));
	const data = path.join(folder, 'data');
	const password = `pw-${Math.random().toString(36).slice(2)}-Secret`;
	const passwordFile = path.join(folder, 'password');
	writeFileSync(passwordFile, `${password}\n`);
	if (isRoot) {
		const {uid, gid} = postgresIds();
		chownSync(folder, uid, gid);
		chownSync(passwordFile, uid, gid);
	}

	chmodSync(folder, 0o700);
	await run(path.join(postgresBin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth-host=scram-sha-256', '--auth-local=trust', `--pwfile=${passwordFile}`, '-E', 'UTF8', '--no-sync', '--locale=C']);
	const tls = options.tls === true || options.tlsOnly === true ? makeCertificate(folder) : undefined;
	if (options.tlsOnly === true) {
		// Local (socket) connections stay trusted for the helper's own psql; TCP must be TLS.
		writeFileSync(path.join(data, 'pg_hba.conf'), 'local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n');
		if (isRoot) {
			const {uid, gid} = postgresIds();
			chownSync(path.join(data, 'pg_hba.conf'), uid, gid);
		}
	}

	const tlsSettings = tls === undefined ? '' : ` -c ssl=on -c ssl_cert_file=${tls.certificate} -c ssl_key_file=${tls.key}`;
	const port = await freePort();
	const start = async () => {
		for (let attempt = 0; ; attempt++) {
			try {
				await run(path.join(postgresBin, 'pg_ctl'), ['-D', data, '-l', path.join(folder, 'log'), '-w', '-t', '30', '-o', `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=60${tlsSettings}`, 'start']);
				return;
			} catch (error: unknown) {
				// After a kill -9 the old backends take a moment to notice and let go of the shared memory.
				if (attempt >= 20) {
					throw error;
				}

				await new Promise(resolve => setTimeout(resolve, 250));
			}
		}
	};

	await start();
	const psql = async (sql: string) => run(path.join(postgresBin, 'psql'), ['-h', folder, '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-qAtc', sql]);
	return {
		port,
		folder,
		superuser: 'postgres',
		password,
		...(tls === undefined ? {} : {certificate: tls.certificate}),
		url: (database = 'postgres', user = 'postgres', secret = password) => `postgres://${encodeURIComponent(user)}:${encodeURIComponent(secret)}@127.0.0.1:${port}/${database}`,
		async createDatabase(name) {
			await psql(`create database "${name}"`);
			return name;
		},
		async kill() {
			const pid = Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
			process.kill(pid, 'SIGKILL');
			// The backends are children of the postmaster; kill them too, as a crashed machine would.
			spawnSync('pkill', ['-9', '-P', String(pid)]);
			for (let waited = 0; waited < 5000; waited += 50) {
				try {
					process.kill(pid, 0);
				} catch {
					return;
				}

				await new Promise(resolve => setTimeout(resolve, 50));
			}
		},
		start,
		async stop() {
			await run(path.join(postgresBin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']).catch(() => undefined);
			rmSync(folder, {recursive: true, force: true});
		},
	};
}

function postgresIds(): {uid: number; gid: number} {
	const line = readFileSync('/etc/passwd', 'utf8').split('\n').find(entry => entry.startsWith('postgres:'));
	const [, , uid, gid] = line?.split(':') ?? [];
	if (uid === undefined || gid === undefined) {
		throw new Error('the tests run as root and there is no postgres account to run PostgreSQL as');
	}

	return {uid: Number(uid), gid: Number(gid)};
}
