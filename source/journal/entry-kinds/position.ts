import {z} from 'zod';
import {stance} from '../../dataset/schema.js';
import {stanceWord} from '../../format/status.js';
import {dataId, maxNoteLength} from './entry-fields.js';
import {defineEntryKind, quotedSuffix, targetRejection} from './entry-kind.js';

/** A delegation's position on an agenda item or proposal: replaces the dataset's, or its earlier one. */
export const positionKind = defineEntryKind({
	kind: 'position',
	payload: z
		.object({
			delegation: dataId,
			on: dataId.describe('Id of the agenda item or proposal'),
			stance,
			note: z.string().max(maxNoteLength).optional(),
		})
		.strict(),
	rejection(payload, context) {
		const target = targetRejection(context, payload.on);
		if (target !== undefined) {
			return target;
		}

		return context.delegationIds.has(payload.delegation) ? undefined : `no delegation "${payload.delegation}" in the dataset`;
	},
	slots: ({delegation, on, stance, note}) => [{slot: 'position', delegation, on, stance, ...(note === undefined ? {} : {note})}],
	undoneByKey: true,
	describe: ({delegation, on, stance, note}, context) =>
		`position of ${context.label(delegation)} on ${context.label(on)}: ${stanceWord[stance]}${quotedSuffix(note ?? '')}`,
});
