import {AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType} from 'docx';
import {appendixHeader, appendixRows, appendixTitle, closingNotes, draftNotice, headingLines, itemHeading, paragraphText, speakingTimeLines, speakingTimeTitle, subjectRows, subjectsHeader} from './record-parts.js';
import {recordWords, type RecordWords} from './record-words.js';
import type {RecordParagraph, SummaryRecord} from './summary-record.js';

/*
`council export --format docx`: the summary record as the secretariat's own
format, a Word document it edits before circulation. Everything is a real Word
construct, not look-alike formatting: the title is Heading 1 and each item
Heading 2, the paragraphs are numbered by one multi-level numbering definition
(the item's heading is level 1, "2", its paragraphs level 2, "2.3", a
paragraph's list level 3), so
inserting a paragraph in Word renumbers the rest; the subjects and the audit
appendix are real tables with a repeated header row.
*/

const numbering = 'summary-record';

function cell(text: string, isHeader = false): TableCell {
	const lines = text.split('\n');
	return new TableCell({children: lines.map(line => new Paragraph({children: [new TextRun({text: line, bold: isHeader})]}))});
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>, widths: readonly number[]): Table {
	return new Table({
		width: {size: 100, type: WidthType.PERCENTAGE},
		columnWidths: [...widths],
		rows: [
			new TableRow({tableHeader: true, children: header.map(title => cell(title, true))}),
			...rows.map(row => new TableRow({children: row.map(text => cell(text))})),
		],
	});
}

function paragraphBlocks(paragraph: RecordParagraph): Paragraph[] {
	const {lead, text, list} = paragraphText(paragraph);
	const runs: TextRun[] = [];
	for (const [index, line] of lead.entries()) {
		runs.push(new TextRun({text: line, bold: true, ...(index > 0 ? {break: 1} : {})}));
	}

	if (text !== '') {
		runs.push(new TextRun({text: runs.length > 0 ? ` ${text}` : text}));
	}

	return [
		new Paragraph({numbering: {reference: numbering, level: 1}, children: runs}),
		...list.map(entry => new Paragraph({numbering: {reference: numbering, level: 2}, children: [new TextRun(entry)]})),
	];
}

/** The Word document of a summary record, in the words given (the session's language). */
export function recordDocument(record: SummaryRecord, words: RecordWords = recordWords()): Document {
	const children: Array<Paragraph | Table> = [
		new Paragraph({children: [new TextRun({text: draftNotice(words), bold: true})]}),
		new Paragraph({heading: HeadingLevel.HEADING_1, children: [new TextRun(record.title)]}),
		...headingLines(record, words).map(line => new Paragraph({children: [new TextRun(line)]})),
	];
	const rows = subjectRows(record);
	if (rows.length > 0) {
		children.push(table(subjectsHeader(words), rows.map(([order, subject, documents]) => [order, subject, documents.join('\n')]), [600, 5000, 3400]));
	}

	for (const item of record.items) {
		children.push(new Paragraph({heading: HeadingLevel.HEADING_2, numbering: {reference: numbering, level: 0}, children: [new TextRun(itemHeading(item, words))]}));
		for (const paragraph of item.paragraphs) {
			children.push(...paragraphBlocks(paragraph));
		}
	}

	const speaking = speakingTimeLines(record, words);
	if (speaking.length > 0) {
		children.push(new Paragraph({heading: HeadingLevel.HEADING_2, children: [new TextRun(speakingTimeTitle(words))]}), ...speaking.map(line => new Paragraph({children: [new TextRun(line)]})));
	}

	for (const note of closingNotes(record, words)) {
		children.push(new Paragraph({children: [new TextRun(note)]}));
	}

	const audit = appendixRows(record, words);
	if (audit.length > 0) {
		children.push(new Paragraph({heading: HeadingLevel.HEADING_2, children: [new TextRun(appendixTitle(words))]}), table(appendixHeader(words), audit, [1800, 2400, 2000, 3800]));
	}

	return new Document({
		title: record.title,
		description: draftNotice(words),
		creator: 'council',
		numbering: {
			config: [
				{
					reference: numbering,
					levels: [
						{level: 0, format: LevelFormat.DECIMAL, text: '%1', alignment: AlignmentType.START},
						{level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.START, style: {paragraph: {indent: {left: 720, hanging: 720}}}},
						// A paragraph's list (a proposal's principles) is the third level: a bullet under its paragraph.
						{level: 2, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.START, style: {paragraph: {indent: {left: 1080, hanging: 360}}}},
					],
				},
			],
		},
		sections: [{children}],
	});
}

/** The .docx bytes of a summary record. */
export async function recordDocx(record: SummaryRecord, words: RecordWords = recordWords()): Promise<Buffer> {
	return Packer.toBuffer(recordDocument(record, words));
}
