import {existsSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {main} from '../../source/cli/main.js';
import type {CommandIo} from '../../source/commands/io.js';
import {readJournal} from '../../source/journal/read.js';
import {replay} from '../../source/journal/replay.js';
import {fixtureDataset, fixtureDatasetPath, temporaryFolder} from './helpers.js';

/*
The record and log subcommands through the CLI's own main(), in process, with
a fresh data and settings folder each: every exit code and message a user
would see, with the journal files real.
*/

type Run = {readonly code: number; readonly stdout: string; readonly stderr: string};

function council(folder: string) {
	return async (...args: string[]): Promise<Run> => {
		let stdout = '';
		let stderr = '';
		const io: CommandIo = {
			stdout(text) {
				stdout += text;
			},
			stderr(text) {
				stderr += text;
			},
			env: {COUNCIL_DATA_DIR: path.join(folder, 'data'), COUNCIL_CONFIG_DIR: path.join(folder, 'config'), HOME: folder},
			cwd: folder,
			isTty: false,
		};
		const code = await main(args, io, {isInteractive: false});
		return {code, stdout, stderr};
	};
}

function setup() {
	const folder = temporaryFolder('council-record-');
	const run = council(folder);
	const journal = path.join(folder, 'data', 'journals', 'c99-test.jsonl');
	const record = async (...args: string[]) => run('record', ...args, '--data', fixtureDatasetPath);
	return {folder, run, journal, record};
}

describe('council record', () => {
	test('a decision by item number, into the session\'s default journal, after which it says what it recorded', async () => {
		const {record, journal} = setup();
		const result = await record('decision', 'PL 1.01', '--outcome', 'approved', '--text', 'The Council approved the draft budget.', '--author', 'Ana', '--role', 'secretary');
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Recorded decision on PL 1.01 Draft budget of the Union: approved — "The Council approved the draft budget."');
		expect(result.stdout).toContain('by Ana (secretary)');
		expect(result.stdout).toContain(journal);
		const {entries} = await readJournal(journal);
		expect(entries).toEqual([expect.objectContaining({kind: 'decision', author: {name: 'Ana', role: 'secretary'}, payload: {target: 'item-budget', outcome: 'approved', text: 'The Council approved the draft budget.'}})]);
		expect(result.stdout).toContain(entries[0]!.id);
	});

	test('status, position (delegation by part of a name, any language), current', async () => {
		const {record, journal} = setup();
		expect((await record('status', '1.02', 'under-consideration')).code).toBe(0);
		expect((await record('position', 'prop-1', '--delegation', 'suiss', '--stance', 'reservation', '--note', 'On principle 3')).code).toBe(0);
		expect((await record('position', 'item-one-itu', '--delegation', '中国', '--stance', 'opposes')).code).toBe(0);
		expect((await record('position', 'PL 1.01', '--delegation', 'etats-unis', '--stance', 'more information')).code).toBe(0);
		expect((await record('position', 'PL 1.01', '--delegation', 'ae', '--stance', 'supports')).code).toBe(0);
		expect((await record('current', 'PL 1.03')).code).toBe(0);
		const {entries} = await readJournal(journal);
		expect(entries.map(entry => [entry.kind, entry.payload])).toEqual([
			['status', {item: 'item-report', status: 'under-consideration'}],
			['position', {delegation: 'ch', on: 'prop-1', stance: 'reservation', note: 'On principle 3'}],
			['position', {delegation: 'cn', on: 'item-one-itu', stance: 'opposes'}],
			['position', {delegation: 'us', on: 'item-budget', stance: 'more-information'}],
			['position', {delegation: 'ae', on: 'item-budget', stance: 'supports'}],
			['current', {item: 'item-one-itu'}],
		]);
	});

	test.each([
		[['decision', 'PL 9.99', '--outcome', 'approved', '--text', 'x'], 'Unknown agenda item or proposal "PL 9.99"'],
		[['decision', 'PL 1.01', '--outcome', 'smashed', '--text', 'x'], 'Unknown outcome "smashed". Use one of: approved, adopted'],
		[['status', 'prop-1', 'decided'], 'Unknown agenda item "prop-1"'],
		[['status', 'PL 1.01', 'closed'], 'Unknown status "closed"'],
		[['position', 'PL 1.01', '--delegation', 'Atlantis', '--stance', 'supports'], 'Unknown delegation "Atlantis"'],
		[['position', 'PL 1.01', '--delegation', 'united', '--stance', 'supports'], '"united" matches more than one delegation: United States (us), United Arab Emirates (ae)'],
		[['position', 'PL 1.01', '--delegation', 'ch', '--stance', 'hmm'], 'Unknown stance "hmm"'],
		[['undo'], 'Nothing to undo'],
		[['position', 'PL 1.01', '--delegation', 'ch', '--stance', 'supports', '--note', 'x'.repeat(5001)], 'The note is 5001 characters long; at most 5000'],
		[['decision', 'PL 1.01', '--outcome', 'approved', '--text', 'y'.repeat(20_001)], 'The decision text is 20001 characters long'],
		[['undo', 'nope-nope'], 'No entry "nope-nope"'],
	])('refuses %j with a clear message, exit 1, nothing written', async (args, message) => {
		const {record, journal} = setup();
		const result = await record(...args);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(message);
		expect(result.stdout).toBe('');
		expect(existsSync(journal)).toBe(false);
	});

	test.each([
		[['decision', 'PL 1.01', '--outcome', 'approved'], 'record decision: missing --text TEXT'],
		[['decision', 'PL 1.01', '--outcome', 'approved', '--text', 'x', '--colour', 'red'], 'unknown option --colour'],
		[['motion', 'PL 1.01'], 'unknown kind "motion"'],
		[['vote', 'PL 1.01'], 'record vote: missing the counts (--yes N --no N --abstain N) or a roll call'],
		[[], 'say what to record'],
		[['status', 'PL 1.01', 'decided', '--role', 'president'], 'Unknown role "president"'],
		[['status', 'PL 1.01', 'decided', 'extra'], 'record status: unexpected argument "extra"'],
	])('a mistake in the command line %j: exit 2 and the record help', async (args, message) => {
		const {record, journal} = setup();
		const result = await record(...args);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(message);
		expect(result.stderr).toContain('council record decision ITEM --outcome OUTCOME --text TEXT');
		expect(existsSync(journal)).toBe(false);
	});

	test('a viewer cannot record, by option or by preference; --role overrides the preference', async () => {
		const {record, journal, folder} = setup();
		const byOption = await record('status', 'PL 1.01', 'decided', '--role', 'viewer');
		expect(byOption.code).toBe(1);
		expect(byOption.stderr).toContain('a viewer cannot record');
		mkdirSync(path.join(folder, 'config'), {recursive: true});
		writeFileSync(path.join(folder, 'config', 'settings.json'), JSON.stringify({role: 'viewer', authorName: 'Projector'}));
		const byPreference = await record('status', 'PL 1.01', 'decided');
		expect(byPreference.code).toBe(1);
		expect(byPreference.stderr).toContain('a viewer cannot record');
		expect(existsSync(journal)).toBe(false);

		const overridden = await record('status', 'PL 1.01', 'decided', '--role', 'secretary');
		expect(overridden.code).toBe(0);
		expect((await readJournal(journal)).entries[0]?.author).toEqual({name: 'Projector', role: 'secretary'});
	});

	test('undo: the latest entry in effect, or one named by part of its id; undoing the undo re-applies', async () => {
		const {record, journal} = setup();
		await record('decision', 'PL 1.01', '--outcome', 'approved', '--text', 'First.');
		await record('decision', 'PL 1.01', '--outcome', 'rejected', '--text', 'Second.');
		await record('current', 'PL 1.02');
		const undone = await record('undo');
		expect(undone.code).toBe(0);
		expect(undone.stdout).toMatch(/Recorded undo of \S+ \(decision on PL 1\.01 Draft budget of the Union: rejected — "Second\."\)/);
		const dataset = fixtureDataset();
		let {entries} = await readJournal(journal);
		expect(replay(dataset, entries).decisions.get('item-budget')?.text).toBe('First.');

		const again = await record('undo', entries[1]!.id);
		expect(again.code).toBe(1);
		expect(again.stderr).toContain('already undone');

		const undoId = entries[3]!.id;
		const redo = await record('undo', undoId.slice(-6));
		expect(redo.code, redo.stderr).toBe(0);
		({entries} = await readJournal(journal));
		expect(replay(dataset, entries).decisions.get('item-budget')?.text).toBe('Second.');
		expect(entries.map(entry => entry.kind)).toEqual(['decision', 'decision', 'current', 'undo', 'undo']);
	});

	test('--journal PATH chooses the file, relative to the working folder', async () => {
		const {record, folder, journal} = setup();
		const result = await record('status', 'PL 1.02', 'deferred', '--journal', 'shared/session.jsonl');
		expect(result.code).toBe(0);
		expect((await readJournal(path.join(folder, 'shared', 'session.jsonl'))).entries).toHaveLength(1);
		expect(existsSync(journal)).toBe(false);
	});
});

describe('council log', () => {
	test('lists who, when and what, and reports skipped lines with their numbers', async () => {
		const {run, folder} = setup();
		const journal = path.join(folder, 'j.jsonl');
		const fixture = path.join(path.dirname(fixtureDatasetPath), 'journal-session.jsonl');
		const result = await run('log', '--journal', fixture, '--data', fixtureDatasetPath);
		expect(result.code).toBe(0);
		const lines = result.stdout.trimEnd().split('\n');
		expect(lines[0]).toBe(`Journal ${fixture}: 12 entries`);
		expect(lines[1]).toBe('2026-04-13 09:00:00 UTC  Chair Amina Diallo (chair)  current item: PL 1.01 Draft budget of the Union  [0mnwyp400-a10000000001]');
		expect(lines[6]).toBe('2026-04-13 09:07:40 UTC  Secretary Li Wei (secretary)  undo of 0mnwyy42o-a50000000005 (decision on PL 1.02 Report on the implementation of the strategic plan: noted — "The Council took note of the report.")  [0mnwyyyxs-a60000000006]');
		expect(lines[5]).toBe('2026-04-13 09:07:00 UTC  Secretary Li Wei (secretary)  decision on PL 1.02 Report on the implementation of the strategic plan: noted — "The Council took note of the report."  [0mnwyy42o-a50000000005]  (undone)');
		expect(lines.filter(line => line.endsWith('(undone)'))).toHaveLength(1);
		expect(lines).toHaveLength(13);
		expect(result.stderr).toBe('warning: line 10 is not JSON and was skipped: this line was damaged by hand\n');

		const json = await run('log', '--json', '--journal', fixture, '--data', fixtureDatasetPath);
		const parsed = JSON.parse(json.stdout) as {journal: string; entries: unknown[]; problems: Array<{line: number; kind: string}>};
		expect(parsed.journal).toBe(fixture);
		expect(parsed.entries).toHaveLength(12);
		expect(parsed.problems).toEqual([expect.objectContaining({line: 10, kind: 'not-json'})]);
		expect(json.stdout).toContain('"undone": [\n    "0mnwyy42o-a50000000005"\n  ]');

		// A viewer's entry and one naming an unknown item are listed, marked with why they do not count.
		writeFileSync(journal, [
			JSON.stringify({v: 1, id: '0mnwyp400-b10000000001', time: '2026-04-13T09:00:00.000Z', author: {name: 'Projector', role: 'viewer'}, kind: 'current', payload: {item: 'item-budget'}}),
			JSON.stringify({v: 1, id: '0mnwyp400-b20000000002', time: '2026-04-13T09:00:00.000Z', author: {name: 'Ana', role: 'chair'}, kind: 'current', payload: {item: 'item-gone'}}),
			'',
		].join('\n'));
		const marked = await run('log', '--journal', journal, '--data', fixtureDatasetPath);
		expect(marked.stdout).toContain('current item: PL 1.01 Draft budget of the Union  [0mnwyp400-b10000000001]  (ignored: written by a viewer, who cannot record)');
		expect(marked.stdout).toContain('current item: item-gone  [0mnwyp400-b20000000002]  (ignored: no agenda item "item-gone" in the dataset)');
		rmSync(journal);

		const empty = await run('log', '--journal', journal, '--data', fixtureDatasetPath);
		expect(empty.stdout).toBe(`Journal ${journal}: no entries yet\n`);
		expect((await run('log', 'extra')).code).toBe(2);
	});
});
