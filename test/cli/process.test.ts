import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {syntheticDataset} from '../../bench/synthetic.js';
import {bundledInput} from '../helpers/bundled.js';
import {cliPath} from '../helpers/council.js';

/*
The CLI as a user runs it: `node dist/cli.js` as a child process with pipes
(so stdout is not a terminal), checking exit codes, both streams, and that no
stack trace ever shows.
*/

type Run = {readonly code: number; readonly stdout: string; readonly stderr: string};

const folder = mkdtempSync(path.join(os.tmpdir(), 'council-cli-'));
afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

async function council(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
	return new Promise(resolve => {
		const {CI: _ci, ...inherited} = process.env;
		execFile(process.execPath, [cliPath, ...args], {cwd: folder, env: {...inherited, ...env}, maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
			const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
			resolve({code, stdout, stderr});
		});
	});
}

function expectNoStackTrace(run: Run): void {
	expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
	expect(run.stderr).not.toMatch(/Error: /);
}

function writeJson(name: string, value: unknown): string {
	const file = path.join(folder, name);
	writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
	return file;
}

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version;

describe('council: help, version, usage errors', () => {
	it('--help lists the subcommands and options, exit 0', async () => {
		const run = await council(['--help']);
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^council \d+\.\d+\.\d+: /);
		expect(run.stdout).toMatch(/\n {2}validate {2,}check dataset files/);
		expect(run.stdout).toMatch(/\n {2}lookup {2,}what a reference/);
		expect(run.stdout).toMatch(/--data FILE/);
		expect(run.stderr).toBe('');
	});

	it('--version and -v print the version from package.json', async () => {
		expect((await council(['--version'])).stdout).toBe(`${version}\n`);
		expect((await council(['-v'])).stdout).toBe(`${version}\n`);
	});

	it('SUBCOMMAND --help and help SUBCOMMAND show its usage', async () => {
		const a = await council(['lookup', '--help']);
		const b = await council(['help', 'lookup']);
		expect(a.code).toBe(0);
		expect(a.stdout).toMatch(/council lookup REF \[--json\]/);
		expect(b.stdout).toBe(a.stdout);
	});

	it.each([
		[['lokup', '71'], 'council: unknown command "lokup" (did you mean "lookup"?)'],
		[['--bogus'], 'council: unknown option --bogus'],
		[['lookup', '71', '--jsn'], 'council: unknown option --jsn'],
		[['lookup', '--data'], 'council: option --data needs a value'],
		[['lookup'], 'council: lookup needs a reference, e.g. council lookup "Res 71"'],
		[['validate', '--json'], 'council: unknown option --json'],
		[['./a.json', 'b.json'], 'council: unexpected argument "b.json"'],
	])('%j is a usage error: one line, the help, exit 2', async (args, message) => {
		const run = await council(args);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr.split('\n')[0]).toBe(message);
		expect(run.stderr).toMatch(/\nUsage\n/);
		expectNoStackTrace(run);
	});
});

describe('council with no subcommand, output not a terminal', () => {
	it('prints the session summary of the bundled dataset and exits 0 (council | cat)', async () => {
		const run = await council([]);
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
		expect(run.stdout).toMatch(/^ITU Council: .+\(illustrative\)\n/);
		expect(run.stdout).toMatch(/\n1 {2}Implementation of the "One ITU" concept \(illustrative\)\n {4}action: consider {2}· {2}status: pending\n/);
		expect(run.stdout).toMatch(/The Administration of the People's Republic of China/);
		// No colour or cursor control in a pipe.
		expect(run.stdout).not.toMatch(/\u001B/);
	});

	it('the same through a real shell pipe', async () => {
		const run = await new Promise<Run>(resolve => {
			execFile('/bin/sh', ['-c', `"${process.execPath}" "${cliPath}" | cat`], {cwd: folder}, (error, stdout, stderr) => {
				resolve({code: error === null ? 0 : 1, stdout, stderr});
			});
		});
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^ITU Council: /);
	});

	it('takes DATASET as an argument or --data', async () => {
		const file = writeJson('small.json', syntheticDataset({items: 3, delegations: 2}));
		for (const args of [['small.json'], ['--data', 'small.json'], [file]]) {
			// eslint-disable-next-line no-await-in-loop
			const run = await council(args);
			expect(run.code).toBe(0);
			expect(run.stdout).toMatch(/Synthetic session of 3 agenda items \(illustrative\)/);
			expect(run.stdout).toMatch(/\nPL 1\.03 {2}/);
		}
	});

	it('a broken dataset: every problem on stderr, exit 1, no stack trace', async () => {
		const input = bundledInput();
		input.agendaItems[0]!.documents.push('doc-x');
		(input.session as Record<string, unknown>).body = 5;
		writeJson('broken.json', input);
		const run = await council(['broken.json']);
		expect(run.code).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr.trimEnd().split('\n')).toEqual([
			'broken.json:6:13  session.body  must be text, not 5',
			'broken.json:18:9  agendaItems[0].documents[1]  refers to document "doc-x", which does not exist (from agenda item "item-one-itu")',
		]);
		expectNoStackTrace(run);
	});

	it('a missing dataset: one line, exit 1', async () => {
		const run = await council(['--data', 'nowhere.json']);
		expect(run.code).toBe(1);
		expect(run.stderr).toBe('nowhere.json  no such file\n');
	});
});

describe('council validate', () => {
	it('ok for the bundled dataset when no file is named', async () => {
		const run = await council(['validate']);
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^ok: .*one-itu\.json \(1 agenda item, 1 document, 4 resolutions, 2 proposals, 194 delegations, 3 positions\)\n$/);
	});

	it('every problem of every file, exit 1 when any is invalid', async () => {
		writeJson('good.json', syntheticDataset({items: 2, delegations: 1}));
		const bad = syntheticDataset({items: 2, delegations: 1}) as unknown as Record<string, any>;
		bad.agendaItems[1].action.kind = 'vote';
		bad.positions = [{id: 'p', delegation: 'nobody', on: 'item-1', stance: 'supports'}];
		writeJson('bad.json', bad);
		writeFileSync(path.join(folder, 'empty.json'), '');
		writeFileSync(path.join(folder, 'binary.json'), Buffer.from([1, 0, 2, 3]));
		writeFileSync(path.join(folder, 'malformed.json'), '{\n  "formatVersion": 1,,\n}');
		const run = await council(['validate', 'good.json', 'bad.json', 'empty.json', 'binary.json', 'malformed.json', 'missing.json']);
		expect(run.code).toBe(1);
		const lines = run.stdout.trimEnd().split('\n');
		expect(lines[0]).toMatch(/^ok: good\.json \(2 agenda items, 2 documents, 10 resolutions, 1 proposal, 1 delegation, 0 positions\)$/);
		expect(lines).toContainEqual(expect.stringMatching(/^bad\.json:\d+:\d+ {2}agendaItems\[1\]\.action\.kind {2}must be one of .+, not the text "vote"$/));
		expect(lines).toContainEqual(expect.stringMatching(/^bad\.json:\d+:\d+ {2}positions\[0\]\.delegation {2}refers to delegation "nobody", which does not exist \(from position "p"\)$/));
		expect(lines).toContainEqual('invalid: bad.json (2 problems)');
		expect(lines).toContainEqual('empty.json  the file is empty; a dataset is a JSON object described by data/schema.json');
		expect(lines).toContainEqual(expect.stringMatching(/^binary\.json {2}not a text file/));
		// `  "formatVersion": 1,,` — the second comma is column 22.
		expect(lines).toContainEqual('malformed.json:2:22  malformed JSON: expected a field name in double quotes (a trailing comma?)');
		expect(lines).toContainEqual('missing.json  no such file');
		expect(lines.filter(line => line.startsWith('invalid: '))).toHaveLength(5);
		expectNoStackTrace(run);
	});
});

describe('council lookup', () => {
	it.each([
		['71', 'Resolution 71 (Rev. Bucharest, 2022)'],
		['Res 71', 'Resolution 71 (Rev. Bucharest, 2022)'],
		['Resolution 71 (Rev. Bucharest, 2022)', 'Resolution 71 (Rev. Bucharest, 2022)'],
		['191', 'Resolution 191 (Rev. Bucharest, 2022)'],
		['PP-22/157', 'PP-22/157'],
		['Art. 1', 'Article 1 of the Constitution'],
		['Item 1', 'Item 1: Implementation of the "One ITU" concept (illustrative)'],
		['prop-cn-2', 'China contribution proposal 2'],
	])('%s → %s, exit 0', async (query, label) => {
		const run = await council(['lookup', query]);
		expect(run.code).toBe(0);
		expect(run.stdout.split('\n')[0]).toBe(label);
		expect(run.stdout).toMatch(/\nCited by \(\d+\)\n/);
	});

	it('takes an unquoted reference as several words', async () => {
		const run = await council(['lookup', 'Resolution', '71', '(Rev.', 'Bucharest,', '2022)']);
		expect(run.code).toBe(0);
		expect(run.stdout.split('\n')[0]).toBe('Resolution 71 (Rev. Bucharest, 2022)');
	});

	it('Resolution 71: its revision, body, the excerpt quoted, and the agenda item and document citing it', async () => {
		const run = await council(['lookup', 'Res 71']);
		expect(run.stdout).toMatch(/\n {2}body: Plenipotentiary Conference\n {2}revision: Rev\. Bucharest, 2022\n/);
		expect(run.stdout).toMatch(/invites Member States: “strengthen the effectiveness of the Union/);
		expect(run.stdout).toMatch(/\n {2}agenda item {2}Item 1: .+\(illustrative\) {2}· {2}through /);
		expect(run.stdout).toMatch(/\n {2}document {5}.+ {2}· {2}References\n/);
	});

	it('Article 1 lists the purposes a, a bis, b to g and the principle citing it', async () => {
		const run = await council(['lookup', 'Art. 1']);
		for (const label of ['a', 'a bis', 'b', 'c', 'd', 'e', 'f', 'g']) {
			expect(run.stdout).toMatch(new RegExp(`\\n {2}${label}\\) to `));
		}

		expect(run.stdout).toMatch(/\n {2}principle {4}Principle 2: Serve the purposes of the Union\./);
	});

	it('document symbols and agenda item numbers, on a dataset that has them', async () => {
		writeJson('symbols.json', syntheticDataset({items: 20, delegations: 3}));
		const bySymbol = await council(['lookup', 'C99/7', '--data', 'symbols.json']);
		expect(bySymbol.code).toBe(0);
		expect(bySymbol.stdout.split('\n')[0]).toBe('C99/7 (illustrative)');
		const revision = await council(['lookup', 'Document C99/1(Rev.1)', '--data', 'symbols.json']);
		expect(revision.stdout.split('\n')[0]).toBe('C99/1(Rev.1) (illustrative)');
		const byItem = await council(['--data', 'symbols.json', 'lookup', 'PL 1.07']);
		expect(byItem.code).toBe(0);
		expect(byItem.stdout.split('\n')[0]).toMatch(/^Item PL 1\.07: /);
	});

	it('an unknown reference: "no match", the nearest names, exit 1', async () => {
		const run = await council(['lookup', 'Res 72']);
		expect(run.code).toBe(1);
		expect(run.stdout).toMatch(/^no match for "Res 72"\nnearest:\n {2}\S/);
		expect(run.stdout).toMatch(/Resolution 71 \(Rev\. Bucharest, 2022\)/);
	});

	it('a reference naming several things lists them with their ids, exit 1; validate warns of the twin', async () => {
		const data = syntheticDataset({items: 2, delegations: 1});
		data.agendaItems[1]!.number = data.agendaItems[0]!.number;
		writeJson('twins.json', data);
		const run = await council(['lookup', 'PL 1.01', '--data', 'twins.json']);
		expect(run.code).toBe(1);
		expect(run.stdout).toMatch(/^"PL 1\.01" names 2 things; look up one of them by id:\n {2}item-1 {2}Item PL 1\.01: .+\n {2}item-2 {2}Item PL 1\.01: /);
		const json = JSON.parse((await council(['lookup', 'PL 1.01', '--json', '--data', 'twins.json'])).stdout) as Record<string, any>;
		expect(json).toMatchObject({result: 'ambiguous', entity: null, citedBy: [], suggestions: []});
		expect(json.candidates.map((candidate: {id: string}) => candidate.id)).toEqual(['item-1', 'item-2']);
		const validate = await council(['validate', 'twins.json']);
		expect(validate.code).toBe(0);
		expect(validate.stdout).toMatch(/^twins\.json:\d+:\d+ {2}agendaItems\[1\]\.number {2}warning: agenda item number "PL 1\.01" is also used by agendaItems\[0\]\nok: twins\.json \(2 agenda items, .+, 1 warning\)\n$/);
	});

	it('--json: the documented shape', async () => {
		const run = await council(['lookup', 'Res 71', '--json']);
		expect(run.code).toBe(0);
		const json = JSON.parse(run.stdout) as Record<string, any>;
		expect(Object.keys(json)).toEqual(['version', 'query', 'result', 'entity', 'citedBy', 'candidates', 'suggestions']);
		expect(json).toMatchObject({version: 1, query: 'Res 71', result: 'found', candidates: [], suggestions: []});
		expect(json.entity).toMatchObject({id: 'res-pp-71', kind: 'resolution', label: 'Resolution 71 (Rev. Bucharest, 2022)', illustrative: false});
		expect(json.entity.data).toMatchObject({number: 71, body: 'plenipotentiary', revision: 'Rev. Bucharest, 2022'});
		expect(json.citedBy).toContainEqual({id: 'doc-cn-one-itu', kind: 'document', label: expect.any(String), illustrative: false, where: 'References', agendaItems: ['item-one-itu']});
		expect(json.citedBy).toContainEqual(expect.objectContaining({id: 'item-one-itu', kind: 'agenda-item', illustrative: true}));

		const miss = JSON.parse((await council(['lookup', 'Res 72', '--json'])).stdout) as Record<string, any>;
		expect(miss).toMatchObject({result: 'not-found', entity: null, citedBy: [], candidates: []});
		expect(miss.suggestions.length).toBeGreaterThan(0);
	});

	it('text from the dataset reaches the terminal without escape sequences', async () => {
		const input = bundledInput();
		input.resolutions![1]!.title = 'Strategic plan\u001B]52;c;ZWNobyBwd25lZA==\u0007\u001B[2J\u009B1m';
		input.resolutions![1]!.excerpts[0]!.text = 'quoted \u001B[31mred\u001B[0m text';
		writeJson('evil.json', input);
		for (const args of [['lookup', 'Res 71', '--data', 'evil.json'], ['lookup', 'Res 71', '--json', '--data', 'evil.json'], ['evil.json']]) {
			// eslint-disable-next-line no-await-in-loop
			const run = await council(args);
			expect(run.code).toBe(0);
			expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
			expect(run.stdout).not.toMatch(/\\u001b|52;c;/i);
		}

		expect((await council(['lookup', 'Res 71', '--data', 'evil.json'])).stdout).toMatch(/title: Strategic plan\n/);
	});
});
