import type {DatasetIndex, Entity} from './build-index.js';
import {entityLabel} from './labels.js';
import {normalize} from './lookup-keys.js';

/*
The nearest names to a query that names nothing ("Res 7l" → "Resolution 7 ..."),
with bounded work whatever the query: it is cut to its first characters, each
name is first ordered by a cheap lower bound of its edit distance, and the edit
distances stop once they cannot place. No query is ever made a regular expression.
*/

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
