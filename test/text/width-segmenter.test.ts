import {describe, expect, it} from 'vitest';

/*
Cutting text to a width makes no Intl.Segmenter for text whose every code point
is a grapheme of its own (Latin, Cyrillic, Arabic letters, CJK, "·"): creating
the first loads ICU's break rules (7-8 ms), which the 5,000-item session's first
frame paid to cut its header. Text that needs ICU (combining marks, emoji
sequences) still gets it, and the same cut.
*/

describe('truncate and wrap without ICU for simple text', () => {
	it('makes no segmenter for Latin, Cyrillic, Arabic and Chinese text, and one for a combining mark', async () => {
		const Original = Intl.Segmenter;
		const intl = Intl as {Segmenter: typeof Intl.Segmenter};
		let made = 0;
		// Counted from before width.ts is first imported in this file's fresh module graph.
		intl.Segmenter = class extends Original {
			constructor(...parameters: ConstructorParameters<typeof Original>) {
				super(...parameters);
				made++;
			}
		};
		try {
			const {truncate, wrap} = await import('../../source/text/width.js');
			// Unbundled, the string-width package makes its own when imported (the bundle gives it graphemes-fast.js's).
			const atImport = made;
			expect(truncate('ITU Council · Synthetic session of 5000 agenda items · Geneva', 30)).toBe('ITU Council · Synthetic sessi…');
			expect(truncate('Стратегический план Союза', 12)).toBe('Стратегичес…');
			expect(truncate('中华人民共和国国际电信联盟', 9)).toBe('中华人民…');
			expect(truncate('الاتحاد الدولي للاتصالات', 10)).toBe('الاتحاد ا…');
			expect(wrap('第71号决议全权代表大会布加勒斯特二〇二二年修订', 10)).toEqual(['第71号决议', '全权代表大', '会布加勒斯', '特二〇二二', '年修订']);
			expect(made).toBe(atImport);
			// "e" and a combining acute: one grapheme, never split.
			expect(truncate('Re\u0301solution 71 (Rev. Bucharest)', 3)).toBe('Re\u0301…');
			expect(made).toBe(atImport + 1);
		} finally {
			intl.Segmenter = Original;
		}
	});
});
