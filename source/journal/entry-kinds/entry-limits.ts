/*
The journal's limits on free text, as plain values: the forms and the screens
read them without building the journal's zod schemas (entry-fields.ts exports
them with the schemas' fields as before).
*/

/** Longest decision text and position note, in characters: a journal line stays a line, not a document. */
export const maxTextLength = 20_000;
export const maxNoteLength = 5000;
