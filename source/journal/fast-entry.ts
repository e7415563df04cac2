import type {z} from 'zod';
import {compileNumber, compileString, defOf, notInOrder, unknownValue, type Compiled, type Def} from './fast-entry-scalars.js';

/*
A fast path for journal lines of the common shapes (issue 15): zod, run without
its JIT (see dataset/load.ts), spends about 2 µs a line, which on a 100,000-line
journal is most of what a screen waits for at start. The fast path is compiled
from the journal line's own zod schema, so it knows every kind in the registry
(entry-kinds/registry.ts), including kinds added later, and follows any change
to a payload without being told.

It only ever says "valid, and here is the value zod would give" or "I do not
know": it never refuses a line. Anything it does not understand goes to zod,
which stays the judge (and writes every message): a kind using a type or a
check the compiler below does not know (a refine, a union, an array), a value
that fails any check, a string a trim would change, an unknown key. So the fast
path can only accept what zod accepts, and gives the same value, with its keys
in zod's order (test/journal/fast-entry.test.ts compares the two on valid,
invalid and hostile values).

What it understands: strict objects (unknown keys refused), arrays with length
bounds, literals, enums, optionals, and (fast-entry-scalars.ts) strings with
min/max length, a regex or an ISO date-time pattern and transforms that leave
the string as it is (trim), finite numbers with bounds and safe-integer formats.
*/

function compileObject(def: Def): Compiled | undefined {
	// Only strict objects: a stripping object's output differs from its input.
	if (defOf(def['catchall'])?.type !== 'never' || (def['checks'] as unknown[] | undefined)?.length) {
		return undefined;
	}

	const shape = def['shape'] as Record<string, unknown>;
	const fields: Array<{key: string; check: Compiled; isOptional: boolean}> = [];
	for (const key of Object.keys(shape)) {
		let fieldDef = defOf(shape[key]);
		let isOptional = false;
		if (fieldDef?.type === 'optional') {
			isOptional = true;
			fieldDef = defOf(fieldDef['innerType']);
		}

		const check = fieldDef === undefined ? undefined : compileSchemaDef(fieldDef);
		if (check === undefined) {
			return undefined;
		}

		fields.push({key, check, isOptional});
	}

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

function compileArray(def: Def): Compiled | undefined {
	const elementDef = defOf(def['element']);
	const element = elementDef === undefined ? undefined : compileSchemaDef(elementDef);
	if (element === undefined) {
		return undefined;
	}

	let minimum = 0;
	let maximum = Number.POSITIVE_INFINITY;
	for (const check of (def['checks'] as unknown[] | undefined) ?? []) {
		const checkDef = (check as {_zod?: {def?: Def & {check?: string}}})._zod?.def;
		if (checkDef?.check === 'min_length' && typeof checkDef['minimum'] === 'number') {
			minimum = Math.max(minimum, checkDef['minimum']);
		} else if (checkDef?.check === 'max_length' && typeof checkDef['maximum'] === 'number') {
			maximum = Math.min(maximum, checkDef['maximum']);
		} else {
			return undefined;
		}
	}

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

function compileSchemaDef(def: Def): Compiled | undefined {
	if ((def['checks'] as unknown[] | undefined)?.length && def.type !== 'string' && def.type !== 'number' && def.type !== 'array') {
		return undefined;
	}

	switch (def.type) {
		case 'string': {
			return compileString(def);
		}

		case 'number': {
			return compileNumber(def);
		}

		case 'literal': {
			const values = def['values'] as readonly unknown[];
			const [only] = values;
			// One value (`v: 1`, each kind's name): a comparison, unless it is one === cannot match (NaN) or undefined (zod's).
			if (values.length === 1 && only !== undefined && only === only) {
				return value => (value === only ? value : unknownValue);
			}

			return value => (values.includes(value) && value !== undefined ? value : unknownValue);
		}

		case 'enum': {
			const values = new Set(Object.values(def['entries'] as Record<string, unknown>));
			return value => ((typeof value === 'string' || typeof value === 'number') && values.has(value) ? value : unknownValue);
		}

		case 'object': {
			return compileObject(def);
		}

		case 'array': {
			return compileArray(def);
		}

		default: {
			return undefined;
		}
	}
}

export type FastEntry = {
	/** The kinds the fast path compiled; the others always go to zod. */
	readonly kinds: ReadonlySet<string>;
	/** The value zod would give for `value`, or undefined when zod has to judge it. */
	check(value: unknown): unknown;
};

/**
Compiles the fast path of a discriminated union of strict objects on `kind`
(the journal line's schema). Kinds whose schema uses anything it does not know
are left to zod.
*/
export function compileFastEntry(union: z.ZodType): FastEntry {
	const def = defOf(union);
	const byKind = new Map<string, Compiled>();
	if (def?.type === 'union' && def['discriminator'] === 'kind') {
		for (const option of def['options'] as unknown[]) {
			const optionDef = defOf(option);
			const kindDef = optionDef?.type === 'object' ? defOf((optionDef['shape'] as Record<string, unknown>)['kind']) : undefined;
			const kinds = kindDef?.type === 'literal' ? (kindDef['values'] as readonly unknown[]) : [];
			const compiled = optionDef === undefined ? undefined : compileObject(optionDef);
			if (compiled === undefined || kinds.length !== 1 || typeof kinds[0] !== 'string' || byKind.has(kinds[0])) {
				continue;
			}

			byKind.set(kinds[0], compiled);
		}
	}

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
