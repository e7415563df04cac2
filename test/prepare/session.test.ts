import {describe, expect, it} from 'vitest';
import {workspace} from './helpers.js';

describe('council session set', () => {
	it('changes the title, place and dates, prints each change, and drops the illustrative mark', async () => {
		const {run, read, file} = workspace();
		const {copyFileSync} = await import('node:fs');
		const {bundledDatasetPath} = await import('../../source/dataset/bundled.js');
		copyFileSync(bundledDatasetPath(), file('b.json'));
		const result = await run('session', 'set', '--title', 'Council 2025', '--place', 'Genève', '--dates', '2025-06-17/2025-06-27', '--data', 'b.json');
		expect(result).toEqual({code: 0, stderr: '', stdout: 'b.json:\n  ~ session title: "Council session taking up the "One ITU" contribution" → "Council 2025"\n  ~ session place: (none) → "Genève"\n  ~ session dates: (none) → 2025-06-17 to 2025-06-27\n  ~ session no longer marked illustrative\nwritten b.json (the previous version is b.json.bak)\n'});
		const {session} = read('b.json');
		expect(session).toMatchObject({title: 'Council 2025', place: 'Genève', start: '2025-06-17', end: '2025-06-27'});
		expect(session.illustrative).toBeUndefined();
		expect((await run('session', 'set', '--place', 'Genève', '--data', 'b.json')).stdout).toContain('= the session already says so: no change');
	});

	it('--dry-run writes nothing', async () => {
		const {run, fixture, bytes} = workspace();
		fixture('f.json');
		const before = bytes('f.json');
		const result = await run('session', 'set', '--body', 'ITU Council Working Group', '--dry-run', '--data', 'f.json');
		expect(result.stdout).toBe('f.json:\n  ~ session body: "ITU Council" → "ITU Council Working Group"\ndry run: nothing written to f.json\n');
		expect(bytes('f.json').equals(before)).toBe(true);
	});

	it.each([
		[['--dates', '2025-13-01'], 'council session set: "2025-13-01" is not a day (YYYY-MM-DD, e.g. 2025-06-17)'],
		[['--dates', '2025-06-27/2025-06-17'], 'council session set: the session cannot end (2025-06-17) before it starts (2025-06-27)'],
		[['--title', '   '], 'council session set: the title must be 1 to 500 characters'],
	])('refuses %j, exit 1, nothing written', async (args, message) => {
		const {run, fixture, bytes} = workspace();
		fixture('f.json');
		const before = bytes('f.json');
		expect(await run('session', 'set', ...args, '--data', 'f.json')).toEqual({code: 1, stdout: '', stderr: `${message}\ncouncil session set: nothing written\n`});
		expect(bytes('f.json').equals(before)).toBe(true);
	});

	it.each([
		[['set', '--data', 'f.json'], 'say what to set: --title, --place, --dates or --body'],
		[['get', '--title', 'T', '--data', 'f.json'], 'council session set --title/--place/--dates/--body'],
		[['set', '--title', 'T'], 'name the dataset to change: --data FILE (the bundled dataset is not changed)'],
	])('a usage mistake is exit 2: %j', async (args, message) => {
		const {run, fixture} = workspace();
		fixture('f.json');
		const result = await run('session', ...args);
		expect(result.code).toBe(2);
		expect(result.stderr.split('\n')[0]).toBe(`council: ${message}`);
	});
});
