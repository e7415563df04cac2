import {execFile, execFileSync} from 'node:child_process';
import {copyFileSync, lstatSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {cliPath} from '../helpers/council.js';

/*
The built CLI as a separate process, on FIFOs: in place of settings.json (conf
read it with readFileSync, which waited for a writer for good, SIGTERM
included), and as every file a command takes (--journal, --data, a dataset, a
document, --into, --output). Each run has a deadline and is killed with SIGKILL
past it, so a hang fails the test instead of stalling the suite; none may
take it. COUNCIL_TEST_CLI runs the same tests against another build (main's:
the settings ones hung there).
*/

const cli = process.env['COUNCIL_TEST_CLI'] ?? cliPath;
const folder = mkdtempSync(path.join(os.tmpdir(), 'council-fifo-'));
afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

// Far above a run's time on a loaded machine (about 1 s), far below "hangs".
const deadlineMs = 30_000;

type Run = {readonly code: number | null; readonly stdout: string; readonly stderr: string; readonly killed: boolean};

async function council(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
	const {CI: _ci, ...inherited} = process.env;
	return new Promise(resolve => {
		execFile(process.execPath, [cli, ...args], {cwd: folder, timeout: deadlineMs, killSignal: 'SIGKILL', env: {...inherited, COUNCIL_DATA_DIR: path.join(folder, 'data'), COUNCIL_CONFIG_DIR: path.join(folder, 'config'), ...env}}, (error, stdout, stderr) => {
			const killed = error?.killed === true || error?.signal === 'SIGKILL';
			resolve({code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr, killed});
		});
	});
}

function fifo(name: string): string {
	const at = path.join(folder, name);
	execFileSync('mkfifo', [at]);
	return at;
}

describe('a FIFO in place of settings.json', () => {
	it('council record reports it and records, without waiting for a writer', async () => {
		const config = path.join(folder, 'config-fifo');
		mkdirSync(config);
		const settings = path.join(config, 'settings.json');
		execFileSync('mkfifo', [settings]);
		const run = await council(['record', 'status', '1', 'pending', '--journal', path.join(folder, 'settings-fifo.jsonl')], {COUNCIL_CONFIG_DIR: config});
		expect(run.killed).toBe(false);
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^Recorded status of 1 /);
		expect(lstatSync(settings).isFIFO()).toBe(true);
	}, deadlineMs + 5000);

	it('council record on a settings.json nested 20,000 deep records, with no stack overflow', async () => {
		const config = path.join(folder, 'config-deep');
		mkdirSync(config);
		writeFileSync(path.join(config, 'settings.json'), `${'{"panes":'.repeat(20_000)}{}${'}'.repeat(20_000)}`);
		const run = await council(['record', 'status', '1', 'pending', '--journal', path.join(folder, 'settings-deep.jsonl')], {COUNCIL_CONFIG_DIR: config});
		expect(run.stderr).not.toMatch(/Maximum call stack|unexpected error/);
		expect(run.code).toBe(0);
	}, deadlineMs + 5000);
});

describe('a FIFO as any file a command takes', () => {
	const journal = fifo('journal-fifo.jsonl');
	const dataset = fifo('dataset-fifo.json');
	const documentFile = fifo('document-fifo.txt');
	const output = fifo('output-fifo.docx');
	const regularDataset = path.join(folder, 'regular.json');
	copyFileSync(path.join(path.dirname(cliPath), '..', 'data', 'one-itu.json'), regularDataset);
	const document = path.join(folder, 'document.txt');
	writeFileSync(document, 'Council 2019\nDocument C19/40-E\n\nReport by the Secretary-General\n\nA TITLE\n\nSummary\nA summary.\n');
	const runs: ReadonlyArray<{readonly args: readonly string[]; readonly says: RegExp}> = [
		{args: ['log', '--journal', journal], says: /named pipe \(FIFO\)/},
		{args: ['log', '--journal', journal, '--json'], says: /named pipe \(FIFO\)/},
		{args: ['export', '--journal', journal], says: /named pipe \(FIFO\)/},
		{args: ['export', '--format', 'docx', '--output', output], says: /named pipe \(FIFO\)/},
		{args: ['export', '--format', 'md', '--output', output, '--force'], says: /named pipe \(FIFO\)/},
		{args: ['export', dataset], says: /named pipe \(FIFO\)/},
		{args: ['floor', 'list', '--journal', journal], says: /named pipe \(FIFO\)/},
		{args: ['floor', 'request', 'China', '--journal', journal], says: /named pipe \(FIFO\)/},
		{args: ['matrix', '--journal', journal], says: /named pipe \(FIFO\)/},
		{args: ['matrix', '--format', 'csv', '--data', dataset], says: /named pipe \(FIFO\)/},
		{args: ['lookup', 'Decision 650', '--journal', journal], says: /named pipe \(FIFO\)/},
		{args: ['lookup', '71', '--data', dataset], says: /named pipe \(FIFO\)/},
		{args: ['record', 'status', '1', 'pending', '--journal', journal], says: /named pipe \(FIFO\)/},
		{args: ['record', 'undo', '--journal', journal], says: /named pipe \(FIFO\)/},
		{args: ['validate', dataset], says: /named pipe \(FIFO\)/},
		{args: ['import', documentFile], says: /named pipe \(FIFO\)/},
		{args: ['import', documentFile, '--report'], says: /named pipe \(FIFO\)/},
		{args: ['import', document, '--into', dataset], says: /named pipe \(FIFO\)/},
		{args: [dataset], says: /named pipe \(FIFO\)/},
		// The session-preparation commands (prepare) write datasets: a FIFO is never written, nor waited on.
		{args: ['new', dataset, '--title', 'T'], says: /already exists/},
		{args: ['new', dataset, '--title', 'T', '--force'], says: /not a regular file|named pipe/},
		{args: ['agenda', 'add', 'PL 9', 'A title', '--data', dataset], says: /not a regular file|named pipe/},
		{args: ['agenda', 'sort', '--data', dataset], says: /not a regular file|named pipe/},
		{args: ['agenda', 'remove', '1', '--journal', journal, '--data', regularDataset], says: /cannot be read/},
		{args: ['session', 'set', '--title', 'X', '--data', dataset], says: /not a regular file|named pipe/},
	];
	it.each(runs)('council $args is refused at once, exit 1, saying it is a FIFO', async ({args, says}) => {
		const run = await council(args);
		expect(run.killed).toBe(false);
		expect(run.stderr + run.stdout).toMatch(says);
		expect(run.code).toBe(1);
		expect(lstatSync(journal).isFIFO() && lstatSync(output).isFIFO() && lstatSync(dataset).isFIFO()).toBe(true);
	}, deadlineMs + 5000);
});
