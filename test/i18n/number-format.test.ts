import {describe, expect, test} from 'vitest';
import {languages} from '../../source/i18n/catalogue-types.js';
import {formatNumber, localeTag, messageOf, tIn} from '../../source/i18n/translate.js';

/*
formatNumber skips Intl for counts (whole numbers from 0 up): what it writes
must be what Intl writes, with the options t() has always used, in every
language, and anything else must still be Intl's.
*/

const intl = (language: (typeof languages)[number], value: number) => new Intl.NumberFormat(`${localeTag(language)}-u-nu-latn`, {useGrouping: false}).format(value);

const counts = [0, 1, 2, 3, 4, 5, 7, 10, 11, 12, 19, 21, 22, 100, 101, 999, 1000, 1001, 12_345, 100_000, 1_234_567, 2 ** 31, Number.MAX_SAFE_INTEGER];
const others = [-0, -1, -5, -1000, 0.5, 1.5, 2.25, 1234.5, -3.75, Number.MAX_SAFE_INTEGER + 2, 1e21, Number.NaN, Number.POSITIVE_INFINITY];

describe('formatNumber', () => {
	test.each(languages)('counts in %s are written as Intl writes them', language => {
		for (const value of counts) {
			expect(formatNumber(value, language), `${value}`).toBe(intl(language, value));
		}
	});

	test.each(languages)('fractions, negative and unsafe numbers in %s still go through Intl', language => {
		for (const value of others) {
			expect(formatNumber(value, language), `${value}`).toBe(intl(language, value));
		}
	});

	test.each(languages)('a message in %s shows its count as Intl writes it', language => {
		for (const value of [0, 7, 1234, 100_000]) {
			const message = messageOf('vote.count-yes', language);
			expect(typeof message).toBe('string');
			expect(tIn(language, 'vote.count-yes', {count: value})).toBe(String(message).replace('{count}', intl(language, value)));
		}
	});

	test('the numbers Intl writes differently from their digits are still Intl’s', () => {
		// Arabic's minus sign carries a direction mark, French writes a decimal comma.
		expect(formatNumber(-5, 'ar')).not.toBe('-5');
		expect(formatNumber(1.5, 'fr')).toBe('1,5');
	});
});
