import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {fixtureDatasetPath, temporaryFolder} from '../journal/helpers.js';
import {runCli} from '../journal/processes.js';

/*
Decisions with several outcomes and a Council number, their amendment, votes by
hand and by roll call, their undo, and `council lookup "Decision 650"`, through
the built CLI on a fresh journal each.
*/

function session() {
	const folder = temporaryFolder('council-outcomes-');
	const journal = path.join(folder, 'journal.jsonl');
	const env = {COUNCIL_DATA_DIR: folder, COUNCIL_CONFIG_DIR: folder};
	const common = ['--data', fixtureDatasetPath, '--journal', journal];
	const run = async (...args: string[]) => runCli([...args, ...common], env);
	const record = async (...args: string[]) => run('record', ...args, '--author', 'Ana');
	const lines = () => readFileSync(journal, 'utf8').trim().split('\n').map(line => JSON.parse(line) as {id: string; kind: string; payload: Record<string, unknown>; councilJournal?: number}).filter(line => line.councilJournal === undefined); // the header line binds the journal to its dataset
	return {run, record, lines};
}

describe('council record decision', () => {
	test('several outcomes, each on what it applies to, and the Council\'s number', async () => {
		const {record, lines, run} = session();
		const result = await record('decision', 'PL 1.02', '--outcome', 'noted: the report', '--outcome', 'approved: the draft Decision in Annex A', '--number', 'Decision 650 (C25)', '--text', '');
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^Recorded decision on PL 1\.02 Report on the implementation of the strategic plan: noted \+ approved \(Decision 650 \(C25\)\)\n/);
		expect(lines()[0]?.payload).toEqual({
			target: 'item-report',
			outcome: 'noted',
			text: '',
			outcomes: [{kind: 'noted', on: 'the report'}, {kind: 'approved', on: 'the draft Decision in Annex A'}],
			number: 'Decision 650 (C25)',
		});
		const md = await run('export', '--time-zone', 'UTC');
		expect(md.stdout).toContain('**Decision 650 (C25): The Council took note of the report and approved the draft Decision in Annex A.** Decided by consensus.');
	});

	test('one plain outcome is written as journals always had it', async () => {
		const {record, lines} = session();
		expect((await record('decision', 'PL 1.01', '--outcome', 'approved', '--text', 'Approved.')).code).toBe(0);
		expect(lines()[0]?.payload).toEqual({target: 'item-budget', outcome: 'approved', text: 'Approved.'});
		expect((await record('decision', 'PL 1.03', '--outcome', 'instructed: the Secretary-General to report', '--text', '')).code).toBe(0);
		expect(lines()[1]?.payload).toMatchObject({outcome: 'other', outcomes: [{kind: 'instructed', on: 'the Secretary-General to report'}]});
	});

	test('a decision recorded over another amends it: both stay, the number is kept, lookup finds the latest', async () => {
		const {record, lines, run} = session();
		await record('decision', 'PL 1.02', '--outcome', 'noted', '--number', 'Decision 650 (C25)', '--text', 'Noted.');
		await record('decision', 'PL 1.02', '--outcome', 'noted', '--outcome', 'deferred: its annex', '--text', 'Noted; annex deferred.');
		const [first, second] = lines();
		expect(second?.payload).toMatchObject({amends: first?.id, number: 'Decision 650 (C25)'});
		const found = await run('lookup', 'Decision 650');
		expect(found.code).toBe(0);
		const shown = found.stdout.split('\n');
		expect(shown.slice(0, 3)).toEqual([
			'Decision 650 (C25): decision on PL 1.02 Report on the implementation of the strategic plan (from the journal)',
			'  Outcomes: noted; deferred its annex',
			'  Text: Noted; annex deferred.',
		]);
		expect(shown[3]).toMatch(/^ {2}Recorded \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ by Ana \(chair\), entry /);
		expect(shown[4]).toBe(`  Amends decision on PL 1.02 Report on the implementation of the strategic plan: noted (Decision 650 (C25)) — "Noted." [${first!.id}]`);
		const json = JSON.parse((await run('lookup', 'dec. 650 (c25)', '--json')).stdout) as {result: string; entity: {kind: string; data: {target: string; amends: string[]}}};
		expect(json).toMatchObject({result: 'found', entity: {kind: 'decision', data: {target: 'item-report', amends: [first!.id]}}});
		// Another session's number, or another series, is not it.
		expect((await run('lookup', 'Decision 650 (C24)')).code).toBe(1);
		expect((await run('lookup', 'Resolution 650')).code).toBe(1);
		const md = await run('export', '--time-zone', 'UTC', '--format', 'json');
		expect((JSON.parse(md.stdout) as {items: Array<{motions: Array<{history: Array<{text: string}>}>}>}).items[0]?.motions[0]?.history).toEqual([expect.objectContaining({text: 'Noted.'})]);
	});

	test('without --journal, lookup reads the session\'s own journal', async () => {
		const folder = temporaryFolder('council-outcomes-');
		const env = {COUNCIL_DATA_DIR: folder, COUNCIL_CONFIG_DIR: folder};
		expect((await runCli(['record', 'decision', 'PL 1.01', '--outcome', 'approved', '--text', 'Approved.', '--number', 'Decision 651 (C25)', '--data', fixtureDatasetPath, '--author', 'Ana'], env)).code).toBe(0);
		const found = await runCli(['lookup', 'D 651', '--data', fixtureDatasetPath], env);
		expect(found.code).toBe(0);
		expect(found.stdout.split('\n')[0]).toBe('Decision 651 (C25): decision on PL 1.01 Draft budget of the Union (from the journal)');
	});

	test('a number is judged as it will be read back: one with an escape sequence in it is the number left once it is removed', async () => {
		const {record, lines} = session();
		const result = await record('decision', 'PL 1.01', '--outcome', 'approved', '--text', 'Approved.', '--number', 'Decision\u001B[2J 652 (C25)');
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(lines().at(-1)).toMatchObject({kind: 'decision', payload: {number: 'Decision 652 (C25)'}});
	});

	test('every mistake is named at once, nothing written', async () => {
		const {record} = session();
		const result = await record('decision', 'PL 9.99', '--outcome', 'vetoed', '--number', '650', '--text', 'x');
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('council record decision: 3 problems:\n  Unknown agenda item or proposal "PL 9.99"');
		expect(result.stderr).toContain('  Unknown outcome "vetoed".');
		expect(result.stderr).toContain('  "650" is not a Council number such as "Decision 650 (C25)" or "Resolution 1420 (C25)".');
		const missing = await record('decision', 'PL 1.01', '--text', 'x');
		expect(missing.code).toBe(2);
		expect(missing.stderr).toContain('record decision: missing --outcome OUTCOME');
	});
});

describe('council record vote', () => {
	test('counts by hand: the majority rule decides the result; a vote is linked to the decision in effect', async () => {
		const {record, lines} = session();
		await record('decision', 'prop-2', '--outcome', 'adopted', '--text', 'Adopted.');
		const result = await record('vote', 'prop-2', '--yes', '30', '--no', '8', '--abstain', '5', '--absent', '2', '--majority', 'two-thirds');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^Recorded vote on proposal 2\) of C99\/42: 30 yes, 8 no, 5 abstain, 2 absent \(two-thirds majority\): adopted\n/);
		expect(lines()[1]?.payload).toEqual({target: 'prop-2', counts: {yes: 30, no: 8, abstain: 5, absent: 2}, majority: 'two-thirds', decision: lines()[0]?.id});
		const tie = await record('vote', 'PL 1.01', '--yes', '10', '--no', '10', '--abstain', '0');
		expect(tie.stdout).toContain(': 10 yes, 10 no, 0 abstain, 0 absent (simple majority): not adopted');
	});

	test('a roll call in the order called: names in any language, counts its tally; observers do not vote', async () => {
		const {record, lines, run} = session();
		const result = await record('vote', 'PL 1.03', '--roll', 'Suisse=no, 中国=yes, United States=abstain, Émirats=yes');
		expect(result.code).toBe(0);
		expect(lines()[0]?.payload).toEqual({
			target: 'item-one-itu',
			counts: {yes: 2, no: 1, abstain: 1, absent: 0},
			roll: [{delegation: 'ch', option: 'no'}, {delegation: 'cn', option: 'yes'}, {delegation: 'us', option: 'abstain'}, {delegation: 'ae', option: 'yes'}],
			majority: 'simple',
		});
		const md = await run('export', '--time-zone', 'UTC');
		expect(md.stdout).toContain('- In favour (2): China, United Arab Emirates\n- Against (1): Switzerland\n- Abstaining (1): United States\n');
		const bad = await record('vote', 'PL 1.03', '--roll', 'China=yes,China=no,Atlantis=yes,Brazil', '--yes', '1');
		expect(bad.code).toBe(1);
		expect(bad.stderr).toContain('council record vote: 4 problems:');
		expect(bad.stderr).toContain('Give a roll call or the counts, not both.');
		expect(bad.stderr).toContain('"Brazil" is not NAME=yes|no|abstain|absent');
		expect(bad.stderr).toContain('Unknown delegation "Atlantis"');
		expect(bad.stderr).toContain('China is called twice');
		expect(lines()).toHaveLength(1);
	});

	test('bad counts and rules are refused; a vote is undone like any entry', async () => {
		const {record, lines, run} = session();
		const bad = await record('vote', 'PL 1.01', '--yes=-3', '--no', 'many', '--abstain', '0', '--majority', 'three-quarters');
		expect(bad.code).toBe(1);
		expect(bad.stderr).toContain('Unknown majority "three-quarters". Use simple or two-thirds.');
		expect(bad.stderr).toContain('--yes must be a whole number from 0 to 1000, not "-3"');
		expect(bad.stderr).toContain('--no must be a whole number from 0 to 1000, not "many"');
		expect((await record('vote', 'PL 1.01', '--yes', '3')).stderr).toContain('Give the counts');
		expect((await record('vote', 'PL 1.01', '--yes', '3', '--no', '1', '--abstain', '0')).code).toBe(0);
		const undone = await record('undo');
		expect(undone.code).toBe(0);
		expect(undone.stdout).toContain(`Recorded undo of ${lines()[0]!.id} (vote on PL 1.01 Draft budget of the Union: 3 yes, 1 no, 0 abstain, 0 absent (simple majority): adopted)`);
		const md = await run('export', '--time-zone', 'UTC');
		expect(md.stdout).not.toContain('A vote was taken');
		expect(md.stdout).toContain('(undone)');
	});
});
