import {chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {bundledDatasetPath} from '../../source/dataset/bundled.js';
import {formatLoadErrors, loadDataset, type LoadError, type LoadResult} from '../../source/dataset/load.js';
import {lookup} from '../../source/dataset/lookup.js';
import type {DatasetInput} from '../../source/dataset/schema.js';
import {syntheticDataset} from '../../bench/synthetic.js';
import {bundledInput} from '../helpers/bundled.js';

const folder = mkdtempSync(path.join(os.tmpdir(), 'council-load-'));
afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

let counter = 0;
function write(contents: string | Uint8Array, name = `dataset-${++counter}.json`): string {
	const file = path.join(folder, name);
	writeFileSync(file, contents);
	return file;
}

function writeJson(value: unknown): string {
	return write(`${JSON.stringify(value, null, 2)}\n`);
}

async function errorsOf(file: string): Promise<LoadError[]> {
	const result = await loadDataset(file);
	if (result.ok) {
		throw new Error(`${file} loaded but was expected to fail`);
	}

	return [...result.errors];
}

async function lines(file: string): Promise<string[]> {
	return formatLoadErrors(await errorsOf(file)).trimEnd().split('\n');
}

function expectOk(result: LoadResult): asserts result is Extract<LoadResult, {ok: true}> {
	if (!result.ok) {
		throw new Error(formatLoadErrors(result.errors));
	}
}

describe('loadDataset on good files', () => {
	it('loads the bundled dataset with no warnings and an index', async () => {
		const result = await loadDataset(bundledDatasetPath());
		expectOk(result);
		expect(result.warnings).toEqual([]);
		expect(result.dataset.agendaItems).toHaveLength(1);
		expect(result.index.entities.get('res-pp-71')?.kind).toBe('resolution');
		expect(lookup(result.index, 'Res 71').kind).toBe('found');
	});

	it('applies defaults: a file without status or optional collections loads', async () => {
		const input = bundledInput();
		const minimal = {
			formatVersion: 1,
			session: input.session,
			agendaItems: [{id: 'i1', number: '1', title: 'T', documents: [], action: {kind: 'other', wording: 'w'}}],
			documents: [],
		};
		const result = await loadDataset(writeJson(minimal));
		expectOk(result);
		expect(result.dataset.agendaItems[0]?.status).toBe('pending');
		expect(result.dataset.positions).toEqual([]);
	});

	it('accepts a UTF-8 byte order mark', async () => {
		const text = JSON.stringify(bundledInput());
		const result = await loadDataset(write(Buffer.concat([Buffer.from([0xEF, 0xBB, 0xBF]), Buffer.from(text)])));
		expect(result.ok).toBe(true);
	});

	it('sanitizes every string: an OSC 52 title loads clean', async () => {
		const input = bundledInput();
		const item = input.agendaItems[0]!;
		item.title = 'One ITU\u001B]52;c;ZWNobyBwd25lZA==\u0007 concept\u001B[2J\u009B31m';
		input.delegations![0]!.names!.zh = '中国\u202E';
		const result = await loadDataset(writeJson(input));
		expectOk(result);
		expect(result.dataset.agendaItems[0]?.title).toBe('One ITU concept');
		expect(result.dataset.delegations[0]?.names?.zh).toBe('中国');
		expect(JSON.stringify(result.dataset)).not.toMatch(/\\u001b|\\u009b|\u001B/i);
	});
});

describe('loadDataset on whole-file problems', () => {
	it('a missing file', async () => {
		const file = path.join(folder, 'nope.json');
		expect(await lines(file)).toEqual([`${file}  no such file`]);
	});

	it('a folder', async () => {
		const sub = path.join(folder, 'a-folder');
		mkdirSync(sub);
		expect(await lines(sub)).toEqual([`${sub}  is a folder, not a dataset file`]);
	});

	it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')('an unreadable file', async () => {
		const file = write('{}');
		chmodSync(file, 0o000);
		expect(await lines(file)).toEqual([`${file}  permission denied`]);
	});

	it('an empty file', async () => {
		const file = write('');
		expect(await lines(file)).toEqual([`${file}  the file is empty; a dataset is a JSON object described by data/schema.json`]);
	});

	it('a file of white space only', async () => {
		const [line] = await lines(write('  \n\t\n'));
		expect(line).toMatch(/only white space/);
	});

	it('a binary file', async () => {
		const file = write(Uint8Array.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]));
		expect(await lines(file)).toEqual([`${file}  not a text file (a zero byte at offset 8); a dataset is a JSON object described by data/schema.json, saved as UTF-8`]);
	});

	it('text that is not UTF-8, with the line and column of the first bad byte', async () => {
		const file = write(Buffer.concat([Buffer.from('{\n  "a": "caf'), Buffer.from([0xE9]), Buffer.from('"\n}')]));
		expect(await lines(file)).toEqual([`${file}:2:12  not UTF-8 text; save the file as UTF-8`]);
	});
});

describe('loadDataset on malformed JSON', () => {
	it('gives the line and column of each syntax error', async () => {
		const file = write('{\n  "formatVersion": 1,\n  "session": {"id": "s",}\n}\n');
		expect(await lines(file)).toEqual([`${file}:3:25  malformed JSON: expected a field name in double quotes (a trailing comma?)`]);
	});

	it('reports several syntax errors at once', async () => {
		const file = write('{\n  "a": 1\n  "b": [1, 2],\n  // a comment\n  "c": \n}');
		const found = await lines(file);
		expect(found).toEqual([
			`${file}:3:3  malformed JSON: expected "," between values`,
			`${file}:4:3  malformed JSON: comments are not allowed in JSON`,
			`${file}:6:1  malformed JSON: expected a value (a trailing comma or a missing value?)`,
		]);
	});

	it('an unterminated file', async () => {
		const file = write('{"formatVersion": 1, "session": {');
		const found = await lines(file);
		expect(found.length).toBeGreaterThan(0);
		expect(found[0]).toMatch(new RegExp(`^${file.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:\\d+  malformed JSON: `));
	});
});

describe('loadDataset on schema and reference problems', () => {
	it('a bad type, at the value\'s line and column', async () => {
		const input = bundledInput();
		(input.agendaItems[0] as unknown as Record<string, unknown>).number = 7;
		const file = writeJson(input);
		const found = await lines(file);
		// Line 14 of the pretty-printed file: `      "number": 7,` — the value starts at column 17.
		expect(found).toEqual([`${file}:14:17  agendaItems[0].number  must be text, not 7`]);
	});

	it('a missing field, at the object that lacks it', async () => {
		const input = bundledInput();
		delete (input.session as Partial<typeof input.session>).body;
		const file = writeJson(input);
		expect(await lines(file)).toEqual([`${file}:4:14  session.body  is missing (required: text)`]);
	});

	it('an unknown field, at the field\'s name', async () => {
		const input = bundledInput();
		(input.session as Record<string, unknown>).titel = 'x';
		const file = writeJson(input);
		const found = await lines(file);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/:\d+:5 {2}session\.titel {2}unknown field "titel" \(did you mean "title"\?\)$/);
	});

	it('an unknown field deep in a list suggests the field of that object, or nothing when none is close', async () => {
		const input = bundledInput() as unknown as Record<string, any>;
		input.documents[0].sections[0].paragraphs[0].cite = ['res-pp-71'];
		input.positions[0].colour = 'red';
		const found = await lines(writeJson(input));
		expect(found).toContainEqual(expect.stringMatching(/ {2}documents\[0\]\.sections\[0\]\.paragraphs\[0\]\.cite {2}unknown field "cite" \(did you mean "cites"\?\)$/));
		expect(found).toContainEqual(expect.stringMatching(/ {2}positions\[0\]\.colour {2}unknown field "colour"$/));
	});

	it('a value outside an enumeration', async () => {
		const input = bundledInput();
		(input.agendaItems[0]!.action as Record<string, unknown>).kind = 'approval';
		const [line] = await lines(writeJson(input));
		expect(line).toMatch(/agendaItems\[0\]\.action\.kind {2}must be one of "approve", "adopt", "consider", "take-note", "decide", "elect", "other", not the text "approval"$/);
	});

	it('a dangling reference names both ends', async () => {
		const input = bundledInput();
		input.agendaItems[0]!.documents.push('doc-x');
		const file = writeJson(input);
		expect(await lines(file)).toEqual([
			`${file}:18:9  agendaItems[0].documents[1]  refers to document "doc-x", which does not exist (from agenda item "item-one-itu")`,
		]);
	});

	it('a reference to an entity of the wrong kind', async () => {
		const input = bundledInput();
		input.positions![0]!.on = 'res-pp-71';
		const [line] = await lines(writeJson(input));
		expect(line).toMatch(/positions\[0\]\.on {2}refers to "res-pp-71", which is a resolution, not an agenda item or proposal \(from position "pos-cn-item"\)$/);
	});

	it('a duplicate id, at the second occurrence, naming the first', async () => {
		const input = bundledInput();
		input.reports![0]!.id = 'res-pp-71';
		const found = await lines(writeJson(input));
		expect(found.some(line => /reports\[0\]\.id {2}duplicate id "res-pp-71", already the id of the resolution at resolutions\[1\]; ids are unique across the dataset$/.test(line))).toBe(true);
	});

	it('a footnote number the document does not have', async () => {
		const input = bundledInput();
		const paragraph = input.documents[0]!.sections.flatMap(section => section.paragraphs)[0]!;
		paragraph.footnotes = [9];
		const [line] = await lines(writeJson(input));
		expect(line).toMatch(/documents\[0\]\.sections\[0\]\.paragraphs\[0\]\.footnotes\[0\] {2}refers to footnote 9, which document "doc-cn-one-itu" does not have$/);
	});

	it('reports every problem at once, in file order, each with its own line and column', async () => {
		const text = [
			'{',
			'  "formatVersion": 2,',
			'  "session": {"id": "s", "body": "ITU Council", "title": ""},',
			'  "agendaItems": [',
			'    {"id": "i1", "number": 1, "title": "T", "documents": ["d9"], "action": {"kind": "other", "wording": "w"}},',
			'    {"id": "i1", "number": "2", "title": "U", "documents": [], "action": {"kind": "other"}}',
			'  ],',
			'  "documents": []',
			'}',
		].join('\n');
		const file = write(text);
		expect(await lines(file)).toEqual([
			`${file}:2:20  formatVersion  must be 1, not 2`,
			`${file}:3:58  session.title  must not be empty`,
			`${file}:5:28  agendaItems[0].number  must be text, not 1`,
			`${file}:5:59  agendaItems[0].documents[0]  refers to document "d9", which does not exist (from agenda item "i1")`,
			`${file}:6:12  agendaItems[1].id  duplicate id "i1", already the id of the agenda item at agendaItems[0]; ids are unique across the dataset`,
			`${file}:6:74  agendaItems[1].action.wording  is missing (required: text)`,
		]);
	});

	it('warnings (a repeated item number) do not stop the load', async () => {
		const input = bundledInput() as DatasetInput;
		input.agendaItems.push({...input.agendaItems[0]!, id: 'item-copy'});
		const result = await loadDataset(writeJson(input));
		expectOk(result);
		expect(formatLoadErrors(result.warnings)).toMatch(/agendaItems\[1\]\.number {2}warning: agenda item number "1" is also used by agendaItems\[0\]/);
	});

	it('keeps escape sequences from the file out of messages', async () => {
		const input = bundledInput() as unknown as Record<string, unknown>;
		input['evil\u001B]52;c;aGk=\u0007'] = 1;
		const output = formatLoadErrors(await errorsOf(writeJson(input)));
		expect(output).not.toMatch(/\u001B|\u0007/);
		expect(output).toMatch(/unknown field "evil"/);
	});
});

describe('loadDataset at scale', () => {
	it('loads 10,000 agenda items, and reports an error deep in it at its line', async () => {
		// How fast is bench/dataset.ts's to say (npm run bench -- dataset), not a timed test's.
		const data = syntheticDataset({items: 10_000, delegations: 50, positions: 10_000});
		const file = writeJson(data);
		const result = await loadDataset(file);
		expectOk(result);
		expect(result.index.entities.get('item-10000')?.kind).toBe('agenda-item');

		data.agendaItems[9999]!.documents = ['doc-missing'];
		const [line] = await lines(writeJson(data));
		expect(line).toMatch(/:\d{6}:9 {2}agendaItems\[9999\]\.documents\[0\] {2}refers to document "doc-missing"/);
	});
});
