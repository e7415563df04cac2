import {describe, expect, test} from 'vitest';
import {isSameNumber, numberProblem, parseCouncilNumber} from '../../source/outcomes/council-number.js';
import {rollCallForm, rollCallKey, rollCallTally, rollCallVotes} from '../../source/outcomes/roll-call-form.js';

describe('Council numbers', () => {
	test('read as people write them; decisions and resolutions are separate series', () => {
		expect(parseCouncilNumber('Decision 650 (C25)')).toEqual({series: 'decision', number: 650, session: 'C25'});
		expect(parseCouncilNumber('Resolution 1420 (C25)')).toEqual({series: 'resolution', number: 1420, session: 'C25'});
		expect(parseCouncilNumber('dec. 650')).toEqual({series: 'decision', number: 650});
		expect(parseCouncilNumber('D 650')).toEqual({series: 'decision', number: 650});
		expect(parseCouncilNumber('Council Decision 482 (C01, last amended C20)')).toEqual({series: 'decision', number: 482, session: 'C01'});
		expect(parseCouncilNumber('Res 71 (Rev. Bucharest, 2022)')).toBeUndefined();
		expect(parseCouncilNumber('PL 1.07')).toBeUndefined();
		const recorded = parseCouncilNumber('Decision 650 (C25)')!;
		expect(isSameNumber(parseCouncilNumber('Decision 650')!, recorded)).toBe(true);
		expect(isSameNumber(parseCouncilNumber('decision 650 (c25)')!, recorded)).toBe(true);
		expect(isSameNumber(parseCouncilNumber('Decision 650 (C24)')!, recorded)).toBe(false);
		expect(isSameNumber(parseCouncilNumber('Resolution 650')!, recorded)).toBe(false);
		expect(numberProblem('Decision 650 (C25)')).toBeUndefined();
		expect(numberProblem('650')).toBe('"650" is not a Council number such as "Decision 650 (C25)" or "Resolution 1420 (C25)"');
		expect(numberProblem(`Decision 650 (${'x'.repeat(90)})`)).toBe('the number is longer than 80 characters');
	});
});

describe('the roll-call form', () => {
	const voters = [{id: 'fr', name: 'France'}, {id: 'br', name: 'Brazil'}, {id: 'cn', name: 'China'}, {id: 'ml', name: 'Mali'}];

	test('one key per delegation in calling order, the cursor moving on; a correction goes back', () => {
		let form = rollCallForm(voters);
		for (const key of ['y', 'n', 'a']) {
			form = rollCallKey(form, key);
		}

		expect(form.cursor).toBe(3);
		form = rollCallKey(rollCallKey(form, 'up'), 'y');
		expect(rollCallVotes(form)).toEqual([
			{delegation: 'fr', option: 'yes'},
			{delegation: 'br', option: 'no'},
			{delegation: 'cn', option: 'yes'},
			{delegation: 'ml', option: 'absent'},
		]);
		expect(rollCallTally(form)).toEqual({counts: {yes: 2, no: 1, abstain: 0, absent: 1}, called: 3, result: 'adopted'});
	});

	test('t switches the majority; the last delegation keeps the cursor; other keys change nothing', () => {
		let form = rollCallForm(voters.slice(0, 3));
		form = rollCallKey(rollCallKey(rollCallKey(form, 'y'), 'n'), '-');
		expect(form.cursor).toBe(2);
		expect(rollCallTally(form).result).toBe('rejected');
		form = rollCallKey(form, 't');
		expect(form.majority).toBe('two-thirds');
		expect(rollCallKey(form, 'x')).toBe(form);
		expect(rollCallKey(rollCallForm([]), 'y').votes.size).toBe(0);
	});
});
