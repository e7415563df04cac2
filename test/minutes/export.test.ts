import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import {describe, expect, test} from 'vitest';
import {fixtureDatasetPath, temporaryFolder} from '../journal/helpers.js';
import {runCli} from '../journal/processes.js';

/*
`council export` of a recorded session (test/fixtures/journal-session.jsonl: a
morning of the test session, with an undone decision, a multi-line decision,
positions replacing the dataset's and one damaged line) compared with the
expected documents, through the built CLI. The journal predates several
outcomes and votes: old journals still export.
*/

const fixtures = path.dirname(fixtureDatasetPath);
const journal = path.join(fixtures, 'journal-session.jsonl');
const zone = ['--time-zone', 'Europe/Zurich'];

const env = () => {
	const folder = temporaryFolder('council-export-');
	return {COUNCIL_DATA_DIR: folder, COUNCIL_CONFIG_DIR: folder};
};

describe('council export', () => {
	test('md: the expected summary record, and the skipped line reported on stderr', async () => {
		const result = await runCli(['export', '--journal', journal, ...zone, fixtureDatasetPath], env());
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(readFileSync(path.join(fixtures, 'journal-session-minutes.md'), 'utf8'));
		expect(result.stderr).toBe('warning: line 10 is not JSON and was skipped: this line was damaged by hand\n');
	});

	test('text and json: the expected documents', async () => {
		const text = await runCli(['export', '--format', 'text', '--journal', journal, ...zone, fixtureDatasetPath], env());
		expect(text.code).toBe(0);
		expect(text.stdout).toBe(readFileSync(path.join(fixtures, 'journal-session-minutes.txt'), 'utf8'));
		const json = await runCli(['export', '--format', 'json', '--journal', journal, ...zone, '--data', fixtureDatasetPath], env());
		expect(json.code).toBe(0);
		expect(json.stdout).toBe(readFileSync(path.join(fixtures, 'journal-session-minutes.json'), 'utf8'));
		const record = JSON.parse(json.stdout) as {format: string; version: number; items: Array<{number: string; motions: Array<{classification: string[]; manner: string}>}>};
		expect([record.format, record.version]).toEqual(['council-summary-record', 2]);
		expect(record.items.map(item => [item.number, item.motions.map(motion => `${motion.classification.join('+')} ${motion.manner}`)])).toEqual([
			['PL 1.01', ['approved consensus']],
			['PL 1.02', ['deferred consensus']],
			['PL 1.03', ['referred consensus']],
		]);
	});

	test('docx: a Word document a real reader opens, with headings, numbered paragraphs, the table and no internal ids', async () => {
		const folder = temporaryFolder('council-export-');
		const file = path.join(folder, 'record.docx');
		const result = await runCli(['export', '--format', 'docx', '--output', file, '--journal', journal, ...zone, fixtureDatasetPath], env());
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(`Minutes written to ${file}\n`);
		const {value: html} = await mammoth.convertToHtml({path: file});
		expect(html).toContain('<h1>Summary record of the first meeting</h1>');
		expect(html).toContain('<h2>Draft budget of the Union (agenda item PL 1.01)</h2>');
		expect(html).toContain('<h2>Appendix: journal entries (audit)</h2>');
		// Numbered paragraphs are Word list paragraphs (mammoth reads a numbering as a list), the decision in bold.
		expect(html).toContain('<ol><li>The representative of the Secretariat introduced Document C99/10.</li><li><strong>The Council reviewed and approved the draft budget.</strong> Decided by consensus.</li></ol>');
		expect(html).toContain('<table><thead><tr><th></th><th><p><strong>Subjects discussed</strong></p></th><th><p><strong>Documents</strong></p></th></tr></thead><tbody><tr><td><p>1</p></td><td><p>PL 1.01 Draft budget of the Union</p></td><td><p>C99/10 Draft budget</p></td></tr>');
		const body = html.split('<h2>Appendix')[0]!;
		for (const internal of ['item-budget', 'doc-one-itu', 'prop-2', '0mnwy', 'Li Wei']) {
			expect(body).not.toContain(internal);
		}

		// The paragraphs are real Word styles and numbering, not look-alike text.
		const {value: raw} = await mammoth.extractRawText({path: file});
		expect(raw).toContain('The councillor from Switzerland expressed a reservation on proposal 1) of Document C99/42');
		expect(raw).not.toMatch(/^1\.1 /m);
	});

	test('--item and --meeting choose what the record covers; mistakes are named', async () => {
		const one = await runCli(['export', '--item', '1.02', '--journal', journal, ...zone, fixtureDatasetPath], env());
		expect(one.code).toBe(0);
		expect(one.stdout).toContain('## 1 Report on the implementation of the strategic plan (agenda item PL 1.02)\n');
		expect(one.stdout).not.toContain('Draft budget of the Union (agenda item');
		const unknown = await runCli(['export', '--item', '9.99', '--journal', journal, fixtureDatasetPath], env());
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toContain('council export: Unknown agenda item "9.99"');
		const meeting = await runCli(['export', '--meeting', '2', '--journal', journal, fixtureDatasetPath], env());
		expect(meeting.code).toBe(1);
		expect(meeting.stderr).toContain('council export: there is no meeting 2: the journal holds 1 meeting');
		for (const [args, message] of [
			[['--format', 'pdf'], 'unknown format "pdf" (docx, md, json or text)'],
			[['--meeting', 'first'], '--meeting takes a meeting number (1, 2, ...), not "first"'],
			[['--time-zone', 'Mars/Olympus'], 'unknown time zone "Mars/Olympus"'],
			[['--format', 'docx'], 'a .docx is not text: write it to a file with --output FILE'],
		] as const) {
			const result = await runCli(['export', ...args], env());
			expect(result.code).toBe(2);
			expect(result.stderr).toContain(message);
		}
	});

	test('hostile data: escape sequences are removed and Markdown in the data stays text', async () => {
		const environment = env();
		const data = ['--data', fixtureDatasetPath];
		const text = '# Heading?\n<script>alert(1)</script> [link](http://x) *bold* \u001B]52;c;ZXZpbA==\u0007| pipe\n1. list';
		expect((await runCli(['record', 'decision', 'PL 1.02', '--outcome', 'noted', '--text', text, '--author', 'Ana \u001B[2JEvil', ...data], environment)).code).toBe(0);
		const md = await runCli(['export', ...zone, ...data], environment);
		expect(md.code).toBe(0);
		expect(md.stdout).not.toContain('\u001B');
		expect(md.stdout).toContain('**\\# Heading?**\n**\\<script\\>alert(1)\\</script\\> \\[link\\](http://x) \\*bold\\* \\| pipe**\n**1\\. list** Decided by consensus.');
		const plain = await runCli(['export', '--format', 'text', ...zone, ...data], environment);
		expect(plain.stdout).not.toContain('\u001B');
		expect(plain.stdout).toContain('Ana Evil (chair)');
		// The Word document is valid XML (no control character in it) and keeps the markup as text.
		const file = path.join(environment.COUNCIL_DATA_DIR, 'hostile.docx');
		expect((await runCli(['export', '--format', 'docx', '--output', file, ...zone, ...data], environment)).code).toBe(0);
		const {value: raw} = await mammoth.extractRawText({path: file});
		expect(raw).toContain('<script>alert(1)</script> [link](http://x) *bold* | pipe');
		expect(raw).not.toMatch(/[\u0000-\u0008\u001B]/);
	});
});

describe('the record files', () => {
	test('an existing file given to --output is refused, and replaced whole with --force', async () => {
		const folder = temporaryFolder('council-export-');
		const file = path.join(folder, 'minutes.txt');
		writeFileSync(file, 'old\n');
		const refused = await runCli(['export', '--format', 'text', '--output', file, '--journal', journal, ...zone, fixtureDatasetPath], env());
		expect(refused.code).toBe(1);
		expect(readFileSync(file, 'utf8')).toBe('old\n');
		const result = await runCli(['export', '--format', 'text', '--force', '--output', file, '--journal', journal, ...zone, fixtureDatasetPath], env());
		expect(result.code).toBe(0);
		expect(readFileSync(file, 'utf8')).toBe(readFileSync(path.join(fixtures, 'journal-session-minutes.txt'), 'utf8'));
	});
});
