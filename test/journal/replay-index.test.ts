import {describe, expect, it} from 'vitest';
import {syntheticDataset} from '../../bench/synthetic.js';
import {buildIndex} from '../../source/dataset/build-index.js';
import type {Dataset} from '../../source/dataset/schema.js';
import {applyEntries, replay, type JournalRecords} from '../../source/journal/replay.js';
import type {JournalEntry} from '../../source/journal/schema.js';
import {entryFactory, fixtureDataset} from './helpers.js';

/*
replay(dataset, entries, index) takes the index's grouping of the dataset's
positions instead of grouping them again (a start's empty journal on 20,000
positions). It must give exactly what replay(dataset, entries) gives: every
record, and the same again when more entries are applied to it, including
for a dataset holding two positions of one delegation on a target (which the
loader refuses, but replay is given datasets by code too).
*/

function entriesFor(dataset: Dataset): JournalEntry[] {
	const make = entryFactory();
	const first = dataset.positions[0]!;
	const second = dataset.positions[1] ?? first;
	const third = dataset.positions[2] ?? first;
	const delegations = dataset.delegations.map(delegation => delegation.id);
	const item = dataset.agendaItems[0]!.id;
	const position = make({kind: 'position', payload: {delegation: first.delegation, on: first.on, stance: 'reservation', note: 'Changed'}});
	return [
		make({kind: 'current', payload: {item}}),
		position,
		// A delegation new to the target, and one the dataset already has there.
		make({kind: 'position', payload: {delegation: delegations.at(-1)!, on: second.on, stance: 'supports'}}),
		make({kind: 'position', payload: {delegation: third.delegation, on: third.on, stance: 'opposes'}}),
		make({kind: 'undo', payload: {entry: position.id}}),
		make({kind: 'status', payload: {item, status: 'deferred'}}),
	];
}

/** Every record that can be compared (the replay state itself holds functions). */
function comparable(records: JournalRecords) {
	const {replayState: _state, ...rest} = records;
	return {...rest, positionsOn: [...records.positionsOn]};
}

const datasets: Record<string, () => Dataset> = {
	'the journal fixture': fixtureDataset,
	'synthetic, 400 items': () => syntheticDataset({items: 400, delegations: 40, positions: 2000}),
	'synthetic, with two positions of one delegation on a target': () => {
		const dataset = syntheticDataset({items: 100, delegations: 20, positions: 300});
		const twice = dataset.positions[4]!;
		return {...dataset, positions: [...dataset.positions, {...twice, id: 'pos-twice', stance: 'opposes', note: 'Again'}]};
	},
	'synthetic, one target with many positions': () => {
		const dataset = syntheticDataset({items: 50, delegations: 30, positions: 30});
		const on = dataset.agendaItems[0]!.id;
		return {...dataset, positions: dataset.delegations.map((delegation, index) => ({id: `pos-many-${index}`, delegation: delegation.id, on, stance: 'supports' as const}))};
	},
};

describe('replay with the index\'s positions by target', () => {
	for (const [name, make] of Object.entries(datasets)) {
		it(`gives the records replay without it gives: ${name}`, () => {
			const dataset = make();
			const index = buildIndex(dataset);
			const entries = entriesFor(dataset);
			for (const count of [0, 1, 3, entries.length]) {
				const withIndex = replay(dataset, entries.slice(0, count), index);
				const without = replay(dataset, entries.slice(0, count));
				expect(comparable(withIndex)).toEqual(comparable(without));
				// Live updates on top give the same too.
				expect(comparable(applyEntries(withIndex, entries.slice(count)))).toEqual(comparable(applyEntries(without, entries.slice(count))));
			}

			// An index of another dataset is not taken.
			const other = buildIndex(syntheticDataset({items: 10, delegations: 5, positions: 10}));
			expect(comparable(replay(dataset, entries, other))).toEqual(comparable(replay(dataset, entries)));
		});
	}
});
