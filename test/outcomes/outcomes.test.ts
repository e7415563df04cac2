import {describe, expect, test} from 'vitest';
import {consensusOf, consensusSentence} from '../../source/outcomes/consensus.js';
import {outcomesSentence, parseOutcome, statusOfOutcomes} from '../../source/outcomes/outcome-kinds.js';

describe('outcomes', () => {
	test('KIND or KIND: WHAT, with the verbs people type', () => {
		expect(parseOutcome('noted')).toEqual({ok: true, value: {kind: 'noted'}});
		expect(parseOutcome('Took note: the report')).toEqual({ok: true, value: {kind: 'noted', on: 'the report'}});
		expect(parseOutcome('approve:  the draft Decision in Annex A ')).toEqual({ok: true, value: {kind: 'approved', on: 'the draft Decision in Annex A'}});
		expect(parseOutcome('instructed: the Secretary-General to report to Council 2026')).toEqual({ok: true, value: {kind: 'instructed', on: 'the Secretary-General to report to Council 2026'}});
		const unknown = parseOutcome('vetoed');
		expect(unknown.ok).toBe(false);
		expect(!unknown.ok && unknown.message).toContain('Unknown outcome "vetoed". Use one of: approved, adopted, noted');
		expect(parseOutcome(`noted: ${'x'.repeat(1001)}`).ok).toBe(false);
	});

	test('several outcomes make one sentence, each on what it applies to or on the subject', () => {
		expect(outcomesSentence([{kind: 'noted', on: 'the report'}, {kind: 'approved', on: 'the draft Decision in Annex A'}], 'Document C25/28'))
			.toBe('The Council took note of the report and approved the draft Decision in Annex A.');
		expect(outcomesSentence([{kind: 'noted'}, {kind: 'endorsed', on: 'its recommendations'}, {kind: 'instructed', on: 'the Secretary-General to report back.'}], 'Document C25/28'))
			.toBe('The Council took note of Document C25/28, endorsed its recommendations and instructed the Secretary-General to report back.');
		expect(outcomesSentence([{kind: 'referred'}], 'proposal 2)')).toBe('The Council referred proposal 2) to a Council Working Group.');
		expect(outcomesSentence([], 'x')).toBe('');
	});

	test('an item is deferred only when every outcome defers it', () => {
		expect(statusOfOutcomes([{kind: 'deferred'}])).toBe('deferred');
		expect(statusOfOutcomes([{kind: 'noted'}, {kind: 'deferred'}])).toBe('decided');
		expect(statusOfOutcomes([])).toBe('decided');
	});
});

describe('consensus', () => {
	test('"by consensus" only when no position objects', () => {
		expect(consensusSentence(consensusOf([{delegationName: 'China', stance: 'supports'}, {delegationName: 'Brazil', stance: 'more-information'}, {delegationName: 'Mali', stance: 'neutral'}]))).toBe('Decided by consensus.');
		expect(consensusSentence(consensusOf([]))).toBe('Decided by consensus.');
	});

	test('otherwise the reservations and objections are named', () => {
		expect(consensusOf([{delegationName: 'Switzerland', stance: 'reservation'}, {delegationName: 'China', stance: 'supports'}])).toEqual({kind: 'objections', reservations: ['Switzerland'], oppositions: []});
		expect(consensusSentence(consensusOf([{delegationName: 'Switzerland', stance: 'reservation'}]))).toBe('Decided without a vote, with a reservation from Switzerland.');
		expect(consensusSentence(consensusOf([
			{delegationName: 'Switzerland', stance: 'reservation'},
			{delegationName: 'Brazil', stance: 'opposes'},
			{delegationName: 'Mali', stance: 'reservation'},
			{delegationName: 'Peru', stance: 'reservation'},
		]))).toBe('Decided without a vote, with reservations from Switzerland, Mali and Peru and an objection from Brazil.');
	});
});
