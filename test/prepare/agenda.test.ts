import {readFileSync, writeFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {applyToDataset} from '../../source/prepare/apply.js';
import {planAgendaAdd, planAgendaSort} from '../../source/prepare/agenda-plan.js';
import type {Dataset} from '../../source/dataset/schema.js';
import {workspace} from './helpers.js';

const numbers = (dataset: Dataset) => dataset.agendaItems.map(item => item.number);

async function session() {
	const space = workspace();
	expect((await space.run('new', 's.json', '--title', 'Council 2025')).code).toBe(0);
	const agenda = async (...args: string[]) => space.run('agenda', ...args, '--data', 's.json');
	return {...space, agenda};
}

describe('council agenda add', () => {
	it('adds an item at the end, prints the change, keeps the previous version as FILE.bak', async () => {
		const {agenda, read, bytes} = await session();
		const before = bytes('s.json');
		const result = await agenda('add', 'PL 1.3', 'Report on the "One ITU" concept', '--action', 'take-note');
		expect(result).toEqual({code: 0, stderr: '', stdout: 's.json:\n  + agenda item PL 1.3 "Report on the "One ITU" concept" (item-pl-1-3), take-note, at position 1 of 1\nwritten s.json (the previous version is s.json.bak)\n'});
		expect(read('s.json').agendaItems).toEqual([{id: 'item-pl-1-3', number: 'PL 1.3', title: 'Report on the "One ITU" concept', documents: [], action: {kind: 'take-note', wording: 'The Council is invited to take note of this item.'}, status: 'pending'}]);
		expect(bytes('s.json.bak').equals(before)).toBe(true);
	});

	it('takes documents by symbol (the action\'s wording from the document) or id, and --wording', async () => {
		const {run, fixture, read} = workspace();
		fixture('f.json');
		const result = await run('agenda', 'add', 'PL 2', 'Budget again', '--action', 'approve', '--document', 'C99/10-E', '--document', 'doc-report', '--data', 'f.json');
		expect(result.stdout).toContain('+ agenda item PL 2 "Budget again" (item-pl-2), approve, documents C99/10, C99/11, at position 4 of 4');
		const added = read('f.json').agendaItems.at(-1);
		expect(added).toMatchObject({documents: ['doc-budget', 'doc-report'], action: {kind: 'approve'}});
		expect(added?.action.wording).toBe('The Council is invited to review and approve the draft budget.');
		await run('agenda', 'add', 'PL 3', 'Other', '--wording', 'The Council is invited to note the oral report.', '--data', 'f.json');
		expect(read('f.json').agendaItems.at(-1)?.action).toEqual({kind: 'consider', wording: 'The Council is invited to note the oral report.'});
		// --wording wins over the document's.
		await run('agenda', 'add', 'PL 4', 'Budget, in other words', '--action', 'approve', '--document', 'C99/10', '--wording', 'The Council is invited to approve the budget as amended.', '--data', 'f.json');
		expect(read('f.json').agendaItems.at(-1)?.action).toEqual({kind: 'approve', wording: 'The Council is invited to approve the budget as amended.'});
		await run('agenda', 'add', 'PL 5', 'Elections', '--action', 'elect', '--data', 'f.json');
		expect(read('f.json').agendaItems.at(-1)?.action).toEqual({kind: 'elect', wording: 'The Council is invited to hold the election under this item.'});
	});

	it.each([
		[['PL 1.01', 'Again'], 'the agenda already has item PL 1.01 "Draft budget of the Union" (item-budget); "PL 1.01" is the same number'],
		[['pl 1.1', 'Again'], 'the agenda already has item PL 1.01 "Draft budget of the Union" (item-budget); "pl 1.1" is the same number'],
		[['PL 9', 'T', '--document', 'C99/999'], 'no document "C99/999" in the dataset: import it first (council import FILE --into DATASET), or add the item without it'],
		[['PL 9', 'T', '--action', 'applaud'], 'unknown action "applaud": use one of approve, adopt, consider, take-note, decide, elect, other'],
		[['PL 9', ' '], 'the title must be 1 to 500 characters'],
		[['x'.repeat(41), 'T'], 'the item number must be 1 to 40 characters'],
	])('refuses %j, exit 1, nothing written', async (args, message) => {
		const {run, fixture, bytes} = workspace();
		fixture('f.json');
		const before = bytes('f.json');
		expect(await run('agenda', 'add', ...args, '--data', 'f.json')).toEqual({code: 1, stdout: '', stderr: `council agenda add: ${message}\ncouncil agenda add: nothing written\n`});
		expect(bytes('f.json').equals(before)).toBe(true);
	});

	it('--dry-run prints the change and writes nothing', async () => {
		const {agenda, bytes, file} = await session();
		const before = bytes('s.json');
		const result = await agenda('add', 'PL 1', 'T', '--dry-run');
		expect(result.stdout).toBe('s.json:\n  + agenda item PL 1 "T" (item-pl-1), consider, at position 1 of 1\ndry run: nothing written to s.json\n');
		expect(bytes('s.json').equals(before)).toBe(true);
		expect(() => readFileSync(file('s.json.bak'))).toThrow();
	});

	it('sanitizes what it echoes and stores', async () => {
		const {agenda, read} = await session();
		const result = await agenda('add', 'PL\u001B[31m 4', 'Title\u001B]0;pwned\u0007 here\u009B2J');
		expect(result.code).toBe(0);
		expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
		expect(read('s.json').agendaItems[0]).toMatchObject({number: 'PL 4', title: 'Title here'});
	});

	it('refuses a dataset that is not valid, a missing one, a FIFO; exit 1, naming the file', async () => {
		const {run, file} = workspace();
		writeFileSync(file('bad.json'), '{"formatVersion": 1}');
		const bad = await run('agenda', 'add', 'PL 1', 'T', '--data', 'bad.json');
		expect(bad.code).toBe(1);
		expect(bad.stderr).toMatch(/^bad\.json/);
		expect(bad.stderr).toMatch(/council agenda add: bad\.json is not a valid dataset\ncouncil agenda add: nothing written\n$/);
		expect(await run('agenda', 'sort', '--data', 'missing.json')).toEqual({code: 1, stdout: '', stderr: 'council agenda sort: missing.json: no such file\ncouncil agenda sort: nothing written\n'});
		const {execFileSync} = await import('node:child_process');
		execFileSync('mkfifo', [file('pipe.json')]);
		expect(await run('agenda', 'sort', '--data', 'pipe.json')).toEqual({code: 1, stdout: '', stderr: 'council agenda sort: pipe.json: is not a regular file (a pipe, socket or device), not a dataset file\ncouncil agenda sort: nothing written\n'});
	});

	it.each([
		[['add', 'PL 1'], 'agenda add takes NUMBER TITLE'],
		[['frobnicate'], 'unknown agenda command "frobnicate": add, move, remove, sort'],
		[['move', 'PL 1'], 'agenda move takes one of --before NUMBER or --after NUMBER'],
		[['move', 'PL 1', '--before', 'PL 2', '--after', 'PL 3'], 'agenda move takes one of --before NUMBER or --after NUMBER'],
		[['sort', 'extra'], 'agenda sort takes no arguments'],
	])('a usage mistake is exit 2: %j', async (args, message) => {
		const {agenda} = await session();
		const result = await agenda(...args);
		expect(result.code).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe(`council: ${message}`);
	});

	it('without --data is a usage mistake: the bundled dataset is not changed', async () => {
		const {run} = workspace();
		expect((await run('agenda', 'sort')).stderr.split('\n')[0]).toBe('council: name the dataset to change: --data FILE (the bundled dataset is not changed)');
	});
});

describe('council agenda move, sort, remove', () => {
	it('moves an item before or after another, by number or id', async () => {
		const {run, fixture, read} = workspace();
		fixture('f.json');
		const moved = await run('agenda', 'move', 'PL 1.03', '--before', 'pl 1.1', '--data', 'f.json');
		expect(moved.stdout).toBe('f.json:\n  ~ agenda item PL 1.03 "Implementation of the "One ITU" concept" moved from position 3 to 1, before PL 1.01\nwritten f.json (the previous version is f.json.bak)\n');
		expect(numbers(read('f.json'))).toEqual(['PL 1.03', 'PL 1.01', 'PL 1.02']);
		await run('agenda', 'move', 'item-one-itu', '--after', 'PL 1.02', '--data', 'f.json');
		expect(numbers(read('f.json'))).toEqual(['PL 1.01', 'PL 1.02', 'PL 1.03']);
		expect((await run('agenda', 'move', 'PL 1.03', '--after', 'PL 1.02', '--data', 'f.json')).stdout).toContain('= agenda item PL 1.03 "Implementation of the "One ITU" concept" is already after PL 1.02: no change');
	});

	it('refuses an unknown item or a move onto itself, exit 1', async () => {
		const {run, fixture, bytes} = workspace();
		fixture('f.json');
		const before = bytes('f.json');
		expect(await run('agenda', 'move', 'PL 7', '--after', 'PL 8', '--data', 'f.json')).toEqual({code: 1, stdout: '', stderr: 'council agenda move: no agenda item "PL 7"; the agenda has PL 1.01, PL 1.02, PL 1.03\ncouncil agenda move: no agenda item "PL 8"; the agenda has PL 1.01, PL 1.02, PL 1.03\ncouncil agenda move: nothing written\n'});
		expect((await run('agenda', 'move', 'PL 1.01', '--after', 'PL 1.1', '--data', 'f.json')).stderr).toBe('council agenda move: item PL 1.01 cannot be moved after itself\ncouncil agenda move: nothing written\n');
		expect(bytes('f.json').equals(before)).toBe(true);
	});

	it('sorts in natural order, tracks in the order they first appear', async () => {
		const {agenda, read} = await session();
		for (const number of ['PL 1.10', 'ADM 2', 'PL 1.2', 'ADM 10', 'PL 1.1']) {
			expect((await agenda('add', number, `Item ${number}`)).code).toBe(0);
		}

		const sorted = await agenda('sort');
		expect(sorted.stdout).toBe('s.json:\n  ~ agenda sorted: 5 of 5 items change place\n    PL 1.1, PL 1.2, PL 1.10, ADM 2, ADM 10\nwritten s.json (the previous version is s.json.bak)\n');
		expect(numbers(read('s.json'))).toEqual(['PL 1.1', 'PL 1.2', 'PL 1.10', 'ADM 2', 'ADM 10']);
		expect((await agenda('sort')).stdout).toContain('= the agenda is already in order: no change');
	});

	it('removes an item and the dataset\'s positions on it', async () => {
		const {run, fixture, read} = workspace();
		fixture('f.json');
		expect(read('f.json').positions.filter(position => position.on === 'item-one-itu')).toHaveLength(1);
		const result = await run('agenda', 'remove', 'PL 1.03', '--data', 'f.json');
		expect(result).toEqual({code: 0, stderr: '', stdout: 'f.json:\n  - agenda item PL 1.03 "Implementation of the "One ITU" concept" (item-one-itu), was at position 3\n  - 1 position on it in the dataset\nwritten f.json (the previous version is f.json.bak)\n'});
		expect(numbers(read('f.json'))).toEqual(['PL 1.01', 'PL 1.02']);
		expect(read('f.json').positions.filter(position => position.on === 'item-one-itu')).toEqual([]);
	});

	it('refuses to remove an item the journal has entries on, unless --force', async () => {
		const {run, fixture, read, bytes} = workspace();
		fixture('f.json');
		expect((await run('record', 'status', 'PL 1.02', 'decided', '--data', 'f.json', '--author', 'Ana', '--role', 'secretary')).code).toBe(0);
		expect((await run('record', 'current', 'PL 1.02', '--data', 'f.json', '--author', 'Ana', '--role', 'secretary')).code).toBe(0);
		const before = bytes('f.json');
		const refused = await run('agenda', 'remove', 'PL 1.02', '--data', 'f.json');
		expect(refused.code).toBe(1);
		expect(refused.stderr).toMatch(/^council agenda remove: item PL 1\.02 has 2 entries in the journal .*c99-test\.jsonl; they would no longer apply\. Use --force to remove it anyway \(the journal keeps them\)\ncouncil agenda remove: nothing written\n$/);
		expect(bytes('f.json').equals(before)).toBe(true);
		// Another item has none.
		expect((await run('agenda', 'remove', 'PL 1.03', '--data', 'f.json', '--dry-run')).code).toBe(0);
		const forced = await run('agenda', 'remove', 'PL 1.02', '--force', '--data', 'f.json');
		expect(forced.code).toBe(0);
		expect(forced.stdout).toContain('! 2 journal entries name it and will be ignored (--force)');
		expect(numbers(read('f.json'))).toEqual(['PL 1.01', 'PL 1.03']);
	});

	it('counts every kind of entry on the item: the floor, votes, statements (and a delegation added live), not only decisions, statuses, positions and current', async () => {
		const {run, fixture} = workspace();
		fixture('f.json');
		const as = ['--data', 'f.json', '--journal', 'j.jsonl', '--author', 'Ana', '--role', 'chair'];
		expect((await run('record', 'delegation', 'Holy See', ...as)).code).toBe(0);
		expect((await run('floor', 'request', 'Holy See', '--item', 'PL 1.02', ...as)).code).toBe(0);
		expect((await run('floor', 'give', 'Holy See', '--item', 'PL 1.02', ...as)).code).toBe(0);
		expect((await run('floor', 'statement', 'Holy See', 'welcomed the report', '--item', 'PL 1.02', ...as)).code).toBe(0);
		expect((await run('record', 'vote', 'PL 1.02', '--yes', '3', '--no', '1', '--abstain', '0', ...as)).code).toBe(0);
		// Entries on another item, and the delegation entry itself, are not on PL 1.02.
		expect((await run('floor', 'request', 'Holy See', '--item', 'PL 1.03', ...as)).code).toBe(0);
		const refused = await run('agenda', 'remove', 'PL 1.02', '--data', 'f.json', '--journal', 'j.jsonl');
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain('item PL 1.02 has 4 entries in the journal');
	});

	it('checks the journal named by --journal', async () => {
		const {run, fixture, file} = workspace();
		fixture('f.json');
		await run('record', 'status', 'PL 1.02', 'decided', '--data', 'f.json', '--journal', 'j.jsonl', '--author', 'Ana', '--role', 'secretary');
		expect((await run('agenda', 'remove', 'PL 1.02', '--data', 'f.json', '--dry-run')).code).toBe(0);
		expect((await run('agenda', 'remove', 'PL 1.02', '--data', 'f.json', '--journal', 'j.jsonl')).stderr).toContain(`has 1 entry in the journal ${file('j.jsonl')}`);
	});
});

describe('the plans and their writer', () => {
	it('refuses a result that would not validate, naming the field', async () => {
		const {run, fixture, read} = workspace();
		fixture('f.json');
		const dataset = read('f.json');
		const broken: Dataset = {...dataset, positions: [...dataset.positions, {id: 'pos-x', delegation: 'nobody', on: 'item-budget', stance: 'supports'}]};
		const plan = planAgendaSort(broken);
		expect(plan.ok).toBe(false);
		expect(!plan.ok && plan.problems.join('\n')).toMatch(/^the result would not be a valid dataset: positions\[\d+\]\.delegation: refers to delegation "nobody"/);
		expect(planAgendaAdd(dataset, {number: 'PL 9', title: 'T'}).ok).toBe(true);
		void run;
	});

	it('refuses to write over a change another command made meanwhile', async () => {
		const {fixture, file, bytes, env, folder} = workspace();
		fixture('f.json');
		let stderr = '';
		const io = {stdout() {}, stderr(text: string) {
			stderr += text;
		}, env, cwd: folder, isTty: false};
		const code = await applyToDataset({command: 'agenda sort', file: file('f.json'), isDryRun: false, io}, dataset => {
			writeFileSync(file('f.json'), `${JSON.stringify({...dataset, session: {...dataset.session, title: 'Changed meanwhile'}}, null, 2)}\n`);
			return planAgendaSort(dataset);
		});
		expect(code).toBe(1);
		expect(stderr).toBe('council agenda sort: f.json changed while this command ran; run it again\ncouncil agenda sort: nothing written\n');
		expect(JSON.parse(bytes('f.json').toString('utf8')).session.title).toBe('Changed meanwhile');
	});
});
