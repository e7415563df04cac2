import {z} from 'zod';
import '../io/zod-config.js';

/*
The journal header's schema (header.ts says what the header is). header.ts checks
a header with the fast path compiled from this schema's shape (journal-line-shape.ts,
data in the bundle) and imports this module, and zod, only for a header the fast
path does not vouch for: a damaged or hand-edited first line.
*/
export const journalHeader = z
	.object({
		councilJournal: z.literal(1),
		session: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
		dataset: z.object({path: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/)}).strict(),
		created: z.iso.datetime({offset: true}),
	})
	.strict();

export type JournalHeader = z.infer<typeof journalHeader>;
