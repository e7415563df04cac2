import {neutralWords} from '../../i18n/words/words.js';
import {defineEntryKind} from './entry-kind.js';

/*
A correction: reverses the entry it names, which lets that entry's slots fall
back to what was in effect before it. Undoing an undo gives the entry back.
An undo sets no slot of its own, and `u` never picks one (pressing `u` again
walks further back rather than redoing).
*/
export const undoKind = defineEntryKind({
	kind: 'undo',
	rejection: (payload, context, words = neutralWords) => (context.byId.has(payload.entry) ? undefined : words('describe.undo-missing', {entry: payload.entry})),
	slots: () => [],
	reverses: payload => payload.entry,
	undoneByKey: false,
	describe(payload, context) {
		const undone = context.entry(payload.entry);
		// One level of detail: an undo of an undo names the undo, not the whole chain.
		if (undone === undefined) {
			return context.words('describe.undo', {entry: payload.entry});
		}

		const what = undone.kind === 'undo' ? context.words('describe.undo', {entry: (undone.payload as {entry: string}).entry}) : context.describe(undone);
		return context.words('describe.undo-what', {entry: payload.entry, what});
	},
});
