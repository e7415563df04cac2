import {tLine} from '../i18n/translate.js';
import type {SessionContext} from '../journal/command-context.js';
import {readJournal} from '../journal/read.js';
import {entryById, isEntryInEffect, lastUndoable, replay} from '../journal/replay.js';
import type {EntryDraft, JournalEntry} from '../journal/schema.js';
import type {Resolved} from '../journal/targets.js';

/* `council record undo [ENTRY]`: the entry to reverse (the latest in effect, or the one ENTRY names) and the undo's draft. */

/** Finds an entry by its full id, or a unique start or end of it (at least 4 characters). */
function findEntry(entries: readonly JournalEntry[], query: string): Resolved<JournalEntry> {
	const exact = entries.find(entry => entry.id === query);
	if (exact !== undefined) {
		return {ok: true, value: exact};
	}

	const matches = query.length >= 4 ? entries.filter(entry => entry.id.startsWith(query) || entry.id.endsWith(query)) : [];
	if (matches.length === 1) {
		return {ok: true, value: matches[0]!};
	}

	return {
		ok: false,
		message: matches.length > 1
			? tLine('cli.record.entry-ambiguous', {query, count: matches.length})
			: tLine('cli.record.no-entry', {query}),
	};
}

export async function undoDraft(session: SessionContext, query: string | undefined): Promise<Resolved<{draft: EntryDraft; undone: JournalEntry}>> {
	const {entries} = await readJournal(session.journal.path);
	const records = replay(session.dataset, entries);
	let undone: JournalEntry;
	if (query === undefined) {
		const last = lastUndoable(records);
		if (last === undefined) {
			return {ok: false, message: tLine('cli.record.nothing-to-undo', {path: session.journal.path})};
		}

		undone = last;
	} else {
		const found = findEntry(entries, query);
		if (!found.ok) {
			return found;
		}

		undone = found.value;
		if (entryById(records, undone.id) === undefined) {
			return {ok: false, message: tLine('cli.record.undo-not-applicable', {id: undone.id})};
		}

		if (!isEntryInEffect(records, undone.id)) {
			return {ok: false, message: tLine('cli.record.already-undone', {id: undone.id})};
		}
	}

	return {ok: true, value: {draft: {kind: 'undo', payload: {entry: undone.id}}, undone}};
}
