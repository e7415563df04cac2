import {mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {startCouncil} from '../helpers/council.js';
import type {PtySession} from '../helpers/pty.js';

/*
Issue 8, item 10 in the dashboard: the journal path the `?` screen names comes
from --journal and is shown sanitized, its newline as `\n`, so a path cannot
retitle the window or draw a line of its own.
*/

const sessions: PtySession[] = [];
const folder = mkdtempSync(path.join(os.tmpdir(), 'council-hostile-'));
afterEach(() => {
	for (const session of sessions.splice(0)) {
		session.kill('SIGKILL');
	}
});
afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

describe('8.10: the dashboard shows the journal path sanitized', () => {
	it('8.10: ? names a --journal holding an OSC title sequence and a newline as text, newline as \\n', async () => {
		const journal = path.join(folder, 'j\u001B]0;PWNED\u0007\nx.jsonl');
		const council = startCouncil(['--journal', journal], {cols: 120, rows: 30});
		sessions.push(council);
		await council.waitForReady('q quit');
		council.write('?');
		await council.waitFor('Help · Esc or ? closes');
		const screen = await council.screenText();
		expect(screen).toContain(`Journal: ${folder}/j\\nx.jsonl`);
		expect(council.rawOutput()).not.toContain('PWNED');
		council.write('q');
		council.write('q');
		expect((await council.exited).exitCode).toBe(0);
	});
});

describe('the dashboard shows the author and the minutes\' path sanitized', () => {
	it('? names an --author holding an OSC sequence visibly; e in a folder named with escapes and a newline says where, on one line', async () => {
		const cwd = path.join(folder, 'w\u001B]0;PWNED\u0007\nv');
		mkdirSync(cwd);
		const council = startCouncil(['--author', 'Ana\u001B]0;PWNED\u0007 Li', '--role', 'secretary'], {cols: 120, rows: 30, cwd});
		sessions.push(council);
		await council.waitForReady('q quit');
		council.write('?');
		await council.waitFor('Help · Esc or ? closes');
		expect(await council.screenText()).toContain('Help · Esc or ? closes · Ana Li (secretary) · Journal: ');
		council.write('?');
		await council.waitFor('q quit');
		council.write('e');
		await council.waitFor('Minutes written to ');
		const screen = await council.screenText();
		const footer = screen.split('\n').find(line => line.includes('Minutes written to '))!;
		const written = readdirSync(cwd).filter(name => name.endsWith('.md'));
		expect(written).toHaveLength(1);
		// Named within the folder it was written to, on one line.
		expect(footer).toContain(`Minutes written to ${written[0]}`);
		expect(council.rawOutput()).not.toContain('PWNED');
		council.write('q');
		expect((await council.exited).exitCode).toBe(0);
	});
});
