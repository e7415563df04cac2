import {defineEntryKind} from './entry-kind.js';
import {describeFloor, floorRejection} from './floor-kind.js';

/** A delegation asks for the floor on an item (a point of order or a right of reply goes to the head of the list). */
export const floorRequestKind = defineEntryKind({
	kind: 'floor-request',
	rejection: floorRejection,
	slots: () => [{slot: 'floor'}],
	undoneByKey: true,
	describe: (payload, context) => describeFloor({kind: 'floor-request', payload}, context),
});
