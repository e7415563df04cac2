import type {Citation, DatasetIndex, Entity} from './build-index.js';
import {namedDelegations} from './delegation-match.js';
import {entityLabel} from './labels.js';
import {alnum, compactSymbol, instrumentKey, itemNumberKeys, normalize} from './lookup-keys.js';
import {maxQueryLength} from '../io/limits.js';
import {suggest} from './suggest.js';
import type {Resolution} from './schema.js';

/*
Resolves what a person types — "71", "Res 71", "Resolution 71 (Rev. Bucharest,
2022)", "PP-22/157", "Art. 1", "PL 1.07", "C17/130(Rev.1)", an id — to the
entities it names. The query becomes a few normalised keys (lookup-keys.ts) and
each key is one Map.get: constant time whatever the dataset's size.
*/

export type Candidate = {readonly entity: Entity; readonly label: string};

export type LookupResult =
	| {readonly kind: 'found'; readonly query: string; readonly entity: Entity; readonly label: string; readonly citations: readonly Citation[]}
	| {readonly kind: 'ambiguous'; readonly query: string; readonly candidates: readonly Candidate[]}
	| {readonly kind: 'not-found'; readonly query: string; readonly suggestions: readonly string[]};

const bodyWords: ReadonlyArray<[RegExp, Resolution['body']]> = [
	[/^(?:pp|plenipotentiary(?: conference)?)$/, 'plenipotentiary'],
	[/^(?:council|c)$/, 'council'],
	[/^wtsa$/, 'wtsa'],
	[/^wtdc$/, 'wtdc'],
	[/^wrc$/, 'wrc'],
];

function bodyOf(word: string | undefined): Resolution['body'] | undefined {
	if (word === undefined) {
		return undefined;
	}

	const trimmed = word.trim().replace(/^the /, '');
	return bodyWords.find(([pattern]) => pattern.test(trimmed))?.[1];
}

const resolutionPattern =
	/^(?:(pp|plenipotentiary(?: conference)?|council|wtsa|wtdc|wrc)\s+)?(res(?:olution)?s?\.?\s*|dec(?:ision)?s?\.?\s*)?(?:no\.?\s*)?(\d{1,5})\s*(?:\(([^)]*)\))?\s*(?:of the (plenipotentiary(?: conference)?|council|wtsa|wtdc|wrc))?$/;
const articlePattern =
	/^(?:(cs|cv|constitution|convention)\s*)?art(?:icle)?\.?\s*(\d+\s*[a-z]?)(?:\s+(?:of\s+)?(?:the\s+)?(constitution|convention|cs|cv))?$/;
const itemPattern = /^(?:agenda\s+)?item\s+(.+)$/;
const documentPrefix = /^(?:document|doc\.?)\s+/;
// "C18/31-E": the language suffix names a translation, not another document.
const languageSuffix = /-(?:e|f|s|r|c|a)$/;

/** The normalised keys a query may stand for, most specific first. */
export function queryKeys(query: string): string[] {
	const q = normalize(query);
	const keys = [`id:${q}`];
	if (q.includes('proposal')) {
		// A proposal by its label: "C25/61 proposal 1", "proposal 1 of C25/61" (labels.ts).
		keys.push(`prop:${alnum(q)}`);
	}

	const resolution = resolutionPattern.exec(q);
	if (resolution !== null) {
		const [, bodyBefore, resolutionWord, number, inParentheses, bodyAfter] = resolution;
		const body = bodyOf(bodyBefore) ?? bodyOf(bodyAfter);
		const revision = inParentheses === undefined || alnum(inParentheses) === '' ? undefined : alnum(inParentheses);
		let key = `${resolutionWord?.startsWith('dec') === true ? 'dec' : 'res'}:${number}`;
		if (body !== undefined) {
			key += `:${body}`;
		}

		if (revision !== undefined) {
			key += `:rev:${revision}`;
		}

		keys.push(key);
		const isBareNumber = resolutionWord === undefined && body === undefined && revision === undefined;
		if (!isBareNumber) {
			return keys;
		}

		keys.push(`dec:${number}`);
	}

	// "CV 73", "CS 1", "No. 73 of the Convention": a numbered provision.
	const provision = /^(cs|cv)\s*(\d{1,3}[a-z]?)$|^(?:no\.?|nos\.?)\s*(\d{1,3}[a-z]?)\s+of\s+the\s+(constitution|convention)$/.exec(q);
	if (provision !== null) {
		keys.push(`prov:${alnum(provision[2] ?? provision[3] ?? '')}:${instrumentKey(provision[1] ?? provision[4] ?? '')}`);
		return keys;
	}

	const article = articlePattern.exec(q);
	if (article !== null) {
		const [, before, number = '', after] = article;
		const instrument = before ?? after;
		keys.push(instrument === undefined ? `art:${alnum(number)}` : `art:${alnum(number)}:${instrumentKey(instrument)}`);
		return keys;
	}

	const item = itemPattern.exec(q);
	for (const number of itemNumberKeys(item?.[1] ?? q)) {
		keys.push(`item:${number}`);
	}

	if (item === null) {
		const symbol = compactSymbol(q.replace(documentPrefix, '')).replace(languageSuffix, '');
		keys.push(`sym:${symbol}`);
	}

	return keys;
}

export function lookup(index: DatasetIndex, query: string): LookupResult {
	const trimmed = query.trim();
	// No reference is this long: nothing to look up, and the patterns never see it.
	if (trimmed.length > maxQueryLength) {
		return {kind: 'not-found', query: trimmed, suggestions: suggest(index, trimmed)};
	}

	const ids: string[] = [];
	for (const key of queryKeys(trimmed)) {
		for (const id of index.keys.get(key) ?? []) {
			if (!ids.includes(id)) {
				ids.push(id);
			}
		}

		// An exact id wins outright: it can name only one thing.
		if (key.startsWith('id:') && ids.length > 0) {
			break;
		}
	}

	if (ids.length === 0) {
		ids.push(...delegationIds(index, trimmed));
	}

	const candidates = ids
		.map(id => index.entities.get(id))
		.filter((entity): entity is Entity => entity !== undefined)
		.map(entity => ({entity, label: entityLabel(entity, index.entities)}));

	const [first] = candidates;
	if (first !== undefined && candidates.length === 1) {
		return {kind: 'found', query: trimmed, entity: first.entity, label: first.label, citations: index.citedBy.get(first.entity.value.id) ?? []};
	}

	if (candidates.length > 1) {
		return {kind: 'ambiguous', query: trimmed, candidates};
	}

	return {kind: 'not-found', query: trimmed, suggestions: suggest(index, trimmed)};
}

/** A delegation by any of its names, in any official language ("Франция", "法国"), as the picker finds it; a loose query matching many names nothing. */
function delegationIds(index: DatasetIndex, query: string): string[] {
	const {matches, isExact} = namedDelegations(index.dataset, query);
	return isExact || matches.length <= 8 ? matches.map(delegation => delegation.id) : [];
}

export {boundedEditDistance, editDistance, setSuggestNames, suggest, suggestNames, suggestQueryLength, type SuggestNames} from './suggest.js';
