import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it, vi} from 'vitest';
import {dataModuleSource, evaluateDataModule, schemaDataModules} from '../../scripts/schema-as-data.mjs';
import {entryKinds} from '../../source/journal/entry-kinds/registry.js';
import {fastEntryShape} from '../../source/journal/fast-entry-shape.js';
import {compileFastObject} from '../../source/journal/fast-entry.js';
import {headerOf} from '../../source/journal/header.js';
import {journalHeader} from '../../source/journal/header-schema.js';
import {journalHeaderShape, journalLineShape} from '../../source/journal/journal-line-shape.js';
import {journalEntry} from '../../source/journal/schema.js';

/*
The journal line's shape (source/journal/journal-line-shape.ts), which the fast
path is compiled from, as the bundle carries it (evaluated at build time by
scripts/schema-as-data.mjs) and as vitest and tsx compute it from the zod schema:
the same data. And reading loads zod's judgement only for a line the fast path
does not vouch for, giving the same entries and problems either way.
*/

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
const scratch = await mkdtemp(path.join(os.tmpdir(), 'council-line-shape-'));
afterAll(async () => rm(scratch, {recursive: true, force: true}));

describe('the journal line\'s shape', () => {
	it('evaluated at build time is the one computed from the schema at run time, and JSON carries it as it is', async () => {
		expect(schemaDataModules).toEqual(['source/journal/journal-line-shape.ts']);
		const {exports} = await evaluateDataModule(path.join(root, 'source/journal/journal-line-shape.ts'));
		expect(Object.keys(exports).sort()).toEqual(['journalHeaderShape', 'journalLineShape']);
		expect(JSON.stringify(exports['journalLineShape'])).toBe(JSON.stringify(journalLineShape));
		expect(JSON.stringify(exports['journalHeaderShape'])).toBe(JSON.stringify(journalHeaderShape));
		expect(journalHeaderShape?.type).toBe('object');
		expect(JSON.stringify(journalLineShape)).toBe(JSON.stringify(fastEntryShape(journalEntry)));
		// What the bundle's module gives back: the same data, to the key order.
		const file = path.join(scratch, 'shape.mjs');
		await writeFile(file, dataModuleSource(exports));
		const shipped = await import(file) as {journalLineShape: unknown; journalHeaderShape: unknown};
		expect(shipped.journalLineShape).toStrictEqual(JSON.parse(JSON.stringify(journalLineShape)));
		expect(JSON.stringify(shipped.journalLineShape)).toBe(JSON.stringify(journalLineShape));
		expect(JSON.stringify(shipped.journalHeaderShape)).toBe(JSON.stringify(journalHeaderShape));
	});

	it('knows every kind but those using a refine or a union (zod\'s), in the registry\'s order, with its patterns and trims', () => {
		// The vote refines its roll call, floor-move and delegation hold a refine or a union: what the fast path knew before it was read from a shape.
		expect(journalLineShape.kinds.map(kind => kind.kind)).toEqual(entryKinds.map(kind => kind.kind).filter(kind => !['vote', 'floor-move', 'delegation'].includes(kind)));
		const text = JSON.stringify(journalLineShape);
		// The author's name is trimmed (z.string().trim()), the time an ISO date-time pattern.
		expect(text).toContain('"key":"name","optional":false,"shape":{"type":"string","min":1,"max":100,"patterns":[],"trim":true}');
		expect(text).toContain('"key":"time","optional":false,"shape":{"type":"string","min":0,"max":null,"patterns":[{"source":');
	});

	it('leaves to zod a transform that is not trim, and bounds or literals JSON cannot carry', async () => {
		const {z} = await import('zod');
		const base = {v: z.literal(1)};
		const union = z.discriminatedUnion('kind', [
			z.object({...base, kind: z.literal('lower'), payload: z.object({x: z.string().toLowerCase()}).strict()}).strict(),
			z.object({...base, kind: z.literal('upper'), payload: z.object({x: z.string().toUpperCase()}).strict()}).strict(),
			z.object({...base, kind: z.literal('normal'), payload: z.object({x: z.string().normalize()}).strict()}).strict(),
			z.object({...base, kind: z.literal('big'), payload: z.object({x: z.literal(1n)}).strict()}).strict(),
			z.object({...base, kind: z.literal('nan'), payload: z.object({x: z.number().max(Number.NaN)}).strict()}).strict(),
			z.object({...base, kind: z.literal('trimmed'), payload: z.object({x: z.string().trim().max(3)}).strict()}).strict(),
		]);
		expect(fastEntryShape(union).kinds.map(kind => kind.kind)).toEqual(['trimmed']);
	});
});

describe('reading loads zod\'s judgement only when a line needs it', () => {
	const common = {v: 1, time: '2026-04-13T09:00:00.000Z', author: {name: 'Ana', role: 'secretary'}};
	const good = [1, 2, 3].map(n => JSON.stringify({...common, id: `0mnwyp40${n}-0a1b2c3d`, kind: 'current', payload: {item: `item-${n}`}})).join('\n');
	const bad = `${good}\n${JSON.stringify({...common, id: '0mnwyp409-0a1b2c3d', kind: 'current', payload: {item: 'Not An Id'}})}\n{"v":1}\nnot json\n`;

	it('a journal of common lines is read without it; the first line it must judge loads it; the answer is the one of a reader that had it', async () => {
		const goodFile = path.join(scratch, 'good.jsonl');
		const badFile = path.join(scratch, 'bad.jsonl');
		await writeFile(goodFile, `${good}\n`);
		await writeFile(badFile, bad);
		vi.resetModules();
		const lineModule = await import('../../source/journal/read-line.js');
		const {readJournal} = await import('../../source/journal/read.js');
		expect(lineModule.isJudgeLoaded()).toBe(false);
		const read = await readJournal(goodFile);
		expect(read.entries.map(entry => entry.payload)).toEqual([{item: 'item-1'}, {item: 'item-2'}, {item: 'item-3'}]);
		expect(lineModule.isJudgeLoaded()).toBe(false);
		const lazily = await readJournal(badFile);
		expect(lineModule.isJudgeLoaded()).toBe(true);
		// Loaded: the same file read again, and read through the synchronous (eager) form.
		const eagerly = await readJournal(badFile);
		const {parseJournalText} = await import('../../source/journal/judge-line.js');
		expect(lazily).toEqual(eagerly);
		expect({entries: lazily.entries, problems: lazily.problems}).toEqual(parseJournalText(bad));
		expect(lazily.problems.map(problem => [problem.line, problem.kind])).toEqual([[4, 'invalid'], [5, 'invalid'], [6, 'not-json']]);
		expect(lazily.problems[0]?.message).toContain('at payload.item');
	});
});

describe('the journal header\'s check', () => {
	const valid = {councilJournal: 1, session: 'council-2025-60d3ffff639e', dataset: {path: '/data/сессия 会议.json', sha256: 'a'.repeat(64)}, created: '2026-04-13T09:00:00.000+02:00'};
	const odd: unknown[] = [undefined, null, 0, -0, 1, 2, 1.5, Number.NaN, '', ' ', '1', 'A', 'council-2025', 'Council', '-x', 'a'.repeat(64), 'A'.repeat(64), 'g'.repeat(64), 'a'.repeat(63), '2026-04-13T09:00:00Z', '2026-04-13T09:00:00', '2026-13-13T09:00:00Z', '2026-04-13 09:00:00Z', '\u001B[2J', 'x\n', [], {}, {path: 'p'}, {path: '', sha256: 'a'.repeat(64)}, {path: 'p', sha256: 'a'.repeat(64), extra: 1}, true];

	function random(seed: number): () => number {
		let state = seed >>> 0;
		return () => {
			state = (state * 1_103_515_245 + 12_345) >>> 0;
			return state / 2 ** 32;
		};
	}

	/** A header changed in one to three places: a value replaced, a key dropped or added, the keys reordered, at the top or in `dataset`. */
	function mutate(next: () => number): unknown {
		const header = structuredClone(valid) as Record<string, unknown>;
		for (let change = 0; change < 1 + Math.floor(next() * 3); change++) {
			const target = next() < 0.3 ? header['dataset'] : header;
			if (typeof target !== 'object' || target === null || Array.isArray(target)) {
				continue;
			}

			const record = target as Record<string, unknown>;
			const keys = Object.keys(record);
			const key = keys[Math.floor(next() * keys.length)] ?? 'x';
			const what = next();
			if (what < 0.6) {
				record[key] = odd[Math.floor(next() * odd.length)];
			} else if (what < 0.75) {
				delete record[key];
			} else if (what < 0.9) {
				record[next() < 0.5 ? 'extra' : '__proto__'] = 1;
			} else {
				const entries = Object.entries(record).reverse();
				for (const old of keys) {
					delete record[old];
				}

				Object.assign(record, Object.fromEntries(entries));
			}
		}

		return JSON.parse(JSON.stringify(header)) as unknown;
	}

	it('on 3,000 seeded mutants of a header, the fast check gives zod\'s value or nothing, and headerOf gives zod\'s answer', async () => {
		const fast = compileFastObject(journalHeaderShape);
		const next = random(1515);
		let vouched = 0;
		let refused = 0;
		for (let round = 0; round < 3000; round++) {
			const value = round === 0 ? JSON.parse(JSON.stringify(valid)) as unknown : mutate(next);
			const judged = journalHeader.safeParse(value);
			const quick = fast(value);
			if (quick !== undefined) {
				vouched++;
				expect(judged.success, JSON.stringify(value)).toBe(true);
				expect(JSON.stringify(quick)).toBe(JSON.stringify(judged.data));
			}

			refused += judged.success ? 0 : 1;
			// eslint-disable-next-line no-await-in-loop
			expect(await headerOf(value)).toEqual(judged.success ? judged.data : undefined);
		}

		// The mutants reach both sides, and the fast check vouches for the headers as written.
		expect(vouched).toBeGreaterThan(100);
		expect(refused).toBeGreaterThan(1000);
		expect(fast(JSON.parse(JSON.stringify(valid)) as unknown)).toEqual(valid);
	});
});
