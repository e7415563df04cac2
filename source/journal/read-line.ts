import {jsonNestingProblem} from '../io/json-depth.js';
import {maxJournalLineBytes, maxJsonDepth, sizeWords} from '../io/limits.js';
import {sanitizeDeep, sanitizeLine} from '../text/sanitize.js';
import {compileFastShape} from './fast-entry.js';
import {isJournalHeader} from './header.js';
import {journalLineShape} from './journal-line-shape.js';
import {journalProblem, type JournalProblem} from './problem-words.js';
import type {JournalEntry} from './schema.js';

/*
One journal line: its bounds, JSON.parse, the header, the fast path for the
common shapes and zod for the rest, with the problem it makes when it is bad
(read.ts cuts the lines and reads the file; its comment says what reading
promises).

zod is not imported here (issue 15: it and the entry kinds' schemas are ~20 ms
of the dashboard's start): the fast path is compiled from the line's shape,
which the bundle carries as data, and zod's judgement (judge-line.ts) is loaded
by the first read that meets a line the fast path does not vouch for (loadJudge).
Until then such a line is `needsJudge`, and the reader reads again once it is
loaded: what a read gives never depends on whether zod was loaded before.
*/

export type {JournalProblem, ProblemWords} from './problem-words.js';
export {journalProblem, problemJson, problemText} from './problem-words.js';

const maxShown = 80;
const fastEntry = compileFastShape(journalLineShape);

/** The fast path alone (fast-entry.ts): zod's value for an entry of a common shape, or undefined when zod has to judge it. */
export function fastCheckedEntry(value: unknown): JournalEntry | undefined {
	return fastEntry.check(value) as JournalEntry | undefined;
}

/** zod's judgement of a parsed (and sanitized) line the fast path did not vouch for: the entry, or the line's problem. */
export type Judge = (value: unknown, lineNumber: number) => JournalEntry | JournalProblem;
let judge: Judge | undefined;

/** What a line is when zod must judge it and is not loaded yet (loadJudge). */
export const needsJudge = Symbol('needs zod');

/** Called by judge-line.ts as it loads. */
export function installJudge(judgement: Judge): void {
	judge = judgement;
}

/** Whether zod's judgement is loaded: parsing never returns needsJudge once it is. */
export function isJudgeLoaded(): boolean {
	return judge !== undefined;
}

/** Loads zod's judgement (the journal line's schema): once, on the first line that needs it. */
export async function loadJudge(): Promise<void> {
	if (judge === undefined) {
		await import('./judge-line.js');
	}
}

/*
Whether a raw line can hold anything sanitizeText would change once parsed: a
raw control or bidi character, or a JSON escape that decodes to one (\u0000-
\u001F, \u007F-\u009F, the bidi controls, \b \f \r \t). Most lines hold none,
and skipping the deep walk for them halves the cost of reading a long journal.
A false positive only costs the walk.
*/
// eslint-disable-next-line no-control-regex
const mayNeedSanitizing = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\\(?:u(?:00[01]|007f|00[89]|202[a-e]|206[6-9])|[bfrt])/i;

export function excerpt(line: string): string {
	const clean = sanitizeLine(line);
	return clean.length > maxShown ? `${clean.slice(0, maxShown)}…` : clean;
}

function nestingProblemOf(line: string, lineNumber: number): JournalProblem | undefined {
	const nesting = jsonNestingProblem(line, maxJsonDepth);
	return nesting === undefined ? undefined : journalProblem(lineNumber, 'invalid', 'notice.journal.too-deep', {limit: nesting.limit, column: nesting.column, excerpt: excerpt(line)});
}

/**
Parses one line (without its newline), told whether the line may need sanitizing at
all (false only when the whole text cannot: read.ts's cannotNeedSanitizing). Blank
lines are neither entries nor problems; needsJudge until zod is loaded (loadJudge).
judge-line.ts's parseLine is this with zod loaded.
*/
export function parseLineOf(line: string, lineNumber: number, mayNeed: boolean): JournalEntry | JournalProblem | typeof needsJudge | undefined {
	try {
		return parseCheckedLine(line, lineNumber, mayNeed);
	} catch (error: unknown) {
		// Not expected once the bounds below hold; still the line's problem, not the journal's.
		return journalProblem(lineNumber, 'invalid', 'notice.journal.unreadable', {reason: sanitizeLine(error instanceof Error ? error.message : String(error))});
	}
}

function parseCheckedLine(line: string, lineNumber: number, mayNeed: boolean): JournalEntry | JournalProblem | typeof needsJudge | undefined {
	// Bytes matter only past a third of the limit: a UTF-16 unit is at most 3 UTF-8 bytes.
	if (line.length > maxJournalLineBytes / 3 && Buffer.byteLength(line) > maxJournalLineBytes) {
		return journalProblem(lineNumber, 'invalid', 'notice.journal.too-long', {size: sizeWords(Buffer.byteLength(line)), limit: sizeWords(maxJournalLineBytes), excerpt: excerpt(line)});
	}

	// An entry starts with its brace: only other lines can be blank.
	if (line.charCodeAt(0) !== 0x7B && line.trim() === '') {
		return undefined;
	}

	/*
	The nesting check (a second scan of the line) comes only before something
	recursive sees the value. JSON.parse is not recursive (V8's parser keeps its
	own stack: 5,000,000 nested brackets parse), nor is the fast path: it goes
	only as deep as the schema, which is far less deep than maxJsonDepth, so what
	it accepts is never too deep. A line both too deep and not JSON is reported as
	too deep, as before.
	*/
	let value: unknown;
	try {
		value = JSON.parse(line);
	} catch {
		return nestingProblemOf(line, lineNumber) ?? journalProblem(lineNumber, 'not-json', 'notice.journal.not-json', {excerpt: excerpt(line)});
	}

	// The header (header.ts) binds the journal to its dataset; it is no entry.
	if (lineNumber === 1) {
		const nesting = nestingProblemOf(line, lineNumber);
		if (nesting !== undefined) {
			return nesting;
		}

		if (isJournalHeader(value)) {
			return undefined;
		}
	}

	const needsSanitizing = mayNeed && mayNeedSanitizing.test(line);
	// The common shapes skip zod (fast-entry.ts); whatever the fast path does not vouch for, zod judges.
	const fast = needsSanitizing ? undefined : fastEntry.check(value);
	if (fast !== undefined) {
		return fast as JournalEntry;
	}

	const nesting = nestingProblemOf(line, lineNumber);
	if (nesting !== undefined) {
		return nesting;
	}

	return judge === undefined ? needsJudge : judge(needsSanitizing ? sanitizeDeep(value) : value, lineNumber);
}
