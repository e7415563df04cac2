import {describe, expect, it} from 'vitest';
import {importWithoutFetch} from '../../source/cli/without-fetch.js';

describe('importWithoutFetch', () => {
	it('hides fetch while loading and puts the same global back afterwards, also on failure', async () => {
		const before = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
		const seen = await importWithoutFetch(async () => typeof globalThis.fetch);
		expect(seen).toBe('undefined');
		expect(Object.getOwnPropertyDescriptor(globalThis, 'fetch')).toEqual(before);
		await expect(importWithoutFetch(async () => {
			throw new Error('load failed');
		})).rejects.toThrow('load failed');
		expect(typeof globalThis.fetch).toBe('function');
	});
});
