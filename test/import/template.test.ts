import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {importText} from '../../source/import/import-text.js';

/*
The importer on look-alikes of real Council documents (written for these tests,
not copied): each compared field by field with what a careful reader takes from
the page. The expected values are written out by hand.
*/

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

describe('a Secretary-General report with its header block glued by the export', () => {
	const {entries, warnings} = importText(fixture('sg-report-glued.txt'));
	const [document] = entries.documents;

	it('reads the header: session, place and dates, item, symbol without suffix, date, original language', () => {
		expect(entries.session).toEqual({title: 'Council 2019', place: 'Geneva', start: '2019-06-10', end: '2019-06-20'});
		expect(entries.agendaItem).toBe('ADM 12');
		expect(document).toMatchObject({
			id: 'doc-c19-40',
			symbol: 'C19/40',
			language: 'en',
			originalLanguage: 'en',
			date: '2019-03-04',
			agendaItem: 'ADM 12',
			submittedBy: {wording: 'Report by the Secretary-General'},
			title: 'The Union\'s financial operating report for 2018',
			titleAsWritten: 'THE UNION\'S FINANCIAL OPERATING REPORT FOR 2018',
		});
		expect(document?.version).toBeUndefined();
		expect(document?.submittedBy.delegations).toBeUndefined();
	});

	it('reads the Summary and each action with its kind', () => {
		expect(document?.purpose).toBe('This report presents the financial operating results of the Union for 2018, as the Financial Regulations require.');
		expect(document?.actionRequired).toEqual([
			{kind: 'take-note', wording: 'The Council is invited to take note of this report'},
			{kind: 'approve', wording: 'to approve the draft Decision in Annex A.'},
		]);
		expect(entries.actionWording).toBe('The Council is invited to take note of this report and to approve the draft Decision in Annex A.');
	});

	it('reads every reference form, each to its entity', () => {
		expect(document?.references).toEqual([
			{wording: 'Resolution 25 (Rev. Busan, 2014)', targets: ['res-pp-25']},
			{wording: 'Council Resolution 1372', targets: ['res-c-1372']},
			{wording: 'Documents C19/12', targets: ['doc-c19-12']},
			{wording: 'C19/104', targets: ['doc-c19-104']},
			{wording: 'CV 73 and 81', targets: ['cv-73', 'cv-81']},
			{wording: 'CS 1', targets: ['cs-1']},
			{wording: 'Article 28 of the Constitution', targets: ['cs-art-28']},
			{wording: 'Resolution 102 of the Plenipotentiary Conference (Rev. Marrakesh, 2002)', targets: ['res-pp-102']},
			{wording: 'Resolution 1396 (C19)', targets: ['res-c-1396']},
			{wording: 'Decision 482 (C01, last amended C20)', targets: ['dec-c-482']},
			{wording: 'Decision 535 (Modified 2005)', targets: ['dec-c-535']},
			{wording: 'Council Decision 13 (C-1985, last amended C19)', targets: ['dec-c-13']},
			{wording: 'Decision 5 (Rev. Bucharest, 2022)', targets: ['dec-pp-5']},
			{wording: 'R 1390', targets: ['res-c-1390']},
			{wording: 'D 601', targets: ['dec-c-601']},
			{wording: 'C19/DT/2(Rev.4)', targets: ['doc-c19-dt-2-rev-4']},
			{wording: 'C19/INF/3', targets: ['doc-c19-inf-3']},
		]);
		expect(entries.resolutions.map(resolution => [resolution.id, resolution.series ?? 'resolution', resolution.body, resolution.number, resolution.revision])).toEqual([
			['res-pp-25', 'resolution', 'plenipotentiary', 25, 'Rev. Busan, 2014'],
			['res-c-1372', 'resolution', 'council', 1372, undefined],
			['res-pp-102', 'resolution', 'plenipotentiary', 102, 'Rev. Marrakesh, 2002'],
			['res-c-1396', 'resolution', 'council', 1396, 'C19'],
			['dec-c-482', 'decision', 'council', 482, 'C01, last amended C20'],
			['dec-c-535', 'decision', 'council', 535, 'Modified 2005'],
			['dec-c-13', 'decision', 'council', 13, 'C-1985, last amended C19'],
			['dec-pp-5', 'decision', 'plenipotentiary', 5, 'Rev. Bucharest, 2022'],
			['res-c-1390', 'resolution', 'council', 1390, undefined],
			['dec-c-601', 'decision', 'council', 601, undefined],
		]);
		expect(entries.instruments).toEqual([
			{id: 'cv-73', instrument: 'Convention', article: '73', provisions: [], unit: 'provision'},
			{id: 'cv-81', instrument: 'Convention', article: '81', provisions: [], unit: 'provision'},
			{id: 'cs-1', instrument: 'Constitution', article: '1', provisions: [], unit: 'provision'},
			{id: 'cs-art-28', instrument: 'Constitution', article: '28', provisions: []},
		]);
		expect(entries.documents.slice(1).map(other => [other.id, other.symbol, other.version, other.illustrative])).toEqual([
			['doc-c19-12', 'C19/12', undefined, true],
			['doc-c19-104', 'C19/104', undefined, true],
			['doc-c19-dt-2-rev-4', 'C19/DT/2', 'Rev.4', true],
			['doc-c19-inf-3', 'C19/INF/3', undefined, true],
		]);
	});

	it('keeps texts that are not ITU instruments as external references, never as ITU resolutions', () => {
		expect(document?.externalReferences).toEqual([
			{wording: 'United Nations General Assembly Resolution 70/125', by: 'United Nations General Assembly'},
			{wording: 'paragraph 35 of the Tunis Agenda', by: 'World Summit on the Information Society'},
		]);
		expect(entries.resolutions.some(resolution => resolution.number === 70 || resolution.number === 125 || resolution.number === 35)).toBe(false);
	});

	it('repairs damaged numbering; a paragraph number is never a reference; a number in the body resolves to the entity the References named', () => {
		expect(document?.sections).toEqual([
			{number: '1', heading: 'Background', paragraphs: [
				{text: '1.1. Council 2015 decided that the financial operating report would be submitted each year, in accordance with Decision 601 and CV 73.', cites: ['dec-c-601', 'cv-73']},
				{text: '1.2 The accounts were audited under Resolution 102 and in line with United Nations General Assembly Resolution 70/125.', cites: ['res-pp-102']},
			]},
			{number: '2', heading: 'Results', paragraphs: [
				{text: '2.1 The operating result for 2018 shows a surplus of 1.2 million Swiss francs.'},
				{text: '2.2 The second part of the report covers the reserve account.'},
			]},
		]);
	});

	it('says what it repaired, and nothing else', () => {
		expect(warnings).toEqual([{message: 'a lost space restored: "Resolution" before its number'}]);
	});
});

describe('a note of the Secretary-General transmitting a multi-country contribution', () => {
	const {entries, warnings} = importText(fixture('transmittal-contribution.txt'));
	const [document] = entries.documents;

	it('keeps the cover apart: the contribution\'s source, title and Summary are its own', () => {
		expect(document).toMatchObject({
			id: 'doc-c19-77',
			symbol: 'C19/77',
			originalLanguage: 'ru',
			date: '2019-05-12',
			agendaItem: 'PL 1.10',
			title: 'Proposals for the review of Council working groups',
			titleAsWritten: 'PROPOSALS FOR THE REVIEW OF COUNCIL WORKING GROUPS',
			purpose: 'The contributing Member States propose a review of the mandates of the Council Working Groups.',
			transmittal: 'I have the honour to transmit to the Member States of the Council a contribution submitted by the Russian Federation, the Republic of Armenia, the Kyrgyz Republic and the Republic of Kazakhstan.\nHoulin ZHAO\nSecretary-General',
		});
	});

	it('matches every submitter to its Member State', () => {
		expect(document?.submittedBy).toEqual({
			wording: 'Contribution from the Russian Federation, the Republic of Armenia, the Kyrgyz Republic and the Republic of Kazakhstan',
			delegations: ['ru', 'am', 'kg', 'kz'],
		});
		expect(entries.delegations.map(delegation => delegation.name)).toEqual(['Russian Federation', 'Armenia', 'Kyrgyzstan', 'Kazakhstan']);
		expect(warnings).toEqual([]);
	});

	it('reads an action required in two sentences as two actions', () => {
		expect(document?.actionRequired).toEqual([
			{kind: 'consider', wording: 'The Council is requested to consider the proposals in this contribution.'},
			{kind: 'other', wording: 'The Council is also requested to instruct the Secretary-General to report to the next session.'},
		]);
		expect(entries.proposals.map(proposal => [proposal.number, proposal.asks])).toEqual([['1)', {of: 'Council', what: 'review the mandates of its Working Groups every four years'}]]);
		expect(document?.references).toEqual([
			{wording: 'Resolution 1333 (Mod. C16)', targets: ['res-c-1333']},
			{wording: 'Document C19/12', targets: ['doc-c19-12']},
		]);
	});
});

describe('a contribution whose source line is a bare list of Member States, with no Summary heading', () => {
	const {entries, warnings} = importText(fixture('brazil-kenya.txt'));
	const [document] = entries.documents;

	it('reads "Brazil (Federative Republic of), Republic of Kenya" as two Member States', () => {
		expect(document?.submittedBy).toEqual({wording: 'Brazil (Federative Republic of), Republic of Kenya', delegations: ['br', 'ke']});
		expect(warnings).toEqual([]);
	});

	it('takes the paragraph after the title as the summary', () => {
		expect(document).toMatchObject({
			title: 'Proposal on connectivity in rural areas',
			purpose: 'Member States propose that ITU strengthen its work on rural connectivity, building on Resolution 139 (Rev. Bucharest, 2022).',
			actionRequired: [
				{kind: 'take-note', wording: 'The Council is invited to take note of this contribution'},
				{kind: 'approve', wording: 'to endorse the proposal.'},
			],
		});
		expect(document?.titleAsWritten).toBeUndefined();
		expect(entries.session).toEqual({title: 'Council 2025', place: 'Geneva', start: '2025-06-17', end: '2025-06-27'});
	});
});

describe('export damage: warn and keep, never invent', () => {
	const {entries, warnings} = importText(fixture('damage.txt'));
	const [document] = entries.documents;
	const messages = warnings.map(warning => warning.message);

	it('splits header cells separated by " / " and " | "', () => {
		expect(entries.session).toEqual({title: 'Council 2019', place: 'Geneva', start: '2019-06-10', end: '2019-06-20'});
		expect(document).toMatchObject({symbol: 'C19/55', agendaItem: 'ADM 9', date: '2019-04-20', title: 'Report on the meetings of the Council'});
	});

	it('leaves out the repeated page header, reads U+2011 as a hyphen, keeps U+FFFD and "markingthe" as written', () => {
		expect(document?.sections[0]).toEqual({number: '1', heading: 'Costs', paragraphs: [
			{text: 'The Secretary-General applied Resolution 102 to every meeting.', cites: ['res-other-102']},
			{text: 'The cost per meeting fell by 4 % in Gen\uFFFDve.'},
			{text: 'Interpretation was provided in the six languages.'},
		]});
		expect(document?.purpose).toBe('This report reviews the cost of meetings in 2018, markingthe first year of the new rules.');
		expect(messages).toContain('a repeated page header (the symbol, page numbers) left out 4 times');
		expect(messages).toContain('non-breaking hyphens (U+2011) read as "-"');
		expect(messages).toContain('a character was lost in the export (U+FFFD), kept as it is: The cost per meeting fell by 4 % in Gen\uFFFDve.');
		expect(messages).toContain('"markingthe" may have lost a space; kept as written');
	});

	it('restores "Resolution102" and, the body not being stated, says so rather than guess it', () => {
		expect(document?.references).toEqual([
			{wording: 'Resolution 102', targets: ['res-other-102']},
			{wording: 'Decision 5 (Rev. Bucharest, 2022)', targets: ['dec-pp-5']},
		]);
		expect(messages).toContain('a lost space restored: "Resolution" before its number');
		expect(messages).toContain('Resolution 102: the adopting body is not stated; recorded as "other"');
	});

	it('keeps a host site\'s text around the document under Unclassified, with warnings', () => {
		expect(document?.sections.at(-1)).toEqual({heading: 'Unclassified', paragraphs: [
			{text: 'Skip to main content'},
			{text: 'ITU Home > Council > Documents'},
			{text: '© ITU 2019 All Rights Reserved'},
			{text: 'Privacy notice'},
		]});
		expect(messages).toContain('2 lines before the document\'s header (a web page\'s text?) kept under "Unclassified"');
		expect(messages).toContain('not placed in any section, kept under "Unclassified": Privacy notice');
	});
});

describe('header forms', () => {
	it('reads a revision from "Revision 1 to / Document ..." in one cell, the symbol above the header, and a small-caps-damaged title', () => {
		const {entries, warnings} = importText([
			'C20/55(Rev.1)-E',
			'Council 2020',
			'Geneva, 9-19 June 2020',
			'Agenda item: PL 2.04 / Revision 1 to / Document C20/55-E',
			'1 May 2020',
			'Original: French',
			'Contribution by France, Germany and Switzerland',
			'THE Union\'s financial operating REPORT',
			'Summary',
			'The contributors propose that the Council adopt the draft Resolution in the Annex.',
			'Action required',
			'The Council is invited to examine the draft Resolution and to take appropriate action.',
			'References',
			'C20/12-E',
			'1 Proposal',
			'The draft Resolution is annexed.',
			'C20/55(Rev.1)-E',
			'The Annex follows.',
		].join('\n'));
		const [document] = entries.documents;
		expect(document).toMatchObject({
			id: 'doc-c20-55-rev-1',
			symbol: 'C20/55',
			version: 'Rev.1',
			agendaItem: 'PL 2.04',
			date: '2020-05-01',
			originalLanguage: 'fr',
			submittedBy: {wording: 'Contribution by France, Germany and Switzerland', delegations: ['fr', 'de', 'ch']},
			title: 'The Union\'s financial operating report',
			titleAsWritten: 'THE Union\'s financial operating REPORT',
			actionRequired: [{kind: 'consider', wording: 'The Council is invited to examine the draft Resolution and to take appropriate action.'}],
			// Another document's symbol alone on a line is a reference, not a page header.
			references: [{wording: 'C20/12-E', targets: ['doc-c20-12']}],
		});
		expect(document?.sections).toEqual([{number: '1', heading: 'Proposal', paragraphs: [{text: 'The draft Resolution is annexed.'}, {text: 'The Annex follows.'}]}]);
		expect(warnings).toEqual([{message: 'a repeated page header (the symbol, page numbers) left out 1 time'}]);
	});

	it('reads "Addendum 1 to Document ..." and "Corrigendum 2 to Document ..."', () => {
		for (const [line, id, version] of [['Addendum 1 to Document C21/7-E', 'doc-c21-7-add-1', 'Add.1'], ['Corrigendum 2 to Document C21/7-E', 'doc-c21-7-corr-2', 'Corr.2']] as const) {
			const [document] = importText(`${line}\nNote by the Secretary-General\nA NOTE\nSummary\nA note.\nAction required\nThe Council is invited to note this document.\n`).entries.documents;
			expect(document).toMatchObject({id, symbol: 'C21/7', version, submittedBy: {wording: 'Note by the Secretary-General'}});
		}
	});
});

describe('a References section without its label', () => {
	it('reads a bare "Documents C19/12,C19/104." line after the action as references, not as an action', () => {
		const [document] = importText(fixture('no-references-label.txt')).entries.documents;
		expect(document?.actionRequired).toEqual([{kind: 'take-note', wording: 'The Council is invited to note the report.'}]);
		expect(document?.references).toEqual([
			{wording: 'Documents C19/12', targets: ['doc-c19-12']},
			{wording: 'C19/104', targets: ['doc-c19-104']},
		]);
		expect(document?.sections).toEqual([{number: '1', heading: 'Progress', paragraphs: [{text: 'The works started in 2019.'}]}]);
	});
});

describe('"Original:" and its language in two cells', () => {
	it('reads the language from the next cell', () => {
		const [document] = importText('Council 2019 / Geneva, 10-20 June 2019\nDocument C19/9-E\nOriginal: / Spanish\nReport by the Secretary-General\nA REPORT\nSummary\nA report.\nAction required\nThe Council is invited to note this report.\n').entries.documents;
		expect(document).toMatchObject({originalLanguage: 'es', title: 'A report'});
		expect(document?.sections).toEqual([]);
	});
});
