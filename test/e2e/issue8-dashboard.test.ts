import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {execFileSync} from 'node:child_process';
import {writeSyntheticDataset} from '../../bench/synthetic.js';
import {startCouncil} from '../helpers/council.js';
import type {PtySession} from '../helpers/pty.js';

/*
Issue 8 in a real terminal: bursts of keys in one write (item 17), the saved
lastDataset (21), and SIGQUIT restoring the terminal (26).
*/

const sessions: PtySession[] = [];
const folders: string[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) {
		session.kill('SIGKILL');
	}

	for (const folder of folders.splice(0)) {
		rmSync(folder, {recursive: true, force: true});
	}
});

function temporaryFolder(): string {
	const folder = mkdtempSync(path.join(os.tmpdir(), 'council-e2e-issue8-'));
	folders.push(folder);
	return folder;
}

function start(args: readonly string[] = [], env: Record<string, string> = {}, cols = 100) {
	const session = startCouncil(args, {cols, rows: 30, env});
	sessions.push(session);
	return session;
}

function configWithLastDataset(lastDataset: string): string {
	const config = temporaryFolder();
	writeFileSync(path.join(config, 'settings.json'), JSON.stringify({lastDataset}));
	return config;
}

describe('issue 8 in a real terminal', () => {
	it('8.17: Backspaces, Tabs and text written in one burst are each a key press', async () => {
		const council = start();
		await council.waitForReady('q quit');
		council.write('\t\t');
		await council.waitFor('──[ Positions');
		council.write('\u001B');
		await council.waitFor('──[ Agenda 1/1 ]');
		council.write('/');
		await council.waitFor('Filter: /');
		council.write('concepxx\u007F\u007F\u007Ft');
		await council.waitFor('Filter: /concet█');
		council.write('\u007F\u007Fept\r');
		await council.waitFor('1 item matches “concept”');
		council.write('q');
		expect((await council.exited).exitCode).toBe(0);
	});

	it('8.21: no DATASET opens the saved lastDataset when it validates, and says so', async () => {
		const synthetic = await writeSyntheticDataset({items: 7, delegations: 3, positions: 6});
		folders.push(synthetic.folder);
		const config = configWithLastDataset(synthetic.path);
		const council = start([], {COUNCIL_CONFIG_DIR: config});
		await council.waitForReady('Opened the last dataset');
		const screen = await council.screenText();
		expect(screen).toMatch(/Agenda 1\/7/);
		council.write('q');
		expect((await council.exited).exitCode).toBe(0);
		expect(JSON.parse(readFileSync(path.join(config, 'settings.json'), 'utf8'))).toMatchObject({lastDataset: synthetic.path});
	});

	it('8.21: a lastDataset that is gone, invalid or a FIFO: the bundled session, with a notice saying why', async () => {
		const folder = temporaryFolder();
		const broken = path.join(folder, 'broken.json');
		writeFileSync(broken, '{"formatVersion": 1, "session": 5}');
		const fifo = path.join(folder, 'fifo.json');
		execFileSync('mkfifo', [fifo]);
		const cases: Array<[string, RegExp]> = [
			[path.join(folder, 'gone.json'), /Bundled session: last dataset \S+gone\.json not opened: it no longer exists/],
			[broken, /Bundled session: last dataset \S+broken\.json not opened: agendaItems is missing/],
			[fifo, /Bundled session: last dataset \S+fifo\.json not opened: not a regular file/],
		];
		for (const [file, notice] of cases) {
			const council = start([], {COUNCIL_CONFIG_DIR: configWithLastDataset(file)}, 140);
			await council.waitForReady(notice);
			expect(await council.screenText()).toContain('One ITU');
			council.write('q');
			expect((await council.exited).exitCode).toBe(0);
		}
	});

	it('8.26: SIGQUIT restores the terminal: the alternate screen left, the cursor shown', async () => {
		const council = start();
		await council.waitForReady('q quit');
		expect(council.isAlternateScreen()).toBe(true);
		council.kill('SIGQUIT');
		const exit = await council.exited;
		expect(exit.exitCode).toBe(131);
		expect(council.isAlternateScreen()).toBe(false);
		expect(council.isCursorVisible()).toBe(true);
	});
});
