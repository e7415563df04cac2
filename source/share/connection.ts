import fs from 'node:fs';
import pg from 'pg';
import {retryTls, tlsOptions, type ShareTarget} from './config.js';
import {readPgpass} from './pgpass.js';

/*
One connection to the shared journal's database. Queries are run one after the
other here (pg 8 deprecates queueing a query while another runs, with a warning
on stderr that would land on the dashboard), and LISTEN notifications and a lost
connection are reported through callbacks. The connect, each query and TCP
keepalive have time limits, so a server that vanishes without closing the
socket (a cable pulled) is noticed within seconds rather than never.
*/

export type ConnectionOptions = {
	readonly env?: NodeJS.ProcessEnv;
	readonly connectTimeoutMs?: number;
	readonly queryTimeoutMs?: number;
	readonly onNotification?: (channel: string) => void;
	/** The connection failed or closed after it was opened. */
	readonly onLost?: (error: unknown) => void;
	/** Gives up a connect in progress (quitting while the server does not answer). */
	readonly signal?: AbortSignal;
};

export type QueryRow = Record<string, unknown>;

/** pg's client configuration for a target; exported so tests can check what pg is given (TLS). */
export function clientConfig(target: ShareTarget, options: ConnectionOptions = {}): pg.ClientConfig {
	const env = options.env ?? process.env;
	const {config} = target;
	// libpq's variables for what the URL leaves out, read from the env given (pg would read process.env).
	const host = config.host ?? env['PGHOST'];
	const port = config.port ?? (env['PGPORT'] === undefined ? undefined : Number(env['PGPORT']));
	const user = config.user ?? env['PGUSER'];
	const database = config.database ?? env['PGDATABASE'];
	return {
		...(host === undefined ? {} : {host}),
		...(port === undefined || !Number.isInteger(port) ? {} : {port}),
		...(user === undefined ? {} : {user}),
		...(database === undefined ? {} : {database}),
		// A function, so PGPASSWORD and ~/.pgpass are looked up only when the server asks, with the final host, port, user and database.
		// pg calls it with its resolved connection parameters (its types omit them); undefined means no password.
		password: (async (parameters: {host: string; port: number; database: string; user: string}) =>
			config.password ?? env['PGPASSWORD'] ?? readPgpass({host: parameters.host, port: parameters.port, database: parameters.database, user: parameters.user}, env)) as unknown as pg.ClientConfig['password'],
		ssl: tlsOptions(config, file => fs.readFileSync(file, 'utf8')),
		application_name: config.applicationName,
		connectionTimeoutMillis: options.connectTimeoutMs ?? 3000,
		query_timeout: options.queryTimeoutMs ?? 10_000,
		keepAlive: true,
		keepAliveInitialDelayMillis: 5000,
	};
}

export class ShareConnection {
	static async open(target: ShareTarget, options: ConnectionOptions = {}): Promise<ShareConnection> {
		const config = clientConfig(target, options);
		try {
			return await ShareConnection.connect(config, options);
		} catch (error: unknown) {
			// sslmode prefer or allow: the other way, once, as libpq does.
			const ssl = options.signal?.aborted === true ? undefined : retryTls(target.config.sslmode, error);
			if (ssl === undefined) {
				throw error;
			}

			return ShareConnection.connect({...config, ssl}, options);
		}
	}

	private static async connect(config: pg.ClientConfig, options: ConnectionOptions): Promise<ShareConnection> {
		const client = new pg.Client(config);
		const connection = new ShareConnection(client, options);
		// Before connect: an 'error' event without a listener would crash the process.
		client.on('error', error => {
			connection.lose(error);
		});
		client.on('end', () => {
			connection.lose(new Error('Connection terminated'));
		});
		client.on('notification', message => {
			options.onNotification?.(message.channel);
		});
		const abort = () => {
			client.end().catch(() => undefined);
		};

		options.signal?.addEventListener('abort', abort, {once: true});
		try {
			await client.connect();
		} catch (error: unknown) {
			connection.isOpen = false;
			await client.end().catch(() => undefined);
			throw error;
		} finally {
			options.signal?.removeEventListener('abort', abort);
		}

		return connection;
	}

	private readonly client: pg.Client;
	private readonly options: ConnectionOptions;
	private chain: Promise<unknown> = Promise.resolve();
	private isOpen = true;

	private constructor(client: pg.Client, options: ConnectionOptions) {
		this.client = client;
		this.options = options;
	}

	get isLost(): boolean {
		return !this.isOpen;
	}

	/** Runs one statement after those already asked for; resolves with its rows. */
	async query<T extends QueryRow = QueryRow>(text: string, values: readonly unknown[] = []): Promise<T[]> {
		const run = this.chain.then(async () => (await this.client.query<T>(text, [...values])).rows);
		this.chain = run.catch(() => undefined);
		return run;
	}

	/** Runs `work` inside BEGIN … COMMIT (ROLLBACK when it throws), with nothing else interleaved. */
	async transaction<T>(work: (query: (text: string, values?: readonly unknown[]) => Promise<QueryRow[]>) => Promise<T>): Promise<T> {
		const run = this.chain.then(async () => {
			const query = async (text: string, values: readonly unknown[] = []) => (await this.client.query(text, [...values])).rows as QueryRow[];
			await query('begin');
			try {
				const result = await work(query);
				await query('commit');
				return result;
			} catch (error: unknown) {
				await query('rollback').catch(() => undefined);
				throw error;
			}
		});
		this.chain = run.catch(() => undefined);
		return run;
	}

	/** A literal for statements that take no parameters (CREATE ROLE … PASSWORD). */
	escapeLiteral(value: string): string {
		return this.client.escapeLiteral(value);
	}

	escapeIdentifier(value: string): string {
		return this.client.escapeIdentifier(value);
	}

	async close(): Promise<void> {
		if (!this.isOpen) {
			return;
		}

		this.isOpen = false;
		await this.client.end().catch(() => undefined);
	}

	private lose(error: unknown): void {
		if (this.isOpen) {
			this.isOpen = false;
			this.options.onLost?.(error);
			// The socket may still be half-open; end it so nothing waits on it.
			this.client.end().catch(() => undefined);
		}
	}
}
