import {defOf, type Def} from './fast-entry-scalars.js';

/*
What the journal's fast path knows of the journal line's schema, as JSON data
(issue 15): read from the zod schema's definitions here, compiled into checks
by fast-entry.ts. Data, so that the CLI's bundle can carry it evaluated at build
time (scripts/schema-as-data.mjs) and the dashboard reads a journal without
loading zod, which only judges the lines the fast path does not vouch for
(read-line.ts). Nothing here imports zod: it only walks a schema's `_zod.def`.

Whatever this reader does not know (a refine, a union, a transform other than
trim, a bound or a literal JSON cannot carry) leaves the kind, or the whole
kind's shape, to zod: a shape only ever narrows what the fast path accepts.
*/

export type StringShape = {readonly type: 'string'; readonly min: number; readonly max: number | null; readonly patterns: ReadonlyArray<{readonly source: string; readonly flags: string}>; readonly trim: boolean};
export type NumberShape = {readonly type: 'number'; readonly bounds: ReadonlyArray<{readonly side: 'min' | 'max'; readonly value: number; readonly inclusive: boolean}>; readonly safeInteger: boolean};
export type LiteralShape = {readonly type: 'literal'; readonly values: readonly JsonScalar[]};
export type EnumShape = {readonly type: 'enum'; readonly values: ReadonlyArray<string | number>};
export type ObjectShape = {readonly type: 'object'; readonly fields: ReadonlyArray<{readonly key: string; readonly optional: boolean; readonly shape: Shape}>};
export type ArrayShape = {readonly type: 'array'; readonly element: Shape; readonly min: number; readonly max: number | null};
export type Shape = StringShape | NumberShape | LiteralShape | EnumShape | ObjectShape | ArrayShape;
type JsonScalar = string | number | boolean | null;

/** The fast path's knowledge of the journal line: each kind it can check, by name, in the union's order. */
export type FastEntryShape = {readonly kinds: ReadonlyArray<{readonly kind: string; readonly shape: ObjectShape}>};

/** A number JSON gives back as it is. */
function isJsonNumber(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0);
}

function isJsonScalar(value: unknown): value is JsonScalar {
	return value === null || typeof value === 'string' || typeof value === 'boolean' || isJsonNumber(value);
}

function checkDefOf(check: unknown): (Def & {check?: string}) | undefined {
	return (check as {_zod?: {def?: Def & {check?: string}}})._zod?.def;
}

/*
Strings a transform is tried on to tell whether it is zod's trim, the only one
the fast path knows (a string is taken only when trimming leaves it as it is):
white space of every kind at either end, case, accents and ligatures, so that a
lower-casing, upper-casing or normalizing transform differs from trim on some.
*/
const trimProbes = ['', ' ', 'a', ' a', 'a ', '\tA\n', '\u00A0b\u2028', '\uFEFFc\u3000', 'MiXeD Case', 'é', 'e\u0301', 'İı', 'ß', 'ǅ', 'ﬁ', ' Ω-_ x '];

function isTrim(transform: unknown): boolean {
	if (typeof transform !== 'function') {
		return false;
	}

	try {
		return trimProbes.every(probe => (transform as (value: string) => unknown)(probe) === probe.trim());
	} catch {
		return false;
	}
}

/** The pattern of a `regex` or `datetime` format; undefined for any other format (an email, a URL: zod's own code). */
function formatPattern(def: Def): {source: string; flags: string} | undefined {
	const pattern = def['pattern'];
	if ((def['format'] !== 'regex' && def['format'] !== 'datetime') || !(pattern instanceof RegExp) || pattern.global || pattern.sticky) {
		return undefined;
	}

	return {source: pattern.source, flags: pattern.flags};
}

function stringShape(def: Def): StringShape | undefined {
	if (def['coerce'] === true) {
		return undefined;
	}

	let minimum = 0;
	let maximum = Number.POSITIVE_INFINITY;
	const patterns: Array<{source: string; flags: string}> = [];
	let trim = false;
	// A format schema (z.iso.datetime) is its own check.
	if (typeof def['format'] === 'string') {
		const pattern = formatPattern(def);
		if (pattern === undefined) {
			return undefined;
		}

		patterns.push(pattern);
	}

	for (const check of (def['checks'] as unknown[] | undefined) ?? []) {
		const checkDef = checkDefOf(check);
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
				// A transform: the fast path takes only strings trim leaves as they are; any other transform is zod's.
				if (!isTrim(checkDef['tx'])) {
					return undefined;
				}

				trim = true;
				break;
			}

			default: {
				return undefined;
			}
		}
	}

	// A bound that is not a finite number (but no maximum) would make every comparison false, or JSON could not carry it: zod's to judge.
	if (typeof minimum !== 'number' || !Number.isFinite(minimum) || typeof maximum !== 'number' || !(Number.isFinite(maximum) || maximum === Number.POSITIVE_INFINITY)) {
		return undefined;
	}

	return {type: 'string', min: minimum, max: maximum === Number.POSITIVE_INFINITY ? null : maximum, patterns, trim};
}

function numberShape(def: Def): NumberShape | undefined {
	if (def['coerce'] === true) {
		return undefined;
	}

	const bounds: Array<NumberShape['bounds'][number]> = [];
	let safeInteger = false;
	for (const check of (def['checks'] as unknown[] | undefined) ?? []) {
		const checkDef = checkDefOf(check);
		switch (checkDef?.check) {
			case 'greater_than':
			case 'less_than': {
				const bound = checkDef['value'];
				// An infinite or NaN bound (JSON cannot carry it): zod's.
				if (typeof bound !== 'number' || !Number.isFinite(bound)) {
					return undefined;
				}

				bounds.push({side: checkDef.check === 'greater_than' ? 'min' : 'max', value: bound, inclusive: checkDef['inclusive'] === true});
				break;
			}

			case 'number_format': {
				if (checkDef['format'] !== 'safeint') {
					return undefined;
				}

				safeInteger = true;
				break;
			}

			default: {
				return undefined;
			}
		}
	}

	return {type: 'number', bounds, safeInteger};
}

function objectShape(def: Def): ObjectShape | undefined {
	// Only strict objects: a stripping object's output differs from its input.
	if (defOf(def['catchall'])?.type !== 'never' || (def['checks'] as unknown[] | undefined)?.length) {
		return undefined;
	}

	const shape = def['shape'] as Record<string, unknown>;
	const fields: Array<ObjectShape['fields'][number]> = [];
	for (const key of Object.keys(shape)) {
		let fieldDef = defOf(shape[key]);
		let optional = false;
		if (fieldDef?.type === 'optional') {
			optional = true;
			fieldDef = defOf(fieldDef['innerType']);
		}

		const field = fieldDef === undefined ? undefined : shapeOf(fieldDef);
		if (field === undefined) {
			return undefined;
		}

		fields.push({key, optional, shape: field});
	}

	return {type: 'object', fields};
}

function arrayShape(def: Def): ArrayShape | undefined {
	const elementDef = defOf(def['element']);
	const element = elementDef === undefined ? undefined : shapeOf(elementDef);
	if (element === undefined) {
		return undefined;
	}

	let minimum = 0;
	let maximum = Number.POSITIVE_INFINITY;
	for (const check of (def['checks'] as unknown[] | undefined) ?? []) {
		const checkDef = checkDefOf(check);
		if (checkDef?.check === 'min_length' && typeof checkDef['minimum'] === 'number') {
			minimum = Math.max(minimum, checkDef['minimum']);
		} else if (checkDef?.check === 'max_length' && typeof checkDef['maximum'] === 'number') {
			maximum = Math.min(maximum, checkDef['maximum']);
		} else {
			return undefined;
		}
	}

	if (!Number.isFinite(minimum) || !(Number.isFinite(maximum) || maximum === Number.POSITIVE_INFINITY)) {
		return undefined;
	}

	return {type: 'array', element, min: minimum, max: maximum === Number.POSITIVE_INFINITY ? null : maximum};
}

function shapeOf(def: Def): Shape | undefined {
	if ((def['checks'] as unknown[] | undefined)?.length && def.type !== 'string' && def.type !== 'number' && def.type !== 'array') {
		return undefined;
	}

	switch (def.type) {
		case 'string': {
			return stringShape(def);
		}

		case 'number': {
			return numberShape(def);
		}

		case 'literal': {
			const values = def['values'] as readonly unknown[];
			return values.every(value => isJsonScalar(value)) ? {type: 'literal', values: [...values] as JsonScalar[]} : undefined;
		}

		case 'enum': {
			const values = Object.values(def['entries'] as Record<string, unknown>);
			return values.every(value => typeof value === 'string' || isJsonNumber(value)) ? {type: 'enum', values: values as Array<string | number>} : undefined;
		}

		case 'object': {
			return objectShape(def);
		}

		case 'array': {
			return arrayShape(def);
		}

		default: {
			return undefined;
		}
	}
}

/**
The shape of a discriminated union of strict objects on `kind` (the journal
line's schema): the kinds whose schema uses only what the fast path knows.
*/
export function fastEntryShape(union: unknown): FastEntryShape {
	const def = defOf(union);
	const kinds: Array<FastEntryShape['kinds'][number]> = [];
	if (def?.type === 'union' && def['discriminator'] === 'kind') {
		for (const option of def['options'] as unknown[]) {
			const optionDef = defOf(option);
			const kindDef = optionDef?.type === 'object' ? defOf((optionDef['shape'] as Record<string, unknown>)['kind']) : undefined;
			const names = kindDef?.type === 'literal' ? (kindDef['values'] as readonly unknown[]) : [];
			const shape = optionDef === undefined ? undefined : objectShape(optionDef);
			const [name] = names;
			if (shape === undefined || names.length !== 1 || typeof name !== 'string' || kinds.some(kind => kind.kind === name)) {
				continue;
			}

			kinds.push({kind: name, shape});
		}
	}

	return {kinds};
}

/** The shape of one schema (the journal header's), or undefined when the fast path cannot know it. */
export function schemaShape(schema: unknown): Shape | undefined {
	const def = defOf(schema);
	return def === undefined ? undefined : shapeOf(def);
}
