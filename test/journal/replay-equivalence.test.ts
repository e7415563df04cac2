import {describe, expect, test} from 'vitest';
import {applyEntries, applyEntry, entryById, isEntryInEffect, lastUndoable, replay, type JournalRecords} from '../../source/journal/replay.js';
import type {EntryDraft, JournalEntry} from '../../source/journal/schema.js';
import {makeEntry} from '../../source/journal/entry-id.js';
import {entryFactory, fixtureDataset, secretary} from './helpers.js';
import {seededRandom as random} from '../helpers/seeded-random.js';

/*
Replay keeps its entries in one table (id → place in file order) and its slot
stacks as places (issue 15's speed work): a journal replayed whole, entry by
entry and in chunks must give the same records, with undos (of entries, of
undos, of ignored or unknown ids), entries applied twice, ignored entries,
floor entries and votes among them (a seeded corpus, so a failure repeats).
*/

const dataset = fixtureDataset();
const items = dataset.agendaItems.map(item => item.id);
const targets = [...items, ...dataset.proposals.map(proposal => proposal.id), 'no-such-target'];
const delegations = [...dataset.delegations.map(delegation => delegation.id), 'zz'];

/**
A journal of every kind that sets slots, the floor and votes, with undos,
repeats and entries replay ignores. Before `repeatsFrom` the ids only increase
(replay finds ids without a map of them while they do); from there, entries
come again and one comes out of time order.
*/
function corpus(seed: number, count: number, repeatsFrom = 0): JournalEntry[] {
	const next = random(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	const make = entryFactory();
	const entries: JournalEntry[] = [];
	for (let index = 0; index < count; index++) {
		const roll = next();
		if (index === repeatsFrom && index > 0) {
			// Another writer's clock behind: an id smaller than the one before it.
			const last = entries.pop()!;
			entries.push(make({kind: 'current', payload: {item: items[0]!}}), last);
			continue;
		}

		if (roll < 0.05 && entries.length > 0 && index >= repeatsFrom) {
			// The same entry again (a screen applying its own entry, then the watcher's copy).
			entries.push(pick(entries));
			continue;
		}

		const item = pick([...items, 'no-such-item']);
		const delegation = pick(delegations);
		let draft: EntryDraft;
		if (roll < 0.25 && entries.length > 0) {
			draft = {kind: 'undo', payload: {entry: next() < 0.1 ? '0mnwyp3zz-0a1b2c3d4e5f' : pick(entries).id}};
		} else if (roll < 0.4) {
			draft = {kind: 'decision', payload: {target: pick(targets), outcome: pick(['approved', 'deferred', 'noted'] as const), text: `Decision ${index}`, ...(next() < 0.3 ? {outcomes: [{kind: 'deferred' as const}, ...(next() < 0.5 ? [{kind: 'noted' as const}] : [])]} : {})}};
		} else if (roll < 0.5) {
			draft = {kind: 'status', payload: {item, status: pick(['decided', 'under-consideration', 'deferred'] as const)}};
		} else if (roll < 0.62) {
			draft = {kind: 'position', payload: {delegation, on: pick(targets), stance: pick(['supports', 'opposes', 'neutral'] as const), ...(next() < 0.5 ? {note: `Note ${index}`} : {})}};
		} else if (roll < 0.7) {
			draft = {kind: 'current', payload: {item}};
		} else if (roll < 0.75) {
			draft = {kind: 'vote', payload: {target: pick(targets), counts: {yes: 2, no: 1, abstain: 0, absent: 1}, majority: 'simple'}};
		} else {
			draft = pick<EntryDraft>([
				{kind: 'floor-request', payload: {item, delegation}},
				{kind: 'floor-request', payload: {item, delegation, request: 'reply'}},
				{kind: 'floor-give', payload: {item, delegation}},
				{kind: 'floor-end', payload: {item, delegation}},
				{kind: 'floor-withdraw', payload: {item, delegation}},
				{kind: 'floor-statement', payload: {item, delegation, text: `Statement ${index}`, stance: 'supports'}},
				{kind: 'floor-close', payload: {item}},
				{kind: 'floor-open', payload: {item}},
			]);
		}

		entries.push(make(draft, next() < 0.05 ? {name: 'Vi Viewer', role: 'viewer'} : undefined));
	}

	return entries;
}

/** A map's entries by key: which order a map was filled in (a slot emptied, then set again) is no answer. */
const byKey = <V>(map: ReadonlyMap<string, V>) => [...map].sort(([a], [b]) => (a < b ? -1 : (a > b ? 1 : 0)));

/** Everything the records say, as plain data (the opaque state aside), and what the queries answer for every id. */
function answers(records: JournalRecords, entries: readonly JournalEntry[]) {
	const {replayState: _state, ...rest} = records;
	return {
		...rest,
		statuses: byKey(records.statuses),
		statusDetails: byKey(records.statusDetails),
		decisions: byKey(records.decisions),
		positionsOn: byKey(records.positionsOn),
		inEffect: entries.map(entry => [entry.id, isEntryInEffect(records, entry.id), entryById(records, entry.id)?.kind]),
		lastUndoable: lastUndoable(records)?.id,
	};
}

describe('replay whole, entry by entry and in chunks', () => {
	for (const [seed, repeatsFrom] of [[1, 0], [15, 0], [2026, 0], [7, 1200], [99, 1200]] as const) {
		test(`gives the same records (seed ${seed}, ids only increasing before entry ${repeatsFrom}: undos, repeats, ignored entries, floor and votes)`, () => {
			const entries = corpus(seed, 1500, repeatsFrom);
			const whole = replay(dataset, entries);
			// The corpus reaches the cases it is for.
			expect(whole.ignored.length).toBeGreaterThan(20);
			expect(whole.entryCount).toBeLessThan(entries.length);
			expect(entries.filter(entry => entry.kind === 'undo').some(entry => isEntryInEffect(whole, entry.id))).toBe(true);
			expect(entries.some(entry => entry.kind !== 'undo' && entryById(whole, entry.id) !== undefined && !isEntryInEffect(whole, entry.id))).toBe(true);

			let single = replay(dataset, []);
			for (const entry of entries) {
				single = applyEntry(single, entry);
			}

			let chunked = replay(dataset, entries.slice(0, 100));
			for (let start = 100; start < entries.length; start += 137) {
				chunked = applyEntries(chunked, entries.slice(start, start + 137));
			}

			const expected = answers(whole, entries);
			expect(answers(single, entries)).toEqual(expected);
			expect(answers(chunked, entries)).toEqual(expected);
			// Records handed out earlier are never changed by what is applied after them.
			const early = replay(dataset, entries.slice(0, 700));
			const earlyAnswers = answers(early, entries);
			applyEntries(early, entries.slice(700));
			expect(answers(early, entries)).toEqual(earlyAnswers);
		});
	}

	test('ids found by their order while they only increase, as by a map of them once they do not', () => {
		for (const seed of [4, 40]) {
			const entries = corpus(seed, 1500, 1500);
			// Two entries ignored (an item the dataset lacks), the second with a smaller id, before the rest: a map of the ids from the start.
			const ignoredAt = (second: number) => makeEntry({kind: 'current', payload: {item: 'no-such-item'}}, secretary, Date.UTC(2026, 3, 12, 8, 0, second), new Uint8Array(6));
			const [later, earlier] = [ignoredAt(2), ignoredAt(1)];
			const mapped = replay(dataset, [later, earlier, ...entries]);
			const sorted = replay(dataset, entries);
			const {ignored, entryCount, openedAt: _opened, ...rest} = answers(mapped, entries);
			const {ignored: sortedIgnored, entryCount: sortedCount, openedAt: _sortedOpened, ...sortedRest} = answers(sorted, entries);
			expect(sortedRest).toEqual(rest);
			expect(sortedIgnored).toEqual(ignored.slice(2));
			expect(sortedCount).toBe(entryCount - 2);
			expect(sortedIgnored.length).toBeGreaterThan(20);
		}
	});

	test('an entry applied again right after itself changes nothing, nor one from before; an id never applied is not found', () => {
		const make = entryFactory();
		const [first, second] = [make({kind: 'current', payload: {item: 'item-budget'}}), make({kind: 'status', payload: {item: 'item-budget', status: 'decided'}})];
		expect(replay(dataset, [first!, first!]).entryCount).toBe(1);
		const missing = ['0mnwyp3zz-0a1b2c3d4e5f', `${first!.id}0`, 'zzzzzzzzz-0a1b2c3d4e5f'];
		// Smaller, between or greater than the ids applied: while they only increase, and once a repeat has come.
		const inOrder = replay(dataset, [first!, second!, ...missing.map(id => make({kind: 'undo', payload: {entry: id}}))]);
		const repeated = applyEntries(replay(dataset, [first!, second!, second!]), [second!, first!]);
		expect(repeated.entryCount).toBe(2);
		for (const records of [inOrder, repeated]) {
			for (const id of missing) {
				expect(entryById(records, id)).toBeUndefined();
				expect(isEntryInEffect(records, id)).toBe(false);
			}

			expect(entryById(records, first!.id)).toBe(first);
			expect(entryById(records, second!.id)).toBe(second);
		}

		expect(inOrder.ignored.map(ignored => ignored.reason)).toEqual(missing.map(id => `undoes entry ${id}, which is not in the journal before it`));
	});

	test('an ignored entry applied again stays ignored once, and an undo of it is ignored', () => {
		const make = entryFactory();
		const unknown = make({kind: 'current', payload: {item: 'no-such-item'}});
		const undo = make({kind: 'undo', payload: {entry: unknown.id}});
		const records = applyEntries(replay(dataset, [unknown, unknown]), [unknown, undo]);
		expect(records.ignored.map(ignored => ignored.entryId)).toEqual([unknown.id, undo.id]);
		expect(records.entryCount).toBe(2);
		expect(entryById(records, unknown.id)).toBeUndefined();
		expect(isEntryInEffect(records, unknown.id)).toBe(false);
	});
});
