import {describe, expect, it} from 'vitest';
import {parseActions} from '../../source/import/actions.js';
import {excerptsIn, titleAfter} from '../../source/import/excerpts.js';
import {normalizeText, splitFootnoteRefs} from '../../source/import/normalize.js';
import {parseReferences, versionOf} from '../../source/import/references.js';
import {segment} from '../../source/import/segment.js';
import {delegationsOf, submitterFromPurpose} from '../../source/import/submitter.js';

describe('normalize', () => {
	it('takes footnote bodies out, keeps the markers, drops bookmarks, separators and control characters', () => {
		const {lines, footnotes} = normalizeText('[bookmark: _Hlk1]2)\tText[footnoteRef:1] more.  [1:  \tBody with [nested] brackets.] \n__________\n\u001B[2JClean');
		expect(lines).toEqual(['2) Text[footnoteRef:1] more.', 'Clean']);
		expect(footnotes).toEqual([{number: 1, text: 'Body with [nested] brackets.'}]);
		expect(splitFootnoteRefs(lines[0] ?? '')).toEqual({text: '2) Text more.', footnotes: [1]});
	});
});

describe('references', () => {
	it('splits a list of resolutions sharing a revision and a body', () => {
		const refs = parseReferences('Resolutions 25, 71 and 154 and 191 (Rev. Bucharest, 2022) of the Plenipotentiary Conference');
		expect(refs.map(ref => ref.kind === 'resolution' && [ref.number, ref.body, ref.revision])).toEqual([
			[25, 'plenipotentiary', 'Rev. Bucharest, 2022'],
			[71, 'plenipotentiary', 'Rev. Bucharest, 2022'],
			[154, 'plenipotentiary', 'Rev. Bucharest, 2022'],
			[191, 'plenipotentiary', 'Rev. Bucharest, 2022'],
		]);
	});

	it('keeps a revision per number when each has its own', () => {
		const refs = parseReferences('Resolutions 1396 (C19) and 1405 (Mod. C22)');
		expect(refs.map(ref => ref.kind === 'resolution' && [ref.number, ref.body, ref.revision])).toEqual([[1396, 'council', 'C19'], [1405, 'council', 'Mod. C22']]);
	});

	it('reads decisions, Council resolutions, articles, reports and document symbols', () => {
		expect(parseReferences('Decision 482 (C01, last amended C20)')[0]).toMatchObject({kind: 'resolution', number: 482, body: 'council', isDecision: true});
		expect(parseReferences('Council Resolution 1372')[0]).toMatchObject({kind: 'resolution', number: 1372, body: 'council', isDecision: false});
		expect(parseReferences('Articles 1 and 4 of the Constitution').map(ref => ref.kind === 'instrument' && ref.article)).toEqual(['1', '4']);
		expect(parseReferences('Report by the Chairman of the Committee (PP-22/157)')[0]).toMatchObject({kind: 'report', symbol: 'PP-22/157', title: 'Report by the Chairman of the Committee'});
		expect(parseReferences('Document C23/34(Rev.1)-E')[0]).toMatchObject({kind: 'document', symbol: 'C23/34', version: 'Rev.1'});
		expect(parseReferences('Addendum 2 to Document C17/DT/5-E')[0]).toMatchObject({kind: 'document', symbol: 'C17/DT/5', version: 'Add.2'});
		expect(versionOf('(Add.1)(Rev.2)')).toBe('Add.1(Rev.2)');
	});
});

describe('actions', () => {
	it('gives one action per "to <verb>" clause, with its kind', () => {
		expect(parseActions(['The Council is invited to review and approve this document.'])).toEqual([{kind: 'approve', wording: 'The Council is invited to review and approve this document.'}]);
		expect(parseActions(['The Council is invited to approve the attached draft resolution and to take note of this report and advise as deemed appropriate.']).map(action => action.kind)).toEqual(['approve', 'take-note']);
		expect(parseActions(['The Council is invited to consider the proposals, as appropriate.'])[0]?.kind).toBe('consider');
		expect(parseActions(['The Council is invited to elect its Chair.'])[0]?.kind).toBe('elect');
		expect(parseActions(['For information.'])[0]?.kind).toBe('other');
	});
});

describe('excerpts and titles', () => {
	it('reads the "on ..." title and each quotation with its operative lead', () => {
		const rest = ', on the strategy for the coordination of efforts, states that, "in order to achieve" and instructs the Secretary-General "to continue".';
		const {title, length} = titleAfter(rest);
		expect(title).toBe('Strategy for the coordination of efforts');
		expect(excerptsIn(rest.slice(length))).toEqual([{lead: 'states', text: 'in order to achieve'}, {lead: 'instructs the Secretary-General', text: 'to continue'}]);
	});

	it('does not take a quoted term for an excerpt', () => {
		expect(excerptsIn(' refers to the "One ITU" concept.')).toEqual([]);
	});
});

describe('segments and submitters', () => {
	it('finds the template\'s blocks, proposals and their principles', () => {
		const segments = segment(['Purpose', 'P.', 'Action required by the Council', 'A.', 'References', 'R', '1 Background', 'B.', '2 Proposals', 'Intro:', '1) First:', '• One. Text.', '2) Second.']);
		expect(segments.purpose).toEqual(['P.']);
		expect(segments.action).toEqual(['A.']);
		expect(segments.references).toEqual(['R']);
		expect(segments.sections.map(section => [section.number, section.heading, section.paragraphs])).toEqual([['1', 'Background', ['B.']], ['2', 'Proposals', ['Intro:']]]);
		expect(segments.sections[1]?.proposals).toEqual([{number: '1)', text: 'First:', bullets: ['One. Text.']}, {number: '2)', text: 'Second.', bullets: []}]);
	});

	it('tells Member States from the Secretary-General', () => {
		expect(submitterFromPurpose('The Administration of the People\'s Republic of China invites the Council to consider')).toBe('The Administration of the People\'s Republic of China');
		expect(submitterFromPurpose('This document presents the budget.')).toBe('Secretary-General');
		expect(delegationsOf('Administrations of the United Kingdom of Great Britain and Northern Ireland, Brazil and Ruritania').delegations.map(delegation => delegation.id)).toEqual(['gb', 'br', 'ruritania']);
		expect(delegationsOf('Note by the Secretary-General').delegations).toEqual([]);
	});
});

describe('what cannot be placed is kept and reported', () => {
	it('keeps an unrecognised reference and stray header text in "Unclassified", with warnings', async () => {
		const {importText} = await import('../../source/import/import-text.js');
		const {entries, warnings} = importText([
			'INTERNAL NOTE',
			'The Administration of Ruritania',
			'RURITANIAN PROPOSALS',
			'Summary',
			'The Administration of Ruritania proposes a study.',
			'Action required by the Council',
			'The Council is invited to review and approve the study.',
			'References',
			'- The ITU website;',
			'- Resolution 2 (Rev. Dubai, 2018)',
			'- Resolution 99',
		].join('\n'));
		const [document] = entries.documents;
		expect(document).toMatchObject({title: 'Ruritanian proposals', titleAsWritten: 'RURITANIAN PROPOSALS'});
		expect(document?.actionRequired).toEqual([{kind: 'approve', wording: 'The Council is invited to review and approve the study.'}]);
		expect(document?.references).toEqual([
			{wording: 'Resolution 2 (Rev. Dubai, 2018)', targets: ['res-pp-2']},
			{wording: 'Resolution 99', targets: ['res-other-99']},
		]);
		expect(document?.sections).toEqual([{heading: 'Unclassified', paragraphs: [{text: 'INTERNAL NOTE'}, {text: 'The ITU website'}]}]);
		expect(entries.delegations).toEqual([{id: 'ruritania', kind: 'member-state', name: 'Ruritania'}]);
		expect(warnings.map(warning => warning.message)).toEqual([
			'"Ruritania" is not in the table of Member States: delegation "ruritania" created with that name',
			'reference not recognised, kept unclassified: The ITU website',
			'Resolution 99: the adopting body is not stated; recorded as "other"',
			'not placed in any section, kept under "Unclassified": INTERNAL NOTE',
			'not placed in any section, kept under "Unclassified": The ITU website',
		]);
	});
});

describe('other real-world layouts', () => {
	it('reads a heading with its text on the same line, unnumbered headings and an action list under a lead-in', () => {
		const segments = segment(['Purpose: To report.', 'Action required by the Council:', 'The Council is invited:', '- to approve the plan;', '- to take note of the report.', 'References: Resolution 71 (Rev. Bucharest, 2022)', 'Background', 'Text.']);
		expect(segments.purpose).toEqual(['To report.']);
		expect(segments.references).toEqual(['Resolution 71 (Rev. Bucharest, 2022)']);
		expect(segments.sections).toEqual([{heading: 'Background', paragraphs: ['Text.'], proposals: []}]);
		expect(parseActions(segments.action)).toEqual([
			{kind: 'approve', wording: 'The Council is invited: to approve the plan;'},
			{kind: 'take-note', wording: 'The Council is invited: to take note of the report.'},
		]);
	});
});

describe('the header', () => {
	it('joins a title over several lines and reads symbol, version, source and agenda item', async () => {
		const {importText} = await import('../../source/import/import-text.js');
		const {entries, warnings} = importText('Council 2024\nGeneva, 4-14 June 2024\nAgenda item: PL 2.3\nAddendum 2 to Document C24/7-E\n15 May 2024\nOriginal: English\nReport by the Secretary-General\nREPORT ON THE IMPLEMENTATION\nOF THE STRATEGIC PLAN\nPurpose\nThis report updates the Council.\nAction required by the Council\nThe Council is invited to take note of this report.\n');
		expect(warnings).toEqual([]);
		expect(entries.agendaItem).toBe('PL 2.3');
		expect(entries.documents[0]).toMatchObject({id: 'doc-c24-7-add-2', symbol: 'C24/7', version: 'Add.2', title: 'Report on the implementation of the strategic plan', titleAsWritten: 'REPORT ON THE IMPLEMENTATION OF THE STRATEGIC PLAN', submittedBy: {wording: 'Report by the Secretary-General'}});
	});
});

describe('a document naming itself', () => {
	it('cites itself rather than creating a placeholder of its own symbol', async () => {
		const {importText} = await import('../../source/import/import-text.js');
		const {entries} = importText('Document C24/9-E\nNote by the Secretary-General\nPurpose\nDocument C24/9 sets out the plan.\nAction required by the Council\nThe Council is invited to approve Document C24/9.\n1 Plan\nThis Document C24/9 replaces Document C23/9(Rev.1).\n');
		expect(entries.documents.map(document => document.id)).toEqual(['doc-c24-9', 'doc-c23-9-rev-1']);
		expect(entries.documents[0]?.sections[0]?.paragraphs[0]?.cites).toEqual(['doc-c24-9', 'doc-c23-9-rev-1']);
		const {emptyDataset, mergeEntries} = await import('../../source/import/merge.js');
		const {checkReferences} = await import('../../source/dataset/references.js');
		const {dataset} = mergeEntries(emptyDataset(), entries);
		expect(checkReferences(dataset).filter(problem => problem.severity === 'error')).toEqual([]);
	});
});
