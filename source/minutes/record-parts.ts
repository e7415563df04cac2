import {sanitizeLine, sanitizeText} from '../text/sanitize.js';
import type {RecordWords} from './record-words.js';
import type {RecordParagraph, SummaryRecord} from './summary-record.js';

/*
The parts every format of the summary record shares, as plain sanitized text:
the draft notice, the heading lines, the subjects table, an item's heading, the
appendix rows and the closing notes. Each renderer only escapes and lays them
out, so md, text and docx cannot disagree on what the record says; all in
the session's language (record-words.ts).
*/

/** One line of text from data: escape sequences and control characters removed, newlines folded. */
export const clean = (text: string) => sanitizeLine(text).trim();
/** Text that may keep its line breaks (a decision's own words). */
export const cleanLines = (text: string) => sanitizeText(text).trim().split(/\r?\n/).map(line => line.trim()).filter(line => line !== '');

/** The first line: the record is a draft until the secretariat reviews it. */
export function draftNotice(words: RecordWords): string {
	return words.say('minutes.draft-notice');
}

function time(iso: string): string {
	return iso.slice(11, 16);
}

function offset(iso: string): string {
	return iso.slice(19);
}

/** "Geneva, Monday 13 April 2026, 11:00 to 11:15 (Europe/Zurich, UTC+02:00)". */
export function whenLine(record: SummaryRecord, words: RecordWords): string {
	const {event} = record;
	const place = event.place === null || clean(event.place) === '' ? undefined : clean(event.place);
	if (event.start === null || event.end === null || event.startDate === null || event.endDate === null) {
		return place === undefined ? words.say('minutes.no-entries') : words.say('minutes.place-no-entries', {place});
	}

	const zone = words.say('minutes.zone', {zone: event.timeZone, offset: offset(event.start)});
	const when = event.startDate === event.endDate
		? words.say('minutes.when-one-day', {date: words.longDate(event.startDate), start: time(event.start), end: time(event.end), zone})
		: words.say('minutes.when-days', {startDate: words.longDate(event.startDate), start: time(event.start), endDate: words.longDate(event.endDate), end: time(event.end), zone});
	return place === undefined ? when : words.say('minutes.place-when', {place, when});
}

/** The lines under the title: body and session, place and times, chair. */
export function headingLines(record: SummaryRecord, words: RecordWords): string[] {
	const {event} = record;
	const meetings = event.meeting === null && event.meetings > 1 ? [words.say('minutes.meetings-range', {count: event.meetings})] : [];
	return [
		words.say('minutes.heading-session', {body: clean(event.body), session: clean(event.session)}),
		whenLine(record, words),
		...meetings,
		event.chair === null ? words.say('minutes.chair-not-recorded') : words.say('minutes.chair', {name: clean(event.chair)}),
	];
}

/** The table of subjects' header: order, subjects, documents. */
export function subjectsHeader(words: RecordWords): [string, string, string] {
	return ['', words.say('minutes.subjects-column'), words.say('minutes.documents-column')];
}

/** "Documents: C99/10 Draft budget; C99/11 Report", the text format's line under a subject. */
export function documentsLine(words: RecordWords, documents: string): string {
	return words.say('minutes.documents', {documents});
}

/** Rows of the table of subjects: order, "PL 1.01 Title", the documents (one per line). */
export function subjectRows(record: SummaryRecord): Array<[string, string, string[]]> {
	return record.subjects.map(subject => [String(subject.order), `${clean(subject.number)} ${clean(subject.title)}`, subject.documents.map(document => clean(document))]);
}

/** An item's heading without its order number: "Draft budget of the Union (agenda item PL 1.01)". */
export function itemHeading(item: SummaryRecord['items'][number], words: RecordWords): string {
	return words.say('minutes.item-heading', {title: clean(item.title), number: clean(item.number)});
}

/** A paragraph's plain text (lead and text), for formats without bold. */
export function paragraphText(paragraph: RecordParagraph): {lead: string[]; text: string; list: string[]} {
	return {
		lead: paragraph.lead === undefined ? [] : cleanLines(paragraph.lead),
		text: clean(paragraph.text),
		list: (paragraph.list ?? []).map(entry => clean(entry)),
	};
}

export function appendixTitle(words: RecordWords): string {
	return words.say('minutes.appendix');
}

export function appendixHeader(words: RecordWords): [string, string, string, string] {
	return [words.say('minutes.appendix-time'), words.say('minutes.appendix-entry'), words.say('minutes.appendix-author'), words.say('minutes.appendix-what')];
}

const roleKey = {chair: 'minutes.role-chair', secretary: 'minutes.role-secretary', viewer: 'minutes.role-viewer'} as const;

/** The appendix rows: local time, entry id (with "undone" when not in effect), author and role, what. */
export function appendixRows(record: SummaryRecord, words: RecordWords): Array<[string, string, string, string]> {
	return record.audit.entries.map(entry => {
		const {role} = entry.author;
		return [
			entry.time.replace('T', ' ').slice(0, 19),
			entry.inEffect ? entry.id : words.say('minutes.undone', {id: entry.id}),
			words.say('minutes.author', {name: clean(entry.author.name), role: Object.hasOwn(roleKey, role) ? words.say(roleKey[role as keyof typeof roleKey]) : clean(role)}),
			clean(entry.description),
		];
	});
}

export function speakingTimeTitle(words: RecordWords): string {
	return words.say('minutes.speaking-time');
}

/** "Mexico: 1 intervention, 1:02", most time first. */
export function speakingTimeLines(record: SummaryRecord, words: RecordWords): string[] {
	const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
	return record.speakingTime.map(share => words.say('minutes.speaking-share', {
		delegation: clean(share.delegation),
		interventions: words.say('minutes.interventions', {count: share.interventions}),
		time: clock(share.seconds),
	}));
}

/** Notes closing the record: items not taken up, skipped or ignored journal lines. */
export function closingNotes(record: SummaryRecord, words: RecordWords): string[] {
	const notes: string[] = [];
	if (record.notTakenUp.length > 0) {
		notes.push(words.say('minutes.not-taken-up', {items: record.notTakenUp.map(item => clean(item)).join('; ')}));
	}

	const {skippedLines, ignoredEntries} = record.audit.journal;
	if (skippedLines > 0) {
		notes.push(words.say('minutes.skipped-lines', {count: skippedLines}));
	}

	if (ignoredEntries > 0) {
		notes.push(words.say('minutes.ignored-entries', {count: ignoredEntries}));
	}

	return notes;
}
