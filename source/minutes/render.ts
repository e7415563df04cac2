import type {DatasetIndex} from '../dataset/build-index.js';
import type {JournalProblem} from '../journal/read.js';
import {replay} from '../journal/replay.js';
import type {JournalEntry} from '../journal/schema.js';
import {minutesJson} from './json.js';
import {minutesMarkdown} from './markdown.js';
import {buildMinutes} from './minutes.js';

export const minutesFormats = ['md', 'json'] as const;
export type MinutesFormat = (typeof minutesFormats)[number];

/** The minutes text of a journal's entries over a dataset: what `council export` prints. Pure. */
export function renderMinutes(index: DatasetIndex, entries: readonly JournalEntry[], problems: readonly JournalProblem[], format: MinutesFormat): string {
	const first = entries[0];
	const last = entries.at(-1);
	const minutes = buildMinutes(index, replay(index.dataset, entries), {
		...(first === undefined ? {} : {first: first.time}),
		...(last === undefined ? {} : {last: last.time}),
		skippedLines: problems.length,
	});
	return format === 'json' ? minutesJson(minutes) : minutesMarkdown(minutes);
}

/**
A file name for exported minutes that sorts by time and never overwrites an
earlier export: `c99-test-minutes-2026-04-13-0915.md` (UTC).
*/
export function minutesFileName(sessionId: string, format: MinutesFormat, epochMs: number): string {
	const stamp = new Date(epochMs).toISOString().slice(0, 16).replace('T', '-').replace(':', '');
	return `${sessionId}-minutes-${stamp}.${format}`;
}
