import {describe, expect, it} from 'vitest';
import {countedVotes, countsKey, emptyCounts, isCounted, type CountsForm} from '../../source/outcomes/vote-counts-form.js';

/* The counted vote's fields as pure steps (the dashboard's v then c). */

const keys = (form: CountsForm, ...pressed: string[]) => pressed.reduce(countsKey, form);

describe('a counted vote', () => {
	it('types digits into the field (a leading zero replaced, four at most), Backspace takes one off, Tab/↓/Enter and ↑/Shift+Tab move and stop at the ends', () => {
		let form = keys(emptyCounts, '0', '7', '1', '2', '3', '4');
		expect(form).toMatchObject({yes: '7123', field: 'yes'});
		form = keys(form, 'backspace', 'tab', '3', 'down', '1', 'return', 'x', '2');
		expect(form).toEqual({yes: '712', no: '3', abstain: '12', field: 'abstain'});
		expect(keys(form, 'up', 'shift-tab', 'up').field).toBe('yes');
		expect(keys(emptyCounts, 'backspace')).toBe(emptyCounts);
	});

	it('gives the counts, those not counted absent; refuses more votes than voters', () => {
		expect(isCounted(emptyCounts)).toBe(false);
		expect(countedVotes(keys(emptyCounts, '3', 'tab', '1'), 10)).toEqual({ok: true, counts: {yes: 3, no: 1, abstain: 0, absent: 6}});
		expect(countedVotes(keys(emptyCounts, '8', 'tab', '3'), 10)).toEqual({ok: false, given: 11});
		expect(countedVotes(emptyCounts, 4)).toEqual({ok: true, counts: {yes: 0, no: 0, abstain: 0, absent: 4}});
	});
});
