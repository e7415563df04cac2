import {fastEntryShape, schemaShape, type FastEntryShape, type Shape} from './fast-entry-shape.js';
import {journalHeader} from './header-schema.js';
import {journalEntry} from './schema.js';

/*
The journal line's shape for the fast path (fast-entry-shape.ts), read from its
zod schema, and the journal header's (header.ts). Run as it is under vitest and tsx; the CLI's bundle gets its value
instead, evaluated at build time (scripts/schema-as-data.mjs), so that reading a
journal imports neither zod nor the entry kinds' schemas
(test/journal/journal-line-shape.test.ts compares the two).
*/
export const journalLineShape: FastEntryShape = fastEntryShape(journalEntry);

/** The header's shape: undefined would leave every header to zod (the test says it is not). */
export const journalHeaderShape: Shape | null = schemaShape(journalHeader) ?? null;
