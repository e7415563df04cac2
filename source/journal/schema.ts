import {z} from 'zod';
import type {entryCommon} from './entry-kinds/entry-fields.js';
import {entrySchema, payloadSchemas} from './entry-kinds/payloads.js';
import {entryKinds} from './entry-kinds/registry.js';

/*
One line of a session's journal: an event, never an edit. The dataset file is
never written; the session's state is the dataset plus these events replayed
(replay.ts). A correction is a new `undo` entry naming the entry it reverses, so
the journal is also the audit trail (`council log`).

`v` versions the line format: a reader meeting a version it does not know
reports the line and skips it rather than guessing.

Each entry kind is declared in entry-kinds/ (its replay and words; its payload
in entry-kinds/payloads.ts); this is their union, in the registry's order. It is
imported where a line is validated (judge-line.ts, append.ts), not by reading
common lines, replay or the screens (issue 15).
*/

export {author, entryId, maxNoteLength, maxTextLength, outcome, outcomes, outcomeWord, type Author, type Outcome} from './entry-kinds/entry-fields.js';

type PayloadKind = keyof typeof payloadSchemas;
type LineShape<K extends PayloadKind> = {[Key in keyof typeof entryCommon | 'kind' | 'payload']: Key extends 'kind' ? z.ZodLiteral<K> : Key extends 'payload' ? (typeof payloadSchemas)[K] : Key extends keyof typeof entryCommon ? (typeof entryCommon)[Key] : never};
// The kinds' line schemas as a tuple type, which discriminatedUnion needs to infer the union.
type SchemasOf<Kinds extends readonly unknown[]> = {-readonly [Index in keyof Kinds]: Kinds[Index] extends {readonly kind: infer K extends PayloadKind} ? z.ZodObject<LineShape<K>, z.core.$strict> : never};

export const journalEntry = z.discriminatedUnion('kind', entryKinds.map(kind => entrySchema(kind.kind, payloadSchemas[kind.kind])) as unknown as SchemasOf<typeof entryKinds>);

export type JournalEntry = z.infer<typeof journalEntry>;
export type EntryKind = JournalEntry['kind'];
export type DecisionEntry = Extract<JournalEntry, {kind: 'decision'}>;
export type StatusEntry = Extract<JournalEntry, {kind: 'status'}>;
export type PositionEntry = Extract<JournalEntry, {kind: 'position'}>;
export type CurrentEntry = Extract<JournalEntry, {kind: 'current'}>;
export type UndoEntry = Extract<JournalEntry, {kind: 'undo'}>;

/** What a caller asks to record: the kind and payload of an entry, before it gets an id, time and author. */
export type EntryDraft = {
	[K in EntryKind]: {readonly kind: K; readonly payload: Extract<JournalEntry, {kind: K}>['payload']};
}[EntryKind];
