import {z} from 'zod';

/*
Fields the document importer fills from what real Council documents carry (the
header block, language versions, revisions, editions of a resolution, Convention
provisions, the time-management plan). Kept apart from schema.ts so that each
entity there takes them with one spread line; every field is optional, so a
dataset written before these existed still validates.
*/

const id = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'an id is lower-case letters, digits, ".", "_" or "-"');
const text = z.string().min(1, 'must not be empty');

export const languageCodes = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
const language = z.enum(languageCodes);

const action = z
	.object({
		kind: z.enum(['approve', 'adopt', 'consider', 'take-note', 'decide', 'elect', 'other']),
		wording: text,
	})
	.strict();

export const externalReference = z
	.object({
		wording: text.describe('As the document writes it, e.g. "United Nations General Assembly Resolution 70/125"'),
		by: text.describe('Who issued it, e.g. "United Nations General Assembly", "World Summit on the Information Society"'),
	})
	.strict();

export const translation = z
	.object({
		language,
		title: z.string().optional(),
		purpose: z.string().optional().describe('The summary in that language'),
		actionRequired: z.array(text).optional().describe('The action required in that language, one wording per action'),
		references: z.array(id).optional().describe('Ids of the entities its references name: the same entities as the document\'s'),
	})
	.strict();

/** Spread into schema.ts's documentEntity. */
export const documentImportFields = {
	language: language.optional().describe('Language of this text: the symbol\'s suffix ("-E") or its labels'),
	originalLanguage: language.optional().describe('"Original: English"'),
	date: z.iso.date().optional().describe('The date in the header, YYYY-MM-DD'),
	agendaItem: z.string().optional().describe('The agenda item as the header writes it, e.g. "ADM 12"'),
	titleAsWritten: z.string().optional().describe('The title as printed when that differs from `title` (capitals, small caps)'),
	transmittal: z.string().optional().describe('The Secretary-General\'s cover note transmitting a contribution ("I have the honour to transmit ..."): not its summary'),
	externalReferences: z.array(externalReference).optional().describe('Texts that are not ITU instruments (UN General Assembly resolutions, the Tunis Agenda)'),
	translations: z.array(translation).optional().describe('The other language versions imported (same symbol, another suffix)'),
	supersedes: id.optional().describe('Id of the earlier version (e.g. the original of a Rev.1) this document replaces; the earlier one is kept'),
};

/** Spread into schema.ts's instrument. */
export const instrumentImportFields = {
	unit: z
		.enum(['article', 'provision'])
		.optional()
		.describe('"provision" for a numbered provision ("CV 73", "CS 1": `article` holds its number); an article when omitted'),
};

export const edition = z
	.object({
		revision: text.describe('As first cited, e.g. "Rev. Busan, 2014"'),
		year: z.number().int().optional(),
		documents: z.array(id).describe('Ids of the documents citing this edition'),
	})
	.strict();

/** Spread into schema.ts's resolution. */
export const resolutionImportFields = {
	editions: z.array(edition).optional().describe('The editions cited when more than one is, newest first; `revision` is the newest'),
};

/** Spread into schema.ts's agendaItem. */
export const agendaItemImportFields = {
	actions: z.array(action).optional().describe('Every action the documents ask when more than one; `action` then holds their whole wording'),
	planned: z
		.object({
			meeting: z.string().optional().describe('When the time-management plan takes it, e.g. "PL-3"'),
			outcome: z.string().optional().describe('The outcome the plan expects, e.g. "Approval"'),
		})
		.strict()
		.optional(),
};
