import {describe, expect, it} from 'vitest';
// @ts-expect-error: a plain JS module of the build, without types.
import {simpleTextRanges as bundleRanges} from '../../scripts/string-width-fast.js';
import {graphemes, simpleTextRanges} from '../../source/text/graphemes.js';
import {seededRandom} from '../helpers/seeded-random.js';

/*
source/text/graphemes.ts cuts simple text into graphemes without ICU: it must
give ICU's segments for every text, and take its ranges from the same list as
the bundle's string-width (scripts/string-width-fast.js).
*/

const icu = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const segmentsOf = (segments: Iterable<{segment: string}>) => Array.from(segments, ({segment}) => segment);

describe('graphemes without ICU', () => {
	it('has the bundle\'s ranges', () => {
		expect(simpleTextRanges).toEqual(bundleRanges);
	});

	it('gives ICU\'s segments, in the six languages and for random text of its ranges and beyond', () => {
		const texts = [
			'ITU Council · Synthetic session of 5000 agenda items',
			'Résolution 71 (Rév. Bucarest, 2022) — « Plan stratégique »',
			'Resolución 71 (Rev. Bucarest, 2022)',
			// Marks beside simple text only: ICU joins them to the letter before.
			'Re\u0301solution 71',
			'ко\u0301д',
			'عَرَبِيّ',
			'\u1100\u1161\u11A8',
			'Резолюция 71 (Пересм. Бухарест, 2022 г.)',
			'القرار 71 (المراجَع في بوخارست، 2022)',
			'第71号决议（2022年，布加勒斯特，修订版）',
			'e\u0301 and a\u0308, 👍🏽 and 👨‍👩‍👧, 🇨🇭, 각, 각',
			'',
		];
		const random = seededRandom(71);
		const pool = [...`${simpleTextRanges.narrow}${simpleTextRanges.wide}`].filter(character => character !== '-');
		for (let count = 0; count < 300; count++) {
			let text = '';
			for (let length = Math.floor(random() * 20); length > 0; length--) {
				const roll = random();
				text += roll < 0.6 ? pool[Math.floor(random() * pool.length)]! : roll < 0.9 ? String.fromCodePoint(0x20 + Math.floor(random() * 0x5F)) : String.fromCodePoint(Math.floor(random() * 0x3_0000));
			}

			texts.push(text);
		}

		for (const text of texts) {
			expect(segmentsOf(graphemes(text))).toEqual(segmentsOf(icu.segment(text)));
		}
	});
});
