import {linkSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {appendEntry, entryLine, recordEntry} from '../../source/journal/append.js';
import {followJournal, openJournal} from '../../source/journal/follow.js';
import {readJournal} from '../../source/journal/read.js';
import type {Author, EntryDraft, JournalEntry} from '../../source/journal/schema.js';
import {startCouncil} from '../helpers/council.js';
import type {PtySession} from '../helpers/pty.js';
import {entryFactory, fixtureDataset as loadFixture} from '../journal/helpers.js';
import {council, fixtureDataset, scratch} from './helpers.js';

/*
Issue 8, items 2, 3 and 6: what is appended goes only into a journal, reads
back exactly as acknowledged, and a screen follows the journal file that has
the name now, saying when it changed under it.
*/

const make = entryFactory();
const sessions: PtySession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) {
		if (!session.hasExited()) {
			session.kill('SIGKILL');
		}
	}
});

function setup(): {folder: string; dataset: string; before: string} {
	const folder = scratch();
	const dataset = path.join(folder, 'd.json');
	writeFileSync(dataset, readFileSync(fixtureDataset));
	return {folder, dataset, before: readFileSync(dataset, 'utf8')};
}

const recordCurrent = ['record', 'current', 'PL 1.01', '--data', 'd.json', '--author', 'Ana', '--role', 'chair'];

describe('8.2: --journal accepts only a journal', () => {
	it('8.2: record refuses the dataset as its journal, by name, symlink and hard link', async () => {
		const {folder, dataset, before} = setup();
		symlinkSync('d.json', path.join(folder, 'link.jsonl'));
		linkSync(dataset, path.join(folder, 'hard.jsonl'));
		for (const journal of ['d.json', 'link.jsonl', 'hard.jsonl']) {
			// eslint-disable-next-line no-await-in-loop
			const run = await council([...recordCurrent, '--journal', journal], {cwd: folder});
			expect(run.code).toBe(1);
			expect(run.stderr).toBe(`council record: The journal ${journal} is the dataset itself: the journal is a file of its own (--journal PATH names another file, or leave it out).\n`);
		}

		expect(readFileSync(dataset, 'utf8')).toBe(before);
	});

	it('8.2: record refuses a non-empty file whose first line is not an entry; an empty file or a torn first entry is fine', async () => {
		const {folder} = setup();
		writeFileSync(path.join(folder, 'notes.txt'), 'Minutes draft\n{"v":1}\n');
		const refused = await council([...recordCurrent, '--journal', 'notes.txt'], {cwd: folder});
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain('The journal notes.txt is not a journal: its first line is not a journal entry');
		expect(readFileSync(path.join(folder, 'notes.txt'), 'utf8')).toBe('Minutes draft\n{"v":1}\n');
		// Pretty-printed JSON starts with "{" alone: not a journal either.
		writeFileSync(path.join(folder, 'other.json'), '{\n  "v": 1\n}\n');
		expect((await council([...recordCurrent, '--journal', 'other.json'], {cwd: folder})).code).toBe(1);

		writeFileSync(path.join(folder, 'empty.jsonl'), '');
		expect((await council([...recordCurrent, '--journal', 'empty.jsonl'], {cwd: folder})).code).toBe(0);
		writeFileSync(path.join(folder, 'torn.jsonl'), '{"v":1,"id":"0mn');
		const torn = await council([...recordCurrent, '--journal', 'torn.jsonl'], {cwd: folder});
		expect(torn.code).toBe(0);
		expect((await readJournal(path.join(folder, 'torn.jsonl'))).entries).toHaveLength(1);
	});

	it('8.2: the append itself refuses a file that is not a journal (the dashboard\'s path)', async () => {
		const {dataset, before} = setup();
		await expect(appendEntry(dataset, make({kind: 'current', payload: {item: 'item-budget'}}))).rejects.toThrow(/is not a journal \(its first line is not a journal entry\): nothing was appended/);
		expect(readFileSync(dataset, 'utf8')).toBe(before);
	});

	it('8.2: the dashboard refuses the dataset as its journal before opening the screen', async () => {
		const {folder, dataset, before} = setup();
		const session = startCouncil([dataset, '--journal', dataset], {cols: 100, rows: 30, cwd: folder});
		sessions.push(session);
		const exit = await session.exited;
		expect(exit.exitCode).toBe(1);
		expect(session.rawOutput()).toContain('is the dataset itself');
		expect(readFileSync(dataset, 'utf8')).toBe(before);
	});
});

// A small seeded generator: the same cases every run, many shapes of hostile text.
function generator(seed: number) {
	let state = seed;
	const next = () => {
		state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
		return state / 2_147_483_648;
	};

	const pieces = ['\u0007', '\u001B[2J', '\u001B]0;title\u0007', '\u001B]52;c;aGk=\u0007', '\u001BP+q\u001B\\', '\u009B31m', '\u0098', '\u009D8;;x\u009C', '\u202E', '\u2066', '\u200F', '\uD800', '\uDC00', '\uD83D\uDE00', '\t', '\r', '\n', '\u0000', '\u007F', ' ', '  ', 'é', '中国', 'مصر', 'Ана', '"', '\\', '\\u001b', '{', '}', '__proto__', 'x'];
	const text = (max: number) => {
		let value = '';
		const count = Math.floor(next() * 12);
		for (let index = 0; index < count; index++) {
			value += pieces[Math.floor(next() * pieces.length)];
		}

		return next() < 0.05 ? value + 'y'.repeat(Math.floor(next() * max)) : value;
	};

	return {next, text};
}

describe('8.3: whatever record acknowledges, every reader reads back identical', () => {
	it('8.3: hostile text in every kind and field: an acknowledged entry reads back as acknowledged, a refused one writes nothing', async () => {
		const folder = scratch();
		const journal = path.join(folder, 'j.jsonl');
		const {next, text} = generator(8);
		const acknowledged: JournalEntry[] = [];
		let refused = 0;
		const drafts: Array<() => EntryDraft> = [
			() => ({kind: 'decision', payload: {target: next() < 0.9 ? 'item-budget' : text(10), outcome: 'approved', text: text(25_000)}}),
			() => ({kind: 'position', payload: {delegation: 'ch', on: 'prop-1', stance: 'reservation', note: text(6000)}}),
			() => ({kind: 'status', payload: {item: next() < 0.9 ? 'item-report' : text(10), status: 'deferred'}}),
			() => ({kind: 'current', payload: {item: next() < 0.9 ? 'item-one-itu' : text(10)}}),
			() => ({kind: 'undo', payload: {entry: next() < 0.9 ? (acknowledged.at(-1)?.id ?? '0mnwyp400-a10000000001') : text(10)}}),
		];
		for (let round = 0; round < 600; round++) {
			const draft = drafts[round % drafts.length]!();
			const author: Author = {name: next() < 0.3 ? text(120) : `Ana${text(5)}`, role: 'secretary'};
			const size = readFileSync(journal, {flag: 'a+'}).length;
			try {
				// eslint-disable-next-line no-await-in-loop
				acknowledged.push(await recordEntry(journal, draft, author));
			} catch {
				refused++;
				expect(readFileSync(journal).length).toBe(size);
			}
		}

		const {entries, problems} = await readJournal(journal);
		expect(problems).toEqual([]);
		expect(entries).toEqual(acknowledged);
		// Both outcomes happened: the test is not vacuous either way.
		expect(acknowledged.length).toBeGreaterThan(300);
		expect(refused).toBeGreaterThan(20);
		const log = await council(['log', '--json', '--journal', journal, '--data', fixtureDataset], {cwd: folder});
		expect((JSON.parse(log.stdout) as {entries: unknown}).entries).toEqual(JSON.parse(JSON.stringify(acknowledged)));
	});

	it('8.3: an author name made only of control or bidi characters is refused clearly, nothing written', async () => {
		const {folder} = setup();
		for (const name of ['\u0007\u0007', '\u202E\u2066', '\u001B[31m', '\u009B', '\u200E\u200F', '\u200B \uFEFF\u00AD']) {
			// eslint-disable-next-line no-await-in-loop
			const run = await council(['record', 'current', 'PL 1.01', '--data', 'd.json', '--journal', 'j.jsonl', '--author', name, '--role', 'chair'], {cwd: folder});
			expect(run.code).toBe(2);
			expect(run.stderr.split('\n')[0]).toBe('council: The author name holds only control or bidi characters, which are removed from what is recorded: give a name that can be read (--author NAME).');
		}

		await expect(recordEntry(path.join(folder, 'j.jsonl'), {kind: 'current', payload: {item: 'item-budget'}}, {name: '\u202E', role: 'chair'})).rejects.toThrow('only control or bidi characters');
		expect((await readJournal(path.join(folder, 'j.jsonl'))).entries).toEqual([]);
		// A name with escapes around readable text is recorded as it will be read: sanitized.
		const run = await council(['record', 'current', 'PL 1.01', '--data', 'd.json', '--journal', 'j.jsonl', '--author', '\u001B]0;x\u0007Ana\u202E', '--role', 'chair'], {cwd: folder});
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('by Ana (chair)');
		expect((await readJournal(path.join(folder, 'j.jsonl'))).entries[0]!.author.name).toBe('Ana');
	});
});

async function until<T>(probe: () => T | undefined, ms = 3000): Promise<T> {
	const deadline = Date.now() + ms;
	for (;;) {
		const value = probe();
		if (value !== undefined) {
			return value;
		}

		if (Date.now() > deadline) {
			throw new Error('timed out');
		}

		// eslint-disable-next-line no-await-in-loop
		await new Promise(resolve => setTimeout(resolve, 20));
	}
}

describe('8.6: a journal replaced or deleted under a screen', () => {
	for (const useFsWatch of [true, false]) {
		it(`8.6: a journal renamed over, then deleted, resets the records and says so (fs.watch: ${String(useFsWatch)})`, async () => {
			const folder = scratch();
			const dataset = loadFixture();
			const journal = path.join(folder, 'j.jsonl');
			// The old journal is longer than the new one would be after one more entry: size alone cannot tell.
			writeFileSync(journal, [make({kind: 'current', payload: {item: 'item-budget'}}), make({kind: 'status', payload: {item: 'item-budget', status: 'deferred'}})].map(entry => entryLine(entry)).join(''));
			const snapshot = await openJournal(journal, dataset);
			const changes: Array<{current: string | undefined; status: string | undefined; notice: string | undefined}> = [];
			const follower = followJournal(journal, dataset, snapshot, ({records, notice}) => changes.push({current: records.currentItem, status: records.statuses.get('item-budget'), notice}), undefined, {pollMs: 50, useFsWatch});
			try {
				const other = path.join(folder, 'other.jsonl');
				writeFileSync(other, [make({kind: 'current', payload: {item: 'item-report'}}), make({kind: 'current', payload: {item: 'item-one-itu'}}), make({kind: 'status', payload: {item: 'item-report', status: 'decided'}})].map(entry => entryLine(entry)).join(''));
				renameSync(other, journal);
				expect(await until(() => changes.find(change => change.notice !== undefined))).toEqual({current: 'item-one-itu', status: undefined, notice: 'Journal replaced by another file: re-read 3 entries'});
				rmSync(journal);
				expect(await until(() => changes.find(change => change.notice?.startsWith('Journal deleted') === true))).toEqual({current: undefined, status: undefined, notice: 'Journal deleted: nothing recorded is on disk; showing the dataset alone (the next entry starts a new journal)'});
				await appendEntry(journal, make({kind: 'current', payload: {item: 'item-budget'}}));
				expect(await until(() => (changes.at(-1)?.current === 'item-budget' ? changes.at(-1) : undefined))).toEqual({current: 'item-budget', status: undefined, notice: undefined});
			} finally {
				follower.stop();
			}
		});
	}

	it('8.6: the dashboard shows the notice when its journal is replaced', async () => {
		const folder = scratch();
		const journal = path.join(folder, 'j.jsonl');
		writeFileSync(journal, entryLine(make({kind: 'status', payload: {item: 'item-one-itu', status: 'decided'}})) + entryLine(make({kind: 'current', payload: {item: 'item-one-itu'}})));
		const session = startCouncil(['--journal', journal, '--role', 'chair', '--author', 'Ana'], {cols: 120, rows: 40, cwd: folder});
		sessions.push(session);
		await session.waitForReady('q quit');
		expect(await session.screenText()).toContain('● 1 decided');
		const replacement = path.join(folder, 'replacement.jsonl');
		writeFileSync(replacement, entryLine(make({kind: 'status', payload: {item: 'item-one-itu', status: 'deferred'}})));
		renameSync(replacement, journal);
		await session.waitFor('Journal replaced by another file: re-read 1 entry', 3000);
		expect(await session.screenText()).toContain('» 1 deferred');
		session.write('q');
		expect((await session.exited).exitCode).toBe(0);
	});
});
