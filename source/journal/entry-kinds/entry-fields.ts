import {z} from 'zod';
import '../../io/zod-config.js';
import {roles} from '../../settings/choices.js';
import {outcomes, outcomeWord, outcomeWordKeys} from './outcome-words.js';

/*
The fields every entry kind shares (and the words its payloads are made of),
apart from the list of kinds: an entry kind's module imports these, and
../schema.ts assembles the kinds into the journal line's schema.
*/

export const dataId = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'an id is lower-case letters, digits, ".", "_" or "-"');

/** Entry ids: a fixed-width base-36 time, a dash, random hex (see ../entry-id.ts). */
export const entryId = z.string().regex(/^[0-9a-z]{9,12}-[0-9a-f]{8,32}$/, 'not a journal entry id');

export {maxNoteLength, maxTextLength} from './entry-limits.js';

export {outcomes, outcomeWord, outcomeWordKeys};
export const outcome = z.enum(outcomes);

export const author = z
	.object({
		name: z.string().trim().min(1).max(100),
		role: z.enum(roles),
	})
	.strict();

export const entryCommon = {
	v: z.literal(1),
	id: entryId,
	time: z.iso.datetime({offset: true}),
	author,
};

export type Outcome = z.infer<typeof outcome>;
export type Author = z.infer<typeof author>;
