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

	const tests: Array<(text: string) => boolean> = [];
	// A format schema (z.iso.datetime) is its own check.
	if (typeof def['format'] === 'string') {
		const test = formatTest(def);
		if (test === undefined) {
			return undefined;
		}

		tests.push(test);
	}

	for (const check of (def['checks'] as unknown[] | undefined) ?? []) {
		const checkDef = (check as {_zod?: {def?: Def & {check?: string}}})._zod?.def;
		switch (checkDef?.check) {
			case 'min_length': {
				const minimum = checkDef['minimum'] as number;
				tests.push(text => text.length >= minimum);
				break;
			}

			case 'max_length': {
				const maximum = checkDef['maximum'] as number;
				tests.push(text => text.length <= maximum);
				break;
			}

			case 'string_format': {
				const test = formatTest(checkDef);
				if (test === undefined) {
					return undefined;
				}

				tests.push(test);
				break;
			}

			case 'overwrite': {
				// A transform (trim): the fast path takes only strings it leaves as they are.
				const transform = checkDef['tx'];
				if (typeof transform !== 'function') {
					return undefined;
				}

				tests.push(text => (transform as (value: string) => unknown)(text) === text);
				break;
			}

			default: {
				return undefined;
			}
		}
	}

	return value => {
		if (typeof value !== 'string') {
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

/** The pattern test of a `regex` or `datetime` format; undefined for any other format (an email, a URL: zod's own code). */
function formatTest(def: Def): ((text: string) => boolean) | undefined {
	const pattern = def['pattern'];
	if ((def['format'] !== 'regex' && def['format'] !== 'datetime') || !(pattern instanceof RegExp) || pattern.global || pattern.sticky) {
		return undefined;
	}

	return text => pattern.test(text);
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

