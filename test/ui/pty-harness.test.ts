import {existsSync} from 'node:fs';
import {afterEach, describe, expect, it} from 'vitest';
import {startCouncil} from '../helpers/council.js';
import {startInPty, type PtySession} from '../helpers/pty.js';

// The harness itself, on plain shell commands: what it reads is what a terminal shows.
const sessions: PtySession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) {
		session.kill('SIGKILL');
	}
});

function sh(script: string, options: Parameters<typeof startInPty>[2] = {}) {
	const session = startInPty('/bin/sh', ['-c', script], {cols: 40, rows: 6, ...options});
	sessions.push(session);
	return session;
}

describe('startInPty', () => {
	it('shows the screen after cursor movement and overwrites, not the raw bytes', async () => {
		const session = sh(String.raw`printf 'first line\nsecond\033[1A\rFIRST\n'`);
		expect((await session.exited).exitCode).toBe(0);
		expect(await session.screenText()).toBe('FIRST line\nsecond');
		expect(session.rawOutput()).toContain('\u001B[1A');
	});

	it('keeps wide (CJK) characters as text', async () => {
		const session = sh(String.raw`printf '中国 | x\n'`);
		await session.exited;
		expect(await session.screenText()).toBe('中国 | x');
	});

	it('passes env overrides, removes variables set to undefined and CI, and honours cwd', async () => {
		process.env['COUNCIL_HARNESS_PROBE'] = 'inherited';
		try {
			const session = sh('echo "v=$COUNCIL_TEST_VALUE p=${COUNCIL_HARNESS_PROBE:-none} ci=${CI:-unset} d=$(pwd)"', {
				env: {COUNCIL_TEST_VALUE: 'given', COUNCIL_HARNESS_PROBE: undefined},
				cwd: '/tmp',
			});
			await session.exited;
			expect(await session.screenText()).toBe('v=given p=none ci=unset d=/tmp');
		} finally {
			delete process.env['COUNCIL_HARNESS_PROBE'];
		}
	});

	it('reports the exit code', async () => {
		expect((await sh('exit 3').exited).exitCode).toBe(3);
	});

	it('matches global patterns every time (no stale lastIndex)', async () => {
		const session = sh('echo ready; sleep 5');
		const pattern = /ready/g;
		await session.waitFor(pattern, 5000);
		await session.waitFor(pattern, 5000);
	});

	it('gives the child the size, and the new size after resize', async () => {
		const session = sh('stty size; read line; stty size; sleep 5', {cols: 50, rows: 7});
		await session.waitFor('7 50');
		session.resize(60, 9);
		session.write('\r');
		await session.waitFor('9 60');
	});

	it('times a key press to the screen change', async () => {
		const session = sh('read line; echo "got $line"; sleep 5');
		await session.flush();
		const elapsed = await session.pressAndWaitForChange('k', 5000);
		expect(elapsed).toBeGreaterThan(0);
		expect(await session.screenText()).toBe('k');
		await session.pressAndWaitForChange('\r', 5000);
		await session.waitFor('got k');
		// The shell's read is done: it ignores further input (no echo), so nothing changes.
		await expect(session.pressAndWaitForChange('', 200)).rejects.toThrow(/Timed out after 200 ms for the screen to change/);
	});

	it('tells when the child has put the terminal in raw mode', async () => {
		const cooked = sh('sleep 5');
		await expect(cooked.waitForRawMode(200)).rejects.toThrow(/not in raw mode within 200 ms/);
		const raw = sh('sleep 0.2; stty raw -echo; echo switched; sleep 5');
		await raw.waitForReady('switched', 5000);
	});

	it('kill ends the process with the signal', async () => {
		const session = sh('sleep 30');
		session.kill('SIGTERM');
		const {signal} = await session.exited;
		expect(signal).toBe(15);
		expect(session.hasExited()).toBe(true);
	});
});

describe('startCouncil', () => {
	it('runs the built CLI with its own settings folder, removed after exit', async () => {
		const council = startCouncil(['--version']);
		expect(existsSync(council.configDirectory)).toBe(true);
		expect((await council.exited).exitCode).toBe(0);
		await new Promise(resolve => {
			setTimeout(resolve, 50);
		});
		expect(existsSync(council.configDirectory)).toBe(false);
	});
});
