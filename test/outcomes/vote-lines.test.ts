import {describe, expect, it} from 'vitest';
import {voteLines} from '../../source/features/record-vote/vote-lines.js';
import type {VoteForm} from '../../source/features/record-vote/vote-form.js';
import {rollCallForm, rollCallKey} from '../../source/outcomes/roll-call-form.js';
import {displayWidth} from '../../source/text/width.js';

/*
The roll call's rows: a long Member State name, cut to its column, never runs
into the vote beside it, and a wide terminal shows the whole name.
*/

const voters = [
	{id: 'dz', name: 'Algeria (People\'s Democratic Republic of)'},
	{id: 'cn', name: '中华人民共和国 (People\'s Republic of China)'},
	{id: 'fr', name: 'France'},
];

function form(): VoteForm {
	let roll = rollCallForm(voters);
	roll = rollCallKey(roll, 'y');
	roll = rollCallKey(roll, 'n');
	return {kind: 'vote', target: 'item-1', label: 'item 1', roll, phase: {kind: 'editing'}} as VoteForm;
}

// The delegations' rows (indented "    " or "  > "), below the keys and the tally, which wrap on a narrow terminal.
const rows = (width: number) => voteLines(form(), width, 12).map(line => line.map(part => part.text).join('')).filter(text => /^( {4}| {2}> )/.test(text));

describe('roll-call rows', () => {
	it('say what the majority needs in words ("3 of 4 needed" read as if 3 of 4 delegations had to vote)', () => {
		expect(voteLines(form(), 80, 12)[1]!.map(part => part.text).join('')).toBe('  1 yes, 1 no, 0 abstain · 2/3 called · majority 2 of 2 cast: not adopted');
		const empty = {...form(), roll: rollCallForm(voters)};
		expect(voteLines(empty, 80, 12)[1]!.map(part => part.text).join('')).toBe('  0 yes, 0 no, 0 abstain · 0/3 called · no vote cast yet');
	});

	it('keep a gap between a name cut at 80 columns and its vote', () => {
		const [algeria, china, france] = rows(50);
		expect(algeria).toMatch(/… {2}yes$/);
		expect(china).toMatch(/… {2}no$/);
		expect(displayWidth(algeria!.replace(/yes$/, ''))).toBe(displayWidth(france!.replace(/·$/, '')));
	});

	it('show the whole name when the terminal has room', () => {
		const [algeria, china] = rows(120);
		expect(algeria).toBe('  > Algeria (People\'s Democratic Republic of)    yes'.replace('  > ', '    '));
		expect(china).toContain('中华人民共和国 (People\'s Republic of China)');
	});
});
