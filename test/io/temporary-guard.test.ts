import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {startFixture} from '../journal/processes.js';

/*
The guard on temporary files must not swallow a signal. Its listeners used to
go when a write ended: a SIGTERM Node had caught but not yet handed to
JavaScript (one landing as the rename finished) was then dropped, and a writer
went on as if never told to stop (the signal test of write-protection hung on
it under load). The fixture sends itself the signal at exactly that instant.
*/

const folders: string[] = [];
afterAll(() => {
	for (const folder of folders) {
		rmSync(folder, {recursive: true, force: true});
	}
});

type Ending = {code: number | null; signal: NodeJS.Signals | null; stdout: string};

async function run(signal: NodeJS.Signals, env: NodeJS.ProcessEnv = {}): Promise<Ending & {folder: string}> {
	const folder = mkdtempSync(path.join(os.tmpdir(), 'council-guard-'));
	folders.push(folder);
	const child = startFixture('guard-signal-at-end.ts', [folder, signal], env);
	let stdout = '';
	child.stdout.on('data', (chunk: Buffer) => {
		stdout += chunk.toString();
	});
	const ending = await new Promise<Ending>(resolve => {
		child.once('close', (code, how) => {
			resolve({code, signal: how, stdout});
		});
	});
	return {...ending, folder};
}

describe('the temporary-file guard and signals', () => {
	it.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)('a %s arriving as a write finishes still ends the process by it', async signal => {
		const ended = await run(signal);
		expect(ended.stdout).not.toContain('survived');
		expect(ended).toMatchObject({code: null, signal});
		expect(JSON.parse(readFileSync(path.join(ended.folder, 'target.json'), 'utf8'))).toEqual({whole: true});
		expect(readdirSync(ended.folder).filter(name => name.endsWith('.tmp'))).toEqual([]);
	});

	it('leaves the signal to the application when it listens for it', async () => {
		const ended = await run('SIGTERM', {OWN_LISTENER: '1'});
		expect(ended).toMatchObject({code: 3, signal: null, stdout: 'written\nthe application handled SIGTERM\n'});
		expect(existsSync(path.join(ended.folder, 'target.json'))).toBe(true);
	});
});
