import {describe, expect, it} from 'vitest';
import {syntheticDataset} from '../../bench/synthetic.js';
import {buildIndex, indexWarmer} from '../../source/dataset/build-index.js';
import {loadDataset} from '../../source/dataset/load.js';
import {lookup} from '../../source/dataset/lookup.js';
import type {Dataset} from '../../source/dataset/schema.js';
import {inLanguage} from '../../source/i18n/translate.js';
import {withJournalDelegations} from '../../source/journal/journal-delegations.js';
// The delegation payload's check (zod's), installed by the payloads' module, as reading a delegation entry does.
import '../../source/journal/entry-kinds/payloads.js';
import {cacheFixtures} from './cache-fixtures.js';
import {parts} from './index-parts.js';

/*
The index builds its lookup keys, reverse links, documents' agenda items and
search text on first use (build-index.ts). Lazy must equal eager: every map of
an index whose parts were asked for late, one at a time, in another order and
while another language speaks, holds what an index built all at once holds, in
the same order, naming the very same entity objects.
*/

const {files} = cacheFixtures('council-lazy-index-test-');

async function loaded(file: string): Promise<Dataset> {
	const result = await loadDataset(file, {cache: false});
	if (!result.ok) {
		throw new Error(`${file} did not load`);
	}

	return result.dataset;
}

const datasets: Record<string, () => Promise<Dataset>> = {
	bundled: async () => loaded(files.bundled),
	'bundled, loaded with warnings': async () => loaded(files.warnings),
	'synthetic, 150 items': async () => loaded(files.synthetic),
	'synthetic, 1,200 items, 6 paragraphs a document': async () => syntheticDataset({items: 1200, delegations: 120, positions: 4000, paragraphs: 6, seed: 7}),
	'synthetic, with a delegation the journal added': async () => withJournalDelegations(syntheticDataset({items: 300, delegations: 30, positions: 600}), [
		{kind: 'delegation', payload: {id: 'holy-see', name: 'Holy See', kind: 'observer'}},
	]),
};

describe('a lazily built index equals an eagerly built one', () => {
	for (const [name, make] of Object.entries(datasets)) {
		it(`every map of ${name}`, async () => {
			const dataset = await make();
			const eager = buildIndex(dataset, {eager: true});
			const lazy = buildIndex(dataset);
			// The first frame's reads first, then the lazy parts, last built first, under another language.
			expect(lazy.entities.size).toBe(eager.entities.size);
			const late = inLanguage('fr', () => ({
				itemSearchText: lazy.itemSearchText,
				citedBy: lazy.citedBy,
				keys: lazy.keys,
			}));
			expect(late.keys.size).toBeGreaterThan(0);
			expect(parts(lazy)).toEqual(parts(eager));
			// Built once: asked again, the same objects.
			expect(lazy.keys).toBe(late.keys);
			expect(lazy.citedBy).toBe(late.citedBy);
			expect(lazy.itemSearchText).toBe(late.itemSearchText);
			expect(lazy.itemsByDocument).toBe(lazy.itemsByDocument);
			// A citation names the index's own entity, as an eager one does.
			for (const [, citations] of lazy.citedBy) {
				for (const citation of citations) {
					expect(citation.from).toBe(lazy.entities.get(citation.from.value.id));
				}
			}
		});
	}

	it('equals an eager one when built a slice at a time while idle, a part asked for midway', async () => {
		const dataset = syntheticDataset({items: 1500, delegations: 80, positions: 3000, seed: 3});
		const eager = buildIndex(dataset, {eager: true});
		const lazy = buildIndex(dataset);
		const warm = indexWarmer(lazy)!;
		// Deadlines already past: one slice (up to the next yield) per call.
		let slices = 0;
		while (!warm(0)) {
			slices++;
			if (slices === 5) {
				// A key press midway: the lookup keys wanted now, built to the end at once.
				expect(lazy.keys.size).toBe(eager.keys.size);
			}
		}

		expect(slices).toBeGreaterThan(10);
		expect(warm(0)).toBe(true);
		expect(parts(lazy)).toEqual(parts(eager));
		// A warmer for a fully built index has nothing left to do; an index buildIndex did not make has none.
		expect(indexWarmer(eager)!(0)).toBe(true);
		expect(indexWarmer({...eager})).toBeUndefined();
	});

	it('answers every lookup the same, the first lookup building the keys', async () => {
		const dataset = await loaded(files.synthetic);
		const eager = buildIndex(dataset, {eager: true});
		const queries = [...eager.keys.keys(), ...eager.entities.keys(), 'Res 99999', 'PL 1.01', 'nothing at all'];
		const lazy = buildIndex(dataset);
		expect(queries.map(query => lookup(lazy, query))).toEqual(queries.map(query => lookup(eager, query)));
	});
});
