import {spawn} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));

/** The CLI under test: the worktree's build (COUNCIL_TEST_CLI runs the same tests against another build, e.g. main's). */
export const cli = process.env['COUNCIL_TEST_CLI'] ?? path.join(root, 'dist', 'cli.js');
export const fixtureDataset = path.join(root, 'test', 'fixtures', 'journal-dataset.json');
export const bundledDataset = path.join(root, 'data', 'one-itu.json');
export const revisionFixture = path.join(root, 'test', 'fixtures', 'import-revision.txt');

export function scratch(prefix = 'council-io-'): string {
	return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export type Run = {readonly code: number | null; readonly signal: NodeJS.Signals | null; readonly stdout: string; readonly stderr: string; readonly ms: number};

/**
Runs the built CLI in `cwd` with its own data and settings folders, killed
after `timeoutMs` (a hang is then `signal: 'SIGKILL'`, never a stuck test).
*/
export async function council(args: readonly string[], options: {readonly cwd: string; readonly timeoutMs?: number; readonly env?: NodeJS.ProcessEnv}): Promise<Run> {
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const env: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1', COUNCIL_DATA_DIR: path.join(options.cwd, '.data'), COUNCIL_CONFIG_DIR: path.join(options.cwd, '.config'), ...options.env};
		delete env['CI'];
		const child = spawn(process.execPath, [cli, ...args], {cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString();
		});
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
		}, options.timeoutMs ?? 8000);
		child.on('error', reject);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			resolve({code, signal, stdout, stderr, ms: performance.now() - started});
		});
	});
}

/**
A journal line nested `depth` deep, about 2 bytes a level, with an escape
sequence so that every reader's sanitizing walk would have to go down it.
*/
export function deepLine(depth: number): string {
	return `{"v":1,"note":"\\u001b[2J","x":${'['.repeat(depth)}${']'.repeat(depth)}}`;
}
