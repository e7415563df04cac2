import {describe, expect, it} from 'vitest';
import {buildIndex} from '../../source/dataset/build-index.js';
import {lookup, queryKeys} from '../../source/dataset/lookup.js';
import {dataset as datasetSchema} from '../../source/dataset/schema.js';
import {bundledIndex, bundledInput} from '../helpers/bundled.js';

const index = bundledIndex();

function foundId(query: string): string {
	const result = lookup(index, query);
	if (result.kind !== 'found') {
		throw new Error(`${query}: ${result.kind}`);
	}

	return result.entity.value.id;
}

describe('lookup on the bundled One ITU dataset', () => {
	it.each([
		['71', 'res-pp-71'],
		['Res 71', 'res-pp-71'],
		['res. 71', 'res-pp-71'],
		['Resolution 71', 'res-pp-71'],
		['Resolution 71 (Rev. Bucharest, 2022)', 'res-pp-71'],
		['resolution 71 (rev bucharest 2022)', 'res-pp-71'],
		['Resolution 71 (Rev. Bucharest, 2022) of the Plenipotentiary Conference', 'res-pp-71'],
		['PP Resolution 191', 'res-pp-191'],
		['154', 'res-pp-154'],
		['PP-22/157', 'pp-22-157'],
		['pp-22/157', 'pp-22-157'],
		['Art. 1', 'cs-art-1'],
		['Article 1 of the Constitution', 'cs-art-1'],
		['CS Art. 1', 'cs-art-1'],
		['Item 1', 'item-one-itu'],
		['1', 'item-one-itu'],
		['prop-cn-2', 'prop-cn-2'],
	])('%s → %s', (query, id) => {
		expect(foundId(query)).toBe(id);
	});

	it('lists everything that cites Resolution 71: the document in two places and the agenda item through it', () => {
		const result = lookup(index, '71');
		expect(result.kind).toBe('found');
		if (result.kind !== 'found') {
			return;
		}

		expect(result.label).toBe('Resolution 71 (Rev. Bucharest, 2022)');
		expect(result.citations.map(citation => [citation.from.value.id, citation.where])).toEqual([
			['doc-cn-one-itu', 'References'],
			['doc-cn-one-itu', '§1 Background ¶2'],
			['item-one-itu', 'through Contribution (The Administration of the People\'s Republic of China)'],
		]);
		expect(result.citations.every(citation => citation.items.includes('item-one-itu'))).toBe(true);
	});

	it('finds proposal 2 and the background among what cites PP-22/157, and the principle citing Article 1', () => {
		const report = lookup(index, 'PP-22/157');
		expect(report.kind === 'found' && report.citations.map(citation => citation.from.value.id)).toEqual([
			'doc-cn-one-itu',
			'doc-cn-one-itu',
			'item-one-itu',
			'prop-cn-2',
		]);
		const article = lookup(index, 'Art. 1');
		expect(article.kind === 'found' && article.citations.map(citation => `${citation.from.value.id} ${citation.where}`)).toContain(
			'principle-cn-2 Principle 2',
		);
	});

	it('says not found and suggests the nearest names for an unknown reference', () => {
		const result = lookup(index, 'Resolution 71 (Rev. Dubai, 2018)');
		expect(result.kind).toBe('not-found');
		expect(result.kind === 'not-found' && result.suggestions[0]).toBe('Resolution 71 (Rev. Bucharest, 2022)');
		const typo = lookup(index, 'PP-22/175');
		expect(typo.kind === 'not-found' && typo.suggestions).toContain('PP-22/157');
	});

	it('reports an ambiguous number that names both a resolution and an agenda item', () => {
		const input = bundledInput();
		input.resolutions = [...(input.resolutions ?? []), {id: 'res-pp-1', number: 1, body: 'plenipotentiary', excerpts: []}];
		const result = lookup(buildIndex(datasetSchema.parse(input)), '1');
		expect(result.kind === 'ambiguous' && result.candidates.map(candidate => candidate.entity.value.id)).toEqual(['res-pp-1', 'item-one-itu']);
		// Naming the kind removes the doubt.
		expect(lookup(buildIndex(datasetSchema.parse(input)), 'Res 1').kind).toBe('found');
	});

	it('finds documents by symbol with or without version and language suffix, and items by code with or without track', () => {
		const input = bundledInput();
		const [document] = input.documents;
		const [item] = input.agendaItems;
		if (document === undefined || item === undefined) {
			throw new Error('bundled dataset changed');
		}

		document.symbol = 'C23/34';
		document.version = 'Rev.1';
		item.number = 'PL 1.07';
		const withSymbols = buildIndex(datasetSchema.parse(input));
		for (const query of ['C23/34', 'c23/34(rev.1)', 'Document C23/34-E', 'PL 1.07', 'pl1.07', '1.07', 'item PL 1.07']) {
			const result = lookup(withSymbols, query);
			expect([query, result.kind]).toEqual([query, 'found']);
		}
	});

	it('keeps Council decisions a series of their own', () => {
		const input = bundledInput();
		input.resolutions = [
			...(input.resolutions ?? []),
			{id: 'dec-c-482', series: 'decision', number: 482, body: 'council', revision: 'C01, last amended C20', excerpts: []},
			{id: 'res-c-482', number: 482, body: 'council', excerpts: []},
		];
		const withDecision = buildIndex(datasetSchema.parse(input));
		const decision = lookup(withDecision, 'Decision 482');
		expect(decision.kind === 'found' && [decision.entity.value.id, decision.label]).toEqual(['dec-c-482', 'Council Decision 482 (C01, last amended C20)']);
		expect(lookup(withDecision, 'Dec. 482 (C01, last amended C20)').kind).toBe('found');
		expect(lookup(withDecision, 'Resolution 482').kind === 'found').toBe(true);
		const bare = lookup(withDecision, '482');
		expect(bare.kind === 'ambiguous' && bare.candidates.map(candidate => candidate.entity.value.id)).toEqual(['res-c-482', 'dec-c-482']);
	});

	it('turns each query form into keys', () => {
		expect(queryKeys('Council Resolution 1396 (C19)')).toContain('res:1396:council:rev:c19');
		expect(queryKeys('Article 1 of the Convention')).toContain('art:1:cv');
	});
});
