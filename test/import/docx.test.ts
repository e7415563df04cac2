import {describe, expect, it} from 'vitest';
import {importText} from '../../source/import/import-text.js';
import {inputText} from '../../source/import/input.js';
import {bundledDataset} from '../helpers/bundled.js';
import {seedDocx, tableDocx} from '../fixtures/import-docx.js';

async function importDocx(buffer: Buffer): Promise<ReturnType<typeof importText>> {
	const input = await inputText(buffer, 'contribution.docx');
	if (!input.ok) {
		throw new Error(input.message);
	}

	expect(input.format).toBe('docx');
	return importText(input.text);
}

describe('.docx contributions (built by the test with the docx package)', () => {
	it('the seed as a Word document, with a real footnote and bullets, imports as the bundled transcription', async () => {
		const {entries, warnings} = await importDocx(await seedDocx());
		const bundled = bundledDataset();
		expect(warnings).toEqual([]);
		expect(entries.documents).toEqual(bundled.documents);
		expect(entries.resolutions).toEqual(bundled.resolutions);
		expect(entries.instruments).toEqual(bundled.instruments);
		expect(entries.reports).toEqual(bundled.reports);
		expect(entries.proposals).toEqual(bundled.proposals);
		expect(entries.principles).toEqual(bundled.principles);
	});

	it('the same with the proposals numbered by Word (the numbers are not in the text)', async () => {
		const {entries, warnings} = await importDocx(await seedDocx(true));
		const bundled = bundledDataset();
		expect(warnings).toEqual([]);
		expect(entries.documents).toEqual(bundled.documents);
		expect(entries.proposals).toEqual(bundled.proposals);
		expect(entries.principles).toEqual(bundled.principles);
	});

	it('a report with a table keeps each row as a paragraph of its section, and the footnote', async () => {
		const {entries, warnings} = await importDocx(await tableDocx());
		expect(warnings).toEqual([]);
		const [document] = entries.documents;
		expect(document).toMatchObject({
			id: 'doc-c24-12',
			symbol: 'C24/12',
			submittedBy: {wording: 'Report by the Secretary-General'},
			title: 'Financial operating report for 2023', titleAsWritten: 'FINANCIAL OPERATING REPORT FOR 2023',
			actionRequired: [{kind: 'approve', wording: 'The Council is invited to approve the financial operating report for 2023.'}],
			references: [{wording: 'Council Resolution 1396 (C19)', targets: ['res-c-1396']}],
			footnotes: [{number: 1, text: 'Figures in millions of Swiss francs.'}],
		});
		expect(document?.submittedBy.delegations).toBeUndefined();
		expect(document?.sections).toEqual([{number: '1', heading: 'Results', paragraphs: [
			{text: 'The results are summarised below.'},
			{text: 'Item | 2022 | 2023'},
			{text: 'Income | 160.1 | 165.3'},
			{text: 'The surplus is explained in Annex A.', footnotes: [1]},
		]}]);
	});

	it('a zip that is not a Word document is refused with a reason', async () => {
		// A minimal empty zip archive: the end-of-central-directory record only, after a local header magic.
		const notWord = Buffer.concat([Buffer.from([0x50, 0x4B, 0x03, 0x04]), Buffer.alloc(26), Buffer.from([0x50, 0x4B, 0x05, 0x06]), Buffer.alloc(18)]);
		const input = await inputText(notWord, 'broken.docx');
		expect(input.ok).toBe(false);
		expect(input.ok ? '' : input.message).toMatch(/^not a readable \.docx document/);
	});
});
