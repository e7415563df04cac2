import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {buildIndex} from '../../source/dataset/build-index.js';
import {lookup} from '../../source/dataset/lookup.js';
import {checkReferences} from '../../source/dataset/references.js';
import {dataset as datasetSchema, type Dataset} from '../../source/dataset/schema.js';
import {lookupText} from '../../source/format/lookup-text.js';
import {importText} from '../../source/import/import-text.js';
import {compareItemCodes, sameItemCode} from '../../source/import/item-codes.js';
import {emptyDataset, mergeEntries} from '../../source/import/merge.js';
import {draftDecision} from '../../source/journal/draft-decision.js';
import {bundledDataset} from '../helpers/bundled.js';

/*
Import fills the session (issue 10, item 4): the header's session frame, the
item number as written, the symbol without its suffix, items in natural order of
their codes, every action of a document on its item with a draft decision that
covers them all, and a Rev.1 that replaces the earlier version, kept.
*/

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

function valid(dataset: Dataset): Dataset {
	expect(datasetSchema.safeParse(dataset).success).toBe(true);
	expect(checkReferences(dataset).filter(problem => problem.severity === 'error')).toEqual([]);
	return dataset;
}

function importAll(files: readonly string[], base = emptyDataset()): Dataset {
	let dataset = base;
	for (const file of files) {
		dataset = valid(mergeEntries(dataset, importText(fixture(file)).entries).dataset);
	}

	return dataset;
}

describe('item codes', () => {
	it('compare as numbers, part by part', () => {
		expect(compareItemCodes('PL 1.2', 'PL 1.10')).toBeLessThan(0);
		expect(sameItemCode('PL 3.01', 'PL 3.1')).toBe(true);
		expect(sameItemCode('PL 2.04', 'pl 2.4')).toBe(true);
		expect(sameItemCode('PL 1.1', 'PL 1.10')).toBe(false);
		expect(compareItemCodes('ADM 12', 'PL 1.2')).toBeUndefined();
	});
});

describe('the session from the documents', () => {
	it('takes the session frame from the header when the dataset has none, and keeps one it has', () => {
		const dataset = importAll(['brazil-kenya.txt']);
		expect(dataset.session).toMatchObject({title: 'Council 2025', place: 'Geneva', start: '2025-06-17', end: '2025-06-27'});
		expect(dataset.session.illustrative).toBeUndefined();
		const kept = importAll(['sg-report-glued.txt'], dataset);
		expect(kept.session).toEqual(dataset.session);
		// The bundled session's frame is illustrative (the seed names none): a document's header replaces it.
		expect(importAll(['brazil-kenya.txt'], bundledDataset()).session).toMatchObject({title: 'Council 2025', place: 'Geneva'});
	});

	it('puts items in natural order of their codes, whatever order the files come in', () => {
		const texts = ['PL 1.10', 'PL 1.2', 'PL 3.01', 'PL 1.3'].map((code, index) => `Agenda item: ${code}\nDocument C25/${10 + index}-E\nReport by the Secretary-General\nReport ${index}\nSummary\nAbout ${code}.\nAction required\nThe Council is invited to note this report.\n`);
		let dataset = emptyDataset();
		for (const text of texts) {
			dataset = valid(mergeEntries(dataset, importText(text).entries).dataset);
		}

		expect(dataset.agendaItems.map(item => item.number)).toEqual(['PL 1.2', 'PL 1.3', 'PL 1.10', 'PL 3.01']);
		// "PL 3.1" is the same item as "PL 3.01": the document joins it.
		const joined = mergeEntries(dataset, importText('Agenda item: PL 3.1\nDocument C25/20-E\nReport by the Secretary-General\nMore\nSummary\nMore.\nAction required\nThe Council is invited to note this report.\n').entries).dataset;
		expect(joined.agendaItems.map(item => [item.number, item.documents])).toContainEqual(['PL 3.01', ['doc-c25-12', 'doc-c25-20']]);
	});

	it('gives the item every action, its wording as written, and a draft decision covering them all in correct English', () => {
		const dataset = importAll(['sg-report-glued.txt']);
		const [item] = dataset.agendaItems;
		expect(item).toMatchObject({
			number: 'ADM 12',
			documents: ['doc-c19-40'],
			action: {kind: 'approve', wording: 'The Council is invited to take note of this report and to approve the draft Decision in Annex A.'},
			actions: [
				{kind: 'take-note', wording: 'The Council is invited to take note of this report'},
				{kind: 'approve', wording: 'to approve the draft Decision in Annex A.'},
			],
		});
		expect(draftDecision(item!.action)).toBe('The Council took note of the report and approved the draft Decision in Annex A.');
	});

	it('drafts one decision for an action required in two sentences', () => {
		const dataset = importAll(['transmittal-contribution.txt']);
		const [item] = dataset.agendaItems;
		expect(item?.actions).toHaveLength(2);
		expect(draftDecision(item!.action)).toBe('The Council considered the proposals in the contribution and instructed the Secretary-General to report to the next session.');
		expect(draftDecision({kind: 'decide', wording: 'The Council is invited to consider this document and decide as appropriate.'})).toBe('The Council considered the document and decided.');
	});
});

describe('a Rev.1 of an imported document', () => {
	const before = importAll(['sg-report-glued.txt']);
	const {dataset, changes} = mergeEntries(before, importText(fixture('sg-report-rev1.txt')).entries);

	it('is imported as a new version, never skipped; the earlier one is kept and the change listed', () => {
		valid(dataset);
		expect(dataset.documents.filter(document => document.symbol === 'C19/40').map(document => [document.id, document.version, document.supersedes])).toEqual([
			['doc-c19-40', undefined, undefined],
			['doc-c19-40-rev-1', 'Rev.1', 'doc-c19-40'],
		]);
		expect(changes).toContainEqual({action: 'replace', kind: 'document', id: 'doc-c19-40-rev-1', note: 'new version of doc-c19-40 (kept): changed summary, references +1 -15, sections'});
	});

	it('takes the earlier version\'s place on its agenda item', () => {
		expect(dataset.agendaItems.map(item => [item.number, item.documents])).toEqual([['ADM 12', ['doc-c19-40-rev-1']]]);
	});

	it('a Rev.1 imported twice is a re-import', () => {
		const again = mergeEntries(dataset, importText(fixture('sg-report-rev1.txt')).entries);
		expect(again.changes).toEqual([{action: 'skip', kind: 'document', id: 'doc-c19-40-rev-1', note: 'already in the dataset'}]);
	});
});

describe('resolution editions and provisions in lookup', () => {
	it('keeps one Resolution 25 with its editions newest first, and which document cites which', () => {
		// The bundled session cites Resolution 25 (Rev. Bucharest, 2022); C19/40 the Busan edition.
		const dataset = importAll(['sg-report-glued.txt'], bundledDataset());
		const twentyFive = dataset.resolutions.filter(resolution => resolution.number === 25 && resolution.series !== 'decision');
		expect(twentyFive).toHaveLength(1);
		expect(twentyFive[0]).toMatchObject({
			id: 'res-pp-25',
			revision: 'Rev. Bucharest, 2022',
			editions: [
				{revision: 'Rev. Bucharest, 2022', year: 2022, documents: ['doc-cn-one-itu']},
				{revision: 'Rev. Busan, 2014', year: 2014, documents: ['doc-c19-40']},
			],
		});
		const index = buildIndex(dataset);
		const found = lookup(index, '25');
		expect(found.kind).toBe('found');
		const text = lookupText(index, found);
		expect(text).toContain('edition Rev. Bucharest, 2022: cited by');
		expect(text.indexOf('edition Rev. Bucharest, 2022')).toBeLessThan(text.indexOf('edition Rev. Busan, 2014: cited by C19/40'));
	});

	it('finds "CV 73" as a Convention provision, apart from Article 73', () => {
		const index = buildIndex(importAll(['sg-report-glued.txt']));
		expect(lookup(index, 'CV 73')).toMatchObject({kind: 'found', label: 'CV 73', entity: {value: {id: 'cv-73'}}});
		expect(lookup(index, 'cs 1')).toMatchObject({kind: 'found', label: 'CS 1'});
		const citations = lookup(index, 'CV 73');
		expect(citations.kind === 'found' ? citations.citations.map(citation => citation.where) : []).toEqual(['References', '§1 Background ¶1', 'through C19/40']);
	});
});
