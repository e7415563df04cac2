import {appendFileSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readJournal} from '../../source/journal/read.js';
import {fixtureDatasetPath, temporaryFolder} from './helpers.js';
import {exited, onLines, runCli, startFixture, waitForLine} from './processes.js';

describe('kill -9 while recording', () => {
	test('every acknowledged entry survives; a restart reports at most a torn last line and keeps recording', async () => {
		const folder = temporaryFolder();
		const file = path.join(folder, 'journal.jsonl');
		const writer = startFixture('journal-writer.ts', [file, '100000', 'killed']);
		await waitForLine(writer, /^ready$/);
		const acked: string[] = [];
		const enough = new Promise<void>(resolve => {
			onLines(writer.stdout, line => {
				if (line.startsWith('ack ')) {
					acked.push(line.slice(4));
					if (acked.length === 300) {
						// Killed mid-stream: it is writing the next entries while this runs.
						writer.kill('SIGKILL');
						resolve();
					}
				}
			});
		});
		writer.stdin.write('go\n');
		await enough;
		expect(await exited(writer)).toBeNull();
		const ackedNow = [...acked];

		const {entries, problems} = await readJournal(file);
		const ids = new Set(entries.map(entry => entry.id));
		expect(ackedNow.filter(id => !ids.has(id))).toEqual([]);
		expect(problems.every(problem => problem.kind === 'torn')).toBe(true);
		expect(problems.length).toBeLessThanOrEqual(1);

		// Simulate the worst a kill can leave: half a line at the end.
		appendFileSync(file, '{"v":1,"id":"0mx1a0000-00000000000');
		const env = {COUNCIL_CONFIG_DIR: folder, COUNCIL_DATA_DIR: folder};
		const restart = await runCli(['log', '--json', '--journal', file, '--data', fixtureDatasetPath], env);
		expect(restart.code).toBe(0);
		const logged = JSON.parse(restart.stdout) as {entries: Array<{id: string}>; problems: Array<{kind: string; line: number}>};
		const loggedIds = new Set(logged.entries.map(entry => entry.id));
		expect(ackedNow.filter(id => !loggedIds.has(id))).toEqual([]);
		expect(logged.problems).toEqual([expect.objectContaining({kind: 'torn', line: entries.length + 1})]);

		// Recording after the crash starts on a fresh line: the torn line stays one bad line.
		const recorded = await runCli(['record', 'status', 'PL 1.02', 'deferred', '--journal', file, '--data', fixtureDatasetPath, '--author', 'After'], env);
		expect(recorded.code).toBe(0);
		const after = await readJournal(file);
		expect(after.entries).toHaveLength(entries.length + 1);
		expect(after.entries.at(-1)?.author.name).toBe('After');
		expect(after.problems.map(problem => problem.kind)).toEqual(['not-json']);
		expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true);
	}, 60_000);
});

describe('live update between two processes', () => {
	test.each([
		['fs.watch and the poll', {}],
		['the poll alone', {COUNCIL_WATCH_POLL_ONLY: '1'}],
	])('a watcher sees `council record` within one second (%s)', async (_name, extraEnv) => {
		const folder = temporaryFolder();
		// The journal does not exist yet: the first record creates it.
		const file = path.join(folder, 'live.jsonl');
		const env = {COUNCIL_CONFIG_DIR: folder, COUNCIL_DATA_DIR: folder, ...extraEnv};
		const watcher = startFixture('journal-watcher.ts', [file, fixtureDatasetPath], env);
		const changes: Array<{line: string; at: number}> = [];
		onLines(watcher.stdout, line => {
			if (line.startsWith('change ')) {
				changes.push({line, at: performance.now()});
			}
		});
		await waitForLine(watcher, /^ready 0$/);

		const delays: number[] = [];
		for (const [round, item] of ['PL 1.01', 'PL 1.02', 'PL 1.03'].entries()) {
			const result = await runCli(['record', 'decision', item, '--outcome', 'noted', '--text', `Round ${round}.`, '--journal', file, '--data', fixtureDatasetPath, '--role', 'secretary'], env);
			expect(result.code, result.stderr).toBe(0);
			const acknowledged = performance.now();
			const deadline = acknowledged + 1000;
			while (changes.length <= round && performance.now() < deadline) {
				await new Promise(resolve => {
					setTimeout(resolve, 10);
				});
			}

			expect(changes.length, `change ${round} not seen within 1 s`).toBeGreaterThan(round);
			delays.push(Math.max(0, changes[round]!.at - acknowledged));
			expect(changes[round]!.line).toBe(`change ${round + 1} ${['item-budget', 'item-report', 'item-one-itu'].slice(0, round + 1).join(',')}`);
		}

		expect(Math.max(...delays)).toBeLessThan(1000);
		watcher.stdin.end();
		expect(await exited(watcher)).toBe(0);
	}, 60_000);
});
