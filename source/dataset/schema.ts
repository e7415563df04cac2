import {z} from 'zod';
import '../io/zod-config.js';
import {agendaItemImportFields, documentImportFields, instrumentImportFields, resolutionImportFields} from './schema-import.js';
import {actionKinds, councilRoles, delegationKinds, itemStatuses, officialLanguages, resolutionBodies, stances} from './vocabulary.js';

/*
The single source of truth for a council dataset: the TypeScript types, the
validation and the committed JSON Schema (data/schema.json) all come from here.

Entities refer to one another by id. Ids are unique across the whole dataset, so
a reference names exactly one thing; `source/dataset/references.ts` checks that
every reference lands on an entity of the right kind.

Field names follow the open formats where one fits (DOMAIN.md): a proposal is a
Popolo Motion (text, requirement = `asks`, creator = document's submitter), an
agenda item is an Open Civic Data agenda item, a position a Popolo Vote-like
attribution.
*/

const id = z
	.string()
	.regex(/^[a-z0-9][a-z0-9._-]*$/, 'an id is lower-case letters, digits, ".", "_" or "-"')
	.describe('Stable identifier, unique across the whole dataset');

const text = z.string().min(1, 'must not be empty');

const illustrative = z
	.boolean()
	.optional()
	.describe('True when this is not taken from a source document but added to make the dataset usable; always shown marked as illustrative');

export const actionKind = z.enum(actionKinds);

export const itemStatus = z.enum(itemStatuses);

export const stance = z.enum(stances);

export {actionKinds, councilRoles, delegationKinds, itemStatuses, officialLanguages, resolutionBodies, stances};

export const action = z
	.object({
		kind: actionKind.describe('What the Council is asked to do, as a kind'),
		wording: text.describe('The action required in the document\'s own words'),
	})
	.strict();

const paragraph = z
	.object({
		text,
		cites: z.array(id).optional().describe('Ids of the instruments, resolutions, reports or documents this paragraph quotes or cites'),
		footnotes: z.array(z.number().int().positive()).optional().describe('Numbers of the footnotes referenced from this paragraph'),
	})
	.strict();

// The floor (issue 12): speaking-time limits in seconds, absent for none.
const speakingTime = z
	.object({
		councillor: z.number().int().positive().optional().describe('Seconds a councillor may speak'),
		observer: z.number().int().positive().optional().describe('Seconds an observer may speak'),
	})
	.strict();

export const session = z
	.object({
		id,
		body: text.describe('The body meeting, e.g. "ITU Council"'),
		title: text,
		start: z.iso.date().optional().describe('First day, YYYY-MM-DD'),
		end: z.iso.date().optional().describe('Last day, YYYY-MM-DD'),
		place: z.string().optional(),
		note: z.string().optional(),
		language: z.enum(['ar', 'zh', 'en', 'fr', 'ru', 'es']).optional().describe('The language the minutes are written in (default en); the interface follows the reader\'s --lang or locale'),
		floor: z
			.object({
				councillorsFirst: z.boolean().optional().describe('Observers speak after every councillor (default true)'),
				observersOnce: z.boolean().optional().describe('An observer speaks once per agenda item (default true)'),
				speakingTime: speakingTime.optional().describe('Speaking-time limits (default 180 seconds each)'),
			})
			.strict()
			.optional()
			.describe('The session\'s rules for the floor'),
		illustrative,
	})
	.strict();

export const agendaItem = z
	.object({
		id,
		number: text.describe('Agenda item code, e.g. "PL 1.07" or "ADM 5"'),
		title: text,
		documents: z.array(id).describe('Ids of the documents the item takes up'),
		action: action.describe('The action required of the Council on this item'),
		status: itemStatus.default('pending'),
		plannedMinutes: z.number().positive().optional().describe('Planned duration in minutes (the time-management plan)'),
		speakingTime: speakingTime.optional().describe('Speaking-time limits on this item, overriding the session\'s'),
		illustrative,
		...agendaItemImportFields,
	})
	.strict();

export const documentReference = z
	.object({
		wording: text.describe('The reference as the document writes it'),
		targets: z.array(id).min(1).describe('Ids of the entities the wording names'),
	})
	.strict();

export const section = z
	.object({
		number: z.string().optional().describe('Section number as printed, e.g. "1"'),
		heading: text,
		paragraphs: z.array(paragraph),
	})
	.strict();

export const footnote = z
	.object({
		number: z.number().int().positive(),
		text,
		cites: z.array(id).optional(),
	})
	.strict();

export const documentEntity = z
	.object({
		id,
		symbol: z.string().optional().describe('Base symbol, e.g. "C23/34"; omitted where not known'),
		version: z.string().optional().describe('Revision, addendum or corrigendum of the base symbol, e.g. "Rev.1", "Add.2"'),
		submittedBy: z
			.object({
				wording: text.describe('The source line, e.g. "The Administration of the People\'s Republic of China"'),
				delegations: z.array(id).optional().describe('Ids of the submitting delegations'),
			})
			.strict(),
		title: z.string().optional(),
		purpose: text,
		actionRequired: z.array(action).min(1),
		references: z.array(documentReference),
		sections: z.array(section).describe('The numbered body sections (Background, Proposals, ...)'),
		footnotes: z.array(footnote),
		illustrative,
		...documentImportFields,
	})
	.strict();

export const provision = z
	.object({
		label: text.describe('Letter or number as printed, e.g. "a", "a bis"'),
		text,
	})
	.strict();

export const instrument = z
	.object({
		id,
		instrument: text.describe('The basic instrument, e.g. "Constitution"'),
		article: text.describe('Article number, e.g. "1"'),
		title: z.string().optional(),
		provisions: z.array(provision),
		source: z.string().optional().describe('Where the provisions\' text was taken from'),
		...instrumentImportFields,
	})
	.strict();


export const excerpt = z
	.object({
		document: id.describe('Id of the document that quotes it'),
		lead: z.string().optional().describe('The operative part quoted, e.g. "instructs the Secretary-General"'),
		text,
	})
	.strict();

export const resolution = z
	.object({
		id,
		series: z
			.enum(['resolution', 'decision'])
			.optional()
			.describe('"decision" for the Council\'s decisions ("Decision 482 (C01, last amended C20)"), a series of their own; resolution when omitted'),
		number: z.number().int().positive(),
		body: z.enum(resolutionBodies),
		revision: z.string().optional().describe('e.g. "Rev. Bucharest, 2022"'),
		title: z.string().optional(),
		excerpts: z.array(excerpt),
		...resolutionImportFields,
	})
	.strict();

export const report = z
	.object({
		id,
		symbol: text.describe('e.g. "PP-22/157"'),
		title: text,
		summary: z.string().optional(),
	})
	.strict();

export const principle = z
	.object({
		id,
		proposal: id.describe('Id of the proposal that sets out this principle'),
		order: z.number().int().positive(),
		title: text,
		text,
		footnotes: z.array(z.number().int().positive()).optional(),
		cites: z.array(id).optional(),
	})
	.strict();

export const proposal = z
	.object({
		id,
		document: id,
		number: text.describe('Number as printed, e.g. "1)"'),
		text,
		asks: z
			.object({
				of: text.describe('Who is asked, e.g. "Secretary-General"'),
				what: text,
			})
			.strict()
			.optional(),
		cites: z.array(id).optional(),
	})
	.strict();


export const delegation = z
	.object({
		id,
		kind: z.enum(delegationKinds),
		name: text.describe('Name in English'),
		names: z
			.partialRecord(z.enum(officialLanguages), text)
			.optional()
			.describe('Names in the official languages, keyed ar, zh, en, fr, ru, es'),
		code: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code is two capital letters').optional().describe('A Member State\'s ISO 3166-1 alpha-2 code, e.g. "FR"'),
		aliases: z.array(text).optional().describe('Other names it is found by (former names such as "Turkey", formal names); searched, not shown'),
		council: z
			.object({
				role: z.enum(councilRoles).describe('councillor: sits on the Council; observer: a Member State that does not'),
				source: text.describe('Where the membership was taken from, e.g. the list of Council Member States elected at PP-22'),
			})
			.strict()
			.optional()
			.describe('Whether the Member State sits on the Council; only ever filled from a source named beside it'),
		illustrative,
	})
	.strict();

export const position = z
	.object({
		id,
		delegation: id,
		on: id.describe('Id of the agenda item or proposal'),
		stance,
		note: z.string().optional(),
		illustrative,
	})
	.strict();

export const dataset = z
	.object({
		$schema: z.string().optional(),
		formatVersion: z.literal(1),
		session,
		agendaItems: z.array(agendaItem),
		documents: z.array(documentEntity),
		instruments: z.array(instrument).default([]),
		resolutions: z.array(resolution).default([]),
		reports: z.array(report).default([]),
		proposals: z.array(proposal).default([]),
		principles: z.array(principle).default([]),
		delegations: z.array(delegation).default([]),
		memberStatesSource: z.string().optional().describe('Where the Member States among the delegations, and their names, were taken from'),
		positions: z.array(position).default([]),
	})
	.strict();

export type ActionKind = z.infer<typeof actionKind>;
export type ItemStatus = z.infer<typeof itemStatus>;
export type Stance = z.infer<typeof stance>;
export type Action = z.infer<typeof action>;
export type Session = z.infer<typeof session>;
export type AgendaItem = z.infer<typeof agendaItem>;
export type DocumentEntity = z.infer<typeof documentEntity>;
export type DocumentReference = z.infer<typeof documentReference>;
export type Section = z.infer<typeof section>;
export type Footnote = z.infer<typeof footnote>;
export type Instrument = z.infer<typeof instrument>;
export type Resolution = z.infer<typeof resolution>;
export type Report = z.infer<typeof report>;
export type Principle = z.infer<typeof principle>;
export type Proposal = z.infer<typeof proposal>;
export type Delegation = z.infer<typeof delegation>;
export type Position = z.infer<typeof position>;
export type Dataset = z.infer<typeof dataset>;
/** The dataset as written in a file, before defaults are applied. */
export type DatasetInput = z.input<typeof dataset>;
