import {defineEntryKind} from './entry-kind.js';
import {describeFloor, floorRejection} from './floor-kind.js';

/** The chair sets an item's planned duration, over the time-management plan's: the expected end follows. */
export const floorPlanKind = defineEntryKind({
	kind: 'floor-plan',
	rejection: floorRejection,
	slots: () => [{slot: 'floor'}],
	undoneByKey: true,
	describe: (payload, context) => describeFloor({kind: 'floor-plan', payload}, context),
});
