import {forbiddenKeyMessage, forbiddenKeys} from '../text/json-keys.js';
import {sanitizeLine} from '../text/sanitize.js';
import {parseJournalLines, type ParsedLines} from './read.js';
import {installJudge, journalProblem, needsJudge, parseLineOf, type JournalProblem} from './read-line.js';
import {journalEntry, type JournalEntry} from './schema.js';

/*
zod's judgement of a journal line the fast path does not vouch for (read-line.ts),
in a module of its own so that reading a journal of common lines loads neither
zod nor the entry kinds' schemas. Importing it installs the judgement; a read
loads it when it meets the first such line. parseLine and parseJournalText are
reading's synchronous forms, for callers that import zod anyway (recording,
the shared journal's rows, tests).
*/

function judgeLine(value: unknown, lineNumber: number): JournalEntry | JournalProblem {
	const result = journalEntry.safeParse(value);
	if (!result.success) {
		const issue = result.error.issues[0];
		// A key that is (or sanitizes to) __proto__ stays an own field (sanitizeDeep defines keys) and the strict schema refuses it: say why.
		const forbidden = issue?.code === 'unrecognized_keys' ? issue.keys.find(key => forbiddenKeys.has(key)) : undefined;
		const why = forbidden === undefined ? sanitizeLine(issue?.message ?? 'invalid') : forbiddenKeyMessage(forbidden);
		return issue === undefined || issue.path.length === 0
			? journalProblem(lineNumber, 'invalid', 'notice.journal.invalid', {why})
			: journalProblem(lineNumber, 'invalid', 'notice.journal.invalid-at', {path: issue.path.join('.'), why});
	}

	return result.data;
}

installJudge(judgeLine);

/** zod's judgement of an entry about to be recorded (checked-entry.ts): the entry as zod gives it, or why it is not one. */
export function judgedEntry(value: unknown): {readonly ok: true; readonly entry: JournalEntry} | {readonly ok: false; readonly message: string} {
	const checked = journalEntry.safeParse(value);
	if (!checked.success) {
		const issue = checked.error.issues[0];
		return {ok: false, message: `not a valid journal entry${issue === undefined ? '' : ` (${issue.path.join('.')}: ${sanitizeLine(issue.message)})`}`};
	}

	return {ok: true, entry: checked.data};
}

/** Parses one line (without its newline). Blank lines are neither entries nor problems. */
export function parseLine(line: string, lineNumber: number): JournalEntry | JournalProblem | undefined {
	const parsed = parseLineOf(line, lineNumber, true);
	if (parsed === needsJudge) {
		throw new Error('the journal line\'s judgement is not installed');
	}

	return parsed;
}

/**
Parses journal text. `firstLine` is the line number of the text's first line
(for incremental reads). When `isComplete` is false the text ends at a newline
by construction; when true, text after the last newline is a torn line.
Entries whose id is in `seen` (or repeated in the text) are reported as duplicates.
*/
export function parseJournalText(text: string, firstLine = 1, seen: ReadonlySet<string> = new Set()): ParsedLines {
	const parsed = parseJournalLines(text, firstLine, seen, true);
	if (parsed === needsJudge) {
		throw new Error('the journal line\'s judgement is not installed');
	}

	return {entries: parsed.entries, problems: parsed.problems};
}
