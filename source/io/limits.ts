/*
The input limits, in one place so the README, the messages and the tests say
the same numbers. Each is far above what a real session holds (the bundled
dataset is 60 KB, a 10,000-item synthetic one 48 MB; a journal line is about
250 bytes) and far below what would exhaust memory or stall a command.
*/

const mebibyte = 1024 * 1024;

/** A dataset file. */
export const maxDatasetBytes = 256 * mebibyte;
/** A journal file as a whole (about a million entries). */
export const maxJournalBytes = 256 * mebibyte;
/** One journal line; the longest valid entry (a 20,000-character decision, every character escaped) is under 130 KB. */
export const maxJournalLineBytes = mebibyte;
/** A document given to `council import` (.docx or text). */
export const maxImportBytes = 50 * mebibyte;
/** The declared expanded size of a .docx (all its zip entries together). */
export const maxDocxExpandedBytes = 100 * mebibyte;
/** Arrays and objects inside each other, in a dataset or a journal line (a dataset needs 8, an entry 3). */
export const maxJsonDepth = 64;
/** A lookup query, in characters; the longest real reference is under 60. */
export const maxQueryLength = 200;

/** "256 MB", "1 MB", "50 MB": a limit in the units the README uses. */
export function sizeWords(bytes: number): string {
	if (bytes >= mebibyte) {
		const value = bytes / mebibyte;
		return `${Number.isInteger(value) ? value : value.toFixed(1)} MB`;
	}

	if (bytes >= 1024) {
		return `${Math.round(bytes / 1024)} KB`;
	}

	return `${bytes} bytes`;
}
