import type {z} from 'zod';
import {editDistance} from './lookup.js';
import type {JsonPath} from './locate.js';

/*
"unknown field "titel"" is more useful as "unknown field "titel" (did you mean
"title"?)". The field names an object may have are read from the zod schema
itself, following the path through lists, optionals and defaults.
*/

type Def = {
	readonly type: string;
	readonly shape?: Record<string, z.ZodType>;
	readonly element?: z.ZodType;
	readonly innerType?: z.ZodType;
};

function defOf(schema: z.ZodType): Def {
	return (schema as unknown as {_zod: {def: Def}})._zod.def;
}

function unwrap(schema: z.ZodType): z.ZodType {
	let current = schema;
	for (let def = defOf(current); def.innerType !== undefined; def = defOf(current)) {
		current = def.innerType;
	}

	return current;
}

/** The field names the schema allows for the object at `path`; empty when it is not an object. */
export function fieldNamesAt(schema: z.ZodType, path: JsonPath): string[] {
	let current: z.ZodType | undefined = unwrap(schema);
	for (const segment of path) {
		const def: Def = defOf(current);
		if (typeof segment === 'number' && def.type === 'array' && def.element !== undefined) {
			current = def.element;
		} else if (typeof segment === 'string' && def.type === 'object' && def.shape !== undefined) {
			current = def.shape[segment];
		} else {
			return [];
		}

		if (current === undefined) {
			return [];
		}

		current = unwrap(current);
	}

	const def = defOf(current);
	return def.type === 'object' && def.shape !== undefined ? Object.keys(def.shape) : [];
}

/** The allowed name a mistyped field most likely meant, if any is close. */
export function nearestFieldName(name: string, allowed: readonly string[]): string | undefined {
	const lower = name.toLowerCase();
	let best: {name: string; distance: number} | undefined;
	for (const candidate of allowed) {
		const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
		if (best === undefined || distance < best.distance) {
			best = {name: candidate, distance};
		}
	}

	return best !== undefined && best.distance <= Math.max(1, Math.min(3, Math.floor(name.length / 2))) ? best.name : undefined;
}
