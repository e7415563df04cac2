import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {writeSyntheticDataset} from '../../bench/synthetic.js';
import {startCouncil} from '../helpers/council.js';
import type {PtySession} from '../helpers/pty.js';

/*
Preferences across real starts of the built `council` in a pseudo-terminal: a
damaged settings file is reported and repaired, never a crash; a pane size
changed with a key and the dataset opened are in the file at the next start.
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
	const folder = mkdtempSync(path.join(os.tmpdir(), 'council-e2e-settings-'));
	folders.push(folder);
	return folder;
}

function start(args: readonly string[], configDirectory: string) {
	const session = startCouncil(args, {cols: 100, rows: 30, env: {COUNCIL_CONFIG_DIR: configDirectory}});
	sessions.push(session);
	return session;
}

const rowOf = (screen: string, text: string) => screen.split('\n').findIndex(line => line.includes(text));

describe('council settings across starts', () => {
	it('reports a damaged settings file on stderr, starts on the defaults and keeps the damaged copy', async () => {
		const config = temporaryFolder();
		const file = path.join(config, 'settings.json');
		writeFileSync(file, '{"theme": "neon", "panes": ');
		const council = start([], config);
		await council.waitForReady('q quit');
		expect(await council.screenText()).toContain('──[ Agenda 1/1 ]');
		council.write('q');
		expect((await council.exited).exitCode).toBe(0);
		// Written before the alternate screen, so it is there once the terminal is restored.
		const screen = await council.screenText();
		expect(screen).toContain(`council: Settings file ${file}: not valid JSON`);
		expect(readFileSync(`${file}.damaged`, 'utf8')).toBe('{"theme": "neon", "panes": ');
		expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({theme: 'default', panes: {agendaWidth: 45, positionsHeight: 40}});
	});

	it('saves a pane size changed with a key and the dataset opened, and starts with them next time', async () => {
		const config = temporaryFolder();
		const synthetic = await writeSyntheticDataset({items: 40, delegations: 5, positions: 40});
		folders.push(synthetic.folder);
		const dataset = synthetic.path;
		const first = start(['--data', dataset], config);
		await first.waitForReady('q quit');
		const before = await first.screenText();
		await first.pressAndWaitForChange('>');
		const wider = await first.screenText();
		expect(rowOf(wider, '──  Item')).toBe(rowOf(before, '──  Item') + 1);
		first.write('q');
		expect((await first.exited).exitCode).toBe(0);
		const saved = JSON.parse(readFileSync(path.join(config, 'settings.json'), 'utf8')) as {panes: unknown; lastDataset: unknown};
		expect(saved.panes).toEqual({agendaWidth: 50, positionsHeight: 40});
		expect(saved.lastDataset).toBe(dataset);

		const second = start(['--data', dataset], config);
		await second.waitForReady('q quit');
		expect(rowOf(await second.screenText(), '──  Item')).toBe(rowOf(wider, '──  Item'));
		second.write('q');
		expect((await second.exited).exitCode).toBe(0);
		expect(existsSync(path.join(config, 'settings.json.damaged'))).toBe(false);
	});
});
