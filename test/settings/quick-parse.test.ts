import {describe, expect, it} from 'vitest';
import {defaultSettings} from '../../source/settings/choices.js';
import {parseSettings} from '../../source/settings/parse.js';
import {quickSettings} from '../../source/settings/quick-parse.js';

/*
The settings file read without zod (source/settings/quick-parse.ts) against
parse.ts, the judge: on valid settings and thousands of seeded mutants of them,
quickSettings either says nothing or gives exactly parse.ts's settings (to the
key order) with no error. It must never accept what parse.ts repairs.
*/

const full = {lastDataset: '/home/ana/сессия/会议.json', role: 'secretary', authorName: 'Ana Secretary', lang: 'ar', plain: false, theme: 'high-contrast', minutesFormat: 'docx', panes: {agendaWidth: 50, positionsHeight: 30}};
const odd: unknown[] = [undefined, null, 0, -0, 1, 19, 20, 45, 80, 81, 45.5, 1e300, -1, Number.NaN, true, false, '', ' ', 'x', ' Ana', 'Ana ', 'Ana\u0007', 'a'.repeat(100), 'a'.repeat(101), 'chair', 'viewer', 'Chair', 'mono', 'default', 'neon', 'md', 'text', 'pdf', 'en', 'zh', 'de', '/data.json', [], {}, {agendaWidth: 20}, {positionsHeight: 80}, {agendaWidth: 21, extra: 1}, {agendaWidth: '45'}];
const keys = [...Object.keys(full), 'extra', '__proto__', 'constructor', 'them\u0007e'];

function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state * 1_103_515_245 + 12_345) >>> 0;
		return state / 2 ** 32;
	};
}

function pick<T>(list: readonly T[], next: () => number): T {
	return list[Math.floor(next() * list.length)]!;
}

/** Valid settings with some fields left out, then changed in zero to three places (a value, a key dropped or added, the order, in panes too), through JSON as a file gives them. */
function mutant(next: () => number): unknown {
	const settings: Record<string, unknown> = Object.fromEntries(Object.entries(structuredClone(full)).filter(() => next() < 0.6));
	const changes = Math.floor(next() * 4);
	for (let change = 0; change < changes; change++) {
		const inPanes = next() < 0.25 && typeof settings['panes'] === 'object' && settings['panes'] !== null && !Array.isArray(settings['panes']);
		const target = inPanes ? settings['panes'] as Record<string, unknown> : settings;
		const what = next();
		if (what < 0.6) {
			target[inPanes ? pick(['agendaWidth', 'positionsHeight', 'other'], next) : pick(keys, next)] = pick(odd, next);
		} else if (what < 0.8) {
			delete target[pick(Object.keys(target).length > 0 ? Object.keys(target) : ['role'], next)];
		} else {
			const entries = Object.entries(target).reverse();
			for (const key of Object.keys(target)) {
				delete target[key];
			}

			Object.assign(target, Object.fromEntries(entries));
		}
	}

	return JSON.parse(JSON.stringify(settings)) as unknown;
}

function expectAgreement(input: unknown): 'quick' | 'judged' {
	const judged = parseSettings(input);
	const quick = quickSettings(input);
	if (quick === undefined) {
		return 'judged';
	}

	expect(judged.errors, `quickSettings accepted what parse.ts repairs: ${JSON.stringify(input)}`).toEqual([]);
	expect(JSON.stringify(quick.value)).toBe(JSON.stringify(judged.value));
	expect(quick).toEqual(judged);
	return 'quick';
}

describe('the settings read without zod', () => {
	it('give parse.ts\'s settings for valid files, defaults filled in, in zod\'s key order', () => {
		for (const input of [{}, full, {role: 'viewer'}, {panes: {}}, {panes: {positionsHeight: 80}, theme: 'mono'}, {authorName: 'Ана', lang: 'ru'}]) {
			expect(expectAgreement(JSON.parse(JSON.stringify(input)))).toBe('quick');
		}

		expect(quickSettings({})).toEqual({value: defaultSettings, errors: []});
	});

	it('on 20,000 seeded mutants of valid settings, and hostile values, say nothing or exactly what parse.ts says', () => {
		const next = random(2026);
		const counts = {quick: 0, judged: 0};
		for (let round = 0; round < 20_000; round++) {
			counts[expectAgreement(mutant(next))]++;
		}

		for (const input of [null, [], 'x', 1, JSON.parse('{"__proto__":{"role":"viewer"}}'), JSON.parse('{"role":"chair","__proto__":null}'), Object.create({role: 'viewer'}) as unknown, Object.assign(Object.create(null) as object, {role: 'chair'}), {role: 'chair', toString: 'x'}, {panes: []}, {panes: null}, {authorName: '\u202EAna'}, {authorName: 'Ana\u00A0'}]) {
			counts[expectAgreement(input)]++;
		}

		// Both sides are reached: the mutants do not all fall to one.
		expect(counts.quick).toBeGreaterThan(3000);
		expect(counts.judged).toBeGreaterThan(3000);
	});
});
