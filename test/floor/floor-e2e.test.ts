import {execFile} from 'node:child_process';
import {appendFile, mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterEach, describe, expect, it} from 'vitest';
import {cliPath, startCouncil} from '../helpers/council.js';
import type {PtySession} from '../helpers/pty.js';
import {floorDatasetInput} from './fixture.js';

/*
The floor across processes, in real pseudo-terminals: `council floor give` in
another process reaches the chair's screen within a second, and a dashboard
restarted (after kill -9) during a speech shows the clock where the recorded
start puts it, not at 0:00.
*/

const run = promisify(execFile);
const sessions: PtySession[] = [];
const folders: string[] = [];
afterEach(async () => {
	for (const session of sessions.splice(0)) {
		session.kill('SIGKILL');
	}

	for (const folder of folders.splice(0)) {
		await rm(folder, {recursive: true, force: true});
	}
});

async function session() {
	const folder = await mkdtemp(path.join(os.tmpdir(), 'council-e2e-floor-'));
	folders.push(folder);
	const data = path.join(folder, 'session.json');
	await writeFile(data, JSON.stringify(floorDatasetInput()));
	const journal = path.join(folder, 'session.jsonl');
	const env = {...process.env, COUNCIL_DATA_DIR: folder, COUNCIL_CONFIG_DIR: folder};
	const council = async (...args: string[]) => run(process.execPath, [cliPath, ...args, '--data', data, '--journal', journal, '--role', 'secretary', '--author', 'Ana'], {env});
	const chair = () => {
		const screen = startCouncil(['--data', data, '--journal', journal, '--role', 'chair', '--author', 'Chair'], {cols: 100, rows: 30});
		sessions.push(screen);
		return screen;
	};

	return {data, journal, council, chair};
}

describe('the floor in real terminals', () => {
	it('another process gives the floor: the chair\'s screen shows it within a second', async () => {
		const {council, chair} = await session();
		await council('record', 'current', '1');
		await council('floor', 'request', 'bras');
		const screen = chair();
		await screen.waitForReady('q quit');
		await screen.waitFor('Floor: nobody · 1 waiting');
		const {stdout} = await council('floor', 'give', 'brésil');
		const recordedAt = Date.now();
		expect(stdout).toContain('Recorded floor given to Brazil on item 1');
		await screen.waitFor(/Floor: Brazil 0:0\d · (3:00|2:5\d) left/, 1000);
		expect(Date.now() - recordedAt).toBeLessThan(1000);
	});

	it('a restart during a speech keeps its elapsed time', async () => {
		const {journal, council, chair} = await session();
		await council('record', 'current', '1');
		// The floor was given 2:31 ago: the entry as a writer would have appended it then.
		const at = Date.now() - 151_000;
		await appendFile(journal, `${JSON.stringify({v: 1, id: `${at.toString(36).padStart(9, '0')}-00c0ffee00c0ffee`, time: new Date(at).toISOString(), author: {name: 'Chair', role: 'chair'}, kind: 'floor-give', payload: {item: 'item-1', delegation: 'cn'}})}\n`);
		const first = chair();
		await first.waitForReady('q quit');
		await first.waitFor(/Floor: China 2:3\d · 0:2\d left \(warning\)/);
		first.kill('SIGKILL');
		await first.exited;

		const second = chair();
		await second.waitForReady('q quit');
		await second.waitFor(/Floor: China 2:3\d · 0:2\d left \(warning\)|Floor: China 2:[4-5]\d/);
		expect(await second.screenText()).not.toContain('Floor: China 0:0');
	});

	it('keys in the chair\'s screen record what another screen then shows', async () => {
		const {council, chair} = await session();
		await council('record', 'current', '1');
		await council('floor', 'request', 'mexico');
		await council('floor', 'request', '中国');
		const screen = chair();
		const other = chair();
		await Promise.all([screen.waitForReady('q quit'), other.waitForReady('q quit')]);
		// Councillors first: China before Mexico, who asked earlier.
		screen.write(' ');
		await screen.waitFor('saved: floor given to China on item 1', 20_000);
		// The one-second promise is the first test's; here the keys are what is tested.
		await other.waitFor(/Floor: China 0:0\d/, 20_000);
		screen.write('x');
		await other.waitFor('Floor: nobody · 1 waiting', 20_000);
		const {stdout} = await council('floor', 'list');
		expect(stdout).toContain('1. Mexico  observer');
		expect(stdout).toContain('Spoke on this item: China once');
	});
});
