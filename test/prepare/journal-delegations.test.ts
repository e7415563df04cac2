import {describe, expect, it, vi} from 'vitest';
import {journalDelegations, newDelegation, withJournalDelegations} from '../../source/journal/journal-delegations.js';
// The delegation payload's check is zod's, installed by the payloads' module (what reading or recording a delegation entry loads).
import '../../source/journal/entry-kinds/payloads.js';
import {bundledDataset} from '../helpers/bundled.js';

describe('delegations added in the journal', () => {
	const dataset = bundledDataset();

	it('join the dataset\'s, the dataset\'s own winning on an id both have', () => {
		const entries = [
			{kind: 'delegation', payload: {id: 'holy-see', name: 'Holy See', kind: 'observer'}},
			{kind: 'position', payload: {delegation: 'holy-see', on: 'item-one-itu', stance: 'supports'}},
			{kind: 'delegation', payload: {id: 'holy-see', name: 'Holy See, again', kind: 'observer'}},
			{kind: 'delegation', payload: {id: 'cn', name: 'Not China', kind: 'other'}},
			{kind: 'delegation', payload: {id: 'BAD ID', name: 'x', kind: 'observer'}},
		];
		expect(journalDelegations(entries).map(delegation => delegation.id)).toEqual(['holy-see', 'cn']);
		const seen = withJournalDelegations(dataset, entries);
		expect(seen.delegations).toHaveLength(dataset.delegations.length + 1);
		expect(seen.delegations.at(-1)).toEqual({id: 'holy-see', kind: 'observer', name: 'Holy See'});
		expect(seen.delegations.find(delegation => delegation.id === 'cn')?.name).toBe('China (People\'s Republic of)');
		expect(withJournalDelegations(dataset, [])).toBe(dataset);
	});

	it('get a free id; a name already there is refused, naming who it is', () => {
		expect(newDelegation(dataset, '  Holy   See ')).toEqual({ok: true, payload: {id: 'holy-see', name: 'Holy See', kind: 'observer'}});
		expect(newDelegation(dataset, 'African Telecommunications Union', 'other')).toEqual({ok: true, payload: {id: 'african-telecommunications-union', name: 'African Telecommunications Union', kind: 'other'}});
		expect(newDelegation(dataset, 'الكرسي الرسولي')).toEqual({ok: true, payload: {id: 'delegation', name: 'الكرسي الرسولي', kind: 'observer'}});
		expect(newDelegation(dataset, 'Cn ')).toEqual({ok: false, message: '"Cn" is already a delegation: China (People\'s Republic of) (cn).'});
		expect(newDelegation(dataset, 'Франция')).toEqual({ok: false, message: '"Франция" is already a delegation: France (fr).'});
		expect(newDelegation(dataset, ' ')).toEqual({ok: false, message: 'A delegation\'s name is 1 to 200 characters.'});
		const withIt = withJournalDelegations(dataset, [{kind: 'delegation', payload: {id: 'holy-see', name: 'Holy See', kind: 'observer'}}]);
		expect(newDelegation(withIt, 'Holy See')).toMatchObject({ok: false});
		expect(newDelegation(withIt, 'Holy-See!')).toMatchObject({ok: false});
		expect(newDelegation(withIt, 'Holy See Mission')).toEqual({ok: true, payload: {id: 'holy-see-mission', name: 'Holy See Mission', kind: 'observer'}});
		// A free id even when the slug is taken by something else.
		expect(newDelegation(dataset, 'Item one ITU')).toMatchObject({ok: true, payload: {id: 'item-one-itu-2'}});
	});

	it('without the journal\'s schema loaded, a journal of no delegation entry needs no check, and a delegation entry is never taken unchecked', async () => {
		vi.resetModules();
		const fresh = await import('../../source/journal/journal-delegations.js');
		expect(fresh.withJournalDelegations(dataset, [{kind: 'position', payload: {delegation: 'cn', on: 'item-one-itu', stance: 'supports'}}])).toBe(dataset);
		expect(() => fresh.journalDelegations([{kind: 'delegation', payload: {id: 'BAD ID', name: 'x', kind: 'observer'}}])).toThrow('without the journal\'s schema loaded');
		await import('../../source/journal/entry-kinds/payloads.js');
		expect(fresh.journalDelegations([{kind: 'delegation', payload: {id: 'BAD ID', name: 'x', kind: 'observer'}}, {kind: 'delegation', payload: {id: 'holy-see', name: ' Holy See ', kind: 'observer'}}])).toEqual([{id: 'holy-see', kind: 'observer', name: 'Holy See'}]);
	});
});
