import {defineEntryKind} from './entry-kind.js';
import {describeFloor, floorRejection} from './floor-kind.js';

/*
What a delegation said, in one line for the summary record. With a stance it
also records the delegation's position on the item (the text as its note), so
undoing the statement undoes that position too.
*/
export const floorStatementKind = defineEntryKind({
	kind: 'floor-statement',
	rejection: floorRejection,
	slots: ({item, delegation, text, stance}) => (stance === undefined ? [{slot: 'floor'}] : [{slot: 'floor'}, {slot: 'position', delegation, on: item, stance, note: text}]),
	undoneByKey: true,
	describe: (payload, context) => describeFloor({kind: 'floor-statement', payload}, context),
});
