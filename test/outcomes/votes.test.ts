import {describe, expect, test} from 'vitest';
import {checkCounts, checkRollCall, parseRollCall, parseVoteOption, requiredVotes, tally, voteResult, voteSentence, type Voter} from '../../source/outcomes/votes.js';

describe('majorities', () => {
	test('simple: more yes than half of those present and voting; abstentions and absences are not votes cast', () => {
		expect(voteResult({yes: 20, no: 19, abstain: 9, absent: 0}, 'simple')).toEqual({cast: 39, required: 20, result: 'adopted'});
		expect(voteResult({yes: 19, no: 20, abstain: 0, absent: 0}, 'simple')).toEqual({cast: 39, required: 20, result: 'rejected'});
		// 5 yes, 4 no, 39 abstentions: adopted, since only 9 were cast.
		expect(voteResult({yes: 5, no: 4, abstain: 39, absent: 0}, 'simple').result).toBe('adopted');
		// The same votes with different abstentions and absences give the same result.
		expect(voteResult({yes: 5, no: 4, abstain: 0, absent: 39}, 'simple')).toEqual(voteResult({yes: 5, no: 4, abstain: 39, absent: 0}, 'simple'));
	});

	test('two-thirds: at least two thirds of the votes cast', () => {
		expect(requiredVotes(38, 'two-thirds')).toBe(26);
		expect(requiredVotes(30, 'two-thirds')).toBe(20);
		expect(voteResult({yes: 20, no: 10, abstain: 8, absent: 0}, 'two-thirds').result).toBe('adopted');
		expect(voteResult({yes: 19, no: 10, abstain: 8, absent: 0}, 'two-thirds').result).toBe('rejected');
		expect(voteResult({yes: 30, no: 8, abstain: 5, absent: 2}, 'two-thirds')).toEqual({cast: 38, required: 26, result: 'adopted'});
		// A simple majority is not two thirds.
		expect(voteResult({yes: 25, no: 13, abstain: 0, absent: 0}, 'simple').result).toBe('adopted');
		expect(voteResult({yes: 25, no: 13, abstain: 0, absent: 0}, 'two-thirds').result).toBe('rejected');
	});

	test('a tie is not a majority, whatever the rule', () => {
		expect(voteResult({yes: 10, no: 10, abstain: 3, absent: 0}, 'simple')).toEqual({cast: 20, required: 11, result: 'rejected', reason: 'tie'});
		expect(voteResult({yes: 10, no: 10, abstain: 0, absent: 0}, 'two-thirds')).toMatchObject({result: 'rejected', reason: 'tie'});
	});

	test('no vote cast (everyone abstained) adopts nothing', () => {
		expect(voteResult({yes: 0, no: 0, abstain: 12, absent: 3}, 'simple')).toEqual({cast: 0, required: 0, result: 'rejected', reason: 'no-votes-cast'});
		expect(voteSentence({yes: 0, no: 0, abstain: 12, absent: 3}, 'simple')).toBe('0 in favour, 0 against, 12 abstentions, 3 absent; no votes were cast: not adopted.');
	});

	test('the sentence names the counts, the rule and the result', () => {
		expect(voteSentence({yes: 30, no: 8, abstain: 5, absent: 2}, 'two-thirds')).toBe('30 in favour, 8 against, 5 abstentions, 2 absent; 38 present and voting, a two-thirds majority of 26 required: adopted.');
		expect(voteSentence({yes: 10, no: 10, abstain: 1, absent: 0}, 'simple')).toBe('10 in favour, 10 against, 1 abstention; 20 present and voting, a simple majority of 11 required: not adopted (the votes were equally divided).');
	});
});

describe('roll calls', () => {
	const delegations = new Map<string, Voter>([
		['fr', {id: 'fr', name: 'France', kind: 'member-state'}],
		['br', {id: 'br', name: 'Brazil', kind: 'member-state'}],
		['va', {id: 'va', name: 'Holy See', kind: 'observer'}],
		['sm', {id: 'sm', name: 'A Sector Member', kind: 'sector-member'}],
	]);

	test('tally counts each option, in any order of calling', () => {
		expect(tally([{delegation: 'fr', option: 'yes'}, {delegation: 'br', option: 'no'}, {delegation: 'x', option: 'abstain'}, {delegation: 'y', option: 'absent'}, {delegation: 'z', option: 'yes'}])).toEqual({yes: 2, no: 1, abstain: 1, absent: 1});
		expect(tally([])).toEqual({yes: 0, no: 0, abstain: 0, absent: 0});
	});

	test('observers and Sector Members do not vote; a delegation is called once; unknown ones are named, all at once', () => {
		expect(checkRollCall([{delegation: 'fr', option: 'yes'}, {delegation: 'br', option: 'no'}], delegations)).toEqual([]);
		expect(checkRollCall([
			{delegation: 'va', option: 'yes'},
			{delegation: 'fr', option: 'yes'},
			{delegation: 'fr', option: 'no'},
			{delegation: 'zz', option: 'no'},
			{delegation: 'sm', option: 'abstain'},
		], delegations).map(problem => problem.message)).toEqual([
			'Holy See is an observer and does not vote',
			'France is called twice',
			'no delegation "zz" in the dataset',
			'A Sector Member is a sector member and does not vote',
		]);
	});

	test('parseRollCall reads NAME=OPTION pairs in the order typed, with short options', () => {
		expect(parseRollCall('France=yes, Brazil=n ;Côte d\'Ivoire = a,中国=-')).toEqual({
			votes: [{name: 'France', option: 'yes'}, {name: 'Brazil', option: 'no'}, {name: 'Côte d\'Ivoire', option: 'abstain'}, {name: '中国', option: 'absent'}],
			problems: [],
		});
		expect(parseRollCall('France=maybe,Brazil,=yes').problems.map(problem => problem.message)).toEqual([
			'"France=maybe" is not NAME=yes|no|abstain|absent',
			'"Brazil" is not NAME=yes|no|abstain|absent',
			'"=yes" is not NAME=yes|no|abstain|absent',
		]);
		expect(parseRollCall(' , ').problems).toEqual([{message: 'the roll call is empty'}]);
		expect(parseVoteOption('In favour')).toBe('yes');
		expect(parseVoteOption('against')).toBe('no');
	});

	test('counts typed by hand are whole numbers from 0 to 1000', () => {
		expect(checkCounts({yes: 1, no: 0, abstain: 0, absent: 0})).toEqual([]);
		expect(checkCounts({yes: -1, no: 1.5, abstain: Number.NaN, absent: 1001}).map(problem => problem.message)).toEqual([
			'--yes must be a whole number from 0 to 1000, not -1',
			'--no must be a whole number from 0 to 1000, not 1.5',
			'--abstain must be a whole number from 0 to 1000, not NaN',
			'--absent must be a whole number from 0 to 1000, not 1001',
		]);
	});
});
