import type {EntryDraft} from '../../journal/schema.js';

/*
What every recording form (record-decision/, record-status/, record-position/,
record-undo/) is made of: its save phase, what a key did to it, choosing from
a list, editing a text.
*/

/** Where a form is in its save: typing, waiting for the disk, or told it failed. */
export type Phase = {readonly kind: 'editing'} | {readonly kind: 'saving'} | {readonly kind: 'failed'; readonly message: string};

export const editing: Phase = {kind: 'editing'};
export const saving: Phase = {kind: 'saving'};

/** What a key did to a form of type F. */
export type Step<F> =
	| {readonly kind: 'form'; readonly form: F}
	| {readonly kind: 'save'; readonly form: F; readonly draft: EntryDraft}
	| {readonly kind: 'close'};

export function withForm<F>(form: F): Step<F> {
	return {kind: 'form', form};
}

export function cycle<T>(values: readonly T[], current: T, delta: number): T {
	const position = Math.max(0, values.indexOf(current));
	return values[(position + delta + values.length) % values.length] ?? current;
}

/** A digit 1-9 picks that choice; a letter picks the first choice starting with it. */
export function pickByKey<T extends string>(values: readonly T[], key: string): T | undefined {
	const digit = /^[1-9]$/.test(key) ? values[Number(key) - 1] : undefined;
	if (digit !== undefined) {
		return digit;
	}

	return key.length === 1 && /\p{L}/u.test(key) ? values.find(value => value.startsWith(key.toLowerCase())) : undefined;
}

/** Keys that move or edit a text: the one line editor every input shares (state/edit-keys.ts). */
export {editKey} from '../../state/edit-keys.js';
