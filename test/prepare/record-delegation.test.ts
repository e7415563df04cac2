import {describe, expect, it} from 'vitest';
import {readJournal} from '../../source/journal/read.js';
import {workspace} from './helpers.js';

const who = ['--author', 'Ana', '--role', 'secretary'] as const;

async function session() {
	const space = workspace();
	await space.run('new', 's.json', '--title', 'Council 2025');
	await space.run('agenda', 'add', 'PL 1', 'Opening', '--data', 's.json');
	const journal = `${space.env.COUNCIL_DATA_DIR}/journals/${space.read('s.json').session.id}.jsonl`;
	return {...space, journal};
}

describe('council record delegation', () => {
	it('adds a delegation to the journal, not the dataset; positions, log and minutes then know it', async () => {
		const {run, journal, bytes} = await session();
		const before = bytes('s.json');
		const added = await run('record', 'delegation', 'Holy', 'See', '--data', 's.json', ...who);
		expect(added.code).toBe(0);
		expect(added.stdout).toMatch(/^Recorded delegation added: Holy See \(observer, id holy-see\)\n {2}by Ana \(secretary\) at .*\n {2}in .*\.jsonl\n$/);
		expect(bytes('s.json').equals(before)).toBe(true);
		const organization = await run('record', 'delegation', 'African Telecommunications Union', '--kind', 'other', '--data', 's.json', ...who);
		expect(organization.stdout).toContain('delegation added: African Telecommunications Union (other, id african-telecommunications-union)');

		const position = await run('record', 'position', 'PL 1', '--delegation', 'holy see', '--stance', 'supports', '--data', 's.json', ...who);
		expect(position.stdout).toContain('Recorded position of Holy See on PL 1 Opening: supports');
		const {entries} = await readJournal(journal);
		expect(entries.map(entry => entry.kind)).toEqual(['delegation', 'delegation', 'position']);

		const log = await run('log', '--data', 's.json');
		expect(log.stdout).toContain('delegation added: Holy See (observer, id holy-see)');
		expect(log.stdout).not.toContain('ignored');
		const minutes = await run('export', '--data', 's.json', '--format', 'json');
		// The summary record's JSON names delegations as readers see them (its audit keeps the entry).
		const item = (JSON.parse(minutes.stdout) as {items: Array<{positions: Array<{delegation: string; stance: string; source: string}>}>}).items[0];
		expect(item?.positions).toEqual([expect.objectContaining({delegation: 'Holy See', stance: 'supports', source: 'journal'})]);
	});

	it('refuses a name already there (a Member State in any language, or added before), a bad kind, a viewer; exit 1, nothing recorded', async () => {
		const {run, journal} = await session();
		await run('record', 'delegation', 'Holy See', '--data', 's.json', ...who);
		expect(await run('record', 'delegation', 'Франция', '--data', 's.json', ...who)).toEqual({code: 1, stdout: '', stderr: 'council record delegation: "Франция" is already a delegation: France (fr).\n'});
		expect(await run('record', 'delegation', 'holy  see', '--data', 's.json', ...who)).toEqual({code: 1, stdout: '', stderr: 'council record delegation: "holy see" is already a delegation: Holy See (holy-see).\n'});
		expect(await run('record', 'delegation', 'X', '--kind', 'club', '--data', 's.json', ...who)).toEqual({code: 1, stdout: '', stderr: 'council record delegation: Unknown delegation kind "club". Use one of: member-state, sector-member, observer, secretariat, other.\n'});
		expect((await run('record', 'delegation', 'Y', '--data', 's.json', '--author', 'Bo', '--role', 'viewer')).code).toBe(1);
		expect((await run('record', 'delegation', 'x'.repeat(201), '--data', 's.json', ...who)).stderr).toBe('council record delegation: A delegation\'s name is 1 to 200 characters.\n');
		expect((await readJournal(journal)).entries).toHaveLength(1);
	});

	it('keeps control characters out of the journal and the terminal', async () => {
		const {run, journal} = await session();
		const result = await run('record', 'delegation', 'Obs\u001B]52;c;eA==\u0007erver\u001B[2J Org', '--data', 's.json', ...who);
		expect(result.code).toBe(0);
		expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
		expect((await readJournal(journal)).entries[0]).toMatchObject({payload: {name: 'Observer Org', id: 'observer-org'}});
	});

	it('without a name is a usage mistake, exit 2', async () => {
		const {run} = await session();
		const result = await run('record', 'delegation', '--data', 's.json', ...who);
		expect(result.code).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe('council: record delegation: missing NAME');
	});
});
