import {describe, expect, it} from 'vitest';
import {syntheticDataset} from '../../bench/synthetic.js';
import {buildIndex} from '../../source/dataset/build-index.js';
import {entityLabel} from '../../source/dataset/labels.js';
import {boundedEditDistance, editDistance, lookup, suggest} from '../../source/dataset/lookup.js';
import {normalize} from '../../source/dataset/lookup-keys.js';
import {maxQueryLength} from '../../source/io/limits.js';
import {bundledIndex} from '../helpers/bundled.js';

/*
Issue 8, item 9: suggestions whatever is typed. The speed is in the benchmark
(`npm run bench -- dataset`, the rows "lookup miss, hostile queries" and "first
lookup miss"); here, that the bounded search answers what the full scan would,
and that no query can make it throw.
*/

const suggestible = new Set(['agenda-item', 'document', 'instrument', 'resolution', 'report']);

/** The scan the suggestions did before: every name, a full edit distance each, a regular expression per number. */
function fullScan(index: ReturnType<typeof bundledIndex>, query: string, limit = 5): {labels: string[]; scores: Map<string, number>} {
	const q = normalize(query);
	const numbers = q.match(/\d+/g) ?? [];
	const scored: Array<{label: string; score: number}> = [];
	for (const entity of index.entities.values()) {
		if (!suggestible.has(entity.kind)) {
			continue;
		}

		const label = entityLabel(entity);
		const name = normalize(label);
		const sharesNumber = numbers.some(number => new RegExp(`(?<!\\d)${number}(?!\\d)`).test(name));
		const containsNumber = numbers.some(number => name.includes(number));
		const distance = editDistance(q, name.slice(0, q.length + 12));
		scored.push({label, score: distance - (sharesNumber ? 100 : containsNumber ? 50 : 0) - (name.includes(q) ? 30 : 0)});
	}

	scored.sort((a, b) => a.score - b.score || a.label.localeCompare(b.label));
	return {labels: scored.slice(0, limit).map(({label}) => label), scores: new Map(scored.map(({label, score}) => [label, score]))};
}

describe('8.9: lookup suggestions are bounded', () => {
	it('8.9: a 60,000-digit query is a plain miss, not an internal regular-expression error', () => {
		const index = bundledIndex();
		const result = lookup(index, '7'.repeat(60_000));
		expect(result.kind).toBe('not-found');
		expect(lookup(index, `Res ${'9'.repeat(60_000)}`).kind).toBe('not-found');
		expect(lookup(index, '('.repeat(5000)).kind).toBe('not-found');
	});

	it('8.9: a query longer than the limit is not looked up, and still gets suggestions', () => {
		const index = bundledIndex();
		const long = `Resolution 71 ${'x'.repeat(maxQueryLength)}`;
		const result = lookup(index, long);
		expect(result.kind).toBe('not-found');
		expect(result.kind === 'not-found' && result.suggestions[0]).toBe('Resolution 71 (Rev. Bucharest, 2022)');
	});

	it('8.9: on ordinary queries the bounded search answers exactly what the full scan does', () => {
		const index = buildIndex(syntheticDataset({items: 600, delegations: 20, positions: 50}));
		const queries = ['Res 17', 'Resolution 71 (Rev. Dubai, 2018)', 'PP-22/175', 'C99/9999', 'Item 1.7', 'strategic plan', 'Languages equal treatment', 'qwerty', 'a', 'C99/1O', 'budget of the Union'];
		for (const query of queries) {
			expect(suggest(index, query), query).toEqual(fullScan(index, query).labels);
		}
	});

	it('8.9: where hundreds of names tie (every C99/ document shares "99"), the names given score as well as the full scan\'s', () => {
		const index = buildIndex(syntheticDataset({items: 600, delegations: 20, positions: 50}));
		for (const query of ['Art. 99', '99', 'C99']) {
			const full = fullScan(index, query);
			const given = suggest(index, query);
			expect(given.map(label => full.scores.get(label)), query).toEqual(full.labels.map(label => full.scores.get(label)));
		}
	});

	it('8.9: the bounded edit distance is exact within its limit and gives up above it', () => {
		for (const [a, b] of [['kitten', 'sitting'], ['', 'abc'], ['flaw', 'lawn'], ['中国', '中华'], ['résolution', 'resolution']] as const) {
			const distance = editDistance(a, b);
			expect(boundedEditDistance(a, b, distance)).toBe(distance);
			expect(boundedEditDistance(a, b, distance + 5)).toBe(distance);
			if (distance > 0) {
				expect(boundedEditDistance(a, b, distance - 1)).toBe(distance);
			}
		}

		expect(boundedEditDistance('x'.repeat(64), 'y'.repeat(76), 3)).toBe(4);
	});
});
