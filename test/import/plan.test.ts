import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {checkReferences} from '../../source/dataset/references.js';
import {dataset as datasetSchema, type Dataset} from '../../source/dataset/schema.js';
import {importText} from '../../source/import/import-text.js';
import {inputText} from '../../source/import/input.js';
import {emptyDataset, mergeEntries} from '../../source/import/merge.js';
import {mergePlan, readPlan, type Plan} from '../../source/import/plan.js';
import {planDocx} from '../fixtures/import/docx.js';

/*
The time-management plan, as text and as a .docx table: it creates or updates
agenda items in its order, links documents by symbol, and leaves placeholders
marked "not imported yet" that a later import of the document fills.
*/

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

function valid(dataset: Dataset): Dataset {
	expect(datasetSchema.safeParse(dataset).success).toBe(true);
	expect(checkReferences(dataset).filter(problem => problem.severity === 'error')).toEqual([]);
	return dataset;
}

const expectedRows = [
	{code: 'PL 1.1', title: 'Opening of the session', documents: [{symbol: 'C19/1'}], meeting: 'PL-1', outcome: 'Approval'},
	{code: 'PL 1.10', title: 'Review of the Council Working Groups', documents: [{symbol: 'C19/77'}], meeting: 'PL-2', outcome: 'Consideration'},
	{code: 'PL 1.2', title: 'Report on the implementation of the strategic plan', documents: [{symbol: 'C19/35'}, {symbol: 'C19/35', version: 'Add.1'}], meeting: 'PL-1', outcome: 'Noting'},
	{code: 'ADM 12', title: 'Financial operating report for 2018', documents: [{symbol: 'C19/40'}], meeting: 'ADM-2', outcome: 'Approval'},
];

async function docxPlan(): Promise<Plan | undefined> {
	const input = await inputText(await planDocx(), 'plan.docx');
	return input.ok ? readPlan(input.text) : undefined;
}

describe('reading a time-management plan', () => {
	it('reads each row from the text export, by its header row', () => {
		expect(readPlan(fixture('plan.txt'))).toEqual({rows: expectedRows, warnings: []});
	});

	it('reads the same rows from a .docx table', async () => {
		expect(await docxPlan()).toEqual({rows: expectedRows, warnings: []});
	});

	it('reads tab-separated rows without a header row, and warns of a line that is no row', () => {
		const plan = readPlan('Time management plan\nPL 2.04\tBudget\tC19/50\tPL-3\tApproval\nsee the annex\nADM 1\tRules\tnone listed\n');
		expect(plan?.rows).toEqual([
			{code: 'PL 2.04', title: 'Budget', documents: [{symbol: 'C19/50'}], meeting: 'PL-3', outcome: 'Approval'},
			{code: 'ADM 1', title: 'Rules', documents: [], meeting: 'none listed'},
		]);
		expect(plan?.warnings).toEqual([{message: 'not a row of the plan (no item code first), left out: see the annex'}]);
	});

	it('is not fooled by a document', () => {
		expect(readPlan(fixture('sg-report-glued.txt'))).toBeUndefined();
		expect(readPlan(readFileSync('/work/shared/seeds/000_9f34eb15caf9eba2.txt', 'utf8'))).toBeUndefined();
	});
});

describe('merging a plan', () => {
	const plan = readPlan(fixture('plan.txt'))!;
	const {dataset, changes} = mergePlan(emptyDataset(), plan);

	it('creates the items in its order, with their planned meeting and outcome', () => {
		valid(dataset);
		expect(dataset.agendaItems.map(item => [item.id, item.number, item.title, item.planned, item.action])).toEqual([
			['item-pl-1-1', 'PL 1.1', 'Opening of the session', {meeting: 'PL-1', outcome: 'Approval'}, {kind: 'approve', wording: 'As the time-management plan expects: Approval'}],
			['item-pl-1-10', 'PL 1.10', 'Review of the Council Working Groups', {meeting: 'PL-2', outcome: 'Consideration'}, {kind: 'consider', wording: 'As the time-management plan expects: Consideration'}],
			['item-pl-1-2', 'PL 1.2', 'Report on the implementation of the strategic plan', {meeting: 'PL-1', outcome: 'Noting'}, {kind: 'take-note', wording: 'As the time-management plan expects: Noting'}],
			['item-adm-12', 'ADM 12', 'Financial operating report for 2018', {meeting: 'ADM-2', outcome: 'Approval'}, {kind: 'approve', wording: 'As the time-management plan expects: Approval'}],
		]);
		expect(dataset.agendaItems.every(item => item.illustrative === undefined)).toBe(true);
	});

	it('links documents by symbol, placeholders marked "not imported yet"', () => {
		expect(dataset.agendaItems.map(item => item.documents)).toEqual([['doc-c19-1'], ['doc-c19-77'], ['doc-c19-35', 'doc-c19-35-add-1'], ['doc-c19-40']]);
		expect(dataset.documents.find(document => document.id === 'doc-c19-35-add-1')).toEqual({
			id: 'doc-c19-35-add-1',
			symbol: 'C19/35',
			version: 'Add.1',
			submittedBy: {wording: 'Not known: not imported yet'},
			purpose: 'Document C19/35(Add.1), listed in the time-management plan: not imported yet',
			actionRequired: [{kind: 'other', wording: 'Not known: not imported yet'}],
			references: [],
			sections: [],
			footnotes: [],
			illustrative: true,
		});
		expect(changes).toContainEqual({action: 'add', kind: 'document', id: 'doc-c19-40', note: 'listed in the plan, not imported yet (placeholder)'});
	});

	it('a later import of a document fills its placeholder and gives the item the document\'s actions', () => {
		const after = valid(mergeEntries(dataset, importText(fixture('sg-report-glued.txt')).entries).dataset);
		const document = after.documents.find(other => other.id === 'doc-c19-40');
		expect(document).toMatchObject({symbol: 'C19/40', title: 'The Union\'s financial operating report for 2018'});
		expect(document?.illustrative).toBeUndefined();
		const item = after.agendaItems.find(other => other.number === 'ADM 12');
		expect(item).toMatchObject({documents: ['doc-c19-40'], title: 'Financial operating report for 2018', action: {kind: 'approve', wording: 'The Council is invited to take note of this report and to approve the draft Decision in Annex A.'}, planned: {meeting: 'ADM-2', outcome: 'Approval'}});
		expect(item?.actions).toHaveLength(2);
		expect(after.agendaItems.map(other => other.number)).toEqual(['PL 1.1', 'PL 1.10', 'PL 1.2', 'ADM 12']);
	});

	it('updates items imported before it: confirms their title, orders them, keeps their documents', () => {
		const imported = valid(mergeEntries(mergeEntries(emptyDataset(), importText(fixture('sg-report-glued.txt')).entries).dataset, importText(fixture('transmittal-contribution.txt')).entries).dataset);
		expect(imported.agendaItems.map(item => [item.number, item.illustrative])).toEqual([['ADM 12', true], ['PL 1.10', true]]);
		const planned = valid(mergePlan(imported, plan).dataset);
		expect(planned.agendaItems.map(item => [item.number, item.title, item.documents, item.illustrative])).toEqual([
			['PL 1.1', 'Opening of the session', ['doc-c19-1'], undefined],
			['PL 1.10', 'Review of the Council Working Groups', ['doc-c19-77'], undefined],
			['PL 1.2', 'Report on the implementation of the strategic plan', ['doc-c19-35', 'doc-c19-35-add-1'], undefined],
			['ADM 12', 'Financial operating report for 2018', ['doc-c19-40'], undefined],
		]);
		// Plan first or last, the same agenda.
		const planFirst = [fixture('sg-report-glued.txt'), fixture('transmittal-contribution.txt')].reduce((current, text) => mergeEntries(current, importText(text).entries).dataset, mergePlan(emptyDataset(), plan).dataset);
		expect(planned.agendaItems).toEqual(planFirst.agendaItems);
		// The documents were imported: no placeholder stands in for them.
		expect(planned.documents.filter(document => document.symbol === 'C19/40')).toHaveLength(1);
	});
});
