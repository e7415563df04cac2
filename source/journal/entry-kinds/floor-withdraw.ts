import {defineEntryKind} from './entry-kind.js';
import {describeFloor, floorRejection} from './floor-kind.js';

/** A request taken off the list: withdrawn by the delegation or removed by the chair. */
export const floorWithdrawKind = defineEntryKind({
	kind: 'floor-withdraw',
	rejection: floorRejection,
	slots: () => [{slot: 'floor'}],
	undoneByKey: true,
	describe: (payload, context) => describeFloor({kind: 'floor-withdraw', payload}, context),
});
