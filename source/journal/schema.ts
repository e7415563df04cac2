import {z} from 'zod';
import {itemStatus, stance} from '../dataset/schema.js';
import {roles} from '../settings/schema.js';

/*
One line of a session's journal: an event, never an edit. The dataset file is
never written; the session's state is the dataset plus these events replayed
(replay.ts). A correction is a new `undo` entry naming the entry it reverses, so
the journal is also the audit trail (`council log`).

`v` versions the line format: a reader meeting a version it does not know
reports the line and skips it rather than guessing.
*/

const dataId = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'an id is lower-case letters, digits, ".", "_" or "-"');

/** Entry ids: a fixed-width base-36 time, a dash, random hex (see entry-id.ts). */
export const entryId = z.string().regex(/^[0-9a-z]{9,12}-[0-9a-f]{8,32}$/, 'not a journal entry id');

/** Longest decision text and position note, in characters: a journal line stays a line, not a document. */
export const maxTextLength = 20_000;
export const maxNoteLength = 5000;

export const outcomes = ['approved', 'adopted', 'noted', 'endorsed', 'deferred', 'rejected', 'referred', 'other'] as const;
export const outcome = z.enum(outcomes);

export const author = z
	.object({
		name: z.string().trim().min(1).max(100),
		role: z.enum(roles),
	})
	.strict();

const decisionPayload = z
	.object({
		target: dataId.describe('Id of the agenda item or proposal decided'),
		outcome,
		text: z.string().max(maxTextLength),
	})
	.strict();

const statusPayload = z.object({item: dataId, status: itemStatus}).strict();

const positionPayload = z
	.object({
		delegation: dataId,
		on: dataId.describe('Id of the agenda item or proposal'),
		stance,
		note: z.string().max(maxNoteLength).optional(),
	})
	.strict();

const currentPayload = z.object({item: dataId}).strict();

const undoPayload = z.object({entry: entryId.describe('Id of the entry reversed')}).strict();

const common = {
	v: z.literal(1),
	id: entryId,
	time: z.iso.datetime({offset: true}),
	author,
};

export const journalEntry = z.discriminatedUnion('kind', [
	z.object({...common, kind: z.literal('decision'), payload: decisionPayload}).strict(),
	z.object({...common, kind: z.literal('status'), payload: statusPayload}).strict(),
	z.object({...common, kind: z.literal('position'), payload: positionPayload}).strict(),
	z.object({...common, kind: z.literal('current'), payload: currentPayload}).strict(),
	z.object({...common, kind: z.literal('undo'), payload: undoPayload}).strict(),
]);

export type Outcome = z.infer<typeof outcome>;
export type Author = z.infer<typeof author>;
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

export const outcomeWord: Record<Outcome, string> = {
	approved: 'approved',
	adopted: 'adopted',
	noted: 'noted',
	endorsed: 'endorsed',
	deferred: 'deferred',
	rejected: 'rejected',
	referred: 'referred to a group',
	other: 'other',
};
