import {defineEntryKind} from './entry-kind.js';
import {describeFloor, floorRejection} from './floor-kind.js';

/** The chair gives the floor: the speaker's clock starts at the entry's time, and whoever spoke before stops. */
export const floorGiveKind = defineEntryKind({
	kind: 'floor-give',
	rejection: floorRejection,
	slots: () => [{slot: 'floor'}],
	undoneByKey: true,
	describe: (payload, context) => describeFloor({kind: 'floor-give', payload}, context),
});
