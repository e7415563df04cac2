import {canonicalItemCode, isSameItemCode, sortByItemCode} from '../dataset/item-code.js';
import {entityIds} from '../dataset/entity-ids.js';
import {compactSymbol} from '../dataset/lookup-keys.js';
import {actionKinds} from '../dataset/vocabulary.js';
import type {ActionKind, AgendaItem, Dataset} from '../dataset/schema.js';
import {t, tLine} from '../i18n/translate.js';
import {checked, quoted, refused, type Plan} from './plan.js';

/*
The agenda commands as pure plans: add, move, remove and sort items. An item is
named by its number as typed ("PL 1.3", "pl 1.03") or its id.
*/

export const maxNumberLength = 40;
export const maxTitleLength = 500;

const invitedTo: Record<ActionKind, string> = {
	approve: 'approve this item',
	adopt: 'adopt this item',
	consider: 'consider this item',
	'take-note': 'take note of this item',
	decide: 'take a decision on this item',
	elect: 'hold the election under this item',
	other: 'act on this item',
};

function itemLabel(item: AgendaItem): string {
	return `${item.number} ${quoted(item.title, 60)}`;
}

/** The item a number or id names, or a message listing what there is. */
export function findItem(dataset: Dataset, query: string): {ok: true; item: AgendaItem; index: number} | {ok: false; message: string} {
	const trimmed = query.trim();
	const index = dataset.agendaItems.findIndex(item => item.id === trimmed || isSameItemCode(item.number, trimmed));
	const item = dataset.agendaItems[index];
	if (item === undefined) {
		const known = dataset.agendaItems.slice(0, 12).map(other => other.number);
		return {ok: false, message: tLine('cli.agenda.no-item', {query: quoted(trimmed, 40), known: known.length === 0 ? t('cli.agenda.no-items-yet') : `${known.join(', ')}${dataset.agendaItems.length > 12 ? ', …' : ''}`})};
	}

	return {ok: true, item, index};
}

function slug(value: string): string {
	return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'item';
}

function freeId(dataset: Dataset, base: string): string {
	const taken = entityIds(dataset);
	let id = base;
	for (let n = 2; taken.has(id); n++) {
		id = `${base}-${n}`;
	}

	return id;
}

export type AddItemOptions = {
	readonly number: string;
	readonly title: string;
	readonly action?: string | undefined;
	/** The action required in the document's words; default: the first document's action of that kind, else a plain sentence. */
	readonly wording?: string | undefined;
	/** Document symbols ("C25/28", "C25/28(Rev.1)") or ids. */
	readonly documents?: readonly string[];
};

function findDocument(dataset: Dataset, query: string): string | undefined {
	const key = compactSymbol(query).replace(/-(?:e|f|s|r|c|a)$/, '');
	const byId = dataset.documents.find(document => document.id === query.trim());
	if (byId !== undefined) {
		return byId.id;
	}

	const matches = dataset.documents.filter(document => document.symbol !== undefined && (compactSymbol(document.symbol) === key || compactSymbol(`${document.symbol}(${document.version ?? ''})`) === key));
	// A bare symbol names the base document when a revision is there too.
	return (matches.find(document => document.version === undefined) ?? matches[0])?.id;
}

export function planAgendaAdd(dataset: Dataset, options: AddItemOptions): Plan {
	const number = options.number.replace(/\s+/g, ' ').trim();
	const title = options.title.replace(/\s+/g, ' ').trim();
	const problems: string[] = [];
	if (number === '' || number.length > maxNumberLength) {
		problems.push(t('cli.agenda.number-length', {max: maxNumberLength}));
	}

	if (title === '' || title.length > maxTitleLength) {
		problems.push(t('cli.agenda.title-length', {max: maxTitleLength}));
	}

	const kind = (options.action ?? 'consider').trim().toLowerCase().replace(/[\s_]+/g, '-') as ActionKind;
	if (!actionKinds.includes(kind)) {
		problems.push(tLine('cli.agenda.unknown-action', {action: quoted(options.action ?? '', 40), kinds: actionKinds.join(', ')}));
	}

	const duplicate = dataset.agendaItems.find(item => number !== '' && isSameItemCode(item.number, number));
	if (duplicate !== undefined) {
		problems.push(tLine('cli.agenda.duplicate', {label: itemLabel(duplicate), id: duplicate.id, number: quoted(number, 40)}));
	}

	const documents: string[] = [];
	for (const symbol of options.documents ?? []) {
		const id = findDocument(dataset, symbol);
		if (id === undefined) {
			problems.push(tLine('cli.agenda.no-document', {symbol: quoted(symbol, 40)}));
		} else if (!documents.includes(id)) {
			documents.push(id);
		}
	}

	if (problems.length > 0) {
		return refused(...problems);
	}

	const fromDocument = documents
		.flatMap(id => dataset.documents.find(document => document.id === id)?.actionRequired ?? [])
		.find(action => action.kind === kind);
	const wording = options.wording?.trim() || fromDocument?.wording || `The Council is invited to ${invitedTo[kind]}.`;
	const item: AgendaItem = {id: freeId(dataset, `item-${slug(canonicalItemCode(number))}`), number, title, documents, action: {kind, wording}, status: 'pending'};
	const symbols = documents.map(id => dataset.documents.find(document => document.id === id)).map(document => document?.symbol === undefined ? document?.id : `${document.symbol}${document.version === undefined ? '' : `(${document.version})`}`);
	return checked({...dataset, agendaItems: [...dataset.agendaItems, item]}, [
		tLine('cli.agenda.added', {label: itemLabel(item), id: item.id, kind, documents: symbols.length === 0 ? '' : tLine('cli.agenda.added-documents', {symbols: symbols.join(', ')}), position: dataset.agendaItems.length + 1, count: dataset.agendaItems.length + 1}),
	]);
}

export function planAgendaMove(dataset: Dataset, query: string, where: {readonly before?: string | undefined; readonly after?: string | undefined}): Plan {
	const moved = findItem(dataset, query);
	const anchorQuery = where.before ?? where.after ?? '';
	const anchor = findItem(dataset, anchorQuery);
	if (!moved.ok || !anchor.ok) {
		return refused(...[moved, anchor].flatMap(found => (found.ok ? [] : [found.message])));
	}

	if (moved.item.id === anchor.item.id) {
		return refused(tLine(where.before === undefined ? 'cli.agenda.self-after' : 'cli.agenda.self-before', {number: moved.item.number}));
	}

	const rest = dataset.agendaItems.filter(item => item.id !== moved.item.id);
	const at = rest.findIndex(item => item.id === anchor.item.id) + (where.before === undefined ? 1 : 0);
	const agendaItems = [...rest.slice(0, at), moved.item, ...rest.slice(at)];
	const from = moved.index + 1;
	const to = at + 1;
	return checked({...dataset, agendaItems}, [
		from === to
			? tLine(where.before === undefined ? 'cli.agenda.already-after' : 'cli.agenda.already-before', {label: itemLabel(moved.item), anchor: anchor.item.number})
			: tLine(where.before === undefined ? 'cli.agenda.moved-after' : 'cli.agenda.moved-before', {label: itemLabel(moved.item), from, to, anchor: anchor.item.number}),
	]);
}

export type RemoveOptions = {
	/** How many journal entries apply to the item and would no longer (prepare/entries-on-item.ts). */
	readonly journalEntries: number;
	readonly journalPath: string;
	readonly isForced: boolean;
};

export function planAgendaRemove(dataset: Dataset, query: string, options: RemoveOptions): Plan {
	const found = findItem(dataset, query);
	if (!found.ok) {
		return refused(found.message);
	}

	const {item} = found;
	if (options.journalEntries > 0 && !options.isForced) {
		return refused(tLine('cli.agenda.remove-has-entries', {number: item.number, count: options.journalEntries, path: options.journalPath}));
	}

	const positions = dataset.positions.filter(position => position.on === item.id);
	const changes = [tLine('cli.agenda.removed', {label: itemLabel(item), id: item.id, position: found.index + 1})];
	if (positions.length > 0) {
		changes.push(t('cli.agenda.removed-positions', {count: positions.length}));
	}

	if (options.journalEntries > 0) {
		changes.push(t('cli.agenda.removed-entries', {count: options.journalEntries}));
	}

	return checked({
		...dataset,
		agendaItems: dataset.agendaItems.filter(other => other.id !== item.id),
		positions: dataset.positions.filter(position => position.on !== item.id),
	}, changes);
}

export function planAgendaSort(dataset: Dataset): Plan {
	const agendaItems = sortByItemCode(dataset.agendaItems, item => item.number);
	const moved = agendaItems.filter((item, index) => dataset.agendaItems[index]?.id !== item.id);
	return checked({...dataset, agendaItems}, moved.length === 0
		? [t('cli.agenda.in-order')]
		: [t('cli.agenda.sorted', {moved: moved.length, count: agendaItems.length}), `  ${agendaItems.map(item => item.number).join(', ')}`]);
}
