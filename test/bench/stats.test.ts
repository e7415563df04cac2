import {describe, expect, it} from 'vitest';
import {formatMs, formatTable, median, p95, percentile, summarize} from '../../bench/stats.js';

describe('bench statistics', () => {
	it('computes medians of odd and even counts, unsorted input', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([7])).toBe(7);
	});

	it('interpolates percentiles between closest ranks', () => {
		const values = Array.from({length: 21}, (_, index) => index * 10); // 0..200
		expect(p95(values)).toBe(190);
		expect(percentile([1, 2], 95)).toBeCloseTo(1.95);
		expect(percentile([3, 1, 2], 0)).toBe(1);
		expect(percentile([3, 1, 2], 100)).toBe(3);
	});

	it('refuses no values and percentiles out of range', () => {
		expect(() => median([])).toThrow(RangeError);
		expect(() => percentile([1], 101)).toThrow(RangeError);
	});

	it('summarizes', () => {
		expect(summarize([3, 1, 2])).toEqual({count: 3, median: 2, p95: 2.9, min: 1, max: 3});
	});

	it('formats milliseconds by magnitude', () => {
		expect(formatMs(0.4242)).toBe('0.42 ms');
		expect(formatMs(12.345)).toBe('12.3 ms');
		expect(formatMs(1234.5)).toBe('1,235 ms');
	});

	it('pads columns and right-aligns figures', () => {
		expect(formatTable(['case', 'median'], [['node -e ""', '92.6 ms'], ['bare Ink', '1,234 ms'], ['missing', '-']])).toBe([
			'case        median',
			'----------  --------',
			'node -e ""   92.6 ms',
			'bare Ink    1,234 ms',
			'missing     -',
		].join('\n'));
	});
});
