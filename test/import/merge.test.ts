import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {checkReferences} from '../../source/dataset/references.js';
import {dataset as datasetSchema, type Dataset} from '../../source/dataset/schema.js';
import {importText} from '../../source/import/import-text.js';
import {emptyDataset, mergeEntries} from '../../source/import/merge.js';
import {bundledDataset} from '../helpers/bundled.js';

function expectValid(dataset: Dataset): void {
	expect(datasetSchema.safeParse(dataset).error?.issues ?? []).toEqual([]);
	expect(checkReferences(dataset).filter(problem => problem.severity === 'error')).toEqual([]);
}

const seed = readFileSync('/work/shared/seeds/000_9f34eb15caf9eba2.txt', 'utf8');
const budget = readFileSync('test/fixtures/import-sg-approve.txt', 'utf8');
const revision = readFileSync('test/fixtures/import-revision.txt', 'utf8');

describe('merging into a dataset', () => {
	it('detects a re-import of the same document and changes nothing', () => {
		const base = bundledDataset();
		const {dataset, changes, warnings} = mergeEntries(base, importText(seed).entries);
		expect(dataset).toEqual(bundledDataset());
		expect(changes).toEqual([{action: 'skip', kind: 'document', id: 'doc-cn-one-itu', note: 'already in the dataset'}]);
		expect(warnings[0]?.message).toMatch(/already in the dataset as "doc-cn-one-itu"/);
	});

	it('reuses an existing resolution (adding the new excerpt) instead of duplicating it', () => {
		const base = bundledDataset();
		const {dataset, changes} = mergeEntries(base, importText(budget).entries);
		expectValid(dataset);
		const seventyOnes = dataset.resolutions.filter(resolution => resolution.number === 71 && resolution.body === 'plenipotentiary');
		expect(seventyOnes).toHaveLength(1);
		expect(seventyOnes[0]?.excerpts.map(excerpt => excerpt.document)).toEqual(['doc-cn-one-itu', 'doc-c23-45']);
		expect(changes).toContainEqual({action: 'reuse', kind: 'resolution', id: 'res-pp-71', note: '+1 excerpt'});
		expect(changes).toContainEqual({action: 'add', kind: 'resolution', id: 'res-c-1396'});
		// The old content is all still there.
		for (const collection of ['documents', 'resolutions', 'proposals', 'principles', 'delegations', 'positions', 'agendaItems'] as const) {
			expect(dataset[collection].length).toBeGreaterThanOrEqual(base[collection].length);
		}

		expect(dataset.documents[0]).toEqual(base.documents[0]);
	});

	it('gives new things free ids, and every reference follows a renamed id', () => {
		// Another China contribution without a symbol: its proposals would be prop-cn-1, already taken.
		const other = seed.replace('how to better implement the "One ITU" concept', 'the "Digital Bridge" initiative').replace('consider the proposals', 'approve the proposals');
		const {dataset} = mergeEntries(bundledDataset(), importText(other).entries);
		expectValid(dataset);
		const document = dataset.documents.find(candidate => candidate.id === 'doc-cn-digital-bridge');
		expect(document).toBeDefined();
		const proposals = dataset.proposals.filter(proposal => proposal.document === 'doc-cn-digital-bridge');
		expect(proposals.map(proposal => proposal.id)).toEqual(['prop-cn-1-2', 'prop-cn-2-2']);
		expect(dataset.principles.filter(principle => principle.proposal === 'prop-cn-1-2')).toHaveLength(3);
		expect(dataset.delegations.filter(delegation => delegation.id === 'cn')).toHaveLength(1);
		expect(dataset.resolutions).toHaveLength(bundledDataset().resolutions.length);
	});

	it('swaps a placeholder for the real document when it is imported later, keeping references', () => {
		const first = mergeEntries(emptyDataset(), importText(revision).entries).dataset;
		expect(first.documents.find(document => document.id === 'doc-c23-12-add-1')?.illustrative).toBe(true);
		const real = 'Addendum 1 to Document C23/12-E\nNote by the Secretary-General\nWORKING METHODS\nPurpose\nThis addendum updates the working methods.\nAction required by the Council\nThe Council is invited to take note of this addendum.\n';
		const {dataset, changes} = mergeEntries(first, importText(real).entries);
		expectValid(dataset);
		const swapped = dataset.documents.filter(document => document.symbol === 'C23/12');
		expect(swapped).toHaveLength(1);
		expect(swapped[0]).toMatchObject({id: 'doc-c23-12-add-1', version: 'Add.1', title: 'Working methods', titleAsWritten: 'WORKING METHODS'});
		expect(swapped[0]?.illustrative).toBeUndefined();
		expect(changes).toContainEqual({action: 'add', kind: 'document', id: 'doc-c23-12-add-1', note: 'replaces its placeholder'});
	});

	it('builds a valid dataset from several documents in a row', () => {
		let dataset = emptyDataset();
		for (const text of [seed, budget, revision]) {
			dataset = mergeEntries(dataset, importText(text).entries).dataset;
		}

		expectValid(dataset);
		expect(dataset.documents.filter(document => document.illustrative !== true).map(document => document.id)).toEqual(['doc-cn-one-itu', 'doc-c23-45', 'doc-c23-34-rev-1']);
		expect(dataset.agendaItems.map(item => [item.number, item.documents, item.illustrative])).toEqual([['1', ['doc-cn-one-itu'], true], ['ADM 5', ['doc-c23-45'], true], ['3', ['doc-c23-34-rev-1'], true]]);
		expect(dataset.positions).toEqual([]);
	});

	it('puts a document on the agenda item its header names, when the dataset has it', () => {
		const base = bundledDataset();
		base.agendaItems.push({id: 'item-adm-5', number: 'ADM  5', title: 'Budget', documents: [], action: {kind: 'approve', wording: 'approve'}, status: 'pending'});
		const {dataset, changes} = mergeEntries(base, importText(budget).entries);
		expectValid(dataset);
		expect(dataset.agendaItems.map(item => item.id)).toEqual(['item-one-itu', 'item-adm-5']);
		expect(dataset.agendaItems[1]?.documents).toEqual(['doc-c23-45']);
		expect(changes).toContainEqual({action: 'reuse', kind: 'agenda item', id: 'item-adm-5', note: 'takes up doc-c23-45'});
	});
});
