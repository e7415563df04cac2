import {compileNumber, compileString, notInOrder, unknownValue, type Compiled} from './fast-entry-scalars.js';
import {fastEntryShape, type ArrayShape, type FastEntryShape, type ObjectShape, type Shape} from './fast-entry-shape.js';

/*
A fast path for journal lines of the common shapes (issue 15): zod, run without
its JIT (see dataset/load.ts), spends about 2 µs a line, which on a 100,000-line
journal is most of what a screen waits for at start. The fast path is compiled
from the journal line's own zod schema, read as a shape (fast-entry-shape.ts:
JSON data, which the CLI's bundle carries evaluated at build time, so reading a
journal loads no zod), so it knows every kind in the registry
(entry-kinds/registry.ts), including kinds added later, and follows any change
to a payload without being told.

It only ever says "valid, and here is the value zod would give" or "I do not
know": it never refuses a line. Anything it does not understand goes to zod,
which stays the judge (and writes every message): a kind using a type or a
check the shape does not know (a refine, a union, a transform other than trim),
a value that fails any check, a string a trim would change, an unknown key. So
the fast path can only accept what zod accepts, and gives the same value, with
its keys in zod's order (test/journal/fast-entry.test.ts compares the two on
valid, invalid and hostile values).

What it understands: strict objects (unknown keys refused), arrays with length
bounds, literals, enums, optionals, and (fast-entry-scalars.ts) strings with
min/max length, a regex or an ISO date-time pattern and trim, finite numbers
with bounds and safe-integer formats.
*/

function compileObject(shape: ObjectShape): Compiled {
	const fields = shape.fields.map(field => ({key: field.key, check: compileShape(field.shape), isOptional: field.optional}));

	const known = new Set(fields.map(field => field.key));
	// The keys in the schema's order (as the journal's writer puts them): the parsed object is zod's value as it is, no copy.
	const inOrder = (record: Record<string, unknown>): unknown => {
		let next = 0;
		for (const key in record) {
			while (next < fields.length && fields[next]!.key !== key) {
				if (!fields[next]!.isOptional) {
					return notInOrder;
				}

				next++;
			}

			const field = fields[next];
			if (field === undefined || !Object.hasOwn(record, key)) {
				return notInOrder;
			}

			const value = record[key];
			const checked = field.check(value);
			if (checked !== value) {
				return checked === unknownValue ? unknownValue : notInOrder;
			}

			next++;
		}

		for (; next < fields.length; next++) {
			if (!fields[next]!.isOptional) {
				return unknownValue;
			}
		}

		return record;
	};

	// Any other order: a copy with zod's order.
	const copied = (record: Record<string, unknown>): unknown => {
		let present = 0;
		const output: Record<string, unknown> = {};
		for (const {key, check, isOptional} of fields) {
			if (!Object.hasOwn(record, key)) {
				if (isOptional) {
					continue;
				}

				return unknownValue;
			}

			const checked = check(record[key]);
			if (checked === unknownValue) {
				return unknownValue;
			}

			present++;
			output[key] = checked;
		}

		// Every own key must be a known one (an own "__proto__" from JSON.parse is not).
		const keys = Object.keys(record);
		if (keys.length !== present) {
			return unknownValue;
		}

		for (const key of keys) {
			if (!known.has(key)) {
				return unknownValue;
			}
		}

		return output;
	};

	return value => {
		if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) {
			return unknownValue;
		}

		const record = value as Record<string, unknown>;
		const checked = inOrder(record);
		return checked === notInOrder ? copied(record) : checked;
	};
}

function compileArray(shape: ArrayShape): Compiled {
	const element = compileShape(shape.element);
	const minimum = shape.min;
	const maximum = shape.max ?? Number.POSITIVE_INFINITY;
	return value => {
		if (!Array.isArray(value) || value.length < minimum || value.length > maximum) {
			return unknownValue;
		}

		// Always a new array, as zod gives: only the elements, none of any other property the value has.
		const output: unknown[] = [];
		for (let index = 0; index < value.length; index++) {
			// A hole (never from JSON.parse) is zod's to judge.
			if (!(index in value)) {
				return unknownValue;
			}

			const checked = element(value[index]);
			if (checked === unknownValue) {
				return unknownValue;
			}

			output.push(checked);
		}

		return output;
	};
}

function compileShape(shape: Shape): Compiled {
	switch (shape.type) {
		case 'string': {
			return compileString(shape);
		}

		case 'number': {
			return compileNumber(shape);
		}

		case 'literal': {
			const {values} = shape;
			const [only] = values;
			// One value (`v: 1`, each kind's name): a comparison.
			if (values.length === 1) {
				return value => (value === only ? value : unknownValue);
			}

			return value => (values.includes(value as never) ? value : unknownValue);
		}

		case 'enum': {
			const values = new Set<unknown>(shape.values);
			return value => ((typeof value === 'string' || typeof value === 'number') && values.has(value) ? value : unknownValue);
		}

		case 'object': {
			return compileObject(shape);
		}

		case 'array': {
			return compileArray(shape);
		}
	}
}

export type FastEntry = {
	/** The kinds the fast path compiled; the others always go to zod. */
	readonly kinds: ReadonlySet<string>;
	/** The value zod would give for `value`, or undefined when zod has to judge it. */
	check(value: unknown): unknown;
};

/** The check of one shape (the journal header's): zod's value, or undefined when zod has to judge; none (always zod's) without a shape. */
export function compileFastObject(shape: Shape | null): (value: unknown) => unknown {
	if (shape === null) {
		return () => undefined;
	}

	const compiled = compileShape(shape);
	return value => {
		const checked = compiled(value);
		return checked === unknownValue ? undefined : checked;
	};
}

/** Compiles the fast path from the journal line's shape (fast-entry-shape.ts). */
export function compileFastShape(shape: FastEntryShape): FastEntry {
	const byKind = new Map<string, Compiled>(shape.kinds.map(kind => [kind.kind, compileObject(kind.shape)]));
	return {
		kinds: new Set(byKind.keys()),
		check(value) {
			const kind = (value as {kind?: unknown} | null)?.kind;
			const compiled = typeof kind === 'string' && Object.hasOwn(value as object, 'kind') ? byKind.get(kind) : undefined;
			if (compiled === undefined) {
				return undefined;
			}

			const checked = compiled(value);
			return checked === unknownValue ? undefined : checked;
		},
	};
}

/**
Compiles the fast path of a discriminated union of strict objects on `kind`
(the journal line's schema). Kinds whose schema uses anything the shape does not
know are left to zod.
*/
export function compileFastEntry(union: unknown): FastEntry {
	return compileFastShape(fastEntryShape(union));
}
