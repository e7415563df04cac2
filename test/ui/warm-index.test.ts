import {describe, expect, it} from 'vitest';
import {syntheticDataset} from '../../bench/synthetic.js';
import {buildIndex, isIndexBuilt} from '../../source/dataset/build-index.js';
import {warmIndexWhileIdle} from '../../source/ui/warm-index.js';

/*
The dashboard builds the index's lazy parts while idle, after the first frame
(source/ui/warm-index.ts), a slice per turn of the event loop: the loop keeps
turning meanwhile, and stopping (on quit) leaves the rest unbuilt.
*/

const nextTurn = async () => new Promise<void>(resolve => {
	setImmediate(resolve);
});

describe('building the index while idle', () => {
	it('builds every lazy part over turns of the event loop, which keeps turning', async () => {
		const index = buildIndex(syntheticDataset({items: 3000, delegations: 60, positions: 3000}));
		expect(isIndexBuilt(index)).toBe(false);
		const stop = warmIndexWhileIdle(index);
		let turns = 0;
		while (!isIndexBuilt(index) && turns < 100_000) {
			await nextTurn();
			turns++;
		}

		stop();
		expect(isIndexBuilt(index)).toBe(true);
		// Not all in one turn: other events ran between the slices.
		expect(turns).toBeGreaterThan(1);
		expect(index.keys.get('item:pl1.01')).toEqual(['item-1']);
	});

	it('stops when asked, leaving the rest to be built on first use', async () => {
		const index = buildIndex(syntheticDataset({items: 3000, delegations: 60, positions: 3000}));
		const stop = warmIndexWhileIdle(index);
		stop();
		for (let turn = 0; turn < 50; turn++) {
			await nextTurn();
		}

		expect(isIndexBuilt(index)).toBe(false);
		expect(index.itemSearchText).toHaveLength(3000);
	});

	it('has nothing to do for an index buildIndex did not make', () => {
		const index = buildIndex(syntheticDataset({items: 20, delegations: 5, positions: 10}));
		const stop = warmIndexWhileIdle({...index});
		stop();
		expect(isIndexBuilt({...index})).toBe(true);
	});
});
