import {describe, expect, test} from 'vitest';
import {applyEntries, applyEntry, isEntryInEffect, lastUndoable, replay} from '../../source/journal/replay.js';
import type {JournalEntry} from '../../source/journal/schema.js';
import {entryFactory, fixtureDataset, secretary} from './helpers.js';

const dataset = fixtureDataset();
const chair = {name: 'The Chair', role: 'chair'} as const;

describe('replay', () => {
	test('an empty journal leaves the dataset as it is', () => {
		const records = replay(dataset, []);
		expect(records.statuses.size).toBe(0);
		expect(records.decisions.size).toBe(0);
		expect(records.positions).toEqual([]);
		expect(records.positionsOn.get('item-one-itu')).toEqual([dataset.positions[0]]);
		expect(records.currentItem).toBeUndefined();
		expect(records.openedAt).toBeUndefined();
	});

	test('decisions, statuses, positions and the current item, with who and when', () => {
		const make = entryFactory();
		const entries = [
			make({kind: 'current', payload: {item: 'item-budget'}}, chair),
			make({kind: 'decision', payload: {target: 'item-budget', outcome: 'approved', text: 'The Council approved the draft budget.'}}),
			make({kind: 'current', payload: {item: 'item-one-itu'}}, chair),
			make({kind: 'position', payload: {delegation: 'ch', on: 'prop-1', stance: 'reservation', note: 'On principle 3'}}),
			make({kind: 'position', payload: {delegation: 'cn', on: 'item-one-itu', stance: 'neutral'}}),
			make({kind: 'status', payload: {item: 'item-report', status: 'deferred'}}),
		];
		const records = replay(dataset, entries);
		expect(records.currentItem).toBe('item-one-itu');
		expect(records.openedAt).toBe(Date.UTC(2026, 3, 12, 9, 0, 1));
		expect(records.decisions.get('item-budget')).toEqual({
			on: 'item-budget',
			outcome: 'approved',
			text: 'The Council approved the draft budget.',
			entryId: entries[1]!.id,
			time: '2026-04-12T09:00:02.000Z',
			at: Date.UTC(2026, 3, 12, 9, 0, 2),
			author: secretary,
		});
		// A decision on an item decides it.
		expect(records.statuses.get('item-budget')).toBe('decided');
		expect(records.statusDetails.get('item-budget')?.cause).toBe('decision');
		expect(records.statuses.get('item-report')).toBe('deferred');
		// The recorded position replaces the dataset's, in its place.
		expect(records.positionsOn.get('item-one-itu')?.map(position => [position.delegation, position.stance])).toEqual([['cn', 'neutral']]);
		expect(records.positionsOn.get('prop-1')).toEqual([expect.objectContaining({delegation: 'ch', stance: 'reservation', note: 'On principle 3', id: entries[3]!.id})]);
		expect(records.positions.map(position => position.id)).toEqual([entries[3]!.id, entries[4]!.id]);
		expect(records.entryCount).toBe(6);
	});

	test('latest wins per slot; a later status overrides a decision\'s implied status', () => {
		const make = entryFactory();
		const records = replay(dataset, [
			make({kind: 'decision', payload: {target: 'item-budget', outcome: 'deferred', text: 'Deferred to the next session.'}}),
			make({kind: 'position', payload: {delegation: 'us', on: 'item-budget', stance: 'opposes'}}),
			make({kind: 'position', payload: {delegation: 'ae', on: 'item-budget', stance: 'supports'}}),
			make({kind: 'position', payload: {delegation: 'us', on: 'item-budget', stance: 'more-information', note: 'Asks for figures'}}),
		]);
		expect(records.statuses.get('item-budget')).toBe('deferred');
		expect(records.positionsOn.get('item-budget')?.map(position => `${position.delegation} ${position.stance}`)).toEqual(['us more-information', 'ae supports']);

		const later = applyEntry(records, make({kind: 'status', payload: {item: 'item-budget', status: 'under-consideration'}}, chair));
		expect(later.statuses.get('item-budget')).toBe('under-consideration');
		expect(later.statusDetails.get('item-budget')?.cause).toBe('status');
		expect(later.decisions.get('item-budget')?.outcome).toBe('deferred');
	});

	test('undo falls back to what was in effect before; undo of the undo re-applies', () => {
		const make = entryFactory();
		const first = make({kind: 'decision', payload: {target: 'item-budget', outcome: 'approved', text: 'First.'}});
		const second = make({kind: 'decision', payload: {target: 'item-budget', outcome: 'rejected', text: 'Second.'}});
		const position = make({kind: 'position', payload: {delegation: 'cn', on: 'item-one-itu', stance: 'opposes'}});
		const undoSecond = make({kind: 'undo', payload: {entry: second.id}});
		const undoPosition = make({kind: 'undo', payload: {entry: position.id}});
		let records = replay(dataset, [first, second, position, undoSecond, undoPosition]);
		expect(records.decisions.get('item-budget')?.text).toBe('First.');
		expect(records.positionsOn.get('item-one-itu')).toEqual([dataset.positions[0]]);
		expect(records.positions).toEqual([]);
		expect(isEntryInEffect(records, second.id)).toBe(false);

		const redo = make({kind: 'undo', payload: {entry: undoSecond.id}});
		records = applyEntry(records, redo);
		expect(records.decisions.get('item-budget')?.text).toBe('Second.');
		const undoRedo = make({kind: 'undo', payload: {entry: redo.id}});
		records = applyEntry(records, undoRedo);
		expect(records.decisions.get('item-budget')?.text).toBe('First.');

		const undoFirst = make({kind: 'undo', payload: {entry: first.id}});
		records = applyEntry(records, undoFirst);
		expect(records.decisions.has('item-budget')).toBe(false);
		expect(records.statuses.has('item-budget')).toBe(false);
	});

	test('two undos of one entry: it comes back only when both are undone', () => {
		const make = entryFactory();
		const status = make({kind: 'status', payload: {item: 'item-report', status: 'decided'}});
		const undoA = make({kind: 'undo', payload: {entry: status.id}});
		const undoB = make({kind: 'undo', payload: {entry: status.id}});
		let records = replay(dataset, [status, undoA, undoB]);
		expect(records.statuses.has('item-report')).toBe(false);
		records = applyEntry(records, make({kind: 'undo', payload: {entry: undoA.id}}));
		expect(records.statuses.has('item-report')).toBe(false);
		records = applyEntry(records, make({kind: 'undo', payload: {entry: undoB.id}}));
		expect(records.statuses.get('item-report')).toBe('decided');
	});

	test('entries naming what the dataset lacks, or written by a viewer, are ignored with a reason', () => {
		const make = entryFactory();
		const entries: JournalEntry[] = [
			make({kind: 'decision', payload: {target: 'item-gone', outcome: 'noted', text: ''}}),
			make({kind: 'position', payload: {delegation: 'xx', on: 'item-budget', stance: 'supports'}}),
			make({kind: 'status', payload: {item: 'prop-1', status: 'decided'}}),
			make({kind: 'status', payload: {item: 'item-budget', status: 'decided'}}, {name: 'Visitor', role: 'viewer'}),
			make({kind: 'undo', payload: {entry: '0000000ab-000000000000'}}),
		];
		const records = replay(dataset, entries);
		expect(records.statuses.size).toBe(0);
		expect(records.decisions.size).toBe(0);
		expect(records.ignored.map(ignored => ignored.entryId)).toEqual(entries.map(entry => entry.id));
		expect(records.ignored[3]?.reason).toContain('viewer');
	});

	test('applyEntries never changes the records it is given, and applying twice is harmless', () => {
		const make = entryFactory();
		const before = replay(dataset, [make({kind: 'status', payload: {item: 'item-budget', status: 'under-consideration'}})]);
		const decision = make({kind: 'decision', payload: {target: 'item-budget', outcome: 'adopted', text: 'Adopted.'}});
		const after = applyEntries(before, [decision]);
		expect(before.statuses.get('item-budget')).toBe('under-consideration');
		expect(before.decisions.size).toBe(0);
		expect(after.statuses.get('item-budget')).toBe('decided');
		const again = applyEntries(after, [decision]);
		expect(again.decisions.get('item-budget')).toEqual(after.decisions.get('item-budget'));
		expect(again.entryCount).toBe(2);
		// Branching from old records is independent of the branch taken before.
		const undo = make({kind: 'undo', payload: {entry: decision.id}});
		const branch = applyEntries(before, [undo]);
		expect(branch.ignored).toHaveLength(1);
		expect(after.decisions.has('item-budget')).toBe(true);
	});

	test('incremental application equals a full replay', () => {
		const make = entryFactory();
		const entries: JournalEntry[] = [];
		const targets = ['item-budget', 'item-report', 'item-one-itu', 'prop-1', 'prop-2'];
		const delegations = ['cn', 'ch', 'us', 'ae'];
		for (let index = 0; index < 300; index++) {
			const target = targets[index % targets.length]!;
			const step = index % 7;
			if (step === 6 && entries.length > 3) {
				entries.push(make({kind: 'undo', payload: {entry: entries[(index * 13) % entries.length]!.id}}));
			} else if (step % 2 === 0) {
				entries.push(make({kind: 'position', payload: {delegation: delegations[index % 4]!, on: target, stance: index % 3 === 0 ? 'supports' : 'opposes'}}));
			} else {
				entries.push(make({kind: 'decision', payload: {target, outcome: index % 5 === 0 ? 'deferred' : 'approved', text: `Decision ${index}`}}));
			}
		}

		let incremental = replay(dataset, []);
		for (const entry of entries) {
			incremental = applyEntry(incremental, entry);
		}

		const whole = replay(dataset, entries);
		expect([...incremental.decisions]).toEqual([...whole.decisions]);
		expect([...incremental.statuses]).toEqual([...whole.statuses]);
		expect(incremental.positions).toEqual(whole.positions);
		expect([...incremental.positionsOn]).toEqual([...whole.positionsOn]);
	});

	test('lastUndoable skips undos and moves of the current item, and walks back', () => {
		const make = entryFactory();
		const decision = make({kind: 'decision', payload: {target: 'item-budget', outcome: 'approved', text: 'Approved.'}});
		const position = make({kind: 'position', payload: {delegation: 'us', on: 'item-budget', stance: 'supports'}});
		const move = make({kind: 'current', payload: {item: 'item-report'}});
		let records = replay(dataset, [decision, position, move]);
		expect(lastUndoable(records)?.id).toBe(position.id);
		records = applyEntry(records, make({kind: 'undo', payload: {entry: position.id}}));
		expect(lastUndoable(records)?.id).toBe(decision.id);
		records = applyEntry(records, make({kind: 'undo', payload: {entry: decision.id}}));
		expect(lastUndoable(records)).toBeUndefined();
	});

	test('replays 100,000 entries, undos among them, and ignores none', () => {
		const make = entryFactory();
		const targets = [...dataset.agendaItems.map(item => item.id), ...dataset.proposals.map(proposal => proposal.id)];
		const delegations = dataset.delegations.map(delegation => delegation.id);
		const entries: JournalEntry[] = [];
		for (let index = 0; index < 100_000; index++) {
			const target = targets[index % targets.length]!;
			if (index % 10 === 9) {
				entries.push(make({kind: 'undo', payload: {entry: entries[index - 1]!.id}}));
			} else if (index % 2 === 0) {
				entries.push(make({kind: 'position', payload: {delegation: delegations[index % delegations.length]!, on: target, stance: 'supports', note: `note ${index}`}}));
			} else {
				entries.push(make({kind: 'decision', payload: {target, outcome: 'approved', text: `The Council approved item ${index}.`}}));
			}
		}

		// Its speed is bench/journal.ts's to measure (npm run bench -- journal), not a timed test's.
		const records = replay(dataset, entries);
		expect(records.entryCount).toBe(100_000);
		expect(records.ignored).toEqual([]);
	});
});
