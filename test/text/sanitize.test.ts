import {describe, expect, it} from 'vitest';
import {say, trusted} from '../../source/cli/message.js';
import {jsonText} from '../../source/text/json-text.js';
import {mayNeedSanitizing, sanitizeDeep, sanitizeLine, sanitizeText, visibleLine} from '../../source/text/sanitize.js';

describe('sanitizeText', () => {
	it('removes a clipboard-writing OSC 52 sequence whole', () => {
		expect(sanitizeText('Title\u001B]52;c;aGVsbG8=\u0007 end')).toBe('Title end');
		expect(sanitizeText('A\u001B]52;c;aGVsbG8=\u001B\\B')).toBe('AB');
	});

	it('removes CSI sequences such as clear-screen and colours', () => {
		expect(sanitizeText('\u001B[2J\u001B[31mred\u001B[0m')).toBe('red');
		expect(sanitizeText('x\u009B2Jy')).toBe('xy');
	});

	it('removes lone ESC, BEL, backspace, carriage return, DEL and C1 controls', () => {
		expect(sanitizeText('a\u0007c\bd\re\u007Ff\u0085g\u001B')).toBe('acdefg');
		// ESC + one final byte is itself a sequence (ESC c resets the terminal): both go.
		expect(sanitizeText('x\u001Bcy')).toBe('xy');
	});

	it('removes bidi overrides but keeps Arabic, Chinese and newlines', () => {
		expect(sanitizeText('\u202Eالصين\u202C\n中国')).toBe('الصين\n中国');
	});

	it('turns tabs into spaces and keeps clean strings identical', () => {
		expect(sanitizeText('a\tb')).toBe('a b');
		const clean = 'Resolution 71 (Rev. Bucharest, 2022)';
		expect(sanitizeText(clean)).toBe(clean);
	});

	it('folds newlines in one-line fields', () => {
		expect(sanitizeLine('first\n  second')).toBe('first second');
	});
});

describe('sanitizeDeep', () => {
	it('cleans nested strings and keys, and returns the same object when nothing changes', () => {
		const dirty = {a: ['x\u001B[1my'], b: {'k\u0007': 'v'}, n: 3};
		expect(sanitizeDeep(dirty)).toEqual({a: ['xy'], b: {k: 'v'}, n: 3});
		const clean = {a: ['xy'], n: 3};
		expect(sanitizeDeep(clean)).toBe(clean);
	});
});

describe('mayNeedSanitizing', () => {
	it('clears JSON text whose strings cannot hold anything to remove', () => {
		expect(mayNeedSanitizing(JSON.stringify({title: 'Résolution 71 — 中国 — الصين', text: 'a\nb'}))).toBe(false);
	});

	it('flags every way an unsafe character can be written in JSON', () => {
		for (const value of ['\u001B]52;c;x\u0007', 'a\tb', 'a\rb', '\b', '\u0085', '\u202E', '\u2066']) {
			const text = JSON.stringify({value});
			expect([value, mayNeedSanitizing(text)]).toEqual([value, true]);
			// And what it flags, the walk really changes.
			expect(sanitizeDeep(JSON.parse(text))).not.toEqual({value});
		}

		// Raw (unescaped) C1 and bidi characters are valid inside JSON strings.
		expect(mayNeedSanitizing('{"a":"x\u009By"}')).toBe(true);
		expect(mayNeedSanitizing('{"a":"\\u001b[2J"}')).toBe(true);
	});
});

describe('8.14: only the sequence goes, the text stays', () => {
	it('8.14: a stray C1 byte or an unterminated OSC/DCS loses its introducer only', () => {
		expect(sanitizeText('S\u0098o Paulo')).toBe('So Paulo');
		expect(sanitizeText('Title \u001B]0;never ended, and more')).toBe('Title 0;never ended, and more');
		expect(sanitizeText('a\u0090DCS body\nnext line')).toBe('aDCS body\nnext line');
		// A terminated 7-bit one still goes whole; 8-bit controls go alone, keeping the text.
		expect(sanitizeText('a\u001BPq#0\u001B\\b\u009D0;t\u009Cc')).toBe('ab0;tc');
		// A stray 8-bit CSI before text loses only itself.
		expect(sanitizeText('Chapter \u009B 2022 budget')).toBe('Chapter  2022 budget');
		expect(sanitizeText('x\u009B2022 budget')).toBe('x2022 budget');
	});

	it('8.14: sanitizeDeep reports what lost something, not tabs turned into spaces', () => {
		const seen: unknown[] = [];
		const clean = sanitizeDeep({a: 'x\u001B[1my', b: ['ok', 'S\u0098o'], c: 'tab\there', ['k\u0007']: 1}, at => seen.push(at));
		expect(clean).toEqual({a: 'xy', b: ['ok', 'So'], c: 'tab here', k: 1});
		expect(seen).toEqual([{path: ['a']}, {path: ['b', 1]}, {path: [], key: 'k\u0007'}]);
	});
});

describe('8.15: no key becomes a prototype', () => {
	it('8.15: a key that sanitizes to __proto__ stays an own field', () => {
		const parsed = JSON.parse('{"__pro\\u0007to__": {"polluted": true}, "x": 1}') as Record<string, unknown>;
		const clean = sanitizeDeep(parsed);
		expect(Object.getPrototypeOf(clean)).toBe(Object.prototype);
		expect(Object.keys(clean)).toEqual(['x', '__proto__']);
		expect((clean as {polluted?: boolean}).polluted).toBeUndefined();
	});
});

describe('8.10/8.11: visibleLine and say', () => {
	it('8.10: shows newlines as \\n, removes escapes, and is idempotent', () => {
		expect(visibleLine('a\nok: x\u001B]0;T\u0007.json')).toBe('a\\nok: x.json');
		expect(visibleLine(visibleLine('a\nb\u009B2J'))).toBe(visibleLine('a\nb\u009B2J'));
	});

	it('8.11: say sanitizes every value and keeps its own text and trusted parts', () => {
		expect(say`unknown "${'x\n\u001B[2Jy'}"\n${trusted('line one\nline two\n')}`).toBe('unknown "x\\ny"\nline one\nline two\n');
		expect(say`${3} ${'ok'}`).toBe('3 ok');
	});
});

describe('8.12: jsonText', () => {
	it('8.12: escapes DEL, C1, bidi marks, overrides, isolates and line separators; parses back the same', () => {
		const value = {text: 'a\u007F\u0085\u009B\u061C\u200E\u200F\u2028\u2029\u202A\u202E\u2066\u2069 中国 الصين é', n: 1};
		const text = jsonText(value);
		// eslint-disable-next-line no-control-regex
		expect(text).not.toMatch(/[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/);
		expect(text).toContain('a\\u007f\\u0085\\u009b\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a\\u202e\\u2066\\u2069 中国 الصين é');
		expect(JSON.parse(text)).toEqual(value);
		expect(text.endsWith('}\n')).toBe(true);
	});
});
