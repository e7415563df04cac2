import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach} from 'vitest';
import type {PtySession} from './pty.js';

/*
What the tests of the line mode (and others reading a terminal's raw bytes)
share: sessions and temporary folders removed after each test, and waiting for
a text in the raw output after a given point, which is how a screen reader's
stream is read (no screen, no cursor: bytes only).
*/

/** Registers the clean-up: call once at the top of a test file; `track` and `folder` then feed it. */
export function rawSessions(prefix: string) {
	const sessions: PtySession[] = [];
	const folders: string[] = [];
	afterEach(async () => {
		for (const session of sessions.splice(0)) {
			session.kill('SIGKILL');
		}

		for (const folder of folders.splice(0)) {
			// eslint-disable-next-line no-await-in-loop
			await rm(folder, {recursive: true, force: true});
		}
	});
	return {
		track<T extends PtySession>(session: T): T {
			sessions.push(session);
			return session;
		},
		async folder(suffix = ''): Promise<string> {
			const made = await mkdtemp(path.join(os.tmpdir(), `${prefix}${suffix}`));
			folders.push(made);
			return made;
		},
	};
}

/** Resolves with the time it took once the raw output, after `from` characters, holds the text; rejects with what it holds on timeout or exit. */
export async function waitForRaw(session: PtySession, text: string, from = 0, timeoutMs = 5000): Promise<number> {
	const started = Date.now();
	while (!session.rawOutput().slice(from).includes(text)) {
		if (Date.now() - started > timeoutMs || session.hasExited()) {
			throw new Error(`"${text}" not in the output:\n${session.rawOutput().slice(from)}`);
		}

		// eslint-disable-next-line no-await-in-loop
		await new Promise(resolve => {
			setTimeout(resolve, 10);
		});
	}

	return Date.now() - started;
}

/** Types a command line and waits for what it should say; returns what was said (the echo included). */
export async function command(session: PtySession, typed: string, expected: string): Promise<string> {
	const from = session.rawOutput().length;
	session.write(`${typed}\r`);
	await waitForRaw(session, expected, from);
	return session.rawOutput().slice(from);
}
