import {describe, expect, test} from 'vitest';
import {buildIndex} from '../../source/dataset/build-index.js';
import {isEntryInEffect, lastUndoable, replay} from '../../source/journal/replay.js';
import {journalEntry} from '../../source/journal/schema.js';
import {factsFromJournal} from '../../source/minutes/record-facts.js';
import {entryFactory, fixtureDataset} from '../journal/helpers.js';

const dataset = fixtureDataset();
const index = buildIndex(dataset);

describe('the vote entry kind', () => {
	test('a roll call\'s counts must be its tally, each delegation called once', () => {
		const make = entryFactory();
		const good = make({kind: 'vote', payload: {target: 'prop-2', counts: {yes: 1, no: 1, abstain: 0, absent: 0}, roll: [{delegation: 'cn', option: 'yes'}, {delegation: 'ch', option: 'no'}], majority: 'simple'}});
		expect(journalEntry.safeParse(good).success).toBe(true);
		const wrong = {...good, payload: {...good.payload, counts: {yes: 2, no: 1, abstain: 0, absent: 0}}};
		expect(journalEntry.safeParse(wrong).error?.issues.map(issue => issue.message)).toEqual(['the counts are not the roll call\'s']);
		const twice = {...good, payload: {...good.payload, counts: {yes: 2, no: 0, abstain: 0, absent: 0}, roll: [{delegation: 'cn', option: 'yes'}, {delegation: 'cn', option: 'yes'}]}};
		expect(journalEntry.safeParse(twice).error?.issues.map(issue => issue.message)).toEqual(['a delegation is called twice']);
		expect(journalEntry.safeParse({...good, payload: {...good.payload, majority: 'unanimity'}}).success).toBe(false);
	});

	test('replay: an unknown delegation in the roll is ignored with the reason; a vote is undone by u and comes back with an undo of the undo', () => {
		const make = entryFactory();
		const vote = make({kind: 'vote', payload: {target: 'item-budget', counts: {yes: 3, no: 1, abstain: 0, absent: 0}, majority: 'simple'}});
		const stranger = make({kind: 'vote', payload: {target: 'item-budget', counts: {yes: 1, no: 0, abstain: 0, absent: 0}, roll: [{delegation: 'zz', option: 'yes'}], majority: 'simple'}});
		let entries = [vote, stranger];
		let records = replay(dataset, entries);
		expect(records.ignored).toEqual([{entryId: stranger.id, reason: 'no delegation "zz" in the dataset'}]);
		expect(lastUndoable(records)?.id).toBe(vote.id);
		const undo = make({kind: 'undo', payload: {entry: vote.id}});
		entries = [...entries, undo];
		records = replay(dataset, entries);
		expect(isEntryInEffect(records, vote.id)).toBe(false);
		expect(factsFromJournal(index, entries, records, {skippedLines: 0}).votes).toEqual([]);
		entries = [...entries, make({kind: 'undo', payload: {entry: undo.id}})];
		records = replay(dataset, entries);
		expect(factsFromJournal(index, entries, records, {skippedLines: 0}).votes.map(fact => [fact.entryId, fact.counts.yes, fact.majority])).toEqual([[vote.id, 3, 'simple']]);
	});

	test('several votes on one target all stand, in file order', () => {
		const make = entryFactory();
		const entries = [
			make({kind: 'vote', payload: {target: 'prop-2', counts: {yes: 5, no: 9, abstain: 0, absent: 0}, majority: 'simple'}}),
			make({kind: 'vote', payload: {target: 'prop-2', counts: {yes: 12, no: 2, abstain: 0, absent: 0}, majority: 'two-thirds'}}),
		];
		const facts = factsFromJournal(index, entries, replay(dataset, entries), {skippedLines: 0});
		expect(facts.votes.map(vote => [vote.counts.yes, vote.majority])).toEqual([[5, 'simple'], [12, 'two-thirds']]);
	});

	test('a decision of an old journal (one outcome) and a new one (several, a number) both read', () => {
		const make = entryFactory();
		const entries = [
			make({kind: 'decision', payload: {target: 'item-budget', outcome: 'approved', text: 'Approved.'}}),
			make({kind: 'decision', payload: {target: 'item-report', outcome: 'noted', text: '', outcomes: [{kind: 'noted', on: 'the report'}, {kind: 'deferred', on: 'its annex'}], number: 'Decision 650 (C25)'}}),
			make({kind: 'decision', payload: {target: 'item-one-itu', outcome: 'deferred', text: '', outcomes: [{kind: 'deferred'}]}}),
		];
		const records = replay(dataset, entries);
		const facts = factsFromJournal(index, entries, records, {skippedLines: 0});
		expect(facts.decisions.get('item-budget')?.outcomes).toEqual([{kind: 'approved'}]);
		expect(facts.decisions.get('item-report')).toMatchObject({outcomes: [{kind: 'noted', on: 'the report'}, {kind: 'deferred', on: 'its annex'}], number: 'Decision 650 (C25)'});
		// Noting a report and deferring its annex decides the item; deferring everything defers it.
		expect(records.statuses.get('item-report')).toBe('decided');
		expect(records.statuses.get('item-one-itu')).toBe('deferred');
	});
});
