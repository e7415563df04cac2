/**
A count with the word for one or for many, so no message says "entry(ies)":
"1 entry", "20 entries", "0 entries".
*/
export function countOf(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}
