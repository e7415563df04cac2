import {describe, expect, it} from 'vitest';
import {buildIndex} from '../../source/dataset/build-index.js';
import {lookup} from '../../source/dataset/lookup.js';
import {dataset as datasetSchema} from '../../source/dataset/schema.js';
import {lookupJson} from '../../source/format/lookup-json.js';
import {lookupText} from '../../source/format/lookup-text.js';
import {sessionSummary} from '../../source/format/session-summary.js';
import {syntheticDataset} from '../../bench/synthetic.js';
import {bundledDataset, bundledIndex} from '../helpers/bundled.js';

const index = bundledIndex();

describe('lookupText', () => {
	it('PP-22/157: the report and everything citing it, agenda items first', () => {
		expect(lookupText(index, lookup(index, 'PP-22/157'))).toBe([
			'PP-22/157',
			'  report · id pp-22-157',
			'  symbol: PP-22/157',
			'  title: Report by the Chairman of the Administration and Management Committee of the Plenipotentiary Conference 2022',
			'',
			'Cited by (4)',
			'  agenda item  Item 1: Implementation of the "One ITU" concept (illustrative)  ·  through Contribution (The Administration of the People\'s Republic of China)',
			'  document     Contribution (The Administration of the People\'s Republic of China)  ·  References',
			'  document     Contribution (The Administration of the People\'s Republic of China)  ·  §1 Background ¶6',
			'  proposal     China contribution proposal 2  ·  Proposal 2)',
			'',
		].join('\n'));
	});

	it('a proposal: its document, text, whom it asks, and its principles', () => {
		const text = lookupText(index, lookup(index, 'prop-cn-1'));
		expect(text).toMatch(/^China contribution proposal 1\n {2}proposal · id prop-cn-1\n {2}in: Contribution/);
		expect(text).toMatch(/\n {2}principle 1: Promote the unity and collaboration among Member States\.\n {2}principle 2: Serve the purposes of the Union\.\n {2}principle 3: /);
	});

	it('a delegation: names in the official languages, in the order ar, zh, en, fr, ru, es', () => {
		expect(lookupText(index, lookup(index, 'cn'))).toMatch(/\n {2}names: ar: الصين · zh: 中国 · en: China · fr: Chine · ru: Китай · es: China\n/);
	});

	it('not found: the query and the nearest names', () => {
		const text = lookupText(index, {kind: 'not-found', query: 'Res 9', suggestions: ['Resolution 191 (Rev. Bucharest, 2022)']});
		expect(text).toBe('no match for "Res 9"\nnearest:\n  Resolution 191 (Rev. Bucharest, 2022)\n');
	});

	it('ambiguous: every candidate with its id', () => {
		const data = syntheticDataset({items: 2, delegations: 1});
		data.agendaItems[1]!.number = data.agendaItems[0]!.number;
		const twin = buildIndex(datasetSchema.parse(data));
		expect(lookupText(twin, lookup(twin, 'PL 1.01'))).toBe([
			'"PL 1.01" names 2 things; look up one of them by id:',
			`  item-1  Item PL 1.01: ${data.agendaItems[0]!.title}  (agenda item)`,
			`  item-2  Item PL 1.01: ${data.agendaItems[1]!.title}  (agenda item)`,
			'',
		].join('\n'));
	});

	it('removes escape sequences that reach it, even from a dataset not loaded through the loader', () => {
		const data = bundledDataset();
		data.reports[0]!.title = 'Report\u001B]52;c;aGk=\u0007 title\u001B[2J';
		const unsafe = buildIndex(data);
		expect(lookupText(unsafe, lookup(unsafe, 'PP-22/157'))).toMatch(/\n {2}title: Report title\n/);
	});
});

describe('lookupJson', () => {
	it('always has every key, in a fixed order', () => {
		for (const query of ['Res 71', 'Res 9999']) {
			expect(Object.keys(lookupJson(lookup(index, query)))).toEqual(['version', 'query', 'result', 'entity', 'citedBy', 'candidates', 'suggestions']);
		}
	});

	it('found: the entity as in the dataset and who cites it', () => {
		const json = lookupJson(lookup(index, 'Art. 1'));
		expect(json.result).toBe('found');
		expect(json.entity?.data).toBe(index.entities.get('cs-art-1')?.value);
		expect(json.citedBy.map(citation => [citation.kind, citation.id, citation.where])).toEqual([
			['document', 'doc-cn-one-itu', 'References'],
			['document', 'doc-cn-one-itu', 'Footnote 1'],
			['agenda-item', 'item-one-itu', 'through Contribution (The Administration of the People\'s Republic of China)'],
			['principle', 'principle-cn-2', 'Principle 2'],
		]);
	});
});

describe('sessionSummary', () => {
	it('the bundled session, marked illustrative where it is', () => {
		expect(sessionSummary(bundledDataset(), index)).toBe([
			'ITU Council: Council session taking up the "One ITU" contribution (illustrative)',
			'Note: The seed contribution does not name the session, its dates, its place or its agenda item number; this session frame and the agenda item are illustrative. The document itself is transcribed from the seed.',
			'',
			'Agenda (1 item)',
			'',
			'1  Implementation of the "One ITU" concept (illustrative)',
			'    action: consider  ·  status: pending',
			'    asked: The Council is invited to consider the proposals, as appropriate.',
			'    document: Contribution (The Administration of the People\'s Republic of China)',
			'',
		].join('\n'));
	});

	it('dates, place, document symbols and titles, every item', () => {
		const data = datasetSchema.parse(syntheticDataset({items: 3, delegations: 1}));
		const summary = sessionSummary(data, buildIndex(data));
		expect(summary).toMatch(/^ITU Council: Synthetic session of 3 agenda items \(illustrative\)\n2099-06-01 to 2099-06-12, Geneva\n/);
		expect(summary).toMatch(/\nAgenda \(3 items\)\n/);
		expect(summary).toMatch(/\n {4}document: C99\/1\(Rev\.1\): .+ \(illustrative\)\n {6}from: The Administration of /);
		expect(summary.match(/^PL 1\.0\d {2}/gm)).toEqual(['PL 1.01  ', 'PL 1.02  ', 'PL 1.03  ']);
	});
});
