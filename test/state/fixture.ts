import {buildIndex, type DatasetIndex} from '../../source/dataset/build-index.js';
import {dataset as datasetSchema, type DatasetInput} from '../../source/dataset/schema.js';
import {sanitizeDeep} from '../../source/text/sanitize.js';

/*
A small session built by a factory: enough items to scroll, a resolution cited
from two documents, proposals with positions, delegations with Chinese and
Arabic names. Parsed by the real schema and sanitized as the loader does.
*/

export type FixtureOptions = {
	readonly items?: number;
	/** Changes the raw input before parsing (e.g. to plant escape sequences). */
	readonly edit?: (input: DatasetInput) => void;
};

export function fixtureInput(items = 12): DatasetInput {
	const agendaItems: NonNullable<DatasetInput['agendaItems']> = [];
	const documents: NonNullable<DatasetInput['documents']> = [];
	const statuses = ['pending', 'under-consideration', 'decided', 'deferred'] as const;
	const kinds = ['approve', 'take-note', 'consider', 'adopt'] as const;
	for (let number = 1; number <= items; number++) {
		const code = `PL 1.${String(number).padStart(2, '0')}`;
		agendaItems.push({
			id: `item-${number}`,
			number: code,
			title: number === 3 ? 'Budget of the Union for 2026-2027' : `Report on topic ${number}`,
			documents: [`doc-${number}`],
			action: {kind: kinds[number % kinds.length]!, wording: `The Council is invited to ${kinds[number % kinds.length]!.replace('-', ' ')} the report ${number}.`},
			status: statuses[number % statuses.length]!,
			...(number === 5 ? {illustrative: true} : {}),
		});
		documents.push({
			id: `doc-${number}`,
			symbol: `C26/${number + 10}`,
			submittedBy: {wording: 'Report by the Secretary-General'},
			purpose: `Purpose of document ${number}.`,
			actionRequired: [{kind: 'approve', wording: `The Council is invited to approve document ${number}.`}],
			references: number % 2 === 0 ? [{wording: 'Resolution 71 (Rev. Bucharest, 2022)', targets: ['res-71']}] : [],
			sections: [{number: '1', heading: 'Background', paragraphs: [{text: `Background of ${number}, line one.`}, {text: 'Cites the strategic plan.', cites: ['res-71']}]}],
			footnotes: [{number: 1, text: 'A footnote.'}],
		});
	}

	return {
		formatVersion: 1,
		session: {id: 'session', body: 'ITU Council', title: 'Council 2026'},
		agendaItems,
		documents,
		resolutions: [{id: 'res-71', number: 71, body: 'plenipotentiary', revision: 'Rev. Bucharest, 2022', title: 'Strategic plan for the Union', excerpts: []}],
		reports: [{id: 'pp-22-157', symbol: 'PP-22/157', title: 'Report of the Committee'}],
		proposals: [
			{id: 'prop-2-1', document: 'doc-2', number: '1)', text: 'Adopt the plan.'},
			{id: 'prop-2-2', document: 'doc-2', number: '2)', text: 'Instruct the Secretary-General.', cites: ['pp-22-157']},
		],
		delegations: [
			{id: 'cn', kind: 'member-state', name: '中国', names: {en: 'China', zh: '中国'}},
			{id: 'eg', kind: 'member-state', name: 'مصر', names: {en: 'Egypt', ar: 'مصر'}},
			{id: 'fr', kind: 'member-state', name: 'France'},
			{id: 'br', kind: 'member-state', name: 'Brazil', illustrative: true},
		],
		positions: [
			{id: 'p1', delegation: 'cn', on: 'item-2', stance: 'supports', note: '支持'},
			{id: 'p2', delegation: 'eg', on: 'item-2', stance: 'reservation', note: 'تحفظ'},
			{id: 'p3', delegation: 'fr', on: 'item-2', stance: 'supports', note: 'Supports'},
			{id: 'p4', delegation: 'br', on: 'item-2', stance: 'supports'},
			{id: 'p5', delegation: 'fr', on: 'prop-2-2', stance: 'opposes', note: 'Too early'},
		],
	};
}

export function fixtureIndex(options: FixtureOptions = {}): DatasetIndex {
	const input = fixtureInput(options.items);
	options.edit?.(input);
	return buildIndex(datasetSchema.parse(sanitizeDeep(input)));
}
