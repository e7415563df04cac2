import {neutralWords, type Words} from '../../i18n/words/words.js';
import {sanitizeLine} from '../../text/sanitize.js';
import type {SlotWrite} from '../slots.js';
import type {PayloadKind, PayloadOf} from './payloads.js';

/*
What one journal entry kind does, declared in one place: what it does at replay
(the slots it sets, or the entry it reverses) and how it reads in words. Each
kind is one module in this folder; registry.ts lists them, and replay and
`council log` read that list. Its payload's zod schema is in payloads.ts, apart,
so that replay and the words build no schema and load no zod (issue 15); the
payload's type comes from there.
*/

/** What replay knows when it checks or applies an entry: the dataset's ids and the entries applied so far. */
export type ReplayContext = {
	readonly itemIds: ReadonlySet<string>;
	readonly proposalIds: ReadonlySet<string>;
	readonly delegationIds: ReadonlySet<string>;
	/** Entries applied so far by id (ignored ones excluded). */
	readonly byId: {has(id: string): boolean};
};

/** An entry as a kind's `describe` sees another one: its kind and payload, unchecked. */
export type DescribedEntry = {readonly kind: string; readonly payload: unknown};

/** What `describe` may ask: names for ids, and other entries (for an undo to name what it reverses). */
export type DescribeContext = {
	/** "PL 1.01 Draft budget of the Union", "proposal 1) of C99/42", "Switzerland", or the id. */
	label(id: string): string;
	/** An entry of the journal by id, when the caller has them. */
	entry(id: string): DescribedEntry | undefined;
	/** Another entry in words. */
	describe(entry: DescribedEntry): string;
	/** The catalogue's words in the language asked for (../describe.ts): every word of the line goes through it. */
	readonly words: Words;
};

export type EntryKindSpec<K extends string, P> = {
	readonly kind: K;
	/**
	Why an entry of this kind cannot apply to the dataset (an id it lacks), or
	undefined when it can; in `words` (replay's default: the catalogue's English,
	since the reason is kept in the records `council log --json` prints).
	*/
	rejection(payload: P, context: ReplayContext, words?: Words): string | undefined;
	/** The slots an entry sets and the value it gives each; none for an entry that only reverses another. */
	slots(payload: P, context: ReplayContext): readonly SlotWrite[];
	/** The entry this one reverses (an undo): undoing this entry gives that one back. */
	reverses?(payload: P): string;
	/** Whether `u` (and `record undo` without an id) may pick the latest entry of this kind. */
	readonly undoneByKey: boolean;
	/** One line saying what the entry records (`council log`, `record`'s confirmation, the status line). */
	describe(payload: P, context: DescribeContext): string;
};

/**
Declares an entry kind.

@example
```
export const currentKind = defineEntryKind({
	kind: 'current',
	rejection: (payload, context, words) => itemRejection(context, payload.item, words),
	slots: payload => [{slot: 'current', item: payload.item}],
	undoneByKey: false,
	describe: (payload, context) => context.words('describe.current', {item: context.label(payload.item)}),
});
```
*/
export function defineEntryKind<const K extends PayloadKind>(spec: EntryKindSpec<K, PayloadOf<K>>): EntryKindSpec<K, PayloadOf<K>> {
	return spec;
}

/** "no agenda item or proposal …" unless the id is one. */
export function targetRejection(context: ReplayContext, id: string, words: Words = neutralWords): string | undefined {
	return context.itemIds.has(id) || context.proposalIds.has(id) ? undefined : words('describe.no-target', {id});
}

export function itemRejection(context: ReplayContext, id: string, words: Words = neutralWords): string | undefined {
	return context.itemIds.has(id) ? undefined : words('describe.no-item', {id});
}

export function delegationRejection(context: ReplayContext, id: string, words: Words = neutralWords): string | undefined {
	return context.delegationIds.has(id) ? undefined : words('describe.no-delegation', {id});
}

/** ` — "text"` for a non-empty text, sanitized to one line (the quotes the language's). */
export function quotedSuffix(text: string, words: Words): string {
	const line = sanitizeLine(text).trim();
	return line === '' ? '' : words('describe.quoted', {text: line});
}
