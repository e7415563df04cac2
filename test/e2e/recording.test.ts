import {execFile} from 'node:child_process';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterEach, describe, expect, it} from 'vitest';
import {cliPath, startCouncil} from '../helpers/council.js';
import type {PtySession} from '../helpers/pty.js';

/*
Recording from the built `council` in real pseudo-terminals: d then Ctrl+S in
one dashboard reaches a second dashboard and `council log` within a second, and
an entry the screen called "saved" survives a kill -9 of the process.
*/

const run = promisify(execFile);
const ctrlS = '\u0013';
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

async function journalFile(): Promise<string> {
	const folder = await mkdtemp(path.join(os.tmpdir(), 'council-e2e-journal-'));
	folders.push(folder);
	return path.join(folder, 'session.jsonl');
}

function dashboard(journal: string, role = 'secretary') {
	const session = startCouncil(['--journal', journal, '--role', role, '--author', 'Ana'], {cols: 100, rows: 30, env: {COUNCIL_DATA_DIR: path.dirname(journal)}});
	sessions.push(session);
	return session;
}

describe('recording in a real terminal', () => {
	it('d + Ctrl+S records a decision that a second dashboard and council log see within a second', async () => {
		const journal = await journalFile();
		const [secretary, projector] = [dashboard(journal), dashboard(journal, 'viewer')];
		await Promise.all([secretary.waitForReady('q quit'), projector.waitForReady('q quit')]);
		expect(await projector.screenText()).not.toContain('Decision: ');

		secretary.write('d');
		await secretary.waitFor('──[ Decision on item 1 ]');
		secretary.write(ctrlS);
		await secretary.waitFor('saved: decision on item 1', 20_000);
		const savedAt = Date.now();
		// The screen said saved: the line is on disk already (after the journal's header, written when it was created).
		const lines = (await readFile(journal, 'utf8')).trim().split('\n');
		expect(lines).toHaveLength(2);
		expect(JSON.parse(lines[0] ?? '')).toMatchObject({councilJournal: 1});
		await projector.waitFor('Decision: ', 1000);
		expect(Date.now() - savedAt).toBeLessThan(1000);

		const {stdout} = await run(process.execPath, [cliPath, 'log', '--journal', journal], {env: {...process.env, COUNCIL_DATA_DIR: path.dirname(journal)}});
		expect(stdout).toMatch(/Ana \(secretary\) {2}decision on 1 .*: \w+/);
	});

	it('an entry shown as saved survives kill -9: the restarted dashboard shows it', async () => {
		const journal = await journalFile();
		const first = dashboard(journal);
		await first.waitForReady('q quit');
		first.write('d');
		await first.waitFor('──[ Decision on item 1 ]');
		first.write(ctrlS);
		await first.waitFor('saved: decision on item 1', 20_000);
		first.kill('SIGKILL');
		const exit = await first.exited;
		expect(exit.signal ?? exit.exitCode).not.toBe(0);

		const second = dashboard(journal);
		await second.waitForReady('q quit');
		await second.waitFor('Decision: ');
		expect(await second.screenText()).not.toContain('skipped');
	});
});
