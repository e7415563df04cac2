import type {DatasetIndex} from '../dataset/build-index.js';
import {documentShortLabel} from '../dataset/labels.js';
import type {MessageKey} from '../i18n/en.js';
import {neutralWords, shownWords, type Words} from '../i18n/words/words.js';
import {sanitizeLine} from '../text/sanitize.js';
import type {DescribeContext} from './entry-kinds/entry-kind.js';
import {entryKindOf} from './entry-kinds/registry.js';
import type {JournalEntry} from './schema.js';

/*
Entries in words, for `council log`, `council record`'s confirmation and the
dashboard's status line. Pure: the dataset index only turns ids into names, and
an id the dataset lacks is shown as it is. A described entry is in the
catalogue's English (`neutralWords`) unless the caller asks for other words:
what reaches JSON (the minutes' `description`) stays the same in every language,
a screen passes `shownWords` (the interface's language; `formatLogLine` does),
the minutes their session's (`wordsIn`). A target's label alone is shown.
*/

/** "PL 1.01 Draft budget of the Union", "proposal 1) of C99/42", "Switzerland", or the id. */
export function targetLabel(index: DatasetIndex | undefined, id: string, words: Words = shownWords): string {
	const entity = index?.entities.get(id);
	switch (entity?.kind) {
		case 'agenda-item': {
			return sanitizeLine(`${entity.value.number} ${entity.value.title}`);
		}

		case 'proposal': {
			// The journal's and the summary record's words, "proposal 1) of C25/61", name the document
			// like the screen's label does (dataset/labels.ts); `record` accepts both wordings.
			const document = index?.entities.get(entity.value.document);
			const name = document?.kind === 'document' ? documentShortLabel(document.value, index?.entities, words) : undefined;
			return sanitizeLine(name === undefined ? words('describe.proposal', {number: entity.value.number}) : words('describe.proposal-of', {number: entity.value.number, document: name}));
		}

		case 'delegation': {
			return sanitizeLine(entity.value.name);
		}

		default: {
			return id;
		}
	}
}

/**
One line saying what an entry records, in the words its kind declares (entry-kinds/).

@example
```
describeEntry(entry, index); //=> 'decision on PL 1.01 Draft budget of the Union: approved — "The Council approved the draft budget."'
```
*/
export function describeEntry(entry: JournalEntry, index?: DatasetIndex, entriesById?: ReadonlyMap<string, JournalEntry>, words: Words = neutralWords): string {
	const context: DescribeContext = {
		label: id => targetLabel(index, id, words),
		entry: id => entriesById?.get(id),
		describe: other => describeEntry(other as JournalEntry, index, undefined, words),
		words,
	};
	return entryKindOf(entry.kind).describe(entry.payload as never, context);
}

/** "2026-04-12 09:00:02Z" from an ISO time, to the second. */
export function shortTime(iso: string): string {
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

/** One line of `council log`: when, who, what, and the id to undo it by. */
export function formatLogLine(entry: JournalEntry, index?: DatasetIndex, entriesById?: ReadonlyMap<string, JournalEntry>, formatTime: (iso: string) => string = shortTime, words: Words = shownWords): string {
	const who = `${sanitizeLine(entry.author.name)} (${words(`describe.role.${entry.author.role}` satisfies MessageKey)})`;
	return `${formatTime(entry.time)}  ${who}  ${describeEntry(entry, index, entriesById, words)}  [${entry.id}]`;
}
