import {defineEntryKind, itemRejection} from './entry-kind.js';

/*
The agenda item the session is on. `u` skips it: moving through the agenda is
not what a secretary means to take back (an explicit `record undo ID` still can).
*/
export const currentKind = defineEntryKind({
	kind: 'current',
	rejection: (payload, context, words) => itemRejection(context, payload.item, words),
	slots: payload => [{slot: 'current', item: payload.item}],
	undoneByKey: false,
	describe: (payload, context) => context.words('describe.current', {item: context.label(payload.item)}),
});
