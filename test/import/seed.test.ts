import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {importText} from '../../source/import/import-text.js';
import {emptyDataset, mergeEntries} from '../../source/import/merge.js';
import {checkReferences} from '../../source/dataset/references.js';
import {dataset as datasetSchema} from '../../source/dataset/schema.js';
import {bundledDataset} from '../helpers/bundled.js';

/*
THE key test: the seed contribution's text, imported, equals the bundled
dataset's reference transcription of it, field by field. The session, agenda
item, positions and delegation names in other languages are not in the text
and are left out of the comparison (the import marks the first two illustrative).
*/

const seedPath = '/work/shared/seeds/000_9f34eb15caf9eba2.txt';
const seed = readFileSync(seedPath, 'utf8');

describe('importing the seed', () => {
	const {entries, warnings} = importText(seed);
	const bundled = bundledDataset();

	it('gives the bundled document, field by field', () => {
		expect(entries.documents).toEqual(bundled.documents);
	});

	it.each(['resolutions', 'instruments', 'reports', 'proposals', 'principles'] as const)('gives the bundled %s', collection => {
		expect(entries[collection]).toEqual(bundled[collection]);
	});

	it('gives China\'s delegation, by the id and kind the bundled Member State has (its names come from the Member States list, not the text)', () => {
		expect(entries.delegations.map(({id, kind}) => ({id, kind}))).toEqual([{id: 'cn', kind: 'member-state'}]);
		expect(bundled.delegations.find(delegation => delegation.id === 'cn')).toMatchObject({kind: 'member-state', names: {en: entries.delegations[0]?.name}});
	});

	it('places everything: no warning', () => {
		expect(warnings).toEqual([]);
	});

	it('is deterministic', () => {
		expect(importText(seed)).toEqual(importText(seed));
	});

	it('makes a complete valid dataset with an illustrative session and agenda item and no invented positions', () => {
		const {dataset} = mergeEntries(emptyDataset(), entries);
		expect(datasetSchema.safeParse(dataset).success).toBe(true);
		expect(checkReferences(dataset).filter(problem => problem.severity === 'error')).toEqual([]);
		expect(dataset.session.illustrative).toBe(true);
		expect(dataset.agendaItems).toHaveLength(1);
		expect(dataset.agendaItems[0]).toMatchObject({documents: ['doc-cn-one-itu'], illustrative: true, action: bundled.documents[0]?.actionRequired[0]});
		expect(dataset.positions).toEqual([]);
	});

	it('reads the same from Windows line ends, a byte-order mark and curly quotes kept as written', () => {
		const again = importText(`\uFEFF${seed.replaceAll('\n', '\r\n')}`);
		expect(again.entries.documents).toEqual(bundled.documents);
		expect(JSON.stringify(again.entries)).toContain('“to intensify');
	});
});
