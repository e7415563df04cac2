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

	test('o calls in the order of the French names, s starts the roll at the name under the cursor; votes and cursor stay with their delegation', () => {
		const named = [
			{id: 'de', name: 'Germany', frenchName: 'Allemagne'},
			{id: 'cn', name: 'China', frenchName: 'Chine'},
			{id: 'eg', name: 'Egypt', frenchName: 'Égypte'},
			{id: 'br', name: 'Brazil', frenchName: 'Brésil'},
			{id: 'xx', name: 'Atlantis'},
		];
		const ids = (form: ReturnType<typeof rollCallForm>) => form.voters.map(voter => voter.id);
		let form = rollCallKey(rollCallForm(named), 'y');
		expect(form.voters[form.cursor]!.id).toBe('cn');
		form = rollCallKey(form, 'o');
		// Allemagne, Atlantis (no French name: its own), Brésil, Chine, Égypte: accents sort as their letter.
		expect(ids(form)).toEqual(['de', 'xx', 'br', 'cn', 'eg']);
		expect(form.voters[form.cursor]!.id).toBe('cn');
		expect(form.votes.get('de')).toBe('yes');
		// The chair draws Chine: the roll starts there and wraps round.
		form = rollCallKey(form, 's');
		expect(ids(form)).toEqual(['cn', 'eg', 'de', 'xx', 'br']);
		expect(form.cursor).toBe(0);
		expect(form.start).toBe('cn');
		form = rollCallKey(rollCallKey(form, 'n'), 'a');
		expect(rollCallVotes(form)).toEqual([
			{delegation: 'cn', option: 'no'},
			{delegation: 'eg', option: 'abstain'},
			{delegation: 'de', option: 'yes'},
			{delegation: 'xx', option: 'absent'},
			{delegation: 'br', option: 'absent'},
		]);
		// Back to the dataset's order, still starting from the name drawn.
		form = rollCallKey(form, 'o');
		expect(ids(form)).toEqual(['cn', 'eg', 'br', 'xx', 'de']);
		expect(form.order).toBe('listed');
	});
});
