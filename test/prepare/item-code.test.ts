import {describe, expect, it} from 'vitest';
import {canonicalItemCode, compareItemCodes, isSameItemCode, parseItemCode, sortByItemCode} from '../../source/dataset/item-code.js';

describe('agenda item codes', () => {
	it('parses track, numbers and tail', () => {
		expect(parseItemCode('PL 1.07')).toEqual({track: 'PL', numbers: [1, 7], tail: ''});
		expect(parseItemCode('adm 5 (Add.1)')).toEqual({track: 'ADM', numbers: [5], tail: '(add.1)'});
		expect(parseItemCode('1.3')).toEqual({track: '', numbers: [1, 3], tail: ''});
		expect(parseItemCode('Opening')).toEqual({track: '', numbers: [], tail: 'opening'});
		expect(parseItemCode('ＰＬ １.２')).toEqual({track: 'PL', numbers: [1, 2], tail: ''});
	});

	it('puts PL 1.2 before PL 1.10, and 1 before 1.1', () => {
		expect(compareItemCodes('PL 1.2', 'PL 1.10')).toBeLessThan(0);
		expect(compareItemCodes('PL 1.10', 'PL 1.2')).toBeGreaterThan(0);
		expect(compareItemCodes('PL 1', 'PL 1.1')).toBeLessThan(0);
		expect(compareItemCodes('PL 2', 'PL 10')).toBeLessThan(0);
	});

	it('takes PL 3.01 and PL 3.1 for the same code', () => {
		expect(compareItemCodes('PL 3.01', 'PL 3.1')).toBe(0);
		expect(isSameItemCode('PL 3.01', 'pl 3.1')).toBe(true);
		expect(isSameItemCode('PL 3.1', 'PL 3.10')).toBe(false);
		expect(isSameItemCode('PL 3.1', 'ADM 3.1')).toBe(false);
		expect(canonicalItemCode(' pl  03.010 ')).toBe('PL 3.10');
	});

	it('orders tracks by the order given, else alphabetically; no track first', () => {
		expect(compareItemCodes('ADM 1', 'PL 9')).toBeLessThan(0);
		expect(compareItemCodes('ADM 1', 'PL 9', {trackOrder: ['PL', 'ADM']})).toBeGreaterThan(0);
		expect(compareItemCodes('3', 'PL 1')).toBeLessThan(0);
		expect(compareItemCodes('Opening', '1')).toBeGreaterThan(0);
	});

	it('sorts stably, tracks in the order they first appear', () => {
		const codes = ['PL 1.10', 'ADM 2', 'PL 1.2', 'ADM 10', 'PL 1.02b', 'PL 1.1', 'ADM 2'];
		expect(sortByItemCode(codes.map((code, index) => ({code, index})), value => value.code).map(value => `${value.code}#${value.index}`))
			.toEqual(['PL 1.1#5', 'PL 1.2#2', 'PL 1.02b#4', 'PL 1.10#0', 'ADM 2#1', 'ADM 2#6', 'ADM 10#3']);
	});
});
