import {describe, expect, it} from 'vitest';
import {replay} from '../../source/journal/replay.js';
import type {JournalEntry} from '../../source/journal/schema.js';
import {emptyRecords, type SessionRecords} from '../../source/state/records.js';
import {positionsOn, statusCounts} from '../../source/state/selectors.js';
import {fixtureIndex} from './fixture.js';

describe('the journal\'s records as the dashboard reads them', () => {
	it('are accepted as they come from replay', () => {
		const index = fixtureIndex();
		// The journal's replay result is assignable to the dashboard's records: no adapter.
		const records: SessionRecords = replay(index.dataset, [] as JournalEntry[]);
		expect(statusCounts(index, records)).toEqual(statusCounts(index, emptyRecords));
		expect(positionsOn(index, records, 'item-2').map(position => position.delegation)).toEqual(['cn', 'eg', 'fr', 'br']);
	});

	it('take positions in effect from positionsOn when the journal provides it', () => {
		const index = fixtureIndex();
		const records: SessionRecords = {...emptyRecords, positionsOn: new Map([['item-2', [{id: 'x', delegation: 'fr', on: 'item-2', stance: 'neutral' as const}]]])};
		expect(positionsOn(index, records, 'item-2').map(position => position.stance)).toEqual(['neutral']);
		expect(positionsOn(index, records, 'prop-2-2').map(position => position.delegation)).toEqual(['fr']);
	});
});
