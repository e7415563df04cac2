import {execFileSync} from 'node:child_process';
import {appendFileSync, mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {maxDatasetBytes, maxImportBytes, maxJournalBytes, maxJournalLineBytes} from '../../source/io/limits.js';
import {entryLine} from '../../source/journal/append.js';
import {openJournal, followJournal} from '../../source/journal/follow.js';
import {readJournal} from '../../source/journal/read.js';
import {entryFactory, fixtureDataset as loadFixture} from '../journal/helpers.js';
import {council, deepLine, fixtureDataset, scratch} from './helpers.js';
import {docx, documentXml} from './zip.js';

/*
Issue 8, items 4 and 8: hostile journal lines and datasets, and inputs that are
not regular files or are too large. Real FIFOs (mkfifo), /dev/zero, real
processes of the built CLI, each killed if it hangs.
*/

const make = entryFactory();
const first = make({kind: 'current', payload: {item: 'item-budget'}});
const second = make({kind: 'status', payload: {item: 'item-report', status: 'deferred'}});

function mkfifo(file: string): string {
	execFileSync('mkfifo', [file]);
	return file;
}

function noStackTrace(text: string): void {
	expect(text).not.toMatch(/\n\s+at |RangeError|Maximum call stack/);
}

describe('8.4: one deeply nested journal line costs only itself', () => {
	it('8.4: log and export keep every other entry and report the 20,000-deep line', async () => {
		const folder = scratch();
		const journal = path.join(folder, 'j.jsonl');
		writeFileSync(journal, `${entryLine(first)}${deepLine(20_000)}\n${entryLine(second)}`);
		expect(statSync(journal).size).toBeGreaterThan(40_000);
		const log = await council(['log', '--journal', journal, '--data', fixtureDataset], {cwd: folder});
		expect(log.code).toBe(0);
		expect(log.stdout).toContain('2 entries');
		expect(log.stderr).toContain('line 2 nests lists and objects more than 64 deep');
		noStackTrace(log.stderr);
		const exported = await council(['export', '--journal', journal, '--data', fixtureDataset, '--format', 'json'], {cwd: folder});
		expect(exported.code).toBe(0);
		expect(JSON.parse(exported.stdout)).toMatchObject({audit: {journal: {entries: 2, skippedLines: 1}}});
	});

	it('8.4: the dashboard opens such a journal, and a running one keeps applying entries after it', async () => {
		const folder = scratch();
		const journal = path.join(folder, 'j.jsonl');
		writeFileSync(journal, `${deepLine(20_000)}\n${entryLine(first)}`);
		const dataset = loadFixture();
		const snapshot = await openJournal(journal, dataset);
		expect(snapshot.records.currentItem).toBe('item-budget');
		expect(snapshot.problems.map(problem => problem.line)).toEqual([1]);
		const changes: Array<{current: string | undefined; problems: number}> = [];
		const errors: unknown[] = [];
		const follower = followJournal(journal, dataset, snapshot, ({records, problems}) => changes.push({current: records.currentItem, problems: problems.length}), error => errors.push(error), {pollMs: 50});
		try {
			appendFileSync(journal, `${deepLine(50_000)}\n`);
			appendFileSync(journal, entryLine(make({kind: 'current', payload: {item: 'item-one-itu'}})));
			const deadline = Date.now() + 3000;
			while (changes.at(-1)?.current !== 'item-one-itu' && Date.now() < deadline) {
				// eslint-disable-next-line no-await-in-loop
				await new Promise(resolve => setTimeout(resolve, 20));
			}
		} finally {
			follower.stop();
		}

		expect(errors).toEqual([]);
		expect(changes.at(-1)).toEqual({current: 'item-one-itu', problems: 2});
	});

	it('8.8: a line longer than the line limit is skipped without being parsed', async () => {
		const folder = scratch();
		const journal = path.join(folder, 'j.jsonl');
		writeFileSync(journal, `${entryLine(first)}{"v":1,"x":"${'a'.repeat(maxJournalLineBytes)}"}\n${entryLine(second)}`);
		const {entries, problems} = await readJournal(journal);
		expect(entries).toEqual([first, second]);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toMatch(/^line 2 is 1\.0 MB long \(a journal line may be at most 1 MB\) and was skipped/);
	});

	it('8.4: a dataset nested 20,000 deep is one clear error naming the file, line and column', async () => {
		const folder = scratch();
		writeFileSync(path.join(folder, 'deep.json'), `{\n  "formatVersion": 1,\n  "session": ${'['.repeat(20_000)}${']'.repeat(20_000)}\n}\n`);
		const run = await council(['validate', 'deep.json'], {cwd: folder});
		expect(run.code).toBe(1);
		expect(run.stdout).toBe('deep.json:3:77  lists and objects nested more than 64 deep (a dataset needs about 8): not read further\ninvalid: deep.json (1 problem)\n');
		noStackTrace(run.stderr);
		// Malformed as well as deep: the syntax-error locator never sees it either.
		writeFileSync(path.join(folder, 'deep-broken.json'), `{"session": ${'{"a":'.repeat(20_000)}`);
		const broken = await council(['validate', 'deep-broken.json'], {cwd: folder});
		expect(broken.code).toBe(1);
		expect(broken.stdout).toContain('deep-broken.json:1:');
		expect(broken.stdout).toContain('nested more than 64 deep');
		noStackTrace(broken.stdout + broken.stderr);
	});
});

describe('8.8: only regular files are read, and only up to the limits', () => {
	it('8.8: validate refuses a FIFO without blocking', async () => {
		const folder = scratch();
		mkfifo(path.join(folder, 'pipe.json'));
		const run = await council(['validate', 'pipe.json'], {cwd: folder, timeoutMs: 5000});
		expect(run.signal).toBeNull();
		expect(run.code).toBe(1);
		expect(run.stdout).toBe('pipe.json  is a named pipe (FIFO), not a dataset file: only regular files are read\ninvalid: pipe.json (1 problem)\n');
	});

	it('8.8: lookup, log, export, record, import and the summary refuse a FIFO without blocking', async () => {
		const folder = scratch();
		const fifo = mkfifo(path.join(folder, 'pipe'));
		const runs = await Promise.all([
			council(['lookup', '71', '--data', fifo], {cwd: folder, timeoutMs: 5000}),
			council(['log', '--data', fixtureDataset, '--journal', fifo], {cwd: folder, timeoutMs: 5000}),
			council(['export', '--data', fixtureDataset, '--journal', fifo], {cwd: folder, timeoutMs: 5000}),
			council(['record', 'current', 'PL 1.01', '--data', fixtureDataset, '--journal', fifo, '--author', 'Ana', '--role', 'chair'], {cwd: folder, timeoutMs: 5000}),
			council(['import', fifo], {cwd: folder, timeoutMs: 5000}),
			council(['import', path.join(folder, '..', path.basename(folder), 'pipe')], {cwd: folder, timeoutMs: 5000}),
			council([fifo], {cwd: folder, timeoutMs: 5000}),
		]);
		for (const run of runs) {
			expect(run.signal).toBeNull();
			expect(run.code).toBe(1);
			expect(run.stdout + run.stderr).toContain('is a named pipe (FIFO)');
			noStackTrace(run.stderr);
		}
	});

	it('8.8: validate /dev/zero is refused at once, reading nothing', async () => {
		const folder = scratch();
		const run = await council(['validate', '/dev/zero'], {cwd: folder, timeoutMs: 5000});
		expect(run.signal).toBeNull();
		expect(run.code).toBe(1);
		expect(run.stdout).toBe('/dev/zero  is a device, not a dataset file: only regular files are read\ninvalid: /dev/zero (1 problem)\n');
		const imported = await council(['import', '/dev/zero'], {cwd: folder, timeoutMs: 5000});
		expect(imported.stderr).toContain('council import: /dev/zero: is a device, not a document');
		const journal = await council(['log', '--data', fixtureDataset, '--journal', '/dev/zero'], {cwd: folder, timeoutMs: 5000});
		expect(journal.code).toBe(1);
		expect(journal.stderr).toContain('is a device, not a journal file');
	});

	it('8.8: a dataset over the limit is refused by its size, before it is read', async () => {
		const folder = scratch();
		const file = path.join(folder, 'huge.json');
		// Sparse: the size is real, the disk is not used.
		writeFileSync(file, '{');
		execFileSync('truncate', ['-s', String(maxDatasetBytes + 1), file]);
		const run = await council(['validate', 'huge.json'], {cwd: folder, timeoutMs: 5000});
		expect(run.code).toBe(1);
		expect(run.stdout).toBe('huge.json  is 256.0 MB; a dataset file may be at most 256 MB\ninvalid: huge.json (1 problem)\n');
	});

	it('8.8: a journal over the limit is refused by its size, in one line', async () => {
		const folder = scratch();
		const journal = path.join(folder, 'j.jsonl');
		writeFileSync(journal, entryLine(first));
		execFileSync('truncate', ['-s', String(maxJournalBytes + 1), journal]);
		const run = await council(['log', '--data', fixtureDataset, '--journal', 'j.jsonl'], {cwd: folder, timeoutMs: 5000});
		expect(run.code).toBe(1);
		expect(run.stderr).toBe(`council log: cannot read ${journal}: the journal is 256.0 MB; a journal may be at most 256 MB\n`);
	});

	it('8.8: an import input over the limit is refused by its size', async () => {
		const folder = scratch();
		const file = path.join(folder, 'huge.txt');
		writeFileSync(file, 'Document C99/1-E\n');
		execFileSync('truncate', ['-s', String(maxImportBytes + 1), file]);
		const run = await council(['import', 'huge.txt'], {cwd: folder, timeoutMs: 5000});
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('council import: huge.txt: is 50.0 MB; a document may be at most 50 MB');
	});

	it('8.8: a folder given as the journal, or as an import, says so', async () => {
		const folder = scratch();
		mkdirSync(path.join(folder, 'sub'));
		const run = await council(['log', '--data', fixtureDataset, '--journal', 'sub'], {cwd: folder});
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('The journal sub is a folder, not a journal file.');
		expect(readFileSync(fixtureDataset, 'utf8')).toContain('"formatVersion"');
	});

	it('8.8: a zip-bomb .docx (about 580 KB expanding to 198 MB) is refused from its zip directory, before mammoth inflates it', async () => {
		const folder = scratch();
		const bomb = docx(documentXml(3_200_000));
		expect(bomb.length).toBeLessThan(700_000);
		writeFileSync(path.join(folder, 'bomb.docx'), bomb);
		const run = await council(['import', 'bomb.docx'], {cwd: folder, timeoutMs: 20_000});
		expect(run.code).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr).toBe('council import: bomb.docx: refused: this .docx expands to more than 100 MB (at word/document.xml), likely a zip bomb; a .docx may expand to at most 100 MB\ncouncil import: nothing was imported\n');
	});

	it('8.8: a .docx whose entry lies about its expanded size is refused, the inflating stopped at the declared size', async () => {
		const folder = scratch();
		writeFileSync(path.join(folder, 'liar.docx'), docx(documentXml(200_000), 4096));
		const run = await council(['import', 'liar.docx'], {cwd: folder, timeoutMs: 20_000});
		expect(run.code).toBe(1);
		expect(run.stderr).toBe('council import: liar.docx: refused: this .docx holds a zip entry that expands beyond the size it declares (word/document.xml)\ncouncil import: nothing was imported\n');
	});

	it('8.8: repeated warnings are one line with their count', async () => {
		const folder = scratch();
		writeFileSync(path.join(folder, 'many.docx'), docx(documentXml(5000)));
		const run = await council(['import', 'many.docx'], {cwd: folder, timeoutMs: 20_000});
		expect(run.code).toBe(0);
		const unplaced = run.stderr.split('\n').filter(line => line.includes('Unclassified'));
		expect(unplaced).toEqual(['many.docx: warning (×5,000): not placed in any section, kept under "Unclassified": An unplaced line of the bomb.']);
		expect(run.stderr.split('\n').length).toBeLessThan(10);
	});

	it('8.4: a .docx whose XML nests 100,000 deep is one line saying so, no stack trace', async () => {
		const folder = scratch();
		const depth = 100_000;
		const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>${'<w:r>'.repeat(depth)}<w:t>x</w:t>${'</w:r>'.repeat(depth)}</w:p></w:body></w:document>`;
		writeFileSync(path.join(folder, 'deep.docx'), docx(Buffer.from(xml)));
		const run = await council(['import', 'deep.docx'], {cwd: folder, timeoutMs: 20_000});
		expect(run.code).toBe(1);
		expect(run.stderr).toBe('council import: deep.docx: not a readable .docx document (its XML nests elements too deeply to read)\ncouncil import: nothing was imported\n');
	});
});
