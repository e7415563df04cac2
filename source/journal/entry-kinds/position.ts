import {defineEntryKind, delegationRejection, quotedSuffix, targetRejection} from './entry-kind.js';

/** A delegation's position on an agenda item or proposal: replaces the dataset's, or its earlier one. */
export const positionKind = defineEntryKind({
	kind: 'position',
	rejection: (payload, context, words) => targetRejection(context, payload.on, words) ?? delegationRejection(context, payload.delegation, words),
	slots: ({delegation, on, stance, note}) => [{slot: 'position', delegation, on, stance, ...(note === undefined ? {} : {note})}],
	undoneByKey: true,
	describe: ({delegation, on, stance, note}, context) =>
		`${context.words('describe.position', {delegation: context.label(delegation), target: context.label(on), stance: context.words(`stance.${stance}`)})}${quotedSuffix(note ?? '', context.words)}`,
});
