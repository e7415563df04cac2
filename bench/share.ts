import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {makeEntry} from '../source/journal/entry-id.js';
import type {JournalEntry} from '../source/journal/schema.js';
import {parseShareUrl} from '../source/share/config.js';
import {ShareConnection} from '../source/share/connection.js';
import {followShared} from '../source/share/live.js';
import {appendEntries} from '../source/share/local.js';
import {migrate} from '../source/share/schema.js';
import type {SharedView} from '../source/share/shared-journal.js';
import {startCouncil} from '../test/helpers/council.js';
import {startPostgres, type TestPostgres} from '../test/helpers/postgres.js';
import type {PtySession} from '../test/helpers/pty.js';
import {formatMs, printTable, summarize, type Summary} from './stats.js';

/*
The shared journal's costs, on its own throwaway PostgreSQL over loopback:

- entry to frame across machines: two built dashboards in pseudo-terminals,
  each with its own local journal and --share; the time runs from the Enter
  that saves a status on one until the other's screen shows it. Beside it, in
  the same run, the local-only figure: the same two dashboards on one journal
  file (the journal's watcher instead of PostgreSQL);
- a machine that recorded 10,000 entries offline reconnecting: from the start
  of its follower until every entry is shared (connect, read the whole log,
  push in batches, read back), and a new machine pulling those 10,000 into its
  own journal.
*/

const author = {name: 'Bench Secretary', role: 'secretary'} as const;

function row(what: string, summary: Summary): string[] {
	return [what, String(summary.count), formatMs(summary.median), formatMs(summary.p95), formatMs(summary.max)];
}

async function database(server: TestPostgres, name: string): Promise<string> {
	await server.createDatabase(name);
	const url = server.url(name);
	const parsed = parseShareUrl(url, {});
	if (!parsed.ok) {
		throw new Error(parsed.message);
	}

	const connection = await ShareConnection.open(parsed.value);
	await migrate(connection);
	await connection.close();
	return url;
}

const statuses = [['2', '◐ 1 under consideration'], ['3', '● 1 decided'], ['4', '» 1 deferred'], ['1', '○ 1 pending']] as const;

/** Saves statuses on `from` round after round; the time from Enter until `to` shows each. */
async function crossLatencies(from: PtySession, to: PtySession, rounds: number): Promise<number[]> {
	const times: number[] = [];
	for (let round = 0; round < rounds; round++) {
		const [digit, shown] = statuses[round % statuses.length]!;
		from.write('s');
		await from.waitFor('Enter saves');
		from.write(digit);
		await from.waitFor(`> ${digit} `);
		const started = performance.now();
		from.write('\r');
		await to.waitFor(shown, 10_000);
		times.push(performance.now() - started);
		await from.waitFor(shown);
		await new Promise(resolve => setTimeout(resolve, 100));
	}

	return times;
}

async function pairLatencies(folder: string, rounds: number, share: string | undefined): Promise<number[]> {
	// The folder first: the journal's fs.watch watches it (without it, the 300 ms poll alone would be measured).
	mkdirSync(folder, {recursive: true});
	const journal = (name: string) => path.join(folder, share === undefined ? 'one.jsonl' : `${name}.jsonl`);
	const start = (name: string) => startCouncil(['--journal', journal(name), '--role', 'secretary', '--author', name, ...(share === undefined ? [] : ['--share', share])], {cols: 100, rows: 30, env: {COUNCIL_MACHINE: name}});
	const sessions = [start('a'), start('b')];
	try {
		await Promise.all(sessions.map(async session => session.waitForReady('q quit', 15_000)));
		return await crossLatencies(sessions[0]!, sessions[1]!, rounds);
	} finally {
		for (const session of sessions) {
			session.kill('SIGKILL');
		}
	}
}

function entries(count: number): JournalEntry[] {
	return Array.from({length: count}, (_, index) => {
		const random = new Uint8Array(6);
		new DataView(random.buffer).setUint32(2, index);
		return makeEntry({kind: 'position', payload: {delegation: 'cn', on: 'item-one-itu', stance: 'supports', note: `offline ${index}`}}, author, Date.UTC(2026, 3, 13, 9) + index, random);
	});
}

async function untilShared(journalPath: string, url: string, machine: string, count: number): Promise<number> {
	const parsed = parseShareUrl(url, {});
	if (!parsed.ok) {
		throw new Error(parsed.message);
	}

	const started = performance.now();
	let done: (() => void) | undefined;
	const finished = new Promise<void>(resolve => {
		done = resolve;
	});
	const isDone = (view: SharedView) => view.status.state === 'online' && view.status.unshared === 0 && view.entries.length >= count;
	const live = await followShared({
		journalPath,
		target: parsed.value,
		machine,
		canPush: true,
		onChange(view) {
			if (isDone(view)) {
				done?.();
			}
		},
	});
	if (isDone(live.view())) {
		done?.();
	}

	await finished;
	const elapsed = performance.now() - started;
	await live.stop();
	return elapsed;
}

export async function benchShare(): Promise<void> {
	const rounds = Number(process.env['BENCH_RUNS'] ?? '') || 20;
	const folder = mkdtempSync(path.join(os.tmpdir(), 'council-bench-share-'));
	const server = await startPostgres();
	try {
		const local = summarize(await pairLatencies(path.join(folder, 'local'), rounds, undefined));
		const shared = summarize(await pairLatencies(path.join(folder, 'shared'), rounds, await database(server, 'latency')));
		printTable('entry saved on one machine -> frame on another (100x30 dashboards in pseudo-terminals, loopback)', ['what', 'n', 'p50', 'p95', 'max'], [
			row('local only: one journal file, two dashboards', local),
			row('shared: two journals, PostgreSQL (LISTEN/NOTIFY)', shared),
		]);

		const pushes: number[] = [];
		const pulls: number[] = [];
		for (let run = 0; run < Math.max(1, Math.min(3, Math.floor(rounds / 5))); run++) {
			const url = await database(server, `offline${run}`);
			const offline = path.join(folder, `offline-${run}.jsonl`);
			await appendEntries(offline, entries(10_000));
			pushes.push(await untilShared(offline, url, 'offline-laptop', 10_000));
			pulls.push(await untilShared(path.join(folder, `joiner-${run}.jsonl`), url, 'late-laptop', 10_000));
		}

		printTable('10,000 entries recorded offline', ['what', 'n', 'median', 'p95', 'max'], [
			row('reconnect -> all 10,000 shared (push in batches of 1,000)', summarize(pushes)),
			row('a new machine joins -> all 10,000 in its journal', summarize(pulls)),
		]);
	} finally {
		await server.stop();
		rmSync(folder, {recursive: true, force: true});
	}
}
