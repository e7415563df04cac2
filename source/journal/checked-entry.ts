import {isDeepStrictEqual} from 'node:util';
import {maxJournalLineBytes, sizeWords} from '../io/limits.js';
import {sanitizeDeep, sanitizeLine} from '../text/sanitize.js';
import {authorNameProblem, entryLine} from './append.js';
import {parseLine} from './judge-line.js';
import {journalEntry, type JournalEntry} from './schema.js';

/*
What recording checks before a line is written (append.ts's recordEntry), apart
from the writing: it needs the journal line's zod schema, which the screen loads
with the first entry it records rather than at its start (issue 15).
*/

/**
The entry exactly as every reader will read it back, or an error: never
acknowledge a line a reader would skip or read differently. The entry is
sanitized and validated (what read.ts does to each line), then its line is read
back with the reader's own parseLine and must come back identical.
*/
export function checkedEntry(made: JournalEntry): JournalEntry {
	const authorProblem = authorNameProblem(made.author.name);
	if (authorProblem !== undefined) {
		throw new Error(authorProblem);
	}

	const checked = journalEntry.safeParse(sanitizeDeep(made));
	if (!checked.success) {
		const issue = checked.error.issues[0];
		throw new Error(`not a valid journal entry${issue === undefined ? '' : ` (${issue.path.join('.')}: ${sanitizeLine(issue.message)})`}`);
	}

	const entry = checked.data;
	const line = entryLine(entry);
	if (Buffer.byteLength(line) > maxJournalLineBytes) {
		throw new Error(`the entry would be a ${sizeWords(Buffer.byteLength(line))} line; a journal line may be at most ${sizeWords(maxJournalLineBytes)}`);
	}

	const readBack = parseLine(line.slice(0, -1), 1);
	if (readBack === undefined || !isDeepStrictEqual(readBack, entry)) {
		throw new Error('not recorded: the entry would not read back as written (a reader would skip or change it)');
	}

	return entry;
}
