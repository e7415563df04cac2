import {defineEntryKind} from './entry-kind.js';
import {describeFloor, floorRejection} from './floor-kind.js';

/** The list of speakers is closed: no more requests to speak (a point of order or a right of reply still may be asked). */
export const floorCloseKind = defineEntryKind({
	kind: 'floor-close',
	rejection: floorRejection,
	slots: () => [{slot: 'floor'}],
	undoneByKey: true,
	describe: (payload, context) => describeFloor({kind: 'floor-close', payload}, context),
});
