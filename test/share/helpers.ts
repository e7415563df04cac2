import {mkdtempSync, rmSync} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {recordEntry} from '../../source/journal/append.js';
import type {Author, JournalEntry} from '../../source/journal/schema.js';
import {parseShareUrl, type ShareTarget} from '../../source/share/config.js';
import {ShareConnection} from '../../source/share/connection.js';
import {followShared, type LiveShare} from '../../source/share/live.js';
import {migrate} from '../../source/share/schema.js';
import type {SharedView} from '../../source/share/shared-journal.js';
import type {TestPostgres} from '../helpers/postgres.js';

const folders: string[] = [];

/** A fresh temporary folder, removed by removeFolders() (each test file's afterAll). */
export function shareFolder(prefix = 'council-share-'): string {
	const folder = mkdtempSync(path.join(os.tmpdir(), prefix));
	folders.push(folder);
	return folder;
}

export function removeFolders(): void {
	for (const folder of folders.splice(0)) {
		rmSync(folder, {recursive: true, force: true});
	}
}

export function shareTarget(url: string): ShareTarget {
	const parsed = parseShareUrl(url, {});
	if (!parsed.ok) {
		throw new Error(parsed.message);
	}

	return parsed.value;
}

/** Polls `check` every 20 ms until it returns true; rejects with `what` after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
	const started = Date.now();
	while (!(await check())) {
		if (Date.now() - started > timeoutMs) {
			throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
		}

		await new Promise(resolve => setTimeout(resolve, 20));
	}
}

/** A fresh database with the shared journal's schema; returns its URL. */
export async function sharedDatabase(server: TestPostgres, name: string): Promise<string> {
	await server.createDatabase(name);
	const url = server.url(name);
	const connection = await ShareConnection.open(shareTarget(url));
	try {
		await migrate(connection);
	} finally {
		await connection.close();
	}

	return url;
}

/** Runs SQL as the server's superuser on a database (to plant hostile rows, count what is there). */
export async function sql(url: string, text: string, values: readonly unknown[] = []): Promise<Array<Record<string, unknown>>> {
	const connection = await ShareConnection.open(shareTarget(url));
	try {
		return await connection.query(text, values);
	} finally {
		await connection.close();
	}
}

export type Machine = {
	readonly name: string;
	readonly journal: string;
	readonly live: LiveShare;
	latest(): SharedView;
	record(count: number, author?: Author): Promise<JournalEntry[]>;
};

/** A machine: its own local journal in `folder`, following the shared journal at `url`. */
export async function startMachine(folder: string, name: string, url: string, options: {readonly canPush?: boolean} = {}): Promise<Machine> {
	const journal = path.join(folder, `${name}.jsonl`);
	let latest: SharedView | undefined;
	const live = await followShared({
		journalPath: journal,
		target: shareTarget(url),
		machine: name,
		canPush: options.canPush ?? true,
		onChange(view) {
			latest = view;
		},
		catchUpMs: 500,
		backoff: {firstMs: 100, maxMs: 400},
		connectTimeoutMs: 2000,
		localPollMs: 100,
	});
	const author: Author = {name: `Secretary ${name}`, role: 'secretary'};
	return {
		name,
		journal,
		live,
		latest: () => latest ?? live.view(),
		async record(count, who = author) {
			const recorded: JournalEntry[] = [];
			for (let index = 0; index < count; index++) {
				recorded.push(await recordEntry(journal, {kind: 'position', payload: {delegation: 'cn', on: 'item-budget', stance: 'supports', note: `${name} ${index}`}}, who));
				live.refresh();
			}

			return recorded;
		},
	};
}

export function ids(view: SharedView): string[] {
	return view.entries.map(entry => entry.id);
}

/** Machines started by a test file, stopped together in its afterAll. */
export function machineStarter() {
	const machines: Machine[] = [];
	return {
		async machine(folder: string, name: string, url: string, options: {canPush?: boolean} = {}): Promise<Machine> {
			const started = await startMachine(folder, name, url, options);
			machines.push(started);
			return started;
		},
		async stopEvery(): Promise<void> {
			await Promise.all(machines.map(async machine => machine.live.stop()));
		},
	};
}

export async function stopAll(...list: Machine[]): Promise<void> {
	await Promise.all(list.map(async one => one.live.stop()));
}

/** Every machine online, nothing unshared, holding the same `count` entries in the same order. */
export function converged(list: readonly Machine[], count: number): boolean {
	const first = list[0]!.latest();
	return list.every(one => {
		const view = one.latest();
		return view.status.state === 'online' && view.status.unshared === 0 && view.entries.length === count && ids(view).join() === ids(first).join();
	});
}


/**
A TCP relay to the server that can be cut and restored: one machine's network
going down while the server and the other machines carry on.
*/
export async function startRelay(port: number): Promise<{port: number; cut: () => Promise<void>; restore: () => Promise<void>; close: () => Promise<void>}> {
	const sockets = new Set<net.Socket>();
	let server: net.Server | undefined;
	let listenPort = 0;
	const listen = async () => new Promise<void>((resolve, reject) => {
		server = net.createServer(client => {
			const upstream = net.connect(port, '127.0.0.1');
			sockets.add(client);
			sockets.add(upstream);
			client.pipe(upstream).pipe(client);
			const drop = () => {
				client.destroy();
				upstream.destroy();
				sockets.delete(client);
				sockets.delete(upstream);
			};

			client.on('error', drop).on('close', drop);
			upstream.on('error', drop).on('close', drop);
		});
		server.once('error', reject);
		server.listen(listenPort, '127.0.0.1', () => {
			const address = server?.address();
			listenPort = typeof address === 'object' && address !== null ? address.port : 0;
			resolve();
		});
	});

	const cut = async () => {
		for (const socket of sockets) {
			socket.destroy();
		}

		sockets.clear();
		await new Promise<void>(resolve => {
			if (server === undefined) {
				resolve();
				return;
			}

			server.close(() => {
				resolve();
			});
		});
		server = undefined;
	};

	await listen();
	return {port: listenPort, cut, restore: listen, close: cut};
}
