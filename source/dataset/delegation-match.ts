import type {Dataset, Delegation} from './schema.js';

/*
Finding a delegation by what a secretary types, in any of the six languages:
the one module behind the dashboard's picker, `--delegation` on the command
line and `council lookup`. A name and a query meet once both are folded:

- NFKD, then combining marks dropped: "Côte d'Ivoire" is "cote d'ivoire",
  full-width "ＦＲＡＮＣＥ" is "france", and Arabic hamza and madda on alef
  (أ إ آ) are plain alef;
- case folded (with ß → ss, final sigma → sigma);
- Arabic: alef wasla → alef, ta marbuta → ha, alef maqsura → ya, tatweel and
  Persian letter forms folded, so a name typed without its spelling niceties
  still meets CLDR's;
- punctuation and spaces collapsed to one space: "d’Ivoire" (curly) is "d'Ivoire"
  is "d ivoire", "Etats-Unis" is "etats unis".

Names searched: the shown name (ITU's), the six official-language names, the
aliases (former names such as "Turkey", formal names) and the ISO code.
*/

const arabicFolds: ReadonlyArray<[RegExp, string]> = [
	[/[\u0622\u0623\u0625\u0671\u0672\u0673]/gu, '\u0627'], // alef with madda, hamza above/below, wasla → alef
	[/\u0629/gu, '\u0647'], // ta marbuta → ha
	[/\u0649/gu, '\u064A'], // alef maqsura → ya
	[/[\u06CC\u06D2]/gu, '\u064A'], // Persian and Urdu ya → ya
	[/\u06A9/gu, '\u0643'], // Persian kaf → kaf
	[/\u0640/gu, ''], // tatweel
];

/** The folded form names and queries are compared in. */
export function foldName(value: string): string {
	let folded = value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ');
	for (const [pattern, replacement] of arabicFolds) {
		folded = folded.replace(pattern, replacement);
	}

	return folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Every name a delegation is found by (not folded). */
export function searchedNames(delegation: Delegation): string[] {
	return [delegation.name, ...Object.values(delegation.names ?? {}), ...(delegation.aliases ?? []), ...(delegation.code === undefined ? [] : [delegation.code])];
}

export type DelegationMatch = {
	readonly delegation: Delegation;
	/** 0 id or code, 1 a whole name, 2 the start of a name, 3 the start of a word, 4 inside a name. */
	readonly score: number;
};

function scoreOf(delegation: Delegation, folded: string): number | undefined {
	if (delegation.id === folded || (delegation.code !== undefined && delegation.code.toLowerCase() === folded)) {
		return 0;
	}

	const names = searchedNames(delegation).map(name => foldName(name));
	if (names.includes(folded)) {
		return 1;
	}

	if (names.some(name => name.startsWith(folded))) {
		return 2;
	}

	if (names.some(name => name.includes(` ${folded}`))) {
		return 3;
	}

	return names.some(name => name.includes(folded)) ? 4 : undefined;
}

/** Delegations matching the query, best first (ties in dataset order); every delegation for an empty query. */
export function scoreDelegations(delegations: readonly Delegation[], query: string): DelegationMatch[] {
	const folded = foldName(query);
	if (folded === '') {
		return delegations.map(delegation => ({delegation, score: 4}));
	}

	const matches: DelegationMatch[] = [];
	for (const delegation of delegations) {
		const score = scoreOf(delegation, folded);
		if (score !== undefined) {
			matches.push({delegation, score});
		}
	}

	// Array sort is stable: equal scores keep the dataset's order.
	return matches.sort((a, b) => a.score - b.score);
}

/**
Delegations whose id, code or name in any language matches the query, best
first (exact id, exact name, name starting with it, a word starting with it,
containing it): for the dashboard's picker and for `--delegation`.
*/
export function matchDelegations(dataset: Pick<Dataset, 'delegations'>, query: string): Delegation[] {
	return scoreDelegations(dataset.delegations, query).map(({delegation}) => delegation);
}

/**
The delegations a query names, for `--delegation` and `lookup`: those it names
exactly (id, code or a whole name: "Niger", not "Nigeria"), else every match.
One delegation back means the query names it; several mean it is ambiguous.
*/
export function namedDelegations(dataset: Pick<Dataset, 'delegations'>, query: string): {readonly matches: readonly Delegation[]; readonly isExact: boolean} {
	if (foldName(query) === '') {
		return {matches: [], isExact: false};
	}

	const scored = scoreDelegations(dataset.delegations, query);
	const exact = scored.filter(match => match.score <= 1);
	return exact.length > 0
		? {matches: exact.map(match => match.delegation), isExact: true}
		: {matches: scored.map(match => match.delegation), isExact: false};
}
