import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));

export const cliPath = path.join(root, 'dist', 'cli.js');

/** Starts a TypeScript fixture in its own Node process (through tsx). */
export function startFixture(fixture: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): ChildProcessWithoutNullStreams {
	return spawn(process.execPath, ['--import', 'tsx', path.join(root, 'test', 'fixtures', fixture), ...args], {cwd: root, env: {...process.env, ...env}});
}

/** Calls `onLine` for each line of a stream as it arrives. */
export function onLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
	let buffered = '';
	stream.setEncoding('utf8');
	stream.on('data', (chunk: string) => {
		buffered += chunk;
		let newline = buffered.indexOf('\n');
		while (newline !== -1) {
			onLine(buffered.slice(0, newline));
			buffered = buffered.slice(newline + 1);
			newline = buffered.indexOf('\n');
		}
	});
}

/** Resolves with the first line matching, rejects when the process exits first. */
export async function waitForLine(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<string> {
	return new Promise((resolve, reject) => {
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		onLines(child.stdout, line => {
			if (pattern.test(line)) {
				resolve(line);
			}
		});
		child.once('exit', code => {
			reject(new Error(`process exited (${code}) before printing ${pattern}: ${stderr}`));
		});
	});
}

export async function exited(child: ChildProcessWithoutNullStreams): Promise<number | null> {
	if (child.exitCode !== null) {
		return child.exitCode;
	}

	return new Promise(resolve => {
		child.once('exit', code => {
			resolve(code);
		});
	});
}

export type RunResult = {readonly code: number | null; readonly stdout: string; readonly stderr: string};

/** Runs the built CLI to completion. */
export async function runCli(args: readonly string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [cliPath, ...args], {cwd: root, env: {...process.env, NO_COLOR: '1', ...env}});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString();
		});
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		child.on('error', reject);
		child.on('close', code => {
			resolve({code, stdout, stderr});
		});
	});
}
