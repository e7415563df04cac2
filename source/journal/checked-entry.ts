import {isDeepStrictEqual} from 'node:util';
import {maxJournalLineBytes, sizeWords} from '../io/limits.js';
import {sanitizeDeep} from '../text/sanitize.js';
import {authorNameProblem, entryLine} from './append.js';
import {fastCheckedEntry, loadJudge, needsJudge, parseLineOf} from './read-line.js';
import type {JournalEntry} from './schema.js';

/*
What recording checks before a line is written (append.ts's recordEntry), apart
from the writing. An entry of a common shape is vouched for by the journal's
fast path (read-line.ts: it only ever gives zod's value, or nothing), so the
screen's first save does not wait for zod and the schemas to load (issue 15);
any other entry, and any entry that is not valid, is zod's to judge, loaded then,
and zod writes the message. The answer is zod's either way.
*/

/**
The entry exactly as every reader will read it back, or an error: never
acknowledge a line a reader would skip or read differently. The entry is
sanitized and validated (what read.ts does to each line), then its line is read
back with the reader's own parsing and must come back identical.
*/
export async function checkedEntry(made: JournalEntry): Promise<JournalEntry> {
	const authorProblem = authorNameProblem(made.author.name);
	if (authorProblem !== undefined) {
		throw new Error(authorProblem);
	}

	const sanitized = sanitizeDeep(made);
	let entry = fastCheckedEntry(sanitized);
	if (entry === undefined) {
		const judged = (await import('./judge-line.js')).judgedEntry(sanitized);
		if (!judged.ok) {
			throw new Error(judged.message);
		}

		entry = judged.entry;
	}

	const line = entryLine(entry);
	if (Buffer.byteLength(line) > maxJournalLineBytes) {
		throw new Error(`the entry would be a ${sizeWords(Buffer.byteLength(line))} line; a journal line may be at most ${sizeWords(maxJournalLineBytes)}`);
	}

	let readBack = parseLineOf(line.slice(0, -1), 1, true);
	if (readBack === needsJudge) {
		await loadJudge();
		readBack = parseLineOf(line.slice(0, -1), 1, true);
	}

	if (readBack === undefined || readBack === needsJudge || !isDeepStrictEqual(readBack, entry)) {
		throw new Error('not recorded: the entry would not read back as written (a reader would skip or change it)');
	}

	return entry;
}
