import {displayWidth, padEnd, wrap} from '../text/width.js';
import {appendixRows, appendixTitle, closingNotes, documentsLine, draftNotice, headingLines, itemHeading, paragraphText, speakingTimeLines, speakingTimeTitle, subjectRows} from './record-parts.js';
import {recordWords, type RecordWords} from './record-words.js';
import type {RecordParagraph, SummaryRecord} from './summary-record.js';

/*
`council export --format text`: the summary record for a plain printout, 80
columns, wrapped by display width (a Chinese or Arabic name takes its real
columns), paragraphs with a hanging indent after their number, headings
underlined to the heading's width. No markup.
*/

const width = 80;

function underline(text: string, character: string): string[] {
	// A heading longer than the page (a French or Arabic item heading) wraps, underlined to its widest line.
	const lines = displayWidth(text) <= width ? [text] : wrap(text, width);
	return [...lines, character.repeat(Math.min(width, Math.max(...lines.map(line => displayWidth(line)))))];
}

function hanging(label: string, text: string, indent: number): string[] {
	const body = wrap(text, width - indent);
	return body.map((line, index) => `${index === 0 ? padEnd(label, indent) : ' '.repeat(indent)}${line}`.trimEnd());
}

function paragraphLines(paragraph: RecordParagraph): string[] {
	const {lead, text, list} = paragraphText(paragraph);
	const indent = Math.max(6, displayWidth(paragraph.number) + 2);
	const body = [...lead, text].filter(part => part !== '').join('\n');
	const lines = hanging(paragraph.number, body, indent);
	for (const entry of list) {
		lines.push(...hanging(`${' '.repeat(indent)}-`, entry, indent + 2));
	}

	return [...lines, ''];
}

/** The summary record as plain text in the words given (the session's language), ending in a newline. */
export function recordText(record: SummaryRecord, words: RecordWords = recordWords()): string {
	const lines = [...wrap(draftNotice(words), width), '', ...underline(record.title, '='), ''];
	for (const line of headingLines(record, words)) {
		lines.push(...wrap(line, width));
	}

	lines.push('');
	const rows = subjectRows(record).map(([order, subject, documents]) => [order, subject, documents.join('; ')]);
	if (rows.length > 0) {
		// The subject column is wrapped into the documents' column width budget: keep it readable by putting documents under it.
		for (const [order, subject, documents] of rows) {
			lines.push(...hanging(order ?? '', subject ?? '', 4));
			if (documents !== undefined && documents !== '') {
				lines.push(...hanging('', documentsLine(words, documents), 4));
			}
		}

		lines.push('');
	}

	for (const item of record.items) {
		lines.push(...underline(`${item.order}  ${itemHeading(item, words)}`, '-'), '');
		for (const paragraph of item.paragraphs) {
			lines.push(...paragraphLines(paragraph));
		}
	}

	const speaking = speakingTimeLines(record, words);
	if (speaking.length > 0) {
		lines.push(...underline(speakingTimeTitle(words), '-'), '', ...speaking.flatMap(line => hanging('  -', line, 4)), '');
	}

	for (const note of closingNotes(record, words)) {
		lines.push(...wrap(note, width), '');
	}

	const audit = appendixRows(record, words);
	if (audit.length > 0) {
		lines.push(...underline(appendixTitle(words), '-'), '');
		// One block per entry rather than a table: ids and names leave no room for columns in 80.
		for (const [time, entry, author, what] of audit) {
			lines.push(...wrap(`${time} · ${author} · ${entry}`, width), ...hanging('', what, 4), '');
		}
	}

	return `${lines.join('\n').trimEnd()}\n`;
}
