import {execFile} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {bundledDatasetPath} from '../../source/dataset/bundled.js';
import {dataset as datasetSchema} from '../../source/dataset/schema.js';
import {cliPath} from '../helpers/council.js';
import {seedDocx} from '../fixtures/import-docx.js';

/*
`council import` as a user runs it: `node dist/cli.js` as a child process, real
files in a temporary folder, exit codes, both streams, never a stack trace.
*/

type Run = {readonly code: number; readonly stdout: string; readonly stderr: string};

const seedPath = '/work/shared/seeds/000_9f34eb15caf9eba2.txt';
const fixtures = path.resolve('test/fixtures');
const folder = mkdtempSync(path.join(os.tmpdir(), 'council-import-'));
afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

async function council(args: readonly string[]): Promise<Run> {
	return new Promise(resolve => {
		execFile(process.execPath, [cliPath, ...args], {cwd: folder, maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
			const code = error === null ? 0 : (typeof error.code === 'number' ? error.code : -1);
			resolve({code, stdout, stderr});
		});
	});
}

function expectNoStackTrace(run: Run): void {
	expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
	expect(run.stderr).not.toMatch(/Error: /);
}

function file(name: string, content: string | Buffer): string {
	const target = path.join(folder, name);
	writeFileSync(target, content);
	return target;
}

describe('council import', () => {
	it('prints a complete valid dataset for the seed, equal to the bundled transcription', async () => {
		const run = await council(['import', seedPath]);
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
		const printed = datasetSchema.parse(JSON.parse(run.stdout));
		const bundled = datasetSchema.parse(JSON.parse(readFileSync(bundledDatasetPath(), 'utf8')));
		expect(printed.documents).toEqual(bundled.documents);
		expect(printed.resolutions).toEqual(bundled.resolutions);
		expect(printed.session.illustrative).toBe(true);
	});

	it('imports a generated .docx the same way', async () => {
		const docx = file('one-itu.docx', await seedDocx());
		const run = await council(['import', docx]);
		expect(run.code).toBe(0);
		expect(JSON.parse(run.stdout).proposals).toHaveLength(2);
	});

	it('imports the varied forms: Secretary-General "to approve", Rev./Add. symbols, no references', async () => {
		const run = await council(['import', path.join(fixtures, 'import-sg-approve.txt'), path.join(fixtures, 'import-revision.txt'), path.join(fixtures, 'import-no-references.txt')]);
		expect(run.code).toBe(0);
		const dataset = datasetSchema.parse(JSON.parse(run.stdout));
		const byId = new Map(dataset.documents.map(document => [document.id, document]));
		expect(byId.get('doc-c23-45')?.actionRequired.map(action => action.kind)).toEqual(['approve', 'take-note']);
		expect(byId.get('doc-c23-45')?.submittedBy).toEqual({wording: 'Note by the Secretary-General'});
		expect(byId.get('doc-c23-34-rev-1')).toMatchObject({symbol: 'C23/34', version: 'Rev.1', submittedBy: {delegations: ['gb', 'kr']}});
		expect(byId.get('doc-c23-12-add-1')).toMatchObject({symbol: 'C23/12', version: 'Add.1', illustrative: true});
		expect(byId.get('doc-ng-digital-inclusion')?.references).toEqual([]);
		// "Decision 482 (C01, last amended C20)" is a Council decision, not a resolution.
		expect(dataset.resolutions.find(resolution => resolution.id === 'dec-c-482')).toMatchObject({series: 'decision', number: 482, body: 'council'});
		expect(dataset.resolutions.find(resolution => resolution.id === 'res-pp-71')?.series).toBeUndefined();
		// The line it could not place is kept, and said so on stderr.
		expect(byId.get('doc-ng-digital-inclusion')?.sections.at(-1)).toEqual({heading: 'Unclassified', paragraphs: [{text: 'PRELIMINARY DRAFT, DO NOT CITE'}]});
		expect(run.stderr).toContain('import-no-references.txt: warning: not placed in any section, kept under "Unclassified": PRELIMINARY DRAFT, DO NOT CITE');
	});

	it.each([
		['an empty file', 'empty.txt', '', 'the file is empty'],
		['a file of blank lines', 'blank.txt', '\n \n\t\n', 'the file holds no text'],
		['a binary file', 'image.png', Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0xFF, 0xFE]), 'not a text or .docx document'],
		['an old Word .doc', 'old.doc', Buffer.concat([Buffer.from([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]), Buffer.alloc(64)]), 'not a document this command reads: an old binary Word (.doc) file: save it as .docx first'],
		['a .docx that is not a zip', 'fake.docx', 'Purpose\nText\n', 'not a .docx document'],
	])('refuses %s with a clear message and exit 1', async (_label, name, content, message) => {
		const run = await council(['import', file(name, content)]);
		expect(run.code).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr).toContain(`${path.join(folder, name)}: ${message}`);
		expectNoStackTrace(run);
	});

	it('refuses a missing file and a directory, and writes nothing when one input fails', async () => {
		const into = file('kept.json', readFileSync(bundledDatasetPath()));
		const before = readFileSync(into, 'utf8');
		const run = await council(['import', 'missing.txt', '.', path.join(fixtures, 'import-sg-approve.txt'), '--into', into]);
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('council import: missing.txt: no such file');
		expect(run.stderr).toContain('council import: .: is a folder, not a document');
		expectNoStackTrace(run);
		expect(readFileSync(into, 'utf8')).toBe(before);
		expect(existsSync(`${into}.bak`)).toBe(false);
	});

	it('exits 2 on an unknown option or no FILE', async () => {
		expect((await council(['import', '--frobnicate', seedPath])).code).toBe(2);
		const none = await council(['import']);
		expect(none.code).toBe(2);
		expect(none.stderr).toContain('name at least one FILE');
	});

	it('--into merges, reuses, keeps a backup; --dry-run writes nothing; a re-import is reported', async () => {
		const into = file('session.json', readFileSync(bundledDatasetPath()));
		const before = readFileSync(into, 'utf8');
		const budget = path.join(fixtures, 'import-sg-approve.txt');

		const dry = await council(['import', budget, '--into', into, '--dry-run']);
		expect(dry.code).toBe(0);
		expect(dry.stdout).toContain('reuse  resolution   res-pp-71  (+1 excerpt)');
		expect(dry.stdout).toContain('add    document     doc-c23-45');
		expect(dry.stdout).toContain('(dry run: nothing written)');
		expect(readFileSync(into, 'utf8')).toBe(before);
		expect(existsSync(`${into}.bak`)).toBe(false);

		const real = await council(['import', budget, '--into', into]);
		expect(real.code).toBe(0);
		expect(readFileSync(`${into}.bak`, 'utf8')).toBe(before);
		const after = datasetSchema.parse(JSON.parse(readFileSync(into, 'utf8')));
		expect(after.resolutions.filter(resolution => resolution.id === 'res-pp-71')).toHaveLength(1);
		expect(after.documents.map(document => document.id)).toEqual(['doc-cn-one-itu', 'doc-c23-45']);
		expect((await council(['validate', into])).code).toBe(0);
		// No temporary file left behind.
		expect(readdirSync(folder).filter(name => name.endsWith('.tmp'))).toEqual([]);

		const again = await council(['import', budget, '--into', into]);
		expect(again.code).toBe(0);
		expect(again.stderr).toContain('already in the dataset as "doc-c23-45": not imported again');
		expect(datasetSchema.parse(JSON.parse(readFileSync(into, 'utf8')))).toEqual(after);
	});

	it('--into a dataset that is not valid: exit 1, file untouched', async () => {
		const into = file('broken.json', '{"formatVersion": 1,');
		const run = await council(['import', seedPath, '--into', into]);
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('is not a valid dataset: nothing imported');
		expect(readFileSync(into, 'utf8')).toBe('{"formatVersion": 1,');
		expectNoStackTrace(run);
	});

	it('--into a file that does not exist yet creates it', async () => {
		const into = path.join(folder, 'new.json');
		const run = await council(['import', seedPath, '--into', into]);
		expect(run.code).toBe(0);
		expect(datasetSchema.parse(JSON.parse(readFileSync(into, 'utf8'))).documents[0]?.id).toBe('doc-cn-one-itu');
	});
});
