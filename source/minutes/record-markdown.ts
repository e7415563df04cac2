import {escapeMarkdown} from './markdown-escape.js';
import {appendixHeader, appendixRows, appendixTitle, closingNotes, draftNotice, headingLines, itemHeading, paragraphText, speakingTimeLines, speakingTimeTitle, subjectRows, subjectsHeader} from './record-parts.js';
import {recordWords, type RecordWords} from './record-words.js';
import type {RecordParagraph, SummaryRecord} from './summary-record.js';

/*
`council export --format md`: the summary record as Markdown, safe for any
renderer (every string from data escaped, so a title cannot become a heading,
a link or HTML) and readable as plain text.
*/

const md = escapeMarkdown;

function tableRow(cells: readonly string[]): string {
	return `| ${cells.join(' | ')} |`;
}

function paragraphLines(paragraph: RecordParagraph): string[] {
	const {lead, text, list} = paragraphText(paragraph);
	// A decision's lines each in bold: emphasis cannot span the escaped line breaks of every renderer.
	const bold = lead.map(line => `**${md(line)}**`).join('\n');
	const body = [bold, md(text)].filter(part => part !== '').join(' ');
	return [`${paragraph.number} ${body}`, '', ...(list.length === 0 ? [] : [...list.map(entry => `- ${md(entry)}`), ''])];
}

/** The summary record as Markdown in the words given (the session's language), ending in a newline. */
export function recordMarkdown(record: SummaryRecord, words: RecordWords = recordWords()): string {
	const lines = [`**${md(draftNotice(words))}**`, '', `# ${md(record.title)}`, ''];
	for (const line of headingLines(record, words)) {
		lines.push(md(line), '');
	}

	const rows = subjectRows(record);
	if (rows.length > 0) {
		const header = subjectsHeader(words).map(cell => md(cell));
		lines.push(tableRow(header), tableRow(header.map(() => '---')));
		for (const [order, subject, documents] of rows) {
			lines.push(tableRow([order, md(subject), documents.map(document => md(document)).join('<br>')]));
		}

		lines.push('');
	}

	for (const item of record.items) {
		lines.push(`## ${item.order} ${md(itemHeading(item, words))}`, '');
		for (const paragraph of item.paragraphs) {
			lines.push(...paragraphLines(paragraph));
		}
	}

	const speaking = speakingTimeLines(record, words);
	if (speaking.length > 0) {
		lines.push(`## ${md(speakingTimeTitle(words))}`, '', ...speaking.map(line => `- ${md(line)}`), '');
	}

	const notes = closingNotes(record, words);
	if (notes.length > 0) {
		lines.push(...notes.flatMap(note => [md(note), '']));
	}

	const audit = appendixRows(record, words);
	if (audit.length > 0) {
		const header = appendixHeader(words).map(cell => md(cell));
		lines.push(`## ${md(appendixTitle(words))}`, '', tableRow(header), tableRow(header.map(() => '---')));
		for (const row of audit) {
			lines.push(tableRow(row.map(cell => md(cell))));
		}

		lines.push('');
	}

	return `${lines.join('\n').trimEnd()}\n`;
}
