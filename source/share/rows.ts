import {parseLine} from '../journal/judge-line.js';
import type {JournalProblem} from '../journal/read.js';
import type {JournalEntry} from '../journal/schema.js';
import {sanitizeLine} from '../text/sanitize.js';

/*
A row of the shared table is untrusted exactly like a local journal line: anyone
with insert rights could have written it. Its `line` goes through the journal's
own line validation (parseLine: JSON, sanitizing, the zod schema), and a row
whose id column disagrees with the entry it holds, or whose line is too long to
be an entry, is skipped the same way, reported with its sequence number. So is
a row of another session than the reader's (schema.ts binds a log to one).
*/

export type RawRow = {
	readonly seq: number;
	readonly id: string;
	/** null when the server cut it for being too long (see store.ts). */
	readonly line: string | null;
	readonly machine: string;
	/** The session it was pushed for; null on rows from before sessions (schema version 1). */
	readonly session?: string | null;
};

export type SharedEntry = {
	readonly seq: number;
	readonly entry: JournalEntry;
	/** Which machine pushed it (sanitized; at most 100 characters). */
	readonly machine: string;
};

/** Longer than any valid line (20,000 characters of text, 5,000 of note, escaped). */
export const maxLineLength = 200_000;

function problem(seq: number, kind: JournalProblem['kind'], text: string): JournalProblem {
	return {line: seq, kind, message: `shared entry #${seq} ${text}`};
}

/** Validates one row (of `session`, when given); a problem names the row by its sequence number. */
export function parseRow(row: RawRow, session?: string): SharedEntry | JournalProblem {
	if (session !== undefined && typeof row.session === 'string' && row.session !== session) {
		return problem(row.seq, 'invalid', `belongs to session "${sanitizeLine(row.session).slice(0, 100)}", not to this one, and was skipped`);
	}

	if (row.line === null || row.line.length > maxLineLength) {
		return problem(row.seq, 'invalid', `is longer than any journal entry and was skipped`);
	}

	const parsed = parseLine(row.line, row.seq);
	if (parsed === undefined) {
		return problem(row.seq, 'invalid', 'is empty and was skipped');
	}

	if (!('v' in parsed)) {
		// parseLine says "line N is ..."; the rest of its message is the reason.
		return problem(row.seq, parsed.kind, parsed.message.replace(/^line \d+ /, ''));
	}

	if (parsed.id !== row.id) {
		return problem(row.seq, 'invalid', `holds entry ${parsed.id} under the id ${sanitizeLine(row.id).slice(0, 40)} and was skipped`);
	}

	const machine = sanitizeLine(row.machine).trim().slice(0, 100) || 'unknown';
	return {seq: row.seq, entry: parsed, machine};
}

export function isSharedEntry(value: SharedEntry | JournalProblem): value is SharedEntry {
	return 'entry' in value;
}
