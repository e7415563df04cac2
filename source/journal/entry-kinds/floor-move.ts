import {defineEntryKind} from './entry-kind.js';
import {describeFloor, floorRejection} from './floor-kind.js';

/** The chair moves a request up or down the list, within its place (never across a point of order, nor an observer before a councillor). */
export const floorMoveKind = defineEntryKind({
	kind: 'floor-move',
	rejection: floorRejection,
	slots: () => [{slot: 'floor'}],
	undoneByKey: true,
	describe: (payload, context) => describeFloor({kind: 'floor-move', payload}, context),
});
