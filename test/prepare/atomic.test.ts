import {chmodSync, lstatSync, readFileSync, readlinkSync, statSync, symlinkSync, mkdirSync, renameSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {workspace} from './helpers.js';

/*
The preparation commands write through source/import/write-atomic.ts (one
atomic writer for the project): these check what that promises them, on the
commands themselves.
*/
describe('preparation commands write the dataset in place', () => {
	it('keep the file\'s mode', async () => {
		const {run, fixture, file} = workspace();
		fixture('f.json');
		chmodSync(file('f.json'), 0o600);
		expect((await run('agenda', 'sort', '--data', 'f.json')).code).toBe(0);
		expect((await run('session', 'set', '--place', 'Bern', '--data', 'f.json')).code).toBe(0);
		expect(statSync(file('f.json')).mode & 0o777).toBe(0o600);
	});

	it('write through a symlink to the file it names, keeping the link', async () => {
		const {run, fixture, file, read} = workspace();
		mkdirSync(file('real'));
		fixture('f.json');
		renameSync(file('f.json'), file('real/f.json'));
		symlinkSync('real/f.json', file('link.json'));
		const result = await run('session', 'set', '--place', 'Bern', '--data', 'link.json');
		expect(result).toMatchObject({code: 0, stdout: expect.stringMatching(/\nwritten link\.json \(the previous version is real\/f\.json\.bak\)\n$/)});
		expect(lstatSync(file('link.json')).isSymbolicLink()).toBe(true);
		expect(readlinkSync(file('link.json'))).toBe('real/f.json');
		expect(read('real/f.json').session.place).toBe('Bern');
		expect(readFileSync(file('real/f.json'), 'utf8')).toContain('"place": "Bern"');
	});

	it('leave a file that already holds the result as it is, and say so', async () => {
		const {run, fixture, file} = workspace();
		fixture('f.json');
		expect((await run('session', 'set', '--place', 'Bern', '--data', 'f.json')).code).toBe(0);
		const before = statSync(file('f.json')).mtimeMs;
		const again = await run('session', 'set', '--place', 'Bern', '--data', 'f.json');
		expect(again).toEqual({code: 0, stderr: '', stdout: 'f.json:\n  = the session already says so: no change\nunchanged: f.json already holds this\n'});
		expect(statSync(file('f.json')).mtimeMs).toBe(before);
	});
});
