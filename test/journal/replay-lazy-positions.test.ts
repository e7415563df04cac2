import {describe, expect, test} from 'vitest';
import {syntheticDataset} from '../../bench/synthetic.js';
import {buildIndex} from '../../source/dataset/build-index.js';
import type {DatasetIndex} from '../../source/dataset/index-types.js';
import type {Dataset, Position} from '../../source/dataset/schema.js';
import {applyEntries, entryById, isEntryInEffect, replay, type JournalRecords, type RecordedPosition} from '../../source/journal/replay.js';
import type {EntryDraft, JournalEntry} from '../../source/journal/schema.js';
import {positionsOn} from '../../source/state/selectors.js';
import {seededRandom as random} from '../helpers/seeded-random.js';
import {entryFactory, fixtureDataset} from './helpers.js';

/*
Replay reads the dataset's positions one target at a time (issue 15: a paged
dataset parses a target's positions alone): only the targets entries name, or
a view asks about, are read, and records.positionsOn is a view answering what
the full copy of the dataset's grouping, with the touched targets set in it,
answered. The reference below is that eager code as it was (the grouping, its
one-per-delegation check over every target, the copy), with the positions in
effect worked out from scratch from the journal: the latest entry in effect
for each delegation and target.
*/

// ---- The reference: the eager replay's positions, as they were computed before the change.

/** The dataset's positions by target, in its order, one per delegation (the last, were there two). (As it was.) */
function eagerPositionsByTarget(positions: readonly Position[]): Map<string, Position[]> {
	const byTarget = new Map<string, Position[]>();
	for (const position of positions) {
		const list = byTarget.get(position.on);
		if (list === undefined) {
			byTarget.set(position.on, [position]);
			continue;
		}

		const at = list.findIndex(other => other.delegation === position.delegation);
		if (at === -1) {
			list.push(position);
		} else {
			list[at] = position;
		}
	}

	return byTarget;
}

/** (As it was.) */
function eagerHasOnePerDelegation(byTarget: ReadonlyMap<string, readonly Position[]>): boolean {
	for (const list of byTarget.values()) {
		if (new Set(list.map(position => position.delegation)).size !== list.length) {
			return false;
		}
	}

	return true;
}

/** The position a journal entry records, if it records one: a position, or a statement with a stance. */
function positionWrite(entry: JournalEntry): {delegation: string; on: string; stance: string; note?: string} | undefined {
	if (entry.kind === 'position') {
		const {delegation, on, stance, note} = entry.payload;
		return {delegation, on, stance, ...(note === undefined ? {} : {note})};
	}

	if (entry.kind === 'floor-statement' && entry.payload.stance !== undefined) {
		const {delegation, item, stance, text} = entry.payload;
		return {delegation, on: item, stance, note: text};
	}

	return undefined;
}

/**
records.positionsOn as the eager replay made it: a copy of the dataset's
grouping, each target an applied entry named set (in the order first named) to
its delegations (the dataset's, then those entries added) with the latest
entry in effect or else the dataset's position. Which entries were applied and
are in effect is asked of the records (undo is not what changed).
*/
function eagerPositionsOn(dataset: Dataset, grouped: ReadonlyMap<string, readonly Position[]> | undefined, entries: readonly JournalEntry[], records: JournalRecords): Map<string, readonly RecordedPosition[]> {
	const initial = grouped !== undefined && eagerHasOnePerDelegation(grouped) ? grouped : eagerPositionsByTarget(dataset.positions);
	const map = new Map<string, readonly RecordedPosition[]>(initial);
	const fromDataset = new Map(dataset.positions.map(position => [`${position.delegation} ${position.on}`, position]));
	const delegationsOn = new Map<string, string[]>();
	const latest = new Map<string, RecordedPosition>();
	const seen = new Set<string>();
	for (const entry of entries) {
		const write = positionWrite(entry);
		if (seen.has(entry.id) || entryById(records, entry.id) === undefined) {
			continue;
		}

		seen.add(entry.id);
		if (write === undefined) {
			continue;
		}

		const delegations = delegationsOn.get(write.on) ?? (initial.get(write.on) ?? []).map(position => position.delegation);
		delegationsOn.set(write.on, delegations);
		if (!delegations.includes(write.delegation)) {
			delegations.push(write.delegation);
		}

		if (isEntryInEffect(records, entry.id)) {
			latest.set(`${write.delegation} ${write.on}`, {id: entry.id, ...write, recorded: {entryId: entry.id, time: entry.time, at: Date.parse(entry.time), author: entry.author}} as RecordedPosition);
		}
	}

	for (const [target, delegations] of delegationsOn) {
		map.set(target, delegations.flatMap(delegation => {
			const key = `${delegation} ${target}`;
			const position = latest.get(key) ?? fromDataset.get(key);
			return position === undefined ? [] : [position];
		}));
	}

	return map;
}

// ---- The corpus.

/** Positions (some on one target, many times), statements with a stance, undos (of undos too), repeats, decisions, statuses, ignored entries. */
function corpus(dataset: Dataset, seed: number, count: number): JournalEntry[] {
	const next = random(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	const items = dataset.agendaItems.map(item => item.id);
	const targets = [...items, ...dataset.proposals.map(proposal => proposal.id)];
	// A few targets get most entries, so that a target's list is refreshed, undone and redone; some targets are the dataset's last.
	const hot = [...targets.slice(0, 3), ...targets.slice(-2), 'no-such-target'];
	const delegations = [...dataset.delegations.map(delegation => delegation.id), 'zz'];
	const make = entryFactory();
	const entries: JournalEntry[] = [];
	for (let index = 0; index < count; index++) {
		const roll = next();
		const on = next() < 0.7 ? pick(hot) : pick(targets);
		const delegation = next() < 0.5 ? pick(delegations.slice(0, 4)) : pick(delegations);
		let draft: EntryDraft;
		if (roll < 0.04 && entries.length > 0) {
			entries.push(pick(entries));
			continue;
		} else if (roll < 0.25 && entries.length > 0) {
			draft = {kind: 'undo', payload: {entry: next() < 0.3 ? entries.at(-1)!.id : pick(entries).id}};
		} else if (roll < 0.6) {
			draft = {kind: 'position', payload: {delegation, on, stance: pick(['supports', 'opposes', 'neutral', 'reservation'] as const), ...(next() < 0.5 ? {note: `Note ${index}`} : {})}};
		} else if (roll < 0.7) {
			const item = pick(items.slice(0, 3));
			entries.push(make({kind: 'floor-give', payload: {item, delegation}}));
			draft = {kind: 'floor-statement', payload: {item, delegation, text: `Statement ${index}`, ...(next() < 0.8 ? {stance: pick(['supports', 'opposes'] as const)} : {})}};
		} else if (roll < 0.8) {
			draft = {kind: 'decision', payload: {target: on, outcome: pick(['approved', 'deferred', 'noted'] as const), text: `Decision ${index}`}};
		} else if (roll < 0.9) {
			draft = {kind: 'status', payload: {item: pick(items), status: pick(['decided', 'under-consideration', 'deferred'] as const)}};
		} else {
			draft = {kind: 'current', payload: {item: pick(items)}};
		}

		entries.push(make(draft, next() < 0.03 ? {name: 'Vi Viewer', role: 'viewer'} : undefined));
	}

	return entries;
}

/** A dataset with two (or three) positions of one delegation on some targets, bypassing the loader's check; one such target holds more than 8. */
function withDuplicates(dataset: Dataset): Dataset {
	const crowded = dataset.agendaItems[1]!.id;
	const many = dataset.delegations.slice(0, 12).map((delegation, index): Position => ({id: `pos-crowd-${index}`, delegation: delegation.id, on: crowded, stance: 'supports'}));
	const positions = [...dataset.positions.filter(position => position.on !== crowded), ...many];
	const twice = [positions[0]!, positions[3]!, many[2]!, many[7]!];
	return {
		...dataset,
		positions: [
			...positions,
			...twice.map((position, index): Position => ({...position, id: `pos-again-${index}`, stance: 'opposes', note: `Again ${index}`})),
			{...twice[0]!, id: 'pos-third', stance: 'neutral'},
		],
	};
}

const datasets: Record<string, () => Dataset> = {
	'the journal fixture': fixtureDataset,
	'synthetic, 60 items': () => syntheticDataset({items: 60, delegations: 20, positions: 400}),
	'synthetic, with a delegation\'s positions twice on targets': () => withDuplicates(syntheticDataset({items: 40, delegations: 16, positions: 200})),
	'the journal fixture, with a delegation\'s positions twice': () => withDuplicates(fixtureDataset()),
};

/** Every id a view could be asked about: the dataset's targets, the journal's, one nobody has. */
function targetsOf(dataset: Dataset, entries: readonly JournalEntry[]): string[] {
	const named = entries.flatMap(entry => {
		const write = positionWrite(entry);
		return write === undefined ? [] : [write.on];
	});
	return [...new Set([...dataset.agendaItems.map(item => item.id), ...dataset.proposals.map(proposal => proposal.id), ...named, 'no-such-target', 'nowhere'])];
}

/** The records' positions answer exactly what the eager replay's did: every question a map answers, and the selector. */
function expectEagerAnswers(dataset: Dataset, index: DatasetIndex | undefined, entries: readonly JournalEntry[], records: JournalRecords): void {
	const expected = eagerPositionsOn(dataset, index?.positionsOn, entries, records);
	const view = records.positionsOn;
	const targets = targetsOf(dataset, entries);
	for (const target of targets) {
		expect(view.get(target), target).toEqual(expected.get(target));
		expect(view.has(target), target).toBe(expected.has(target));
	}

	expect(view.size).toBe(expected.size);
	expect([...view]).toEqual([...expected]);
	expect([...view.entries()]).toEqual([...expected.entries()]);
	expect([...view.keys()]).toEqual([...expected.keys()]);
	expect([...view.values()]).toEqual([...expected.values()]);
	const visited: Array<[string, readonly RecordedPosition[]]> = [];
	view.forEach((list, target, map) => {
		expect(map).toBe(view);
		visited.push([target, list]);
	});
	expect(visited).toEqual([...expected]);

	const recorded = [...expected.values()].flat().filter(position => position.recorded !== undefined).sort((a, b) => (a.id < b.id ? -1 : (a.id > b.id ? 1 : 0)));
	expect(records.positions).toEqual(recorded);

	const selectorIndex = index ?? buildIndex(dataset);
	for (const target of targets) {
		expect(positionsOn(selectorIndex, records, target), target).toEqual(expected.get(target) ?? selectorIndex.positionsOn.get(target) ?? []);
	}
}

describe('replay\'s positions by target, read per target, answer as the eager copy did', () => {
	for (const [name, make] of Object.entries(datasets)) {
		test(`${name}: with and without an index, whole and in chunks, on seeded journals`, () => {
			const dataset = make();
			const index = buildIndex(dataset);
			let recordedSeen = 0;
			let statementsSeen = 0;
			for (const seed of [1, 2, 3, 15, 2026, 77]) {
				const entries = corpus(dataset, seed, 300);
				for (const given of [index, undefined]) {
					const whole = replay(dataset, entries, given);
					expectEagerAnswers(dataset, given, entries, whole);
					recordedSeen += whole.positions.length;
					statementsSeen += whole.positions.filter(position => entryById(whole, position.id)?.kind === 'floor-statement').length;

					// Live updates: each chunk applied to a copy; the records handed out before are unchanged by it.
					let chunked = replay(dataset, entries.slice(0, 40), given);
					const early = chunked;
					const earlyPositions = [...early.positionsOn];
					for (let start = 40; start < entries.length; start += 37) {
						chunked = applyEntries(chunked, entries.slice(start, start + 37));
						expectEagerAnswers(dataset, given, entries.slice(0, start + 37), chunked);
					}

					expect([...early.positionsOn]).toEqual(earlyPositions);
					expectEagerAnswers(dataset, given, entries.slice(0, 40), early);
				}

				// Before any entry: the dataset's grouping, as it was.
				expectEagerAnswers(dataset, index, [], replay(dataset, [], index));
				expectEagerAnswers(dataset, undefined, [], replay(dataset, []));
			}

			// The corpus reaches the cases it is for: recorded positions, some from statements.
			expect(recordedSeen).toBeGreaterThan(100);
			expect(statementsSeen).toBeGreaterThan(0);
		});
	}

	test('a target holding a delegation\'s position twice keeps the later, at the earlier\'s place, in the records and on the screen', () => {
		const dataset = withDuplicates(fixtureDataset());
		const index = buildIndex(dataset);
		const first = dataset.positions[0]!;
		for (const given of [index, undefined]) {
			const list = replay(dataset, [], given).positionsOn.get(first.on)!;
			expect(list.filter(position => position.delegation === first.delegation)).toEqual([expect.objectContaining({id: 'pos-third', stance: 'neutral'})]);
			expect(list.findIndex(position => position.delegation === first.delegation)).toBe(0);
			expect(positionsOn(index, replay(dataset, [], given), first.on)).toEqual(list);
		}
	});
});

/** A map standing for a paged index's positionsOn: get and has are counted; anything that walks it throws. */
function guardedMap(map: ReadonlyMap<string, readonly Position[]>) {
	const asked: string[] = [];
	const guarded = new Proxy(map, {
		get(target, property) {
			if (property === 'get' || property === 'has') {
				return (key: string) => {
					asked.push(key);
					return property === 'get' ? target.get(key) : target.has(key);
				};
			}

			throw new Error(`positionsOn.${String(property)} read: every target's positions would be read`);
		},
	});
	return {guarded, asked};
}

/** The dataset with its positions guarded: reading the array throws. */
function guardedDataset(dataset: Dataset): Dataset {
	const guarded = {...dataset};
	Object.defineProperty(guarded, 'positions', {
		get() {
			throw new Error('dataset.positions read: every position would be parsed');
		},
	});
	return guarded;
}

describe('a start reads the positions of the targets entries name, and no other', () => {
	test('a replay and its live updates ask the index for the named targets only, and never read the dataset\'s positions', () => {
		const plain = withDuplicates(syntheticDataset({items: 200, delegations: 30, positions: 1500}));
		const index = buildIndex(plain);
		const dataset = guardedDataset(plain);
		const {guarded, asked} = guardedMap(index.positionsOn);
		const make = entryFactory();
		const [a, b, c] = [plain.agendaItems[0]!.id, plain.agendaItems[1]!.id, plain.proposals[0]!.id];
		const delegations = plain.delegations.map(delegation => delegation.id);
		const shown = plain.agendaItems[5]!.id;
		const position = make({kind: 'position', payload: {delegation: delegations[0]!, on: a, stance: 'opposes'}});
		const statement = make({kind: 'floor-statement', payload: {item: a, delegation: delegations[1]!, text: 'Said', stance: 'supports'}});
		const undo = make({kind: 'undo', payload: {entry: position.id}});
		const entries = [
			make({kind: 'current', payload: {item: a}}),
			make({kind: 'decision', payload: {target: c, outcome: 'approved', text: 'Approved'}}),
			make({kind: 'status', payload: {item: b, status: 'deferred'}}),
			position,
			make({kind: 'floor-give', payload: {item: a, delegation: delegations[1]!}}),
			statement,
			make({kind: 'position', payload: {delegation: delegations[2]!, on: b, stance: 'neutral', note: 'Crowded'}}),
			undo,
			make({kind: 'undo', payload: {entry: undo.id}}),
		];
		const records = replay(dataset, entries, {dataset, positionsOn: guarded});
		const more = [make({kind: 'position', payload: {delegation: delegations[3]!, on: c, stance: 'supports'}}), make({kind: 'undo', payload: {entry: statement.id}})];
		const later = applyEntries(records, more);
		// What the first frame asks: the shown item's positions, through the selector.
		const screenIndex: DatasetIndex = {...index, dataset, positionsOn: guarded};
		const onScreen = positionsOn(screenIndex, later, shown);

		expect(new Set(asked)).toEqual(new Set([a, b, c, shown]));
		// The answers are the eager replay's.
		expect(onScreen).toEqual(index.positionsOn.get(shown));
		expect(later.positions.map(one => [one.delegation, one.on])).toEqual([[delegations[0], a], [delegations[2], b], [delegations[3], c]]);
		const eager = eagerPositionsOn(plain, index.positionsOn, [...entries, ...more], later);
		for (const target of [a, b, c, shown]) {
			expect(later.positionsOn.get(target)).toEqual(eager.get(target));
		}

		expect(asked.length).toBeGreaterThan(0);
		// The guards are real: walking the view reads every target, and so throws.
		expect(() => [...later.positionsOn]).toThrow(/every target's positions/);
		expect(() => later.positionsOn.size).toThrow(/every target's positions/);
	});

	test('without an index the dataset\'s positions are grouped once, when a target is first asked, and not before', () => {
		const plain = fixtureDataset();
		const dataset = guardedDataset(plain);
		const make = entryFactory();
		// No position entry: nothing asks about a target, so the positions are not read.
		const records = replay(dataset, [make({kind: 'current', payload: {item: plain.agendaItems[0]!.id}}), make({kind: 'status', payload: {item: plain.agendaItems[0]!.id, status: 'deferred'}})]);
		expect(records.positions).toEqual([]);
		expect(records.statuses.get(plain.agendaItems[0]!.id)).toBe('deferred');
		expect(() => records.positionsOn.get(plain.agendaItems[0]!.id)).toThrow(/dataset.positions read/);
	});
});
