/*
The journal fast path's leaves (fast-entry.ts): strings and numbers, compiled
from their zod definitions, and what every compiled check shares. A check
returns the value as zod would, or unknownValue: "ask zod".
*/

/** What a check returns for "not known to be valid". */
export const unknownValue = Symbol('ask zod');
/** The keys are not in the schema's order: check again, copying. */
export const notInOrder = Symbol('not in order');

/** The value as zod would return it, or unknownValue: ask zod. */
export type Compiled = (value: unknown) => unknown;

export type Def = {
	readonly type: string;
	readonly [key: string]: unknown;
};

type AnySchema = {readonly _zod: {readonly def: Def}};

export function defOf(schema: unknown): Def | undefined {
	const def = (schema as AnySchema | undefined)?._zod?.def;
	return def !== undefined && typeof def.type === 'string' ? def : undefined;
}

export function compileString(def: Def): Compiled | undefined {
	if (def['coerce'] === true) {
		return undefined;
	}

	// The bounds folded into two numbers and the patterns kept apart: one call per string, not one per check (the common fields have a bound or a pattern, or both).
	let minimum = 0;
	let maximum = Number.POSITIVE_INFINITY;
	const patterns: RegExp[] = [];
	const transforms: Array<(value: string) => unknown> = [];
	// A format schema (z.iso.datetime) is its own check.
	if (typeof def['format'] === 'string') {
		const pattern = formatPattern(def);
		if (pattern === undefined) {
			return undefined;
		}

		patterns.push(pattern);
	}

	for (const check of (def['checks'] as unknown[] | undefined) ?? []) {
		const checkDef = (check as {_zod?: {def?: Def & {check?: string}}})._zod?.def;
		switch (checkDef?.check) {
			case 'min_length': {
				minimum = Math.max(minimum, checkDef['minimum'] as number);
				break;
			}

			case 'max_length': {
				maximum = Math.min(maximum, checkDef['maximum'] as number);
				break;
			}

			case 'string_format': {
				const pattern = formatPattern(checkDef);
				if (pattern === undefined) {
					return undefined;
				}

				patterns.push(pattern);
				break;
			}

			case 'overwrite': {
				// A transform (trim): the fast path takes only strings it leaves as they are.
				const transform = checkDef['tx'];
				if (typeof transform !== 'function') {
					return undefined;
				}

				transforms.push(transform as (value: string) => unknown);
				break;
			}

			default: {
				return undefined;
			}
		}
	}

	// A bound that is not a number would make every comparison false: zod's to judge.
	if (typeof minimum !== 'number' || Number.isNaN(minimum) || typeof maximum !== 'number' || Number.isNaN(maximum)) {
		return undefined;
	}

	const [pattern, ...otherPatterns] = patterns;
	if (otherPatterns.length === 0 && transforms.length === 0) {
		return pattern === undefined
			? value => (typeof value === 'string' && value.length >= minimum && value.length <= maximum ? value : unknownValue)
			: value => (typeof value === 'string' && value.length >= minimum && value.length <= maximum && pattern.test(value) ? value : unknownValue);
	}

	return value => {
		if (typeof value !== 'string' || value.length < minimum || value.length > maximum) {
			return unknownValue;
		}

		for (const test of patterns) {
			if (!test.test(value)) {
				return unknownValue;
			}
		}

		for (const transform of transforms) {
			if (transform(value) !== value) {
				return unknownValue;
			}
		}

		return value;
	};
}

/** The pattern of a `regex` or `datetime` format; undefined for any other format (an email, a URL: zod's own code). */
function formatPattern(def: Def): RegExp | undefined {
	const pattern = def['pattern'];
	if ((def['format'] !== 'regex' && def['format'] !== 'datetime') || !(pattern instanceof RegExp) || pattern.global || pattern.sticky) {
		return undefined;
	}

	return pattern;
}

export function compileNumber(def: Def): Compiled | undefined {
	if (def['coerce'] === true) {
		return undefined;
	}

	const tests: Array<(number: number) => boolean> = [Number.isFinite];
	for (const check of (def['checks'] as unknown[] | undefined) ?? []) {
		const checkDef = (check as {_zod?: {def?: Def & {check?: string}}})._zod?.def;
		switch (checkDef?.check) {
			case 'greater_than': {
				const bound = checkDef['value'];
				if (typeof bound !== 'number') {
					return undefined;
				}

				tests.push(checkDef['inclusive'] === true ? number => number >= bound : number => number > bound);
				break;
			}

			case 'less_than': {
				const bound = checkDef['value'];
				if (typeof bound !== 'number') {
					return undefined;
				}

				tests.push(checkDef['inclusive'] === true ? number => number <= bound : number => number < bound);
				break;
			}

			case 'number_format': {
				if (checkDef['format'] !== 'safeint') {
					return undefined;
				}

				tests.push(Number.isSafeInteger);
				break;
			}

			default: {
				return undefined;
			}
		}
	}

	return value => {
		if (typeof value !== 'number') {
			return unknownValue;
		}

		for (const test of tests) {
			if (!test(value)) {
				return unknownValue;
			}
		}

		return value;
	};
}

