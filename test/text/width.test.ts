import {describe, expect, it} from 'vitest';
import {displayWidth, padEnd, truncate, wrap} from '../../source/text/width.js';

describe('display width', () => {
	it('counts CJK as two columns and Arabic, Cyrillic, accented Latin as one', () => {
		expect(displayWidth('中国')).toBe(4);
		expect(displayWidth('الصين')).toBe(5);
		expect(displayWidth('Китай')).toBe(5);
		expect(displayWidth('Côte d’Ivoire')).toBe(13);
	});

	it('truncates and pads by columns without splitting a wide character', () => {
		expect(truncate('中华人民共和国', 6)).toBe('中华…');
		expect(displayWidth(padEnd('中华人民共和国', 7))).toBe(7);
		expect(padEnd('ab', 4)).toBe('ab  ');
	});

	it('wraps by columns and breaks over-long words', () => {
		expect(wrap('one two three', 7)).toEqual(['one two', 'three']);
		expect(wrap('中华人民共和国', 6)).toEqual(['中华人', '民共和', '国']);
		expect(wrap('a\nb', 10)).toEqual(['a', 'b']);
	});
});
