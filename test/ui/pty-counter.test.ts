import {rm} from 'node:fs/promises';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {bundleInkApp} from '../helpers/bundle.js';
import {childEnvironment, startInPty, type PtySession} from '../helpers/pty.js';

/*
The pty harness and the terminal session, end to end: a real pseudo-terminal,
a real (bundled) Ink app, the screen as xterm.js renders it.
*/
let bundle = '';
const sessions: PtySession[] = [];

beforeAll(async () => {
	bundle = await bundleInkApp('test/fixtures/counter.tsx');
});

afterAll(async () => {
	await rm(path.dirname(bundle), {recursive: true, force: true});
});

afterEach(() => {
	for (const session of sessions.splice(0)) {
		session.kill('SIGKILL');
	}
});

function start(options: {cols?: number; rows?: number; env?: Record<string, string | undefined>} = {}) {
	const session = startInPty(process.execPath, [bundle], {cols: 60, rows: 12, ...options});
	sessions.push(session);
	return session;
}

describe('startInPty with the counter fixture', () => {
	it('shows the first frame on the alternate screen with the cursor hidden', async () => {
		const session = start();
		await session.waitForReady('counter ready');
		expect(await session.screenText()).toBe('counter ready\npresses: 0\nlast:\nsize: 60x12');
		expect(session.isAlternateScreen()).toBe(true);
		expect(session.isCursorVisible()).toBe(false);
	});

	it('changes the screen as keys are typed', async () => {
		const session = start();
		await session.waitForReady('counter ready');
		session.write('a');
		await session.waitFor('presses: 1');
		session.write('b');
		await session.waitFor('presses: 2');
		expect(await session.screenText()).toContain('last: b');
	});

	it('re-renders on resize', async () => {
		const session = start();
		await session.waitFor('size: 60x12');
		session.resize(90, 20);
		await session.waitFor('size: 90x20');
		session.resize(40, 10);
		await session.waitFor('size: 40x10');
	});

	it('quits on q, back on the normal screen with the cursor shown', async () => {
		const session = start();
		await session.waitForReady('counter ready');
		session.write('q');
		const {exitCode} = await session.exited;
		expect(exitCode).toBe(0);
		expect(session.isAlternateScreen()).toBe(false);
		expect(session.isCursorVisible()).toBe(true);
		const screen = await session.screenText();
		// The dashboard's frames stayed on the alternate screen; the normal one has only what came after.
		expect(screen).toContain('counter exited');
		expect(screen).not.toContain('presses');
	});

	it('draws even when the parent runs under CI=true', async () => {
		// Under CI=true Ink draws nothing until exit; the harness removes it from the child.
		const saved = process.env['CI'];
		process.env['CI'] = 'true';
		try {
			expect(childEnvironment()).not.toHaveProperty('CI');
			const session = start();
			await session.waitFor('counter ready', 5000);
		} finally {
			if (saved === undefined) {
				delete process.env['CI'];
			} else {
				process.env['CI'] = saved;
			}
		}
	});

	it('restores the terminal on SIGTERM and exits 143', async () => {
		const session = start();
		await session.waitForReady('counter ready');
		session.kill('SIGTERM');
		const {exitCode} = await session.exited;
		expect(exitCode).toBe(143);
		expect(session.isAlternateScreen()).toBe(false);
		expect(session.isCursorVisible()).toBe(true);
		expect(await session.screenText()).not.toContain('presses');
	});

	it('quits on Ctrl+C typed in raw mode, restoring the terminal', async () => {
		const session = start();
		await session.waitForReady('counter ready');
		session.write('\u0003');
		expect((await session.exited).exitCode).toBe(0);
		expect(session.isAlternateScreen()).toBe(false);
		expect(session.isCursorVisible()).toBe(true);
	});

	it('restores the terminal on SIGINT and exits 130', async () => {
		const session = start();
		await session.waitForReady('counter ready');
		session.kill('SIGINT');
		expect((await session.exited).exitCode).toBe(130);
		expect(session.isAlternateScreen()).toBe(false);
		expect(session.isCursorVisible()).toBe(true);
	});

	it('restores the terminal on SIGHUP and exits 129', async () => {
		const session = start();
		await session.waitForReady('counter ready');
		session.kill('SIGHUP');
		const {exitCode} = await session.exited;
		expect(exitCode).toBe(129);
		expect(session.isAlternateScreen()).toBe(false);
		expect(session.isCursorVisible()).toBe(true);
	});

	it('restores the terminal after a crash and prints one line, no stack', async () => {
		const session = start();
		await session.waitForReady('counter ready');
		session.write('x');
		const {exitCode} = await session.exited;
		expect(exitCode).toBe(1);
		expect(session.isAlternateScreen()).toBe(false);
		expect(session.isCursorVisible()).toBe(true);
		const screen = await session.screenText();
		expect(screen).toContain('counter: fixture crash');
		expect(screen).not.toContain('second line');
		expect(screen).not.toMatch(/\bat .*:\d+:\d+/);
	});

	it('restores the terminal after an error thrown while rendering', async () => {
		const session = start();
		await session.waitForReady('counter ready');
		session.write('r');
		const {exitCode} = await session.exited;
		expect(exitCode).toBe(1);
		expect(session.isAlternateScreen()).toBe(false);
		expect(session.isCursorVisible()).toBe(true);
		const screen = await session.screenText();
		expect(screen).toContain('counter: render crash');
		expect(screen).not.toMatch(/\bat .*:\d+:\d+/);
	});

	it('prints the stack after a crash when COUNCIL_DEBUG is set', async () => {
		const session = start({env: {COUNCIL_DEBUG: '1'}});
		await session.waitForReady('counter ready');
		session.write('x');
		expect((await session.exited).exitCode).toBe(1);
		expect(session.isAlternateScreen()).toBe(false);
		expect(await session.screenText()).toMatch(/counter: Error: fixture crash[\s\S]*at /);
	});

	it('rejects waitFor with the current screen on timeout', async () => {
		const session = start();
		await session.waitForReady('counter ready');
		await expect(session.waitFor('never shown', 300)).rejects.toThrow(/Timed out after 300 ms[\s\S]*presses: 0/);
	});

	it('rejects waitFor promptly when the process exits first', async () => {
		const session = start();
		await session.waitForReady('counter ready');
		session.write('q');
		await expect(session.waitFor('never shown', 20_000)).rejects.toThrow(/exited/);
	});
});
