import {isAscii} from 'node:buffer';
import type fs from 'node:fs/promises';
import {maxJournalBytes} from '../io/limits.js';
import {openRegularFile, tooLargeWords} from '../io/read-input.js';
import {headerStart} from './header.js';
import {t} from '../i18n/translate.js';
import {excerpt, journalProblem, loadJudge, needsJudge, parseLineOf, type JournalProblem} from './read-line.js';
import type {JournalEntry} from './schema.js';

export type {JournalProblem} from './read-line.js';

/*
Reading the journal never fails on its content: a line that is not JSON or not
a valid entry is reported with its line number and skipped, and a torn last line
(a writer killed mid-write) is reported as such. Every complete, valid entry is
kept. Strings are sanitized before validation so nothing from the file can
reach a terminal as an escape sequence. A line longer than maxJournalLineBytes
is skipped before it is parsed, one nested deeper than maxJsonDepth before
anything recursive sees it, and a line that makes the parser, the sanitizer or the
schema throw is skipped too: one hostile line never costs the others.
*/

export type ParsedLines = {
	readonly entries: readonly JournalEntry[];
	readonly problems: readonly JournalProblem[];
};

/**
Whether no line of a journal's bytes can match read-line.ts's mayNeedSanitizing once parsed:
ASCII only (no C1 or bidi character, no DEL), no backslash (no escape at all),
no tab or carriage return (the only raw controls JSON.parse lets through, as
white space between tokens; any other fails it). Five memchr-like scans of the
whole text instead of a regular expression on each of 100,000 lines (~25 ms).
*/
function cannotNeedSanitizing(bytes: Buffer, ascii: boolean): boolean {
	return ascii && !bytes.includes(0x5C) && !bytes.includes(0x7F) && !bytes.includes(0x09) && !bytes.includes(0x0D);
}

/**
Whether the start of a file can be a journal: its first non-blank line starts
as an entry does (`{"v":`), or is the start of one cut short (a first writer
killed mid-line: then it is all the file holds). A dataset, minutes or any
other file is not, so nothing is ever appended to it. `head` is the file's
first bytes; `isWhole` says whether they are all of it.
*/
export function looksLikeJournal(head: string, isWhole: boolean): boolean {
	const text = head.replace(/^\s+/, '');
	if (text === '') {
		return true;
	}

	const newline = text.indexOf('\n');
	const first = newline === -1 ? text : text.slice(0, newline);
	// An entry, or the header a journal starts with (header.ts).
	if (/^\{\s*"v"\s*:/.test(first) || headerStart.test(first)) {
		return true;
	}

	return newline === -1 && isWhole && '{"v":'.startsWith(first);
}

/** Whether two plain objects of strings (authors, validated: their keys in the schema's order) hold the same fields. */
function sameFields(a: object, b: object): boolean {
	let count = 0;
	for (const key in a) {
		if (!Object.hasOwn(b, key) || (a as Record<string, unknown>)[key] !== (b as Record<string, unknown>)[key]) {
			return false;
		}

		count++;
	}

	for (const key in b) {
		if (Object.hasOwn(b, key)) {
			count--;
		}
	}

	return count === 0;
}

function isProblem(value: JournalEntry | JournalProblem): value is JournalProblem {
	return 'kind' in value && 'line' in value && !('v' in value);
}

/**
Parses journal text (judge-line.ts's parseJournalText says how), also counting the
text's complete lines; `mayNeed` false when the text cannot need sanitizing
(cannotNeedSanitizing). needsJudge, at the first line zod must judge while it is not
loaded: the caller loads it (loadJudge) and parses again.
*/
export function parseJournalLines(text: string, firstLine: number, seen: ReadonlySet<string>, mayNeed: boolean): (ParsedLines & {readonly lineCount: number}) | typeof needsJudge {
	const entries: JournalEntry[] = [];
	const problems: JournalProblem[] = [];
	/*
	An id greater than every id kept before cannot repeat one of them, and ids are
	made in time order: so no set of the ids is built (hashing and growing it was
	a tenth of reading 100,000 lines) until an id comes that is not the greatest
	(clocks of two writers apart, a line copied): from then on, the set of all.
	*/
	let greatest = '';
	let ids: Set<string> | undefined;
	let author: JournalEntry['author'] | undefined;
	// Line by line, not split first: each line's text is garbage once parsed, not 100,000 strings kept alive through the loop.
	let start = 0;
	let index = 0;
	for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start), index++) {
		const line = text.slice(start, end);
		start = end + 1;
		const parsed = parseLineOf(line, firstLine + index, mayNeed);
		if (parsed === undefined) {
			continue;
		}

		if (parsed === needsJudge) {
			return needsJudge;
		}

		if (isProblem(parsed)) {
			problems.push(parsed);
			continue;
		}

		const {id} = parsed;
		if (ids === undefined && id <= greatest) {
			ids = new Set(entries.map(entry => entry.id));
		}

		// Not even an empty set is asked: hashing 100,000 ids nobody looks up again (replay finds them by their order) is not free.
		if ((seen.size > 0 && seen.has(id)) || ids?.has(id) === true) {
			problems.push(journalProblem(firstLine + index, 'duplicate', 'notice.journal.duplicate', {id}));
		} else {
			ids?.add(id);
			greatest = id > greatest ? id : greatest;
			/*
			A session has a few authors: entries by the author of the entry before share
			its (validated, equal) object, so 100,000 entries hold a fifth less and the
			collector copies less while the rest is read. The value is the same data.
			*/
			if (author !== undefined && parsed.author !== author && sameFields(parsed.author, author)) {
				(parsed as {author: JournalEntry['author']}).author = author;
			} else {
				author = parsed.author;
			}

			entries.push(parsed);
		}
	}

	const tail = text.slice(start);
	if (tail.trim() !== '') {
		const lineNumber = firstLine + index;
		problems.push(journalProblem(lineNumber, 'torn', 'notice.journal.torn', {excerpt: excerpt(tail)}));
	}

	return {entries, problems, lineCount: index};
}

/** parseJournalLines, loading zod's judgement first when a line needs it (a line it cannot vouch for: rare in a journal the program wrote). */
async function parseWithJudge(text: string, firstLine: number, seen: ReadonlySet<string>, mayNeed: boolean): Promise<ParsedLines & {readonly lineCount: number}> {
	const parsed = parseJournalLines(text, firstLine, seen, mayNeed);
	if (parsed !== needsJudge) {
		return parsed;
	}

	await loadJudge();
	const judged = parseJournalLines(text, firstLine, seen, mayNeed);
	if (judged === needsJudge) {
		throw new Error('the journal line\'s judgement did not load');
	}

	return judged;
}

export type JournalChunk = ParsedLines & {
	/** Byte offset just after the last complete line read: where the next incremental read starts. */
	readonly nextOffset: number;
	/** Line number of the line starting at nextOffset. */
	readonly nextLine: number;
	/** The file's size when read; smaller than the offset asked for means the file was replaced or truncated. */
	readonly size: number;
	/** The file read (device and inode), to tell a replaced journal from a grown one; undefined when there is none. */
	readonly identity?: FileIdentity;
};

export type FileIdentity = {readonly dev: number; readonly ino: number};

/**
Reads the whole journal. A missing file is an empty journal (nothing recorded
yet). A torn last line is reported; the next read starts at its first byte, so
a line still being written by another process is picked up once complete.
*/
export async function readJournal(file: string): Promise<JournalChunk> {
	return readJournalFrom(file, 0, 1, new Set(), true);
}

/**
Reads the complete lines added since `offset` (a byte offset from a previous
read's nextOffset). An incomplete last line is left for the next read and is
reported as torn only when `reportTorn` is set (a first read: nobody is writing
it any more, or it will be reported again complete).
*/
export async function readJournalFrom(
	file: string,
	offset: number,
	firstLine: number,
	seen: ReadonlySet<string> = new Set(),
	reportTorn = false,
): Promise<JournalChunk> {
	const opened = await openRegularFile(file, 'a journal file');
	if (!opened.ok) {
		if (opened.problem === 'missing') {
			return {entries: [], problems: [], nextOffset: 0, nextLine: 1, size: 0};
		}

		throw new Error(t(opened.problem === 'not-regular' ? 'notice.journal.not-regular' : 'notice.journal.cannot-read', {problem: opened.message}));
	}

	const handle: fs.FileHandle = opened.handle;
	try {
		const {size, dev, ino} = opened.stats;
		const identity = {dev, ino};
		if (size <= offset) {
			return {entries: [], problems: [], nextOffset: size < offset ? 0 : offset, nextLine: size < offset ? 1 : firstLine, size, identity};
		}

		if (size - offset > maxJournalBytes) {
			throw new Error(`the journal ${tooLargeWords(size - offset, maxJournalBytes, 'a journal')}`);
		}

		// Not zero-filled first: only the `filled` bytes read are ever looked at.
		const buffer = Buffer.allocUnsafe(size - offset);
		let filled = 0;
		while (filled < buffer.length) {
			const {bytesRead} = await handle.read(buffer, filled, buffer.length - filled, offset + filled);
			if (bytesRead === 0) {
				break;
			}

			filled += bytesRead;
		}

		// Split at the last newline byte: UTF-8 never puts 0x0A inside a character.
		const lastNewline = buffer.lastIndexOf(0x0A, filled - 1);
		const completeEnd = lastNewline + 1;
		const completeBytes = buffer.subarray(0, completeEnd);
		// The lines parsed are the newlines counted (the text ends with one): no second pass over the bytes.
		// ASCII reads the same as Latin-1, whose decoding is a copy (UTF-8's checks each byte; ~3 ms on 100,000 lines).
		const ascii = isAscii(completeBytes);
		const {lineCount, ...parsed} = await parseWithJudge(completeBytes.toString(ascii ? 'latin1' : 'utf8'), firstLine, seen, !cannotNeedSanitizing(completeBytes, ascii));
		let {problems} = parsed;
		if (reportTorn && completeEnd < filled) {
			const tail = await parseWithJudge(buffer.subarray(completeEnd, filled).toString('utf8'), firstLine + lineCount, seen, true);
			problems = [...problems, ...tail.problems];
		}

		return {entries: parsed.entries, problems, nextOffset: offset + completeEnd, nextLine: firstLine + lineCount, size, identity};
	} finally {
		await handle.close();
	}
}
