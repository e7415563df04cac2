import {copyFileSync, readFileSync, writeFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {ensureJournalHeader, makeHeader, readJournalHeader, sha256} from '../../source/journal/header.js';
import {journalHeader} from '../../source/journal/header-schema.js';
import {readJournal} from '../../source/journal/read.js';
import {root, workspace} from './helpers.js';

const who = ['--author', 'Ana', '--role', 'secretary'] as const;

async function twoSessions() {
	const space = workspace();
	await space.run('new', 'a.json', '--title', 'Council 2025');
	await space.run('new', 'b.json', '--title', 'Council 2026');
	await space.run('agenda', 'add', 'PL 1', 'Opening', '--data', 'a.json');
	await space.run('agenda', 'add', 'PL 1', 'Opening', '--data', 'b.json');
	return space;
}

describe('a journal\'s header', () => {
	it('is its first line, written when the journal is created: session id, dataset path and hash', async () => {
		const {run, file, read, bytes} = await twoSessions();
		expect((await run('record', 'current', 'PL 1', '--data', 'a.json', '--journal', 'j.jsonl', ...who)).code).toBe(0);
		const [first, second, third] = readFileSync(file('j.jsonl'), 'utf8').split('\n');
		expect(journalHeader.parse(JSON.parse(first ?? ''))).toEqual({councilJournal: 1, session: read('a.json').session.id, dataset: {path: file('a.json'), sha256: sha256(bytes('a.json'))}, created: expect.any(String)});
		expect(JSON.parse(second ?? '')).toMatchObject({kind: 'current'});
		expect(third).toBe('');
		// It is no entry: the reader skips it without reporting it.
		expect(await readJournal(file('j.jsonl'))).toMatchObject({entries: [expect.objectContaining({kind: 'current'})], problems: []});
		expect((await run('record', 'status', 'PL 1', 'decided', '--data', 'a.json', '--journal', 'j.jsonl', ...who)).code).toBe(0);
		expect(readFileSync(file('j.jsonl'), 'utf8').split('\n').filter(line => line.includes('councilJournal'))).toHaveLength(1);
	});

	it('of the default journal too', async () => {
		const {run, read, env} = await twoSessions();
		await run('record', 'current', 'PL 1', '--data', 'a.json', ...who);
		const header = await readJournalHeader(`${env.COUNCIL_DATA_DIR}/journals/${read('a.json').session.id}.jsonl`);
		expect(header?.session).toBe(read('a.json').session.id);
	});

	it('is written by exactly one of many openers racing to create the journal', async () => {
		const {file} = workspace();
		const headers = Array.from({length: 12}, (_, index) => makeHeader(`s-${index}`, file('d.json'), '0'.repeat(64)));
		await Promise.all(headers.map(async header => ensureJournalHeader(file('j.jsonl'), header)));
		const lines = readFileSync(file('j.jsonl'), 'utf8').split('\n');
		expect(lines).toHaveLength(2);
		expect(lines[1]).toBe('');
		expect(headers.map(header => header.session)).toContain(JSON.parse(lines[0] ?? '').session);
	});
});

describe('a journal opened with a dataset', () => {
	it('of another session is refused, naming both, exit 1, nothing recorded', async () => {
		const {run, file, read} = await twoSessions();
		await run('record', 'current', 'PL 1', '--data', 'a.json', '--journal', 'j.jsonl', ...who);
		const before = readFileSync(file('j.jsonl'), 'utf8');
		const a = read('a.json').session.id;
		const b = read('b.json').session.id;
		const message = `the journal ${file('j.jsonl')} belongs to session "${a}" (started on ${file('a.json')}), not to session "${b}" of ${file('b.json')}. Use that session's dataset (or leave out --data), or another --journal.\n`;
		expect(await run('record', 'status', 'PL 1', 'decided', '--data', 'b.json', '--journal', 'j.jsonl', ...who)).toEqual({code: 1, stdout: '', stderr: `council record: ${message}`});
		expect(await run('log', '--data', 'b.json', '--journal', 'j.jsonl')).toEqual({code: 1, stdout: '', stderr: `council log: ${message}`});
		expect(await run('export', '--data', 'b.json', '--journal', 'j.jsonl')).toEqual({code: 1, stdout: '', stderr: `council export: ${message}`});
		expect(readFileSync(file('j.jsonl'), 'utf8')).toBe(before);
	});

	it('changed since (same session) is accepted with a notice', async () => {
		const {run} = await twoSessions();
		await run('record', 'current', 'PL 1', '--data', 'a.json', '--journal', 'j.jsonl', ...who);
		await run('agenda', 'add', 'PL 2', 'More', '--data', 'a.json');
		const result = await run('record', 'current', 'PL 2', '--data', 'a.json', '--journal', 'j.jsonl', ...who);
		expect(result.code).toBe(0);
		expect(result.stderr).toMatch(/^notice: .*a\.json has changed since the journal .*j\.jsonl started on it; its entries are replayed on the dataset as it is now\.\n$/);
		expect(result.stdout).toContain('Recorded current item: PL 2 More');
	});

	it('moved and changed says where it started', async () => {
		const {run, file} = await twoSessions();
		await run('record', 'current', 'PL 1', '--data', 'a.json', '--journal', 'j.jsonl', ...who);
		copyFileSync(file('a.json'), file('copy.json'));
		expect((await run('log', '--data', 'copy.json', '--journal', 'j.jsonl')).stderr).toBe('');
		await run('session', 'set', '--place', 'Bern', '--data', 'copy.json');
		expect((await run('log', '--data', 'copy.json', '--journal', 'j.jsonl')).stderr).toContain(`(it started on ${file('a.json')})`);
	});
});

describe('--journal without --data', () => {
	it('log, export and record use the journal\'s own dataset', async () => {
		const {run, file} = await twoSessions();
		await run('record', 'current', 'PL 1', '--data', 'b.json', '--journal', 'j.jsonl', ...who);
		const log = await run('log', '--journal', 'j.jsonl');
		expect(log).toMatchObject({code: 0, stderr: ''});
		expect(log.stdout).toContain('current item: PL 1 Opening');
		expect(log.stdout).not.toContain('ignored');
		const minutes = await run('export', '--journal', 'j.jsonl');
		// The summary record of b.json's session, not of the bundled one.
		expect(minutes.stdout).toMatch(/^# Summary record of the first meeting\n\nITU Council, Council 2026\n/m);
		const recorded = await run('record', 'status', 'PL 1', 'decided', '--journal', 'j.jsonl', ...who);
		expect(recorded).toMatchObject({code: 0, stderr: ''});
		expect(recorded.stdout).toContain('Recorded status of PL 1 Opening: decided');
		void file;
	});

	it('a journal whose dataset is gone says which file it looked for', async () => {
		const {run, file} = await twoSessions();
		await run('record', 'current', 'PL 1', '--data', 'b.json', '--journal', 'j.jsonl', ...who);
		const {rmSync} = await import('node:fs');
		rmSync(file('b.json'));
		const result = await run('log', '--journal', 'j.jsonl');
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(`council log: The journal j.jsonl started on the dataset ${file('b.json')}, which cannot be used (give --data FILE):\nb.json  no such file\n`);
	});
});

describe('journals written before headers', () => {
	it('still read, record and export as before (no header is added to them, none is checked)', async () => {
		const {run, file, fixture} = workspace();
		fixture('f.json');
		copyFileSync(`${root}/test/fixtures/journal-session.jsonl`, file('old.jsonl'));
		const before = readFileSync(file('old.jsonl'), 'utf8');
		expect(before.startsWith('{"v":1')).toBe(true);
		const log = await run('log', '--data', 'f.json', '--journal', 'old.jsonl');
		expect(log.code).toBe(0);
		expect(log.stdout).toMatch(/^Journal .*old\.jsonl: \d+ entries/);
		expect((await run('record', 'current', 'PL 1.02', '--data', 'f.json', '--journal', 'old.jsonl', ...who)).code).toBe(0);
		const after = readFileSync(file('old.jsonl'), 'utf8');
		expect(after.startsWith(before)).toBe(true);
		expect(after).not.toContain('councilJournal');
		expect(await readJournalHeader(file('old.jsonl'))).toBeUndefined();
		// With --journal alone it falls back to the bundled dataset, as before headers.
		writeFileSync(file('empty.jsonl'), '');
		expect((await run('log', '--journal', 'empty.jsonl')).code).toBe(0);
	});
});
