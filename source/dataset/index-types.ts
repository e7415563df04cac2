import type {AgendaItem, Dataset, Delegation, DocumentEntity, Instrument, Position, Principle, Proposal, Report, Resolution, Session} from './schema.js';

/*
The shapes of the dataset's index (built by build-index.ts): an entity of any
kind, a citation, the index itself. Apart from the code that builds them, so
the labels and lookup keys the index is made of can name them without an
import circle.
*/

export type Entity =
	| {readonly kind: 'session'; readonly value: Session}
	| {readonly kind: 'agenda-item'; readonly value: AgendaItem}
	| {readonly kind: 'document'; readonly value: DocumentEntity}
	| {readonly kind: 'instrument'; readonly value: Instrument}
	| {readonly kind: 'resolution'; readonly value: Resolution}
	| {readonly kind: 'report'; readonly value: Report}
	| {readonly kind: 'proposal'; readonly value: Proposal}
	| {readonly kind: 'principle'; readonly value: Principle}
	| {readonly kind: 'delegation'; readonly value: Delegation}
	| {readonly kind: 'position'; readonly value: Position};

export type EntityKind = Entity['kind'];

export type Citation = {
	/** The citing entity: an agenda item, document, proposal or principle. */
	readonly from: Entity;
	/** Where in the citing entity, e.g. "References", "§1 Background ¶2", "Footnote 1". */
	readonly where: string;
	/** Agenda items a screen can jump to for this citation (those taking up the citing document). */
	readonly items: readonly string[];
};

export type DatasetIndex = {
	readonly dataset: Dataset;
	readonly entities: ReadonlyMap<string, Entity>;
	/** Position of each agenda item in agenda order. */
	readonly itemOrder: ReadonlyMap<string, number>;
	readonly itemsByDocument: ReadonlyMap<string, readonly AgendaItem[]>;
	readonly proposalsByDocument: ReadonlyMap<string, readonly Proposal[]>;
	readonly principlesByProposal: ReadonlyMap<string, readonly Principle[]>;
	/** Positions held on an agenda item or a proposal, in dataset order. */
	readonly positionsOn: ReadonlyMap<string, readonly Position[]>;
	/** Reverse links: target id → who cites it. */
	readonly citedBy: ReadonlyMap<string, readonly Citation[]>;
	/** Normalised lookup keys (see lookup-keys.ts) → ids of the entities they name. */
	readonly keys: ReadonlyMap<string, readonly string[]>;
	/** Lower-cased text of each agenda item and everything it takes up, in agenda order: for filtering. */
	readonly itemSearchText: readonly string[];
};
