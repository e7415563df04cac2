import type {Delegation, DocumentEntity, Instrument, Principle, Proposal, Report, Resolution} from '../dataset/schema.js';

/** What one imported contribution yields: a document and the entities it names. */
export type Entries = {
	readonly documents: DocumentEntity[];
	readonly resolutions: Resolution[];
	readonly instruments: Instrument[];
	readonly reports: Report[];
	readonly proposals: Proposal[];
	readonly principles: Principle[];
	readonly delegations: Delegation[];
	/** "Agenda item: PL 1.11" from the header, when the document names its item. */
	agendaItem?: string;
	/** The action required as the document writes it, every sentence: the agenda item's action wording. */
	actionWording?: string;
	/** The session the header names ("Council 2019", "Geneva, 10-20 June 2019"), for a dataset with no frame yet. */
	session?: {title?: string; place?: string; start?: string; end?: string};
};

/** Something the importer could not place exactly; the text is kept, never dropped. */
export type ImportWarning = {
	readonly message: string;
};

export type ImportResult = {
	readonly entries: Entries;
	readonly warnings: readonly ImportWarning[];
};

export function emptyEntries(): Entries {
	return {documents: [], resolutions: [], instruments: [], reports: [], proposals: [], principles: [], delegations: []};
}
