import {execFile, spawn} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {cliPath} from '../helpers/council.js';

/*
Issue 8, items 7, 10-15 and the command-line parts of 26: the built CLI as a
separate process, with real pipes (a reader that closes early, `| head -1`),
a real /dev/full, and files whose names hold escape sequences and newlines.
COUNCIL_TEST_CLI runs the same tests against another build (that is how they
were seen to fail on main's code).
*/

const cli = process.env['COUNCIL_TEST_CLI'] ?? cliPath;
const fixtures = path.join(path.dirname(path.dirname(new URL(import.meta.url).pathname)), 'fixtures');
const folder = mkdtempSync(path.join(os.tmpdir(), 'council-hardening-'));
afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

type Run = {readonly code: number; readonly stdout: string; readonly stderr: string};

function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	const {CI: _ci, ...inherited} = process.env;
	return {...inherited, COUNCIL_DATA_DIR: path.join(folder, 'data'), COUNCIL_CONFIG_DIR: path.join(folder, 'config'), ...extra};
}

async function council(args: readonly string[], options: {env?: NodeJS.ProcessEnv; nodeArgs?: readonly string[]} = {}): Promise<Run> {
	return new Promise(resolve => {
		execFile(process.execPath, [...(options.nodeArgs ?? []), cli, ...args], {cwd: folder, env: childEnv(options.env), maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
			const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
			resolve({code, stdout, stderr});
		});
	});
}

/** Runs the CLI with its stdout a pipe whose reading end is closed before anything is written: every write meets EPIPE. */
async function councilIntoClosedPipe(args: readonly string[]): Promise<{code: number | null; stderr: string}> {
	return new Promise(resolve => {
		const child = spawn(process.execPath, [cli, ...args], {cwd: folder, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe']});
		child.stdout.destroy();
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		child.on('close', code => {
			resolve({code, stderr});
		});
	});
}

/** `council ARGS | head -1` in a real shell; the exit code is council's own (PIPESTATUS). */
async function councilHeadOne(args: readonly string[]): Promise<Run> {
	const quoted = [process.execPath, cli, ...args].map(arg => `'${arg.replaceAll('\'', '\'\\\'\'')}'`).join(' ');
	return new Promise(resolve => {
		execFile('/bin/bash', ['-c', `${quoted} | head -1; exit "\${PIPESTATUS[0]}"`], {cwd: folder, env: childEnv()}, (error, stdout, stderr) => {
			resolve({code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr});
		});
	});
}

// What a terminal would act on: C0 (but newline), DEL, C1, bidi overrides and isolates.
// eslint-disable-next-line no-control-regex
const terminalUnsafe = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
// What --json must never carry raw.
const jsonUnsafe = /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

function expectNoStackTrace(text: string): void {
	expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
	expect(text).not.toMatch(/node:(?:events|internal)/);
	expect(text).not.toMatch(/Error: |Unhandled 'error' event/);
}

function expectSafe(run: {stdout?: string; stderr: string}): void {
	expect(run.stdout ?? '').not.toMatch(terminalUnsafe);
	expect(run.stderr).not.toMatch(terminalUnsafe);
}

const datasetText = readFileSync(path.join(fixtures, 'journal-dataset.json'), 'utf8');
const journalText = readFileSync(path.join(fixtures, 'journal-session.jsonl'), 'utf8');

function dataset(change: (data: Record<string, any>) => void = () => undefined): Record<string, any> {
	const data = JSON.parse(datasetText) as Record<string, any>;
	change(data);
	return data;
}

function writeDataset(name: string, change?: (data: Record<string, any>) => void): string {
	const file = path.join(folder, name);
	writeFileSync(file, `${JSON.stringify(dataset(change), undefined, 2)}\n`);
	return file;
}

let journalCount = 0;
/** A fresh copy of the recorded test session's journal. */
function journal(): string {
	const file = path.join(folder, `journal-${journalCount++}.jsonl`);
	writeFileSync(file, journalText);
	return file;
}

/** A long journal: `count` valid entries, so `log` prints far more than a pipe holds. */
function longJournal(count: number): string {
	const file = path.join(folder, `long-${journalCount++}.jsonl`);
	const lines: string[] = [];
	for (let index = 0; index < count; index++) {
		const id = `0mnwyp${(400 + index).toString(36).padStart(3, '0')}-${index.toString(16).padStart(12, '0')}`;
		lines.push(JSON.stringify({v: 1, id, time: new Date(Date.UTC(2026, 3, 13, 9, 0, index % 60)).toISOString(), author: {name: 'Secretary Li Wei', role: 'secretary'}, kind: 'current', payload: {item: 'item-budget'}}));
	}

	writeFileSync(file, `${lines.join('\n')}\n`);
	return file;
}

const data = writeDataset('session.json');

describe('8.7: one output path: EPIPE ends quietly, other write errors in one line, never a stack trace', () => {
	it('8.7: council log | head -1 ends quietly, exit 0, no stack trace', async () => {
		const run = await councilHeadOne(['log', '--data', data, '--journal', longJournal(3000)]);
		expect(run.stdout).toMatch(/^Journal .+: 3000 entries\n$/);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
	});

	it('8.7: council DATASET | head -1 and council lookup … | head -1 end quietly, exit 0', async () => {
		// Large enough that the summary and the lookup's citations overflow a pipe's buffer.
		const big = writeDataset('big.json', value => {
			for (let index = 0; index < 3000; index++) {
				value['agendaItems'].push({id: `item-x${index}`, number: `PL 9.${index}`, title: `Item ${index} ${'long title '.repeat(10)}`, documents: ['doc-budget'], action: {kind: 'approve', wording: 'The Council is invited to approve it.'}});
			}
		});
		for (const args of [[big], ['lookup', 'C99/10', '--data', big], ['lookup', 'C99/10', '--json', '--data', big]]) {
			// eslint-disable-next-line no-await-in-loop
			const run = await councilHeadOne(args);
			expect([args, run.stderr, run.code]).toEqual([args, '', 0]);
			expect(run.stdout.split('\n')).toHaveLength(2);
		}
	});

	it.each([
		[['--help']],
		[['--version']],
		[['validate', 'session.json']],
		[['lookup', '71']],
		[['lookup', 'nothing-at-all']],
		[['log', '--data', 'session.json', '--journal', 'closed-pipe.jsonl']],
		[['export', '--data', 'session.json', '--journal', 'closed-pipe.jsonl']],
		[['export', '--format', 'json', '--data', 'session.json', '--journal', 'closed-pipe.jsonl']],
		[['record', 'current', 'PL 1.01', '--data', 'session.json', '--journal', 'closed-pipe.jsonl', '--author', 'A']],
		[['import', path.join(fixtures, 'import-sg-approve.txt')]],
		[['session.json']],
	])('8.7: %j into a pipe closed before it writes: quiet, no stack trace', async args => {
		const run = await councilIntoClosedPipe(args);
		expect(run.stderr).toBe('');
		expectNoStackTrace(run.stderr);
		// EPIPE ends with 0; `lookup nothing-at-all` may have ended first with its own 1.
		expect(args[1] === 'nothing-at-all' ? [0, 1] : [0]).toContain(run.code);
	});

	it.each([
		[['lookup', '71']],
		[['lookup', '71', '--json']],
		[['--help']],
		[['validate']],
		[['log', '--data', 'session.json', '--journal', 'full.jsonl']],
		[['export', '--data', 'session.json', '--journal', 'full.jsonl']],
		[['session.json']],
	])('8.7: council %j > /dev/full: one line on stderr, exit 1', async args => {
		const run = await new Promise<Run>(resolve => {
			execFile('/bin/sh', ['-c', '"$@" > /dev/full', 'sh', process.execPath, cli, ...args], {cwd: folder, env: childEnv()}, (error, stdout, stderr) => {
				resolve({code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr});
			});
		});
		expect(run.stderr).toBe('council: cannot write to standard output: no space left on the device (ENOSPC)\n');
		expect(run.code).toBe(1);
	});

	it('8.7: standard error closed or full: the command\'s own exit code (closed pipe) or 1 (full), no crash', async () => {
		const closed = await new Promise<{code: number | null; stdout: string}>(resolve => {
			const child = spawn(process.execPath, [cli, '--bogus'], {cwd: folder, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe']});
			child.stderr.destroy();
			let stdout = '';
			child.stdout.on('data', (chunk: Buffer) => {
				stdout += chunk.toString();
			});
			child.on('close', code => {
				resolve({code, stdout});
			});
		});
		expect(closed).toEqual({code: 2, stdout: ''});
		const full = await new Promise<Run>(resolve => {
			execFile('/bin/sh', ['-c', '"$@" 2> /dev/full', 'sh', process.execPath, cli, '--bogus'], {cwd: folder, env: childEnv()}, (error, stdout, stderr) => {
				resolve({code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr});
			});
		});
		expect(full.code).toBe(1);
		expect(full.stdout).toBe('');
	});

	it('8.7: an uncaught exception or an unhandled rejection: one sanitized line, exit 1, no stack', async () => {
		const thrower = 'data:text/javascript,setTimeout(() => { throw new Error("boom \\u001B]0;owned\\u0007 here\\n  at secret (x.js:1:1)"); }, 400);';
		const rejecter = 'data:text/javascript,setTimeout(() => { Promise.reject(new TypeError("lost \\u009B2J promise")); }, 400);';
		for (const [module, line] of [[thrower, 'council: unexpected error: boom  here\n'], [rejecter, 'council: unexpected error: lost  promise\n']] as const) {
			// eslint-disable-next-line no-await-in-loop
			const run = await council(['--version'], {nodeArgs: ['--import', module]});
			expect(run.stderr).toBe(line);
			expect(run.code).toBe(1);
		}
	});
});

describe('8.10: every printed file name and path is sanitized, newlines shown as \\n', () => {
	const hostile = 'x\u001B]0;T\u0007';
	const forged = 'a\nok: forged.json';

	it('8.10: validate\'s verdict lines and problems', async () => {
		writeFileSync(path.join(folder, `${hostile}.json`), datasetText);
		writeFileSync(path.join(folder, `${forged}.json`), '{"formatVersion": 1');
		const run = await council(['validate', `${hostile}.json`, `${forged}.json`]);
		expectSafe(run);
		expect(run.code).toBe(1);
		const lines = run.stdout.trimEnd().split('\n');
		expect(lines.at(0)).toMatch(/^ok: x\.json \(/);
		expect(lines.filter(line => line.startsWith('ok: '))).toHaveLength(1);
		expect(lines.at(-1)).toBe('invalid: a\\nok: forged.json.json (1 problem)');
		expect(lines.slice(1, -1).every(line => line.startsWith('a\\nok: forged.json.json:'))).toBe(true);
	});

	it('8.10: import\'s dry-run list, its warnings and its "wrote" line', async () => {
		const input = path.join(folder, `doc${hostile}\n.txt`);
		writeFileSync(input, `${readFileSync(path.join(fixtures, 'import-no-references.txt'), 'utf8')}\nA line \u001B[31mthat fits nowhere\n`);
		const into = path.join(folder, `into${hostile}\nok.json`);
		const dry = await council(['import', input, '--into', into, '--dry-run']);
		expectSafe(dry);
		expect(dry.code).toBe(0);
		expect(dry.stdout).toContain(`${folder}/docx\\n.txt:\n`);
		expect(dry.stderr).toContain('intox\\nok.json does not exist yet');
		expect(dry.stderr).toContain(`${folder}/docx\\n.txt: warning: not placed in any section`);
		const wrote = await council(['import', input, '--into', into]);
		expectSafe(wrote);
		expect(wrote.code).toBe(0);
		// A new dataset has no previous version, so no .bak is named (8.16: the writer says what it did).
		expect(wrote.stdout).toContain('wrote intox\\nok.json\n');
	});

	it('8.10: the journal and output paths echoed by record, log and export', async () => {
		const journalFile = path.join(folder, `j${hostile}\n.jsonl`);
		const recorded = await council(['record', 'current', 'PL 1.01', '--data', data, '--journal', journalFile, '--author', 'Ana']);
		expectSafe(recorded);
		expect(recorded.code).toBe(0);
		expect(recorded.stdout).toContain(`  in ${folder}/jx\\n.jsonl\n`);
		const logged = await council(['log', '--data', data, '--journal', journalFile]);
		expectSafe(logged);
		expect(logged.stdout.split('\n')[0]).toBe(`Journal ${folder}/jx\\n.jsonl: 1 entry`);
		const output = path.join(folder, `m${hostile}\nok.md`);
		const exported = await council(['export', '--data', data, '--journal', journalFile, '--output', output]);
		expectSafe(exported);
		expect(exported.stdout).toBe(`Minutes written to ${folder}/mx\\nok.md\n`);
		const unread = await council(['log', '--data', data, '--journal', folder]);
		expectSafe(unread);
		expect(unread.code).toBe(1);
	});
});

describe('8.11: the author name and every argument echoed in a message go through one sanitizing path', () => {
	const osc52 = '\u001B]52;c;ZXZpbA==\u0007';

	it('8.11: record echoes the author name (--author, and the authorName setting) sanitized', async () => {
		const byOption = await council(['record', 'current', 'PL 1.01', '--data', data, '--journal', journal(), '--author', `Ana${osc52} Diallo`]);
		expectSafe(byOption);
		expect(byOption.stdout).toMatch(/\n {2}by Ana Diallo \(chair\) at /);
		const config = path.join(folder, 'config-author');
		mkdirSync(config, {recursive: true});
		writeFileSync(path.join(config, 'settings.json'), JSON.stringify({authorName: `Li${osc52} Wei`, role: 'secretary'}));
		const bySetting = await council(['record', 'current', 'PL 1.01', '--data', data, '--journal', journal()], {env: {COUNCIL_CONFIG_DIR: config}});
		expectSafe(bySetting);
		expect(bySetting.stdout).toMatch(/\n {2}by Li Wei \(secretary\) at /);
	});

	const evil = `zz${osc52}\n\u001B[2Jforged`;
	const shown = 'zz\\nforged';
	it.each([
		['option', ['lookup', '71', '--zz\u001B]0;T\u0007\n\u001B[2Jforged'], 2, `unknown option --${shown}`],
		['option with a value', ['lookup', '71', `--${evil}`], 2, 'unknown option --zz52;c;ZXZpbA'],
		['command', [evil], 2, `unknown command "${shown}"`],
		['help topic', ['help', evil], 2, `no subcommand "${shown}"`],
		['extra argument', ['./a.json', evil], 2, `unexpected argument "${shown}"`],
		['log argument', ['log', evil], 2, `unexpected argument "${shown}"`],
		['kind', ['record', evil, 'PL 1.01'], 2, `unknown kind "${shown}"`],
		['format', ['export', '--format', evil], 2, `unknown format "${shown}"`],
		['role (record)', ['record', 'current', 'PL 1.01', '--role', evil], 2, `Unknown role "${shown}"`],
		['role (dashboard)', ['--role', evil], 2, `unknown role "${shown}"`],
		['status', ['record', 'status', 'PL 1.01', evil, '--data', data, '--author', 'A', '--role', 'chair'], 1, `Unknown status "${shown}"`],
		['stance', ['record', 'position', 'PL 1.01', '--delegation', 'cn', '--stance', evil, '--data', data, '--author', 'A', '--role', 'chair'], 1, `Unknown stance "${shown}"`],
		['outcome', ['record', 'decision', 'PL 1.01', '--outcome', evil, '--text', 't', '--data', data, '--author', 'A', '--role', 'chair'], 1, `Unknown outcome "${shown}"`],
		['delegation', ['record', 'position', 'PL 1.01', '--delegation', evil, '--stance', 'supports', '--data', data, '--author', 'A', '--role', 'chair'], 1, `Unknown delegation "${shown}"`],
		['item', ['record', 'current', evil, '--data', data, '--author', 'A', '--role', 'chair'], 1, `Unknown agenda item "${shown}"`],
		['undo entry', ['record', 'undo', evil, '--data', data, '--author', 'A', '--role', 'chair'], 1, `No entry "${shown}" in the journal`],
		['lookup query', ['lookup', evil], 1, `no match for "${shown}"`],
	])('8.11: an unknown %s is echoed sanitized, newlines visible', async (_what, args, code, message) => {
		const run = await council(args);
		expectSafe(run);
		expectNoStackTrace(run.stderr);
		expect(run.code).toBe(code);
		expect(`${run.stdout}${run.stderr}`).toContain(message);
	});
});

describe('8.12: --json escapes C1 and bidi controls as \\u escapes', () => {
	const unsafe = '\u009B\u202E\u2066\u200F\u061C\u0085';

	it('8.12: lookup --json, log --json and export --format json carry none of them raw, and parse back exactly', async () => {
		const file = writeDataset('marks.json', value => {
			value['agendaItems'][0].title = 'Budget \u200Fمشروع\u200E \u061C(draft)';
		});
		const lookup = await council(['lookup', `PL 1.01${unsafe}`, '--json', '--data', file]);
		expect(lookup.stdout).not.toMatch(jsonUnsafe);
		expect(lookup.stdout).toContain('\\u009b\\u202e\\u2066\\u200f\\u061c\\u0085');
		expect((JSON.parse(lookup.stdout) as {query: string}).query).toBe(`PL 1.01${unsafe}`);

		const journalFile = path.join(folder, `j${unsafe}.jsonl`);
		writeFileSync(journalFile, journalText);
		const log = await council(['log', '--json', '--data', file, '--journal', journalFile]);
		expect(log.code).toBe(0);
		expect(log.stdout).not.toMatch(jsonUnsafe);
		expect((JSON.parse(log.stdout) as {journal: string}).journal).toBe(journalFile);

		const minutes = await council(['export', '--format', 'json', '--data', file, '--journal', journalFile]);
		expect(minutes.stdout).not.toMatch(jsonUnsafe);
		expect((JSON.parse(minutes.stdout) as {items: Array<{title: string}>}).items[0]?.title).toBe('Budget \u200Fمشروع\u200E \u061C(draft)');
	});
});

describe('8.13: Markdown minutes make HTML and Markdown from data inert, yet readable', () => {
	it('8.13: <script>, <img onerror>, [x](javascript:…) and <!-- in titles, notes and decisions', async () => {
		const file = writeDataset('markup.json', value => {
			value['agendaItems'][0].title = 'Budget <script>alert(1)</script>';
			value['agendaItems'][1].title = '<!-- the rest is hidden';
			value['proposals'][0].text = '# [click](javascript:alert(1)) <img src=x onerror=alert(1)>';
		});
		const journalFile = path.join(folder, 'markup.jsonl');
		const as = ['--data', file, '--journal', journalFile, '--author', 'A <a href=x>', '--role', 'chair'];
		for (const args of [
			['current', 'PL 1.01'],
			['decision', 'PL 1.01', '--outcome', 'approved', '--text', '> <iframe src=//evil>\n- [y](javascript:steal())\n1. ![i](x)'],
			['current', 'PL 1.03'],
			['position', 'PL 1.03', '--delegation', 'cn', '--stance', 'supports', '--note', '`code` *bold* <b>b</b>'],
			['position', 'prop-1', '--delegation', 'ch', '--stance', 'reservation', '--note', '~~struck~~ <!--'],
		]) {
			expect((await council(['record', ...args, ...as])).code).toBe(0);
		}

		const run = await council(['export', '--data', file, '--journal', journalFile]);
		expect(run.code).toBe(0);
		const md = run.stdout;
		// No tag, comment or link can open: every < and every [ from data is escaped.
		expect(md).not.toMatch(/(?<!\\)</);
		expect(md).not.toMatch(/(?<!\\)\[/);
		expect(md).toContain('## 1 Budget \\<script\\>alert(1)\\</script\\> (agenda item PL 1.01)');
		expect(md).toContain('Not taken up: PL 1.02 \\<!-- the rest is hidden.');
		expect(md).toContain('\n- 1\\) # \\[click\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\>\n');
		expect(md).toContain('The councillor from China supported Document C99/42 (\\`code\\` \\*bold\\* \\<b\\>b\\</b\\>).');
		expect(md).toContain('**\\> \\<iframe src=//evil\\>**\n**\\- \\[y\\](javascript:steal())**\n**1\\. !\\[i\\](x)**');
		expect(md).toContain('Chair: A \\<a href=x\\>');
		expect(md).toContain('(\\~\\~struck\\~\\~ \\<!--) and requested that its reservation be reflected');
		// Everything after the comment opener is still there.
		expect(md).toMatch(/## 2 Implementation of the "One ITU" concept \(agenda item PL 1\.03\)/);
	});
});

describe('8.14: the sanitizer removes only the sequence and keeps the text; validate says what it changed', () => {
	it('8.14: S\\u0098o Paulo and an unterminated OSC keep their text, with a warning naming the field', async () => {
		const file = writeDataset('mojibake.json', value => {
			value['session'].place = 'S\u0098o Paulo';
			value['agendaItems'][0].title = 'Draft budget \u001B]0;unterminated title';
			value['documents'][0].purpose = 'Clean purpose \u001B]52;c;ZXZpbA==\u0007kept';
		});
		const run = await council(['validate', file]);
		expect(run.code).toBe(0);
		expectSafe(run);
		expect(run.stdout).toMatch(/mojibake\.json:\d+:\d+ {2}session\.place {2}warning: escape sequences or control characters were removed from this text\n/);
		expect(run.stdout).toMatch(/ {2}agendaItems\[0\]\.title {2}warning: /);
		expect(run.stdout).toMatch(/ {2}documents\[0\]\.purpose {2}warning: /);
		expect(run.stdout).toMatch(/ok: .*mojibake\.json \(.*, 3 warnings\)\n$/);
		const summary = await council([file]);
		expect(summary.stdout).toContain('So Paulo');
		expect(summary.stdout).toContain('PL 1.01  Draft budget 0;unterminated title');
	});
});

describe('8.15: a key that is or sanitizes to __proto__ (or constructor, prototype) is refused', () => {
	it('8.15: in the dataset: an error naming the field, exit 1', async () => {
		const file = path.join(folder, 'proto.json');
		const text = datasetText.replace('"title": "Draft budget of the Union",', '"title": "Draft budget of the Union", "__pro\\u0007to__": {"hidden": true},');
		expect(text).not.toBe(datasetText);
		writeFileSync(file, text);
		const run = await council(['validate', file]);
		expect(run.code).toBe(1);
		expect(run.stdout).toMatch(/agendaItems\[0\]\.__proto__ {2}the field name "__proto__" is not allowed/);
		// Spelt with a raw bidi override, or with an escape of an ordinary letter.
		for (const spelt of ['__pro\u202Eto__', '__pro\\u0074o__']) {
			writeFileSync(file, datasetText.replace('"place": "Geneva"', `"place": "Geneva", "${spelt}": {"x": 1}`));
			// eslint-disable-next-line no-await-in-loop
			const other = await council(['validate', file]);
			expect([spelt, other.code]).toEqual([spelt, 1]);
			expect(other.stdout).toContain('session.__proto__  the field name "__proto__" is not allowed');
		}

		for (const key of ['__proto__', 'constructor', 'prototype']) {
			writeFileSync(file, datasetText.replace('"place": "Geneva"', `"place": "Geneva", "${key}": {"x": 1}`));
			// eslint-disable-next-line no-await-in-loop
			const plain = await council(['validate', file]);
			expect([key, plain.code]).toEqual([key, 1]);
			expect(plain.stdout).toContain(`the field name "${key}" is not allowed`);
		}
	});

	it('8.15: in the journal: the line is reported and skipped, never applied', async () => {
		const file = path.join(folder, 'proto.jsonl');
		writeFileSync(file, '{"v":1,"id":"0mnwyp400-a10000000001","time":"2026-04-13T09:00:00.000Z","author":{"name":"A","role":"chair"},"kind":"current","payload":{"item":"item-budget","__pro\\u0007to__":{"x":1}}}\n');
		const run = await council(['log', '--data', data, '--journal', file]);
		expect(run.stdout).toMatch(/: no entries yet\n$/);
		expect(run.stderr).toBe('warning: line 1 is not a valid journal entry and was skipped at payload: the field name "__proto__" is not allowed (it could replace the object\'s prototype)\n');
		writeFileSync(file, '{"v":1,"id":"0mnwyp400-a10000000001","time":"2026-04-13T09:00:00.000Z","author":{"name":"A","role":"chair","constructor":{}},"kind":"current","payload":{"item":"item-budget"}}\n');
		const other = await council(['log', '--data', data, '--journal', file]);
		expect(other.stderr).toContain('skipped at author: the field name "constructor" is not allowed');
	});
});

describe('8.26: the command line says what is missing, refuses repeated options and empty paths, and counts in words', () => {
	it('8.26: record decision without --text says so', async () => {
		const run = await council(['record', 'decision', 'PL 1.01', '--outcome', 'approved', '--data', data]);
		expect(run.code).toBe(2);
		expect(run.stderr.split('\n')[0]).toBe('council: record decision: missing --text TEXT');
		const none = await council(['record', 'position', '--data', data]);
		expect(none.stderr.split('\n')[0]).toBe('council: record position: missing ITEM|PROPOSAL, --delegation DELEGATION and --stance STANCE');
		const stray = await council(['record', 'status', 'PL 1.01', 'decided', '--note', 'x', '--data', data]);
		expect(stray.stderr.split('\n')[0]).toBe('council: record status: --note does not apply to record status');
	});

	it('8.26: a repeated option is refused, exit 2, nothing written', async () => {
		const journalFile = path.join(folder, 'repeat.jsonl');
		const run = await council(['record', 'current', 'PL 1.01', '--role', 'viewer', '--role', 'chair', '--data', data, '--journal', journalFile]);
		expect(run.code).toBe(2);
		expect(run.stderr.split('\n')[0]).toBe('council: option --role is given 2 times; give it once');
		expect(existsSync(journalFile)).toBe(false);
		for (const args of [['lookup', '71', '--json', '--json'], ['validate', '--data', data, '--data', data], ['export', '--format', 'md', '--format', 'json'], ['--journal', 'a', '--journal', 'b']]) {
			// eslint-disable-next-line no-await-in-loop
			const repeated = await council(args);
			expect([args, repeated.code]).toEqual([args, 2]);
			expect(repeated.stderr).toMatch(/^council: option --\w+ (?:\(-\w\) )?is given 2 times; give it once\n/);
		}
	});

	it.each([
		[['record', 'current', 'PL 1.01', '--journal', '']],
		[['log', '--journal', '']],
		[['export', '--journal', '']],
		[['export', '--output', '']],
		[['import', 'x.txt', '--into', '']],
		[['--journal', '']],
		[['lookup', '71', '--data', '']],
	])('8.26: an empty path %j is refused, exit 2', async args => {
		const run = await council(args);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/^council: option --(?:journal|output|into|data) needs a file name, not an empty one\n/);
	});

	it('8.26: counts read right in the singular and the plural', async () => {
		const one = path.join(folder, 'plural-1.jsonl');
		writeFileSync(one, journalText);
		const md = await council(['export', '--data', data, '--journal', one]);
		expect(md.stdout).toContain('\n1 journal line was skipped as torn or invalid');
		const unknown = path.join(folder, 'plural-2.jsonl');
		writeFileSync(unknown, [
			'{"v":1,"id":"0mnwyp400-a10000000001","time":"2026-04-13T09:00:00.000Z","author":{"name":"A","role":"chair"},"kind":"current","payload":{"item":"item-gone"}}',
			'{"v":1,"id":"0mnwyp401-a10000000002","time":"2026-04-13T09:00:01.000Z","author":{"name":"A","role":"chair"},"kind":"current","payload":{"item":"item-gone"}}',
			'',
		].join('\n'));
		const ignored = await council(['export', '--data', data, '--journal', unknown]);
		expect(ignored.stdout).toContain('\n2 journal entries were ignored: they name something this dataset lacks or were written by a viewer.\n');
		expect((await council(['log', '--data', data, '--journal', one])).stdout.split('\n')[0]).toMatch(/: 12 entries$/);
	});
});
