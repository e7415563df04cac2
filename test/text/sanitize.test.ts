import {describe, expect, it} from 'vitest';
import {mayNeedSanitizing, sanitizeDeep, sanitizeLine, sanitizeText} from '../../source/text/sanitize.js';

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
