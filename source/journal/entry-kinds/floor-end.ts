import {defineEntryKind} from './entry-kind.js';
import {describeFloor, floorRejection} from './floor-kind.js';

/** The floor ends: the speaker's clock stops at the entry's time. */
export const floorEndKind = defineEntryKind({
	kind: 'floor-end',
	rejection: floorRejection,
	slots: () => [{slot: 'floor'}],
	undoneByKey: true,
	describe: (payload, context) => describeFloor({kind: 'floor-end', payload}, context),
});
