import {t} from '../i18n/translate.js';
import type {DocumentEntity} from '../dataset/schema.js';

/*
Versions of one document: a language version (the same symbol, another suffix:
C19/40-F beside C19/40-E) is recorded on the document it translates, its
references resolved to the same entities; a revision is a new document that
supersedes the earlier one, and the import lists what changed between the two.
*/

type Language = NonNullable<DocumentEntity['language']>;
type Translation = NonNullable<DocumentEntity['translations']>[number];

export function translationOf(document: DocumentEntity, language: Language): Translation {
	const references = [...new Set(document.references.flatMap(reference => reference.targets))];
	return {
		language,
		...(document.title === undefined ? {} : {title: document.title}),
		purpose: document.purpose,
		actionRequired: document.actionRequired.map(action => action.wording),
		...(references.length === 0 ? {} : {references}),
	};
}

function listDifference(before: readonly string[], after: readonly string[]): string | undefined {
	const added = after.filter(value => !before.includes(value)).length;
	const removed = before.filter(value => !after.includes(value)).length;
	if (added === 0 && removed === 0) {
		return undefined;
	}

	return [added === 0 ? '' : `+${added}`, removed === 0 ? '' : `-${removed}`].filter(part => part !== '').join(' ');
}

/** "title, summary, actions, references +2 -1, sections" — what a new version changes. */
export function describeChanges(earlier: DocumentEntity, later: DocumentEntity): string {
	const changed: string[] = [];
	if ((earlier.title ?? '') !== (later.title ?? '')) {
		changed.push('title');
	}

	if (earlier.purpose !== later.purpose) {
		changed.push('summary');
	}

	if (JSON.stringify(earlier.actionRequired) !== JSON.stringify(later.actionRequired)) {
		changed.push('actions');
	}

	const references = listDifference(earlier.references.map(reference => reference.wording), later.references.map(reference => reference.wording));
	if (references !== undefined) {
		changed.push(`references ${references}`);
	}

	if (JSON.stringify(earlier.sections) !== JSON.stringify(later.sections)) {
		changed.push('sections');
	}

	return changed.length === 0 ? t('cli.import-change.no-change') : t('cli.import-change.changed', {fields: changed.join(', ')});
}
