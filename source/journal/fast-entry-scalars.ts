import type {NumberShape, StringShape} from './fast-entry-shape.js';

/*
The journal fast path's leaves (fast-entry.ts): strings and numbers, compiled
from their shapes (fast-entry-shape.ts), and what every compiled check shares.
A check returns the value as zod would, or unknownValue: "ask zod".
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

export function compileString(shape: StringShape): Compiled {
	// The bounds are two numbers and the patterns apart: one call per string, not one per check (the common fields have a bound or a pattern, or both).
	const minimum = shape.min;
	const maximum = shape.max ?? Number.POSITIVE_INFINITY;
	const patterns = shape.patterns.map(pattern => new RegExp(pattern.source, pattern.flags));
	const [pattern, ...otherPatterns] = patterns;
	if (otherPatterns.length === 0 && !shape.trim) {
		return pattern === undefined
			? value => (typeof value === 'string' && value.length >= minimum && value.length <= maximum ? value : unknownValue)
			: value => (typeof value === 'string' && value.length >= minimum && value.length <= maximum && pattern.test(value) ? value : unknownValue);
	}

	const {trim} = shape;
	return value => {
		if (typeof value !== 'string' || value.length < minimum || value.length > maximum) {
			return unknownValue;
		}

		for (const test of patterns) {
			if (!test.test(value)) {
				return unknownValue;
			}
		}

		// A transform (trim): the fast path takes only strings it leaves as they are.
		return trim && value.trim() !== value ? unknownValue : value;
	};
}

export function compileNumber(shape: NumberShape): Compiled {
	const tests: Array<(number: number) => boolean> = [Number.isFinite];
	for (const {side, value: bound, inclusive} of shape.bounds) {
		if (side === 'min') {
			tests.push(inclusive ? number => number >= bound : number => number > bound);
		} else {
			tests.push(inclusive ? number => number <= bound : number => number < bound);
		}
	}

	if (shape.safeInteger) {
		tests.push(Number.isSafeInteger);
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
