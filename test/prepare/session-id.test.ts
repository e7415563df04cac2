import {describe, expect, it} from 'vitest';
import {makeSessionId} from '../../source/dataset/session-id.js';
import {workspace} from './helpers.js';

const seed = '/work/shared/seeds/000_9f34eb15caf9eba2.txt';

describe('session ids', () => {
	it('read as the title and year, then 48 random bits', () => {
		expect(makeSessionId('Council 2025', Uint8Array.from([1, 2, 3, 4, 5, 0xFF]))).toBe('council-2025-0102030405ff');
		expect(makeSessionId('Conseil — Genève', Uint8Array.from([0, 0, 0, 0, 0, 1]), '2025')).toBe('conseil-geneve-2025-000000000001');
		expect(makeSessionId('理事会', Uint8Array.from([0, 0, 0, 0, 0, 1]))).toBe('session-000000000001');
		expect(makeSessionId('x'.repeat(200), new Uint8Array(6))).toMatch(/^x{40}-0{12}$/);
		expect(() => makeSessionId('T', new Uint8Array(2))).toThrow(/6 random bytes/);
	});

	it('differ between two datasets an import starts, so they never share a journal', async () => {
		const {run, file, read} = workspace();
		const into = await run('import', seed, '--into', 'a.json');
		expect(into.code).toBe(0);
		await run('import', seed, '--into', 'b.json');
		const printed = await run('import', seed);
		const ids = [read('a.json').session.id, read('b.json').session.id, (JSON.parse(printed.stdout) as {session: {id: string}}).session.id];
		expect(new Set(ids).size).toBe(3);
		for (const id of ids) {
			expect(id).toMatch(/^[a-z0-9][a-z0-9-]*-[0-9a-f]{12}$/);
		}

		// Kept in the file: merging more into it does not change it.
		await run('import', seed, '--into', 'a.json');
		expect(read('a.json').session.id).toBe(ids[0]);
		void file;
	});
});
