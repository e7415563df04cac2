import {appendFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {entryLine} from '../../source/journal/append.js';
import {parseJournalText} from '../../source/journal/judge-line.js';
import {readJournal, readJournalFrom} from '../../source/journal/read.js';
import {entryFactory, temporaryFolder} from './helpers.js';

const make = entryFactory();
const a = make({kind: 'current', payload: {item: 'item-budget'}});
const b = make({kind: 'status', payload: {item: 'item-budget', status: 'decided'}});
const c = make({kind: 'position', payload: {delegation: 'ch', on: 'prop-1', stance: 'reservation', note: 'On principle 3'}});

describe('parseJournalText', () => {
	test('keeps every valid entry and reports each bad line by number', () => {
		const text = [
			entryLine(a).trimEnd(),
			'not json at all',
			'',
			JSON.stringify({...b, kind: 'vote'}),
			JSON.stringify({...b, v: 2}),
			JSON.stringify({...b, payload: {item: 'item-budget', status: 'closed'}}),
			entryLine(b).trimEnd(),
			entryLine(b).trimEnd(),
			entryLine(c).trimEnd(),
		].join('\n') + '\n';
		const {entries, problems} = parseJournalText(text);
		expect(entries).toEqual([a, b, c]);
		expect(problems.map(problem => [problem.line, problem.kind])).toEqual([
			[2, 'not-json'],
			[4, 'invalid'],
			[5, 'invalid'],
			[6, 'invalid'],
			[8, 'duplicate'],
		]);
		expect(problems[3]!.message).toContain('line 6');
		expect(problems[3]!.message).toContain('payload.status');
	});

	test('reports a torn last line and keeps what came before', () => {
		const text = entryLine(a) + entryLine(b).slice(0, 40);
		const {entries, problems} = parseJournalText(text);
		expect(entries).toEqual([a]);
		expect(problems).toEqual([expect.objectContaining({line: 2, kind: 'torn'})]);
	});

	test('a complete JSON entry without its newline is still reported as torn', () => {
		// Its fsync never completed, so it was never acknowledged: skipping it loses nothing acknowledged.
		const {entries, problems} = parseJournalText(entryLine(a) + entryLine(b).trimEnd());
		expect(entries).toEqual([a]);
		expect(problems[0]?.kind).toBe('torn');
	});

	test('sanitizes escape sequences in every string, including problem excerpts', () => {
		const hostile = {...c, payload: {...c.payload, note: 'ok\u001B]52;c;cGF3bmVk\u0007 \u001B[2Jdone'}};
		const {entries, problems} = parseJournalText(`${JSON.stringify(hostile)}\nbad \u001B[31mred\n`);
		expect(entries[0]?.kind === 'position' && entries[0].payload.note).toBe('ok done');
		expect(problems[0]?.message).not.toContain('\u001B');
	});
});

describe('readJournal and readJournalFrom', () => {
	test('a missing journal is empty', async () => {
		const result = await readJournal(path.join(temporaryFolder(), 'none.jsonl'));
		expect(result).toEqual({entries: [], problems: [], nextOffset: 0, nextLine: 1, size: 0});
	});

	test('reads incrementally by byte offset, leaving a line in progress for the next read', async () => {
		const file = path.join(temporaryFolder(), 'journal.jsonl');
		writeFileSync(file, entryLine(a));
		const first = await readJournal(file);
		expect(first.entries).toEqual([a]);
		expect(first.nextOffset).toBe(Buffer.byteLength(entryLine(a)));

		// Multi-byte text moves byte offsets away from string offsets.
		const withUnicode = make({kind: 'position', payload: {delegation: 'cn', on: 'item-one-itu', stance: 'supports', note: '中国 支持 — Émirats'}});
		const half = entryLine(withUnicode).slice(0, 30);
		appendFileSync(file, entryLine(b) + half);
		const second = await readJournalFrom(file, first.nextOffset, first.nextLine);
		expect(second.entries).toEqual([b]);
		expect(second.problems).toEqual([]);
		expect(second.nextLine).toBe(3);

		appendFileSync(file, entryLine(withUnicode).slice(30));
		const third = await readJournalFrom(file, second.nextOffset, second.nextLine);
		expect(third.entries).toEqual([withUnicode]);
		expect(third.nextLine).toBe(4);

		const whole = await readJournal(file);
		expect(whole.entries).toEqual([a, b, withUnicode]);
		expect(whole.nextOffset).toBe(third.nextOffset);
	});

	test('a first read reports the torn tail; its line number counts earlier bad lines', async () => {
		const file = path.join(temporaryFolder(), 'journal.jsonl');
		writeFileSync(file, `${entryLine(a)}garbage\n${entryLine(b)}{"v":1,"id":"0mn`);
		const {entries, problems, nextLine} = await readJournal(file);
		expect(entries).toEqual([a, b]);
		expect(problems.map(problem => [problem.line, problem.kind])).toEqual([[2, 'not-json'], [4, 'torn']]);
		expect(nextLine).toBe(4);
	});
});

describe('sanitizing every kind of escape', () => {
	test.each([
		['\\u001b[2J', ''],
		['\\u009b31m', ''],
		['\\u202e', ''],
		['\\b', ''],
		['\\r', ''],
		['\\t', ' '],
		['\\u0007', ''],
		['\\u007F', ''],
	])('a JSON escape %s in a note is removed or made harmless', (escape, replacement) => {
		const line = entryLine(c).replace('On principle 3', `On${escape}principle`);
		const {entries} = parseJournalText(`${line}`);
		expect(entries[0]?.kind === 'position' && entries[0].payload.note).toBe(`On${replacement}principle`);
	});
});
