import type {DatasetIndex} from '../dataset/build-index.js';
import type {JournalProblem} from '../journal/read.js';
import {replay} from '../journal/replay.js';
import type {JournalEntry} from '../journal/schema.js';
import {buildRecord, type RecordOptions} from './build-record.js';
import {factsFromJournal} from './record-facts.js';
import {recordJson} from './record-json.js';
import {recordMarkdown} from './record-markdown.js';
import {recordText} from './record-text.js';
import {recordWords, sessionWords, type RecordWords} from './record-words.js';
import type {minutesFormats} from '../settings/schema.js';
import type {SummaryRecord} from './summary-record.js';

/*
The summary record of a journal in one of its four formats: what `council
export` prints or writes, and what the dashboard's `e` writes. Building is
pure; only the .docx is asynchronous (the docx library zips the document), and
it is loaded on first use so the CLI does not pay for it otherwise.
*/

// One list for the CLI and the minutesFormat preference.
export {minutesFormats} from '../settings/choices.js';
export type MinutesFormat = (typeof minutesFormats)[number];

export const fileExtension: Record<MinutesFormat, string> = {md: 'md', json: 'json', text: 'txt', docx: 'docx'};

export type Rendered = {readonly ok: true; readonly bytes: string | Uint8Array} | {readonly ok: false; readonly message: string};

/** The summary record model of a journal's entries over a dataset. */
export function recordOf(index: DatasetIndex, entries: readonly JournalEntry[], problems: readonly JournalProblem[], options: RecordOptions): {ok: true; record: SummaryRecord} | {ok: false; message: string} {
	const records = replay(index.dataset, entries);
	const facts = factsFromJournal(index, entries, records, {skippedLines: problems.length, statements: records.statements});
	return buildRecord(index, facts, options);
}

/** Renders a summary record in a format, in the words given (the session's language): text for md, json and text, bytes for docx. */
export async function renderRecord(record: SummaryRecord, format: MinutesFormat, words: RecordWords = recordWords()): Promise<string | Uint8Array> {
	switch (format) {
		case 'md': {
			return recordMarkdown(record, words);
		}

		case 'json': {
			return recordJson(record);
		}

		case 'text': {
			return recordText(record, words);
		}

		case 'docx': {
			const {recordDocx} = await import('./record-docx.js');
			return recordDocx(record, words);
		}
	}
}

/** The summary record of a journal, rendered in the session's language (never the interface's): what `council export` prints. */
export async function renderMinutes(index: DatasetIndex, entries: readonly JournalEntry[], problems: readonly JournalProblem[], format: MinutesFormat, options: RecordOptions): Promise<Rendered> {
	const built = recordOf(index, entries, problems, options);
	return built.ok ? {ok: true, bytes: await renderRecord(built.record, format, sessionWords(index.dataset.session))} : built;
}

/**
A file name for exported minutes that sorts by time and never overwrites an
earlier export: `c99-test-minutes-2026-04-13-0915.md` (UTC).
*/
export function minutesFileName(sessionId: string, format: MinutesFormat, epochMs: number): string {
	const stamp = new Date(epochMs).toISOString().slice(0, 16).replace('T', '-').replace(':', '');
	return `${sessionId}-minutes-${stamp}.${fileExtension[format]}`;
}

/** The time zone of this machine, for times in the record when none is chosen. */
export function systemTimeZone(): string {
	return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
