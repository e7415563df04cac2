import {t, tLine} from '../i18n/translate.js';
import type {AgendaItem, Dataset, DocumentEntity, Session} from '../dataset/schema.js';
import {itemAction} from './actions.js';
import {insertionIndex, sameItemCode} from './item-codes.js';
import type {Change} from './merge.js';
import {slug} from './references.js';
import type {Entries} from './types.js';

/*
Where an imported document lands in the session: the header's session frame
fills a dataset that has none; the header's "Agenda item: PL 1.3" names the item
(as written, compared as a number), which takes the document up with every action
it asks; a new item goes where its code falls in natural order, not where the
command line put it.
*/

export const planActionPrefix = 'As the time-management plan expects: ';

/** A session frame nobody wrote yet: the importer's illustrative one. */
function hasNoFrame(session: Session): boolean {
	return session.illustrative === true && session.start === undefined && session.place === undefined;
}

export function fillSessionFrame(dataset: Dataset, entries: Entries, from: string, changes: Change[]): void {
	const frame = entries.session;
	if (frame === undefined || !hasNoFrame(dataset.session)) {
		return;
	}

	const {note: _note, illustrative: _illustrative, ...session} = dataset.session;
	dataset.session = {
		...session,
		...(frame.title === undefined ? {} : {title: frame.title}),
		...(frame.place === undefined ? {} : {place: frame.place}),
		...(frame.start === undefined ? {} : {start: frame.start}),
		...(frame.end === undefined ? {} : {end: frame.end}),
	};
	changes.push({action: 'add', kind: 'session', id: dataset.session.id, note: tLine('cli.import-change.frame-from', {from, frame: [frame.title, frame.place, frame.start === undefined ? undefined : `${frame.start}/${frame.end ?? frame.start}`].filter(part => part !== undefined).join(', ')})});
}

/** An item's action that only stands in until a document says what is asked. */
function isStandIn(item: AgendaItem): boolean {
	return item.action.wording.startsWith(planActionPrefix) || item.action.wording.startsWith('Not known');
}

function actionsOf(document: DocumentEntity, entries: Entries): Pick<AgendaItem, 'action' | 'actions'> {
	const actions = document.actionRequired;
	if (actions.length <= 1) {
		return {action: actions[0] ?? {kind: 'other', wording: 'Not stated in the document'}};
	}

	return {action: itemAction(actions, entries.actionWording ?? actions.map(action => action.wording).join(' ')), actions};
}

export function placeDocument(dataset: Dataset, document: DocumentEntity, entries: Entries, fresh: (id: string) => string, changes: Change[]): void {
	const code = entries.agendaItem;
	const named = (code === undefined ? undefined : dataset.agendaItems.find(item => sameItemCode(item.number, code)))
		?? dataset.agendaItems.find(item => item.documents.includes(document.id));
	if (named !== undefined) {
		if (!named.documents.includes(document.id)) {
			named.documents.push(document.id);
		}

		// An item the plan made, or whose document was not known: the document now says what is asked.
		if (isStandIn(named)) {
			delete named.actions;
			Object.assign(named, actionsOf(document, entries));
		}

		changes.push({action: 'reuse', kind: 'agenda item', id: named.id, note: `takes up ${document.id}`});
		return;
	}

	const item: AgendaItem = {
		id: fresh(`item-${code === undefined ? document.id.replace(/^doc-/, '') : slug(code)}`),
		number: code ?? String(dataset.agendaItems.length + 1),
		title: document.title ?? (/^.+?[.!?](?=\s|$)/.exec(document.purpose)?.[0] ?? document.purpose).slice(0, 160),
		documents: [document.id],
		...actionsOf(document, entries),
		status: 'pending',
		// Its title is the document's, and without a header its number is made up: a plan confirms it.
		illustrative: true,
	};
	dataset.agendaItems.splice(code === undefined ? dataset.agendaItems.length : insertionIndex(dataset.agendaItems, code), 0, item);
	changes.push({action: 'add', kind: 'agenda item', id: item.id, note: code === undefined ? t('cli.import-change.item-unplaced') : tLine('cli.import-change.item-from-header', {code})});
}
