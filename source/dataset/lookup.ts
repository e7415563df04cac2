import type {Citation, DatasetIndex, Entity} from './build-index.js';
import {namedDelegations} from './delegation-match.js';
import {entityLabel} from './labels.js';
import {alnum, compactSymbol, instrumentKey, itemNumberKeys, normalize} from './lookup-keys.js';
import {maxQueryLength} from '../io/limits.js';
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

const suggestible = new Set<Entity['kind']>(['agenda-item', 'document', 'instrument', 'resolution', 'report']);

/*
Suggestions scan every name, so their work is bounded three ways, whatever the
query (a 1,000-character paste, 60,000 digits): the query is cut to
suggestQueryLength characters; each name's score has a cheap lower bound (its
bonus, the length difference, the characters one has and the other lacks), and
names are scored in the order of that bound, stopping once no name left can
beat the five best; the exact edit distances stop at maxCells cells in all,
each cut off as soon as it cannot beat the five best. Up to that budget the
answer is the full scan's. Nothing is built from the query as a
regular expression. The names, normalised, are prepared once per index.
*/

/** Characters of a query the suggestions look at. */
export const suggestQueryLength = 64;
/** Edit-distance cells computed per query, at most (about 400 long names, thousands of short ones). */
const maxCells = 2_000_000;
/** A name is compared by its first query-length + this many characters. */
const headSlack = 12;

export type SuggestNames = {
	readonly labels: readonly string[];
	readonly names: readonly string[];
	/** Each name cut to suggestQueryLength + headSlack characters. */
	readonly heads: readonly string[];
};

const prepared = new WeakMap<DatasetIndex, SuggestNames>();

function digitRuns(text: string): string[] {
	const runs: string[] = [];
	let start = -1;
	for (let index = 0; index <= text.length; index++) {
		const code = index < text.length ? text.charCodeAt(index) : -1;
		const isDigit = code >= 0x30 && code <= 0x39;
		if (isDigit && start === -1) {
			start = index;
		} else if (!isDigit && start !== -1) {
			runs.push(text.slice(start, index));
			start = -1;
		}
	}

	return runs;
}

/** Whether `number` stands in `name` as a whole number, not inside a longer one ("17" in "res 17", not in "171"). */
function holdsNumber(name: string, number: string): boolean {
	const isDigit = (at: number) => at >= 0 && at < name.length && name.charCodeAt(at) >= 0x30 && name.charCodeAt(at) <= 0x39;
	for (let at = name.indexOf(number); at !== -1; at = name.indexOf(number, at + 1)) {
		if (!isDigit(at - 1) && !isDigit(at + number.length)) {
			return true;
		}
	}

	return false;
}

/** normalize(), without its Unicode and regular-expression passes for the plain ASCII most labels are. */
function normalizeName(label: string): string {
	return plainAscii.test(label) && !needsFolding.test(label) ? label.toLowerCase() : normalize(label);
}

const plainAscii = /^[\u0021-\u007E](?:[\u0020-\u007E]*[\u0021-\u007E])?$/;
const needsFolding = /["'`]| {2}/;

/** The names suggestions scan, for an index that holds its entities; a lookup snapshot stores them (lookup-snapshot.ts). */
export function suggestNames(index: DatasetIndex): SuggestNames {
	let names = prepared.get(index);
	if (names === undefined) {
		const built = {labels: [] as string[], names: [] as string[], heads: [] as string[]};
		for (const entity of index.entities.values()) {
			if (suggestible.has(entity.kind)) {
				const label = entityLabel(entity, index.entities);
				const name = normalizeName(label);
				built.labels.push(label);
				built.names.push(name);
				built.heads.push(name.slice(0, suggestQueryLength + headSlack));
			}
		}

		names = built;
		prepared.set(index, names);
	}

	return names;
}

/** Gives an index the names its suggestions scan, prepared elsewhere (an index read from a lookup snapshot holds no list of its entities). */
export function setSuggestNames(index: DatasetIndex, names: SuggestNames): void {
	prepared.set(index, names);
}

/** The query's characters by UTF-16 unit, while one query is scored; all zero between queries. */
const counts = new Int32Array(65_536);
const taken = new Int32Array(suggestQueryLength + headSlack);

/** The characters of `head` the query lacks, or of the query `head` lacks, whichever is more: a lower bound of their edit distance. */
function bagBound(queryLength: number, head: string, length: number): number {
	let matched = 0;
	for (let index = 0; index < length; index++) {
		const code = head.charCodeAt(index);
		if (counts[code]! > 0) {
			counts[code]!--;
			taken[matched++] = code;
		}
	}

	for (let index = 0; index < matched; index++) {
		counts[taken[index]!]!++;
	}

	return Math.max(length - matched, queryLength - matched);
}

/**
The nearest names to a query that matched nothing. Only runs on a miss: names
sharing the query's number come first (a person who typed "Res 17" most likely
meant a Resolution 17 of another revision, or 171), then by edit distance.
*/
export function suggest(index: DatasetIndex, query: string, limit = 5): string[] {
	const q = normalize(query.slice(0, suggestQueryLength * 4)).slice(0, suggestQueryLength);
	const numbers = digitRuns(q);
	const {labels, names, heads} = suggestNames(index);
	const count = names.length;
	const headLength = q.length + headSlack;
	const bonuses = new Int32Array(count);
	const bounds = new Int32Array(count);
	for (let at = 0; at < q.length; at++) {
		counts[q.charCodeAt(at)]!++;
	}

	let lowest = 0;
	let highest = 0;
	for (let entry = 0; entry < count; entry++) {
		const name = names[entry]!;
		const containsNumber = numbers.length > 0 && numbers.some(number => name.includes(number));
		const sharesNumber = containsNumber && numbers.some(number => holdsNumber(name, number));
		const bonus = (sharesNumber ? 100 : containsNumber ? 50 : 0) + (name.includes(q) ? 30 : 0);
		const length = Math.min(heads[entry]!.length, headLength);
		const bound = Math.max(Math.abs(q.length - length), bagBound(q.length, heads[entry]!, length)) - bonus;
		bonuses[entry] = bonus;
		bounds[entry] = bound;
		lowest = Math.min(lowest, bound);
		highest = Math.max(highest, bound);
	}

	for (let at = 0; at < q.length; at++) {
		counts[q.charCodeAt(at)]!--;
	}

	// Names by their bound, in buckets (bounds are small integers): no sort of every name.
	const buckets: number[][] = Array.from({length: highest - lowest + 1}, () => []);
	for (let entry = 0; entry < count; entry++) {
		buckets[bounds[entry]! - lowest]!.push(entry);
	}

	const best: Array<{label: string; score: number}> = [];
	const worstKept = () => (best.length < limit ? Number.POSITIVE_INFINITY : best[best.length - 1]!.score);
	let cells = 0;
	for (const [offset, bucket] of buckets.entries()) {
		if (offset + lowest > worstKept() || cells >= maxCells) {
			break;
		}

		for (const entry of bucket) {
			if (cells >= maxCells) {
				break;
			}

			const bonus = bonuses[entry]!;
			const head = heads[entry]!.slice(0, headLength);
			cells += q.length * head.length;
			const worst = worstKept();
			const distance = boundedEditDistance(q, head, Number.isFinite(worst) ? worst + bonus : q.length + head.length);
			const score = distance - bonus;
			if (score <= worst) {
				best.push({label: labels[entry]!, score});
				best.sort((a, b) => a.score - b.score || a.label.localeCompare(b.label));
				best.length = Math.min(best.length, limit);
			}
		}
	}

	return best.map(({label}) => label);
}

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
	return boundedEditDistance(a, b, Math.max(a.length, b.length));
}

/** Levenshtein distance when at most `limit`; otherwise some number above `limit` (the rows stop once every cell is over it). */
export function boundedEditDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) {
		return limit + 1;
	}

	let previous = Array.from({length: b.length + 1}, (_, index) => index);
	let current = Array.from({length: b.length + 1}, () => 0);
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		let rowMinimum = i;
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
			const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
			current[j] = value;
			if (value < rowMinimum) {
				rowMinimum = value;
			}
		}

		if (rowMinimum > limit) {
			return limit + 1;
		}

		[previous, current] = [current, previous];
	}

	return previous[b.length]!;
}
