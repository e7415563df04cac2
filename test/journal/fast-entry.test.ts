import {describe, expect, it} from 'vitest';
import {z} from 'zod';
import {entryKinds} from '../../source/journal/entry-kinds/registry.js';
import {jsonNestingProblem} from '../../source/io/json-depth.js';
import {maxJsonDepth} from '../../source/io/limits.js';
import {compileFastEntry} from '../../source/journal/fast-entry.js';
import {parseLine} from '../../source/journal/judge-line.js';
import {journalEntry} from '../../source/journal/schema.js';
import {sanitizeDeep} from '../../source/text/sanitize.js';
import {seededRandom as random} from '../helpers/seeded-random.js';

/*
The journal's fast path (source/journal/fast-entry.ts) against zod, the judge:
on valid entries of every kind, on thousands of mutants of them (seeded, so a
failure repeats) and on hostile values, the fast path either says nothing or
gives exactly zod's value. It must never accept what zod refuses.
*/

const common = {v: 1, id: '0mnwyp400-0a1b2c3d4e5f', time: '2026-04-13T09:00:00.000Z', author: {name: 'Ana Secretary', role: 'secretary'}};

/** One valid payload per kind. A kind added to the registry gets one here (the first test says which is missing). */
const payloads: Record<string, unknown> = {
	decision: {target: 'item-budget', outcome: 'approved', text: 'The Council approved the budget.', outcomes: [{kind: 'approved', on: 'the draft Decision in Annex A'}, {kind: 'noted'}], number: 'Decision 650 (C25)'},
	delegation: {id: 'fd', name: 'Freedonia', kind: 'member-state', names: {fr: 'Freedonie', ar: 'فريدونيا', zh: '自由尼亚', ru: 'Фридония'}},
	vote: {target: 'item-budget', counts: {yes: 2, no: 1, abstain: 0, absent: 0}, roll: [{delegation: 'cn', option: 'yes'}, {delegation: 'ru', option: 'yes'}, {delegation: 'fr', option: 'no'}], majority: 'simple'},
	status: {item: 'item-budget', status: 'under-consideration'},
	position: {delegation: 'cn', on: 'item-budget', stance: 'supports', note: '同意 — موافق'},
	current: {item: 'item-budget'},
	undo: {entry: '0mnwyp3zz-0a1b2c3d4e5f'},
	'floor-request': {item: 'item-budget', delegation: 'ru', request: 'reply'},
	'floor-withdraw': {item: 'item-budget', delegation: 'ru'},
	'floor-move': {item: 'item-budget', delegation: 'ru', by: -2},
	'floor-give': {item: 'item-budget', delegation: 'ru'},
	'floor-end': {item: 'item-budget', delegation: 'ru'},
	'floor-statement': {item: 'item-budget', delegation: 'ru', text: 'Российская Федерация поддерживает.', stance: 'supports'},
	'floor-close': {item: 'item-budget'},
	'floor-open': {item: 'item-budget'},
	'floor-plan': {item: 'item-budget', minutes: 12.5},
};

const samples = entryKinds.filter(kind => payloads[kind.kind] !== undefined).map(kind => ({...common, kind: kind.kind, payload: payloads[kind.kind]}));
const fast = compileFastEntry(journalEntry);

/** The property itself: whatever the fast path gives, zod gives too, to the key order. */
function expectAgreement(value: unknown): 'fast' | 'zod-valid' | 'zod-invalid' {
	const judged = journalEntry.safeParse(value);
	const quick = fast.check(value);
	if (quick !== undefined) {
		expect(judged.success, `the fast path accepted what zod refuses: ${JSON.stringify(value)?.slice(0, 300)}`).toBe(true);
		expect(quick).toEqual(judged.data);
		expect(JSON.stringify(quick)).toBe(JSON.stringify(judged.data));
		return 'fast';
	}

	return judged.success ? 'zod-valid' : 'zod-invalid';
}

function deep(depth: number): unknown {
	let value: unknown = 'x';
	for (let level = 0; level < depth; level++) {
		value = level % 2 === 0 ? [value] : {a: value};
	}

	return value;
}

/** Values from the edge of every check, and hostile ones. */
const hostileValues: unknown[] = [
	undefined, null, true, false, 0, -0, 1, -1, 1.5, 1000, 1001, -1001, 1440, 1441, 0.000_001, Number.MAX_SAFE_INTEGER + 2, Number.POSITIVE_INFINITY, Number.NaN,
	'', ' ', '  padded  ', 'a', 'item-budget', 'Item-Budget', '-item', 'item budget', 'approved', 'supports', 'secretary', 'chair', 'viewer', 'reply', 'speak',
	'\u001B[2Jwiped', 'bell\u0007', 'nul\u0000', 'C1\u009B31m', 'rtl\u202Eoverride', 'tab\there', 'line\nbreak', '__proto__', 'constructor',
	'x'.repeat(99), 'x'.repeat(100), 'x'.repeat(101), 'x'.repeat(2000), 'x'.repeat(2001), 'x'.repeat(5000), 'x'.repeat(5001), 'x'.repeat(20_000), 'x'.repeat(20_001),
	'2026-04-13T09:00:00Z', '2026-04-13T09:00:00+02:00', '2026-02-30T09:00:00Z', '2026-04-13 09:00:00', '2026-04-13T09:00:00.000Z\n',
	'0mnwyp400-0a1b2c3d', '0mnwyp400-0A1B2C3D', '0mnwyp40-0a1b2c3d',
];

/** Objects are made afresh each time, so one mutant never changes another. */
const hostileObjects: ReadonlyArray<() => unknown> = [
	() => [], () => ['x'], () => ({}), () => ({item: 'item-budget'}), () => deep(100), () => deep(1000),
	() => JSON.parse('{"__proto__": {"polluted": true}}'), () => JSON.parse('{"__proto__": "item-budget"}'),
	() => Object.create({inherited: 'item-budget'}) as unknown,
];

function hostile(next: () => number): unknown {
	const index = Math.floor(next() * (hostileValues.length + hostileObjects.length));
	return index < hostileValues.length ? hostileValues[index] : hostileObjects[index - hostileValues.length]!();
}

type Path = ReadonlyArray<string>;

/** The objects of an entry (not below its payload's fields: a deep value put there is a value, not more places). */
function objectPaths(value: unknown, path: Path = []): Path[] {
	if (typeof value !== 'object' || value === null || path.length > 3) {
		return [];
	}

	return [path, ...Object.keys(value).flatMap(key => objectPaths((value as Record<string, unknown>)[key], [...path, key]))];
}

function clone<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

function at(value: unknown, path: Path): Record<string, unknown> {
	return path.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, value as Record<string, unknown>);
}

/** One random change: a field set to an edge or hostile value, removed, an unknown or __proto__ key added, the keys reordered, another kind. */
function mutate(sample: unknown, next: () => number): unknown {
	const value = clone(sample);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	const changes = 1 + Math.floor(next() * 3);
	for (let change = 0; change < changes; change++) {
		const node = at(value, pick(objectPaths(value)));
		const keys = Object.keys(node);
		switch (Math.floor(next() * 6)) {
			case 0:
			case 1: {
				if (keys.length > 0) {
					node[pick(keys)] = hostile(next);
				}

				break;
			}

			case 2: {
				if (keys.length > 0) {
					delete node[pick(keys)];
				}

				break;
			}

			case 3: {
				// An own __proto__ key (as JSON.parse makes one) or an unknown one.
				Object.defineProperty(node, pick(['__proto__', 'extra', 'constructor', 'toString']), {value: hostile(next), enumerable: true, configurable: true, writable: true});
				break;
			}

			case 4: {
				// The same fields in another order: zod's value has the schema's order.
				const entries = Object.entries(node).reverse();
				for (const key of keys) {
					delete node[key];
				}

				for (const [key, field] of entries) {
					node[key] = field;
				}

				break;
			}

			default: {
				(value as Record<string, unknown>)['kind'] = pick([...Object.keys(payloads), 'unknown-kind', 'Decision', '']);
			}
		}
	}

	return value;
}

describe('the journal fast path agrees with zod', () => {
	it('has a valid sample of every kind in the registry, and compiles the common kinds', () => {
		const missing = entryKinds.map(kind => kind.kind).filter(kind => payloads[kind] === undefined);
		expect(missing, 'add a sample payload for these kinds to test/journal/fast-entry.test.ts').toEqual([]);
		for (const sample of samples) {
			expect(journalEntry.safeParse(sample).success, `the sample of ${sample.kind} is valid`).toBe(true);
		}

		// The shapes a session writes most go the fast way.
		for (const kind of ['decision', 'status', 'position', 'current', 'undo', 'floor-request', 'floor-give', 'floor-statement']) {
			expect(fast.kinds.has(kind), kind).toBe(true);
		}

		// A superRefine (vote's roll call against its counts) or a refine (floor-move) leaves the kind to zod.
		expect(fast.kinds.has('vote')).toBe(false);
	});

	it('accepts every valid sample of a compiled kind with zod\'s own value, and leaves the others to zod', () => {
		for (const sample of samples) {
			const outcome = expectAgreement(sample);
			expect(outcome).toBe(fast.kinds.has(sample.kind) ? 'fast' : 'zod-valid');
		}
	});

	it('never accepts what zod refuses, over 20,000 seeded mutants (edge values, hostile strings, __proto__ keys, deep nesting, reordered keys)', () => {
		const next = random(15);
		const counts = {fast: 0, 'zod-valid': 0, 'zod-invalid': 0};
		for (let round = 0; round < 20_000; round++) {
			counts[expectAgreement(mutate(samples[round % samples.length], next))]++;
		}

		// The mutants reach both sides of the checks (a test that only ever sees one side proves nothing).
		expect(counts.fast).toBeGreaterThan(1000);
		expect(counts['zod-invalid']).toBeGreaterThan(5000);
	});

	it('leaves to zod what is not a plain entry at all', () => {
		const next = random(7);
		const values = Array.from({length: hostileValues.length + hostileObjects.length}, () => hostile(next));
		for (const value of [...values, ...values.map(payload => ({...common, kind: 'decision', payload})), ...values.map(author => ({...common, author, kind: 'current', payload: {item: 'a'}}))]) {
			expectAgreement(value);
		}

		expect(fast.check(Object.assign(Object.create({kind: 'current'}) as object, {...common, payload: {item: 'a'}}))).toBeUndefined();
	});

	it('leaves a kind it cannot compile (a refine, an array, a union, a stripping object) to zod, and follows a changed schema', () => {
		const base = {v: z.literal(1), id: z.string()};
		const union = z.discriminatedUnion('kind', [
			z.object({...base, kind: z.literal('refined'), payload: z.object({n: z.number().refine(value => value !== 3)}).strict()}).strict(),
			z.object({...base, kind: z.literal('listed'), payload: z.object({ids: z.array(z.string().refine(value => value !== 'x'))}).strict()}).strict(),
			z.object({...base, kind: z.literal('either'), payload: z.object({x: z.union([z.string(), z.number()])}).strict()}).strict(),
			z.object({...base, kind: z.literal('stripped'), payload: z.object({x: z.string()})}).strict(),
			z.object({...base, kind: z.literal('plain'), payload: z.object({x: z.string().min(2), y: z.number().int().optional()}).strict()}).strict(),
		]);
		const compiled = compileFastEntry(union);
		expect([...compiled.kinds]).toEqual(['plain']);
		// Arrays with their bounds; elements in another key order are copied in zod's.
		const listed = compileFastEntry(z.discriminatedUnion('kind', [z.object({...base, kind: z.literal('listed'), payload: z.object({items: z.array(z.object({a: z.string(), b: z.number().optional()}).strict()).min(1).max(2)}).strict()}).strict()]));
		expect(listed.check({v: 1, id: 'a', kind: 'listed', payload: {items: []}})).toBeUndefined();
		expect(listed.check({v: 1, id: 'a', kind: 'listed', payload: {items: [{a: 'x'}, {a: 'y'}, {a: 'z'}]}})).toBeUndefined();
		expect(listed.check({v: 1, id: 'a', kind: 'listed', payload: {items: [{a: 'x', b: 'no'}]}})).toBeUndefined();
		expect(JSON.stringify(listed.check({v: 1, id: 'a', kind: 'listed', payload: {items: [{b: 1, a: 'x'}]}}))).toBe('{"v":1,"id":"a","kind":"listed","payload":{"items":[{"a":"x","b":1}]}}');
		expect(compiled.check({v: 1, id: 'a', kind: 'refined', payload: {n: 3}})).toBeUndefined();
		expect(compiled.check({v: 1, id: 'a', kind: 'stripped', payload: {x: 'a', extra: 1}})).toBeUndefined();
		expect(compiled.check({v: 1, id: 'a', kind: 'plain', payload: {x: 'ab'}})).toEqual({v: 1, id: 'a', kind: 'plain', payload: {x: 'ab'}});
		expect(compiled.check({v: 1, id: 'a', kind: 'plain', payload: {x: 'a'}})).toBeUndefined();
		expect(compiled.check({v: 1, id: 'a', kind: 'plain', payload: {x: 'ab', y: 1.5}})).toBeUndefined();
		// A payload with a new required field: the old shape is no longer vouched for.
		const changed = compileFastEntry(z.discriminatedUnion('kind', [z.object({...base, kind: z.literal('plain'), payload: z.object({x: z.string(), votes: z.number()}).strict()}).strict()]));
		expect(changed.check({v: 1, id: 'a', kind: 'plain', payload: {x: 'ab'}})).toBeUndefined();
	});
});

describe('reading a line gives what zod alone would give', () => {
	// What reading did before the fast path: the nesting bound, then sanitizing and zod.
	const reference = (line: string) => {
		if (jsonNestingProblem(line, maxJsonDepth) !== undefined) {
			return undefined;
		}

		const result = journalEntry.safeParse(sanitizeDeep(JSON.parse(line) as unknown));
		return result.success ? result.data : undefined;
	};

	it('on 5,000 seeded mutants written as lines, and on hostile lines', () => {
		const next = random(1915);
		const lines = Array.from({length: 5000}, (_, round) => JSON.stringify(mutate(samples[round % samples.length], next)));
		lines.push(
			...samples.map(sample => JSON.stringify(sample)),
			JSON.stringify({...common, kind: 'current', payload: {item: 'item-budget'}}).replace('Ana Secretary', 'Ana\\u001b[2J Secretary'),
			JSON.stringify({...common, kind: 'current', payload: {item: 'item-budget'}}).replace('"payload"', '"__proto__":{"x":1},"payload"'),
			JSON.stringify({...common, kind: 'current', payload: {item: 'item-budget', __proto__: null}}),
			JSON.stringify({...common, kind: 'decision', payload: {target: 'a', outcome: 'noted', text: '\u202Eevil'}}),
			JSON.stringify({...common, kind: 'decision', payload: {target: 'a', outcome: 'noted', text: 'x'.repeat(20_000)}}),
			JSON.stringify({...common, kind: 'decision', payload: {target: 'a', outcome: 'noted', text: 'x'.repeat(20_001)}}),
		);
		let accepted = 0;
		for (const [index, line] of lines.entries()) {
			const parsed = parseLine(line, index + 1);
			const expected = reference(line);
			if (expected === undefined) {
				expect(parsed, line.slice(0, 200)).toMatchObject({line: index + 1, kind: 'invalid'});
			} else {
				accepted++;
				expect(parsed).toEqual(expected);
				expect(JSON.stringify(parsed)).toBe(JSON.stringify(expected));
			}
		}

		expect(accepted).toBeGreaterThan(400);
	});

	it('still skips a line nested past the limit (before anything recursive sees it) or too long (before any parsing)', () => {
		const nested = `{"v":1,"kind":"current","payload":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
		expect(parseLine(nested, 3)).toMatchObject({line: 3, kind: 'invalid', message: expect.stringContaining('nests lists and objects more than 64 deep') as unknown});
		const huge = JSON.stringify({...common, kind: 'decision', payload: {target: 'a', outcome: 'noted', text: 'x'.repeat(1_100_000)}});
		expect(parseLine(huge, 4)).toMatchObject({line: 4, kind: 'invalid', message: expect.stringContaining('long') as unknown});
	});
});
