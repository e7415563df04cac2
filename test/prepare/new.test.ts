import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {loadDataset} from '../../source/dataset/load.js';
import {workspace} from './helpers.js';

describe('council new', () => {
	it('writes a valid dataset: the session frame, a unique session id, the 194 Member States, no items', async () => {
		const {run, file, read} = workspace();
		const result = await run('new', 'session.json', '--title', 'Council 2025', '--place', 'Geneva', '--dates', '2025-06-17/2025-06-27');
		expect(result).toMatchObject({code: 0, stderr: ''});
		expect(result.stdout).toMatch(/^session\.json:\n {2}\+ session council-2025-[0-9a-f]{12}: ITU Council, "Council 2025", Geneva, 2025-06-17 to 2025-06-27\n {2}\+ 194 Member States as delegations\nwritten session\.json\n$/);
		const loaded = await loadDataset(file('session.json'));
		expect(loaded.ok && loaded.warnings).toEqual([]);
		const dataset = read('session.json');
		expect(dataset.session).toEqual({id: expect.stringMatching(/^council-2025-[0-9a-f]{12}$/), body: 'ITU Council', title: 'Council 2025', place: 'Geneva', start: '2025-06-17', end: '2025-06-27'});
		expect(dataset.agendaItems).toEqual([]);
		expect(dataset.delegations).toHaveLength(194);
		expect(dataset.delegations.find(delegation => delegation.id === 'fr')).toEqual({id: 'fr', kind: 'member-state', code: 'FR', name: 'France', names: {ar: 'فرنسا', zh: '法国', en: 'France', fr: 'France', ru: 'Франция', es: 'Francia'}, aliases: ['French Republic']});
		expect(dataset.memberStatesSource).toMatch(/ITU Member States/);

		expect((await run('new', 'other.json', '--title', 'Council 2025')).code).toBe(0);
		expect(read('other.json').session.id).not.toBe(dataset.session.id);
		expect(read('other.json').session).toEqual({id: expect.stringMatching(/^council-2025-/), body: 'ITU Council', title: 'Council 2025'});
	});

	it('refuses an existing FILE, exit 1, unchanged; --force replaces it and keeps the old one as FILE.bak', async () => {
		const {run, file} = workspace();
		writeFileSync(file('session.json'), 'my notes');
		const refused = await run('new', 'session.json', '--title', 'T');
		expect(refused).toEqual({code: 1, stdout: '', stderr: 'council new: session.json already exists; use --force to replace it (the old one is kept as session.json.bak)\ncouncil new: nothing written\n'});
		expect(readFileSync(file('session.json'), 'utf8')).toBe('my notes');
		const forced = await run('new', 'session.json', '--title', 'T', '--force');
		expect(forced.code).toBe(0);
		expect(forced.stdout).toContain('written session.json (the previous version is session.json.bak)');
		expect(readFileSync(file('session.json.bak'), 'utf8')).toBe('my notes');
	});

	it('never replaces a journal, even with --force: its entries are the session\'s record', async () => {
		const {run, file, fixture} = workspace();
		fixture('f.json');
		expect((await run('record', 'current', 'PL 1.02', '--data', 'f.json', '--journal', 'j.jsonl', '--author', 'Ana', '--role', 'secretary')).code).toBe(0);
		const before = readFileSync(file('j.jsonl'), 'utf8');
		const forced = await run('new', 'j.jsonl', '--title', 'T', '--force');
		expect(forced).toEqual({code: 1, stdout: '', stderr: 'council new: j.jsonl is a journal (its first line is a journal\'s); a dataset is never written over one\ncouncil new: nothing written\n'});
		expect(readFileSync(file('j.jsonl'), 'utf8')).toBe(before);
		// Through a symlink too.
		symlinkSync(file('j.jsonl'), file('link.json'));
		expect((await run('new', 'link.json', '--title', 'T', '--force')).code).toBe(1);
		expect(readFileSync(file('j.jsonl'), 'utf8')).toBe(before);
		// An empty file is no journal yet: it is replaced.
		writeFileSync(file('empty.json'), '');
		expect((await run('new', 'empty.json', '--title', 'T', '--force')).code).toBe(0);
	});

	it('--dry-run prints and writes nothing', async () => {
		const {run, file} = workspace();
		const result = await run('new', 'session.json', '--title', 'T', '--dry-run');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/\+ 194 Member States as delegations\ndry run: nothing written to session\.json\n$/);
		expect(existsSync(file('session.json'))).toBe(false);
	});

	it.each([
		['2025-02-30', '"2025-02-30" is not a day (YYYY-MM-DD, e.g. 2025-06-17)'],
		['2025-06-27/2025-06-17', 'the session cannot end (2025-06-17) before it starts (2025-06-27)'],
		['17 June 2025', '"17 June 2025" is not a day (YYYY-MM-DD, e.g. 2025-06-17)'],
		['2025-06-17/2025-06-20/2025-06-27', 'dates "2025-06-17/2025-06-20/2025-06-27" are not START/END (e.g. 2025-06-17/2025-06-27)'],
	])('refuses the dates %s, exit 1, nothing written', async (dates, message) => {
		const {run, file} = workspace();
		expect(await run('new', 'session.json', '--title', 'T', '--dates', dates)).toEqual({code: 1, stdout: '', stderr: `council new: ${message}\ncouncil new: nothing written\n`});
		expect(existsSync(file('session.json'))).toBe(false);
	});

	it('one day is a session of one day', async () => {
		const {run, read} = workspace();
		expect((await run('new', 's.json', '--title', 'T', '--dates', '2025-06-17')).code).toBe(0);
		expect(read('s.json').session).toMatchObject({start: '2025-06-17', end: '2025-06-17'});
	});

	it.each([
		[['new', '--title', 'T'], 'name the FILE to create'],
		[['new', 's.json'], 'say the session\'s --title'],
		[['new', 's.json', 'extra', '--title', 'T'], 'unexpected argument "extra"'],
		[['new', 's.json', '--title', 'T', '--colour'], 'unknown option --colour'],
		[['new', 's.json', '--title'], 'option --title needs a value'],
	])('a usage mistake is exit 2 with the help: %j', async (args, message) => {
		const {run} = workspace();
		const result = await run(...args);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(new RegExp(`^council: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n\ncouncil new: `));
	});

	it('keeps escape sequences and control characters out of the file and the terminal', async () => {
		const {run, read} = workspace();
		const result = await run('new', 's.json', '--title', 'Council\u001B]52;c;aGk=\u0007 2025\u001B[2J', '--place', 'Gen\u0000eva');
		expect(result.code).toBe(0);
		expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
		expect(read('s.json').session).toMatchObject({title: 'Council 2025', place: 'Geneva'});
	});

	it('refuses a title too long, an empty place', async () => {
		const {run} = workspace();
		expect(await run('new', 's.json', '--title', 'x'.repeat(501))).toMatchObject({code: 1, stderr: 'council new: the title must be 1 to 500 characters\ncouncil new: nothing written\n'});
		expect(await run('new', 's.json', '--title', 'T', '--place', ' ')).toMatchObject({code: 1, stderr: 'council new: the place must be 1 to 500 characters\ncouncil new: nothing written\n'});
	});

	it('does not replace a folder, a FIFO or a dangling symlink, even with --force', async () => {
		const {run, file} = workspace();
		mkdirSync(file('folder.json'));
		expect(await run('new', 'folder.json', '--title', 'T', '--force')).toMatchObject({code: 1, stderr: 'council new: folder.json is not a regular file (a folder); it is not replaced\ncouncil new: nothing written\n'});
		execFileSync('mkfifo', [file('pipe.json')]);
		expect(await run('new', 'pipe.json', '--title', 'T', '--force')).toMatchObject({code: 1, stderr: 'council new: pipe.json is not a regular file; it is not replaced\ncouncil new: nothing written\n'});
		expect(await run('new', 'pipe.json', '--title', 'T')).toMatchObject({code: 1, stderr: expect.stringContaining('pipe.json already exists')});
		symlinkSync(file('nowhere.json'), file('dangling.json'));
		expect(await run('new', 'dangling.json', '--title', 'T')).toMatchObject({code: 1, stderr: expect.stringContaining('dangling.json already exists')});
	});
});
