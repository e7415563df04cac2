import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {entryLine} from '../../source/journal/append.js';
import {parseJournalText, parseLine} from '../../source/journal/judge-line.js';
import {readJournal, type JournalProblem} from '../../source/journal/read.js';
import type {JournalEntry} from '../../source/journal/schema.js';
import {entryFactory, temporaryFolder} from './helpers.js';
import {seededRandom as random} from '../helpers/seeded-random.js';

/*
Reading's shortcuts (issue 15) against reading without them: repeats found
without a set of the ids while each id is the greatest so far, an author object
shared by consecutive entries of one author, the nesting scan only before
something recursive sees a line. The reference reads each line alone
(parseLine) and finds repeats with a set of every id; what reading gives must
be the same, entry for entry and problem for problem.
*/

function reference(lines: readonly string[], seen: ReadonlySet<string> = new Set()): {entries: JournalEntry[]; problems: JournalProblem[]} {
	const entries: JournalEntry[] = [];
	const problems: JournalProblem[] = [];
	const ids = new Set(seen);
	for (const [index, line] of lines.entries()) {
		const parsed = parseLine(line, index + 1);
		if (parsed === undefined) {
			continue;
		}

		if ('line' in parsed) {
			problems.push(parsed);
		} else if (ids.has(parsed.id)) {
			// The English as it always read (JSON prints it), and the key a person's language words it by.
			problems.push({line: index + 1, kind: 'duplicate', message: `line ${index + 1} repeats entry ${parsed.id} and was skipped (the first one is kept)`, words: {key: 'notice.journal.duplicate', params: {line: index + 1, id: parsed.id}}});
		} else {
			ids.add(parsed.id);
			entries.push(parsed);
		}
	}

	return {entries, problems};
}

const authors = [{name: 'Ana Secretary', role: 'secretary'}, {name: 'Ana Secretary', role: 'chair'}, {name: 'Bo Chair', role: 'chair'}] as const;

/** Lines of a session: mostly in time order, some moved (another writer's clock), some repeated, authors in runs, a few bad. */
function sessionLines(seed: number, count: number): string[] {
	const next = random(seed);
	const make = entryFactory();
	const lines: string[] = [];
	let author: (typeof authors)[number] = authors[0];
	for (let index = 0; index < count; index++) {
		if (next() < 0.1) {
			author = authors[Math.floor(next() * authors.length)]!;
		}

		const roll = next();
		if (roll < 0.06 && lines.length > 0) {
			// A repeat: of the line before (the greatest id so far) or of any earlier one.
			lines.push(next() < 0.5 ? lines.at(-1)! : lines[Math.floor(next() * lines.length)]!);
		} else if (roll < 0.1 && lines.length > 1) {
			// Two lines swapped: an id smaller than one before it.
			const last = lines.pop()!;
			lines.push(entryLine(make({kind: 'current', payload: {item: 'item-report'}}, {...author})).trimEnd(), last);
		} else if (roll < 0.12) {
			lines.push(pickBad(next, index));
		} else {
			lines.push(entryLine(make({kind: 'position', payload: {delegation: 'cn', on: 'item-budget', stance: 'supports', note: `Note ${index}`}}, {...author})).trimEnd());
		}
	}

	return lines;
}

function pickBad(next: () => number, index: number): string {
	const bad = [
		'{"v":1,"id":"not json',
		`{"v":1,"payload":${'['.repeat(100)}${']'.repeat(100)}}`,
		// Too deep and not JSON either: reported as too deep, as before.
		`{"v":1,"payload":${'['.repeat(100)}`,
		`{"v":1,"id":"0mnwyp400-${String(index).padStart(12, '0')}"}`,
		'',
		'[]',
	];
	return bad[Math.floor(next() * bad.length)]!;
}

describe('reading with its shortcuts gives what reading each line alone gives', () => {
	for (const seed of [3, 15, 1915]) {
		test(`on a seeded session of 3,000 lines (seed ${seed}): repeats, ids out of order, runs of authors, bad lines`, () => {
			const lines = sessionLines(seed, 3000);
			const expected = reference(lines);
			const read = parseJournalText(`${lines.join('\n')}\n`);
			expect(read.problems).toEqual(expected.problems);
			expect(read.entries).toEqual(expected.entries);
			expect(read.entries.map(entry => JSON.stringify(entry))).toEqual(expected.entries.map(entry => JSON.stringify(entry)));
			// The corpus reaches the cases it is for.
			expect(expected.problems.filter(problem => problem.kind === 'duplicate').length).toBeGreaterThan(50);
			expect(expected.entries.some((entry, index) => index > 0 && entry.id < expected.entries[index - 1]!.id)).toBe(true);
			expect(expected.problems.some(problem => problem.message.includes('nests lists and objects more than 64 deep'))).toBe(true);
		});
	}

	test('a repeat of an entry read before (seen) is found whether or not its id is the greatest', () => {
		const make = entryFactory();
		const [a, b, c] = [0, 1, 2].map(() => make({kind: 'current', payload: {item: 'item-budget'}}));
		const text = [c, a, b].map(entry => entryLine(entry!)).join('');
		const read = parseJournalText(text, 10, new Set([c!.id, a!.id]));
		expect(read.entries).toEqual([b]);
		expect(read.problems.map(problem => [problem.line, problem.kind])).toEqual([[10, 'duplicate'], [11, 'duplicate']]);
		// In time order, the last line repeated: its id is the greatest, and still a repeat.
		const inOrder = parseJournalText([a, b, b, c].map(entry => entryLine(entry!)).join(''));
		expect(inOrder.entries).toEqual([a, b, c]);
		expect(inOrder.problems.map(problem => [problem.line, problem.kind])).toEqual([[3, 'duplicate']]);
		// The greatest id first, then a smaller one repeated: the set is built from what was kept.
		const again = parseJournalText([b, a, a, b, c, c].map(entry => entryLine(entry!)).join(''));
		expect(again.entries).toEqual([b, a, c]);
		expect(again.problems.map(problem => problem.line)).toEqual([3, 4, 6]);
	});

	test('consecutive entries of one author share its object only when the author is the same', () => {
		const make = entryFactory();
		const entries = [authors[0], authors[0], authors[1], authors[2], authors[2], authors[0]].map(author => make({kind: 'current', payload: {item: 'item-budget'}}, {...author}));
		const read = parseJournalText(entries.map(entry => entryLine(entry)).join(''));
		expect(read.entries).toEqual(entries);
		expect(read.entries.map(entry => entry.author)).toEqual(entries.map(entry => entry.author));
		expect(read.entries[1]!.author).toBe(read.entries[0]!.author);
		expect(read.entries[2]!.author).not.toBe(read.entries[1]!.author);
		expect(read.entries[4]!.author).toBe(read.entries[3]!.author);
	});

	test('a line nested too deep is reported as such on the first line, as JSON or not, and when it also needs sanitizing', () => {
		const deep = `{"v":1,"payload":${'['.repeat(100)}${']'.repeat(100)}}`;
		for (const [line, text, column] of [[1, deep, 81], [2, deep.slice(0, -3), 81], [3, deep.replace('"payload"', '"pay\\u001bload"'), 87]] as const) {
			const parsed = parseLine(text, line);
			expect(parsed).toMatchObject({line, kind: 'invalid'});
			expect((parsed as JournalProblem).message.startsWith(`line ${line} nests lists and objects more than 64 deep (column ${column}) and was skipped: `)).toBe(true);
		}
	});

	test('a whole journal read from a file agrees with the reference too (the Latin-1 and the UTF-8 decoding)', async () => {
		const folder = temporaryFolder();
		for (const [name, extra] of [['ascii.jsonl', 'plain note'], ['utf8.jsonl', 'note — 同意 — موافق — Фридония']] as const) {
			const make = entryFactory();
			const lines = [...sessionLines(7, 400), entryLine(make({kind: 'position', payload: {delegation: 'ch', on: 'prop-1', stance: 'neutral', note: extra}})).trimEnd()];
			const file = path.join(folder, name);
			writeFileSync(file, `${lines.join('\n')}\n`);
			const chunk = await readJournal(file);
			const expected = reference(lines);
			expect(chunk.problems).toEqual(expected.problems);
			expect(chunk.entries).toEqual(expected.entries);
		}
	});
});
