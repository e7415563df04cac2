import {sanitizeLine, sanitizeText} from '../text/sanitize.js';
import {longDate} from './local-time.js';
import type {RecordParagraph, SummaryRecord} from './summary-record.js';

/*
The parts every format of the summary record shares, as plain sanitized text:
the draft notice, the heading lines, the subjects table, an item's heading, the
appendix rows and the closing notes. Each renderer only escapes and lays them
out, so md, text and docx cannot disagree on what the record says.
*/

/** One line of text from data: escape sequences and control characters removed, newlines folded. */
export const clean = (text: string) => sanitizeLine(text).trim();
/** Text that may keep its line breaks (a decision's own words). */
export const cleanLines = (text: string) => sanitizeText(text).trim().split(/\r?\n/).map(line => line.trim()).filter(line => line !== '');

export const draftNotice = 'DRAFT: generated from the session\'s journal, for the secretariat to review before circulation.';

function time(iso: string): string {
	return iso.slice(11, 16);
}

function offset(iso: string): string {
	return iso.slice(19);
}

/** "Geneva, Monday 13 April 2026, 11:00 to 11:15 (Europe/Zurich, UTC+02:00)". */
export function whenLine(record: SummaryRecord): string {
	const {event} = record;
	const place = event.place === null || clean(event.place) === '' ? [] : [clean(event.place)];
	if (event.start === null || event.end === null || event.startDate === null || event.endDate === null) {
		return place.length === 0 ? 'No entries recorded' : `${place[0]!}; no entries recorded`;
	}

	const zone = `(${event.timeZone}, UTC${offset(event.start)})`;
	const when = event.startDate === event.endDate
		? `${longDate(event.startDate)}, ${time(event.start)} to ${time(event.end)}`
		: `${longDate(event.startDate)}, ${time(event.start)}, to ${longDate(event.endDate)}, ${time(event.end)}`;
	return [...place, `${when} ${zone}`].join(', ');
}

/** The lines under the title: body and session, place and times, chair. */
export function headingLines(record: SummaryRecord): string[] {
	const {event} = record;
	const meetings = event.meeting === null && event.meetings > 1 ? [`Meetings 1 to ${event.meetings}`] : [];
	return [
		`${clean(event.body)}, ${clean(event.session)}`,
		whenLine(record),
		...meetings,
		`Chair: ${event.chair === null ? 'not recorded' : clean(event.chair)}`,
	];
}

export const subjectsHeader = ['', 'Subjects discussed', 'Documents'] as const;

/** Rows of the table of subjects: order, "PL 1.01 Title", the documents (one per line). */
export function subjectRows(record: SummaryRecord): Array<[string, string, string[]]> {
	return record.subjects.map(subject => [String(subject.order), `${clean(subject.number)} ${clean(subject.title)}`, subject.documents.map(document => clean(document))]);
}

/** An item's heading without its order number: "Draft budget of the Union (agenda item PL 1.01)". */
export function itemHeading(item: SummaryRecord['items'][number]): string {
	return `${clean(item.title)} (agenda item ${clean(item.number)})`;
}

/** A paragraph's plain text (lead and text), for formats without bold. */
export function paragraphText(paragraph: RecordParagraph): {lead: string[]; text: string; list: string[]} {
	return {
		lead: paragraph.lead === undefined ? [] : cleanLines(paragraph.lead),
		text: clean(paragraph.text),
		list: (paragraph.list ?? []).map(entry => clean(entry)),
	};
}

export const appendixTitle = 'Appendix: journal entries (audit)';
export const appendixHeader = ['Time', 'Entry', 'Recorded by', 'What'] as const;

/** The appendix rows: local time, entry id (with "undone" when not in effect), author and role, what. */
export function appendixRows(record: SummaryRecord): Array<[string, string, string, string]> {
	return record.audit.entries.map(entry => [
		entry.time.replace('T', ' ').slice(0, 19),
		entry.inEffect ? entry.id : `${entry.id} (undone)`,
		`${clean(entry.author.name)} (${entry.author.role})`,
		clean(entry.description),
	]);
}

export const speakingTimeTitle = 'Speaking time';

/** "Mexico: 1 intervention, 1:02", most time first. */
export function speakingTimeLines(record: SummaryRecord): string[] {
	const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
	return record.speakingTime.map(share => `${clean(share.delegation)}: ${share.interventions} ${share.interventions === 1 ? 'intervention' : 'interventions'}, ${clock(share.seconds)}`);
}

/** Notes closing the record: items not taken up, skipped or ignored journal lines. */
export function closingNotes(record: SummaryRecord): string[] {
	const notes: string[] = [];
	if (record.notTakenUp.length > 0) {
		notes.push(`Not taken up: ${record.notTakenUp.map(item => clean(item)).join('; ')}.`);
	}

	const {skippedLines, ignoredEntries} = record.audit.journal;
	if (skippedLines > 0) {
		notes.push(`${skippedLines} journal ${skippedLines === 1 ? 'line was' : 'lines were'} skipped as torn or invalid (see council log).`);
	}

	if (ignoredEntries > 0) {
		notes.push(`${ignoredEntries} journal ${ignoredEntries === 1 ? 'entry was' : 'entries were'} ignored: ${ignoredEntries === 1 ? 'it names' : 'they name'} something this dataset lacks or ${ignoredEntries === 1 ? 'was' : 'were'} written by a viewer.`);
	}

	return notes;
}
