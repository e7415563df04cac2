import {fastEntryShape, type FastEntryShape} from './fast-entry-shape.js';
import {journalEntry} from './schema.js';

/*
The journal line's shape for the fast path (fast-entry-shape.ts), read from its
zod schema. Run as it is under vitest and tsx; the CLI's bundle gets its value
instead, evaluated at build time (scripts/schema-as-data.mjs), so that reading a
journal imports neither zod nor the entry kinds' schemas
(test/journal/journal-line-shape.test.ts compares the two).
*/
export const journalLineShape: FastEntryShape = fastEntryShape(journalEntry);
