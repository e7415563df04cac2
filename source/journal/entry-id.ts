import type {Author, EntryDraft, JournalEntry} from './schema.js';

/*
Entry ids sort by time as plain strings (fixed-width base-36 milliseconds, good
until the year 5188) and carry 48 random bits, so two secretaries recording in
the same millisecond still get distinct ids. The clock and the randomness are
arguments: this module stays pure and testable; the edge passes Date.now and
crypto.
*/

const timeWidth = 9;

/** `random` must hold at least 6 bytes. */
export function makeEntryId(epochMs: number, random: Uint8Array): string {
	if (random.length < 6) {
		throw new RangeError('an entry id needs 6 random bytes');
	}

	const time = Math.max(0, Math.floor(epochMs)).toString(36).padStart(timeWidth, '0');
	const hex = Array.from(random.subarray(0, 6), byte => byte.toString(16).padStart(2, '0')).join('');
	return `${time}-${hex}`;
}

/** Builds a whole entry from what to record, who records it, and when. */
export function makeEntry(draft: EntryDraft, author: Author, epochMs: number, random: Uint8Array): JournalEntry {
	return {
		v: 1,
		id: makeEntryId(epochMs, random),
		time: new Date(epochMs).toISOString(),
		author: {name: author.name, role: author.role},
		kind: draft.kind,
		payload: draft.payload,
	} as JournalEntry;
}
