import {defineEntryKind} from './entry-kind.js';
import {describeFloor, floorRejection} from './floor-kind.js';

/** The list of speakers is reopened. */
export const floorOpenKind = defineEntryKind({
	kind: 'floor-open',
	rejection: floorRejection,
	slots: () => [{slot: 'floor'}],
	undoneByKey: true,
	describe: (payload, context) => describeFloor({kind: 'floor-open', payload}, context),
});
