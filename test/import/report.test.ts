import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {dataset as datasetSchema} from '../../source/dataset/schema.js';
import {importText} from '../../source/import/import-text.js';
import {documentReport} from '../../source/import/report.js';
import {displayWidth} from '../../source/text/width.js';
import {cliPath} from '../helpers/council.js';
import {headerTableDocx, planDocx} from '../fixtures/import/docx.js';

/*
`council import --report`: a table per document a secretary checks at a glance,
aligned by display width, sanitized; and the program run as a user runs it on
the fixtures, the plan and .docx forms, and hostile input.
*/

type Run = {readonly code: number; readonly stdout: string; readonly stderr: string};

const fixtures = path.resolve('test/fixtures/import');
const folder = mkdtempSync(path.join(os.tmpdir(), 'council-import-report-'));
afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

async function council(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
	return new Promise(resolve => {
		execFile(process.execPath, [cliPath, ...args], {cwd: folder, env: {...process.env, CI: undefined, COLUMNS: undefined, ...env}, maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
			resolve({code: error === null ? 0 : (typeof error.code === 'number' ? error.code : -1), stdout, stderr});
		});
	});
}

const fixture = (name: string): string => path.join(fixtures, name);

describe('the report of one document', () => {
	it('is a table: symbol, item, source, title, actions, references by kind, proposals, warnings', () => {
		const {entries, warnings} = importText(readFileSync(fixture('sg-report-glued.txt'), 'utf8'));
		expect(documentReport('sg-report-glued.txt', entries, warnings, 80)).toEqual([
			'sg-report-glued.txt: C19/40',
			'─'.repeat(80),
			'  Symbol         C19/40 (English, original English, 2019-03-04)',
			'  Item           ADM 12',
			'  Source         Report by the Secretary-General',
			'  Title          The Union\'s financial operating report for 2018',
			'  Actions (2)    take-note: The Council is invited to take note of this report',
			'                 approve: to approve the draft Decision in Annex A.',
			'  References     5 resolutions: PP 25 (Rev. Busan, 2014); Council 1372; PP 102',
			'                 (Rev. Marrakesh, 2002); Council 1396 (C19); Council 1390',
			'                 5 decisions: Council 482 (C01, last amended C20); Council 535',
			'                 (Modified 2005); Council 13 (C-1985, last amended C19); PP 5',
			'                 (Rev. Bucharest, 2022); Council 601',
			'                 1 article: CS Art. 28',
			'                 3 provisions: CV 73; CV 81; CS 1',
			'                 4 documents: C19/12; C19/104; C19/DT/2(Rev.4); C19/INF/3',
			'                 2 externals: United Nations General Assembly Resolution 70/125;',
			'                 paragraph 35 of the Tunis Agenda',
			'  Proposals      0',
			'  Warnings (1)   a lost space restored: "Resolution" before its number',
			'─'.repeat(80),
		]);
	});

	it('wraps Chinese and Arabic by display width: no line wider than the table', () => {
		const long = readFileSync(fixture('sg-report-zh.txt'), 'utf8').replace('国际电联2018年财务运作报告', '国际电联2018年财务运作报告'.repeat(6));
		const {entries, warnings} = importText(long);
		const lines = documentReport('zh.txt', entries, warnings, 60);
		expect(lines.every(line => displayWidth(line) <= 60)).toBe(true);
		const title = lines.filter(line => line.includes('国际电联'));
		expect(title.length).toBeGreaterThan(1);
		// Continuation lines start under the value column.
		expect(title.slice(1).every(line => line.startsWith(' '.repeat(17)) && !line.startsWith(' '.repeat(18)))).toBe(true);
	});
});

describe('council import --report', () => {
	it('prints a table per document instead of the dataset, warnings also on stderr', async () => {
		const run = await council(['import', fixture('sg-report-glued.txt'), fixture('damage.txt'), '--report']);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain(`${fixture('sg-report-glued.txt')}: C19/40\n`);
		expect(run.stdout).toContain('  Item           ADM 12\n');
		expect(run.stdout).toContain('  Warnings (11)  2 lines before the document');
		expect(run.stdout).not.toContain('"formatVersion"');
		expect(run.stderr).toContain('damage.txt: warning: non-breaking hyphens (U+2011) read as "-"');
	});

	it('imports a plan and the documents into one dataset, in the plan\'s order, placeholders filled', async () => {
		const into = path.join(folder, 'session.json');
		const run = await council(['import', fixture('plan.txt'), fixture('sg-report-glued.txt'), fixture('transmittal-contribution.txt'), '--into', into, '--report']);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain(`${fixture('plan.txt')}: time-management plan, 4 items`);
		expect(run.stdout).toContain('  PL 1.2         Report on the implementation of the strategic plan · C19/35, C19/35(Add.1) · PL-1 ·\n                 Noting');
		// A dataset the import creates has no previous version to name.
		expect(run.stdout).toContain('wrote session.json\n');
		expect(run.stdout).not.toContain('previous version');
		const dataset = datasetSchema.parse(JSON.parse(readFileSync(into, 'utf8')));
		expect(dataset.agendaItems.map(item => [item.number, item.documents])).toEqual([
			['PL 1.1', ['doc-c19-1']], ['PL 1.10', ['doc-c19-77']], ['PL 1.2', ['doc-c19-35', 'doc-c19-35-add-1']], ['ADM 12', ['doc-c19-40']],
		]);
		expect(dataset.documents.filter(document => document.illustrative === true).map(document => document.id)).toEqual(['doc-c19-1', 'doc-c19-35', 'doc-c19-35-add-1', 'doc-c19-12', 'doc-c19-104', 'doc-c19-dt-2-rev-4', 'doc-c19-inf-3']);
		expect(dataset.session).toMatchObject({title: 'Council 2019', place: 'Geneva', start: '2019-06-10', end: '2019-06-20'});
		const provision = await council(['lookup', 'CV 73', '--data', into]);
		expect(provision.code).toBe(0);
		expect(provision.stdout).toContain('CV 73');
		expect(provision.stdout).toContain('C19/40');
	});

	it('`council lookup 25` shows the editions newest first, and which document cites which', async () => {
		const into = path.join(folder, 'editions.json');
		writeFileSync(into, readFileSync(path.resolve('data/one-itu.json')));
		expect((await council(['import', fixture('sg-report-glued.txt'), '--into', into])).code).toBe(0);
		const run = await council(['lookup', '25', '--data', into]);
		expect(run.code).toBe(0);
		const bucharest = run.stdout.indexOf('edition Rev. Bucharest, 2022: cited by');
		expect(bucharest).toBeGreaterThan(-1);
		expect(run.stdout.indexOf('edition Rev. Busan, 2014: cited by C19/40')).toBeGreaterThan(bucharest);
	});

	it('reads a .docx whose header block is a table, and a plan as a .docx table', async () => {
		const report = path.join(folder, 'C19-40-E.docx');
		writeFileSync(report, await headerTableDocx('sg-report-glued.txt', [['Council 2019', 'Geneva, 10-20 June 2019'], ['Agenda item: ADM 12', 'Document C19/40-E'], ['', '4 March 2019\nOriginal: English']], 4));
		const plan = path.join(folder, 'plan.docx');
		writeFileSync(plan, await planDocx());
		const run = await council(['import', plan, report, '--report']);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('plan.docx: time-management plan, 4 items');
		expect(run.stdout).toContain('  Symbol         C19/40 (English, original English, 2019-03-04)');
		expect(run.stdout).toContain('  Item           ADM 12');
		expect(run.stdout).toContain('  Warnings (1)   a lost space restored: "Resolution" before its number');
		expect(run.stdout).toContain('                 approve: to approve the draft Decision in Annex A.');
	});

	it('fits the report to COLUMNS when piped (100 without), by display width', async () => {
		const narrow = await council(['import', fixture('sg-report-zh.txt'), fixture('sg-report-ar.txt'), '--report'], {COLUMNS: '60'});
		expect(narrow.code).toBe(0);
		const lines = narrow.stdout.split('\n');
		expect(Math.max(...lines.map(line => displayWidth(line)))).toBe(60);
		const wide = await council(['import', fixture('sg-report-zh.txt'), '--report']);
		expect(wide.stdout.split('\n')[1]).toBe('─'.repeat(100));
	});

	it('lets no escape sequence through from a document or its file name', async () => {
		const hostile = path.join(folder, 'evil\u001B]0;pwned\u0007.txt');
		writeFileSync(hostile, 'Agenda item: PL 1.1\u001B[2J\nDocument C25/1-E\nReport by the Secretary-General\nTITLE \u001B[31mRED\u001B[0m AND \u009B31m\nSummary\nSummary \u001B]8;;http://x\u0007link\u001B]8;;\u0007.\nAction required\nThe Council is invited to note this report.\n');
		const run = await council(['import', hostile, '--report']);
		expect(run.code).toBe(0);
		expect(run.stdout + run.stderr).not.toMatch(/[\u001B\u0007\u009B]/u);
		expect(run.stdout).toContain('Item           PL 1.1');
	});
});
