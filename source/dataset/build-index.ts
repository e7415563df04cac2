import type {
	AgendaItem,
	Dataset,
	Position,
	Principle,
	Proposal,
} from './schema.js';
import {entityLabel} from './labels.js';
import {lookupKeys} from './lookup-keys.js';
import type {DatasetIndex, Entity} from './index-types.js';
import {citations, push} from './citations.js';
import {lazyPart, sliceSize, type LazyPart} from './lazy-part.js';
import {PagedEntities, PagedPositionsOn} from './paged-index.js';
import {pagesOf} from './snapshot-pages.js';

export type {Citation, DatasetIndex, Entity, EntityKind} from './index-types.js';

/*
Everything the screens and the lookup ask of a dataset, computed once so that no
key press or lookup walks the whole dataset: entities by id, agenda items by
number, documents by symbol, and the reverse links ("what cites this").

What the first frame reads (entities, itemOrder, proposalsByDocument,
principlesByProposal, positionsOn) is built here; the rest is built on its
first use, once, by the same code: the lookup keys (every entity's normalised
names, 40-70 ms on 5,000 items), the reverse links (35 ms), the documents'
agenda items and the filter's search text (lazy-part.ts: the dashboard builds
them while idle, indexWarmer below). A lazy part gives exactly what an eager
one would (test/dataset/lazy-index.test.ts compares every map). For a dataset
read from a paged snapshot (snapshot-pages.ts), entities and positionsOn
answer from the pages (paged-index.ts), so the first frame parses the few
documents and positions it shows, not 25,000 (test/dataset/paged-index.test.ts).
*/

/** The lazy parts of each index buildIndex made, for indexWarmer. */
const lazyParts = new WeakMap<DatasetIndex, ReadonlyArray<LazyPart<unknown>>>();

/**
Builds the lazy parts of an index a slice at a time: each call works until
`deadline` (performance.now()) and says whether all are built. Undefined for
an index buildIndex did not make (nothing to build).
*/
export function indexWarmer(index: DatasetIndex): ((deadline: number) => boolean) | undefined {
	const parts = lazyParts.get(index);
	return parts === undefined ? undefined : deadline => parts.every(part => part.step(deadline));
}

/** Whether every lazy part of the index is built (true for an index buildIndex did not make). Builds nothing. */
export function isIndexBuilt(index: DatasetIndex): boolean {
	return (lazyParts.get(index) ?? []).every(part => part.isBuilt());
}

/** Every entity, in the index's order; `withPaged` false: all but the documents and positions (a paged snapshot's head). */
function allEntities(dataset: Dataset, withPaged = true): Entity[] {
	return [
		{kind: 'session', value: dataset.session},
		...dataset.agendaItems.map(value => ({kind: 'agenda-item', value}) as const),
		...(withPaged ? dataset.documents.map(value => ({kind: 'document', value}) as const) : []),
		...dataset.instruments.map(value => ({kind: 'instrument', value}) as const),
		...dataset.resolutions.map(value => ({kind: 'resolution', value}) as const),
		...dataset.reports.map(value => ({kind: 'report', value}) as const),
		...dataset.proposals.map(value => ({kind: 'proposal', value}) as const),
		...dataset.principles.map(value => ({kind: 'principle', value}) as const),
		...dataset.delegations.map(value => ({kind: 'delegation', value}) as const),
		...(withPaged ? dataset.positions.map(value => ({kind: 'position', value}) as const) : []),
	];
}

export type BuildIndexOptions = {
	/** Build every part now rather than on its first use (what a pass over the whole index wants anyway). */
	readonly eager?: boolean;
};

/**
Builds the index of a dataset that has passed validation and the reference check.
A reference that does not resolve is skipped here, not thrown: the loader reports those.
*/
export function buildIndex(dataset: Dataset, options: BuildIndexOptions = {}): DatasetIndex {
	// A dataset read from a paged snapshot, documents and positions still unparsed: those two maps answer from the pages.
	const pages = pagesOf(dataset);
	const entityMap = new Map<string, Entity>();
	const known = allEntities(dataset, pages === undefined);
	for (const entity of known) {
		entityMap.set(entity.value.id, entity);
	}

	const entities: ReadonlyMap<string, Entity> = pages === undefined ? entityMap : new PagedEntities(dataset, pages, entityMap);
	// Every entity, in the map's order (what the lookup keys are built from): with pages, the whole map, built then.
	const allOf = (): readonly Entity[] => (pages === undefined ? known : [...entities.values()]);

	const itemOrder = new Map<string, number>();
	for (const [order, item] of dataset.agendaItems.entries()) {
		itemOrder.set(item.id, order);
	}

	const proposalsByDocument = new Map<string, Proposal[]>();
	for (const proposal of dataset.proposals) {
		push(proposalsByDocument, proposal.document, proposal);
	}

	const principlesByProposal = new Map<string, Principle[]>();
	for (const principle of dataset.principles) {
		push(principlesByProposal, principle.proposal, principle);
	}

	for (const list of principlesByProposal.values()) {
		list.sort((a, b) => a.order - b.order);
	}

	const positionsOn: ReadonlyMap<string, readonly Position[]> = pages === undefined ? groupPositions(dataset.positions) : new PagedPositionsOn(pages);

	const itemsByDocument = lazyPart(function * () {
		const map = new Map<string, AgendaItem[]>();
		for (const [count, item] of dataset.agendaItems.entries()) {
			for (const documentId of item.documents) {
				push(map, documentId, item);
			}

			if (count % sliceSize === sliceSize - 1) {
				yield;
			}
		}

		return map;
	});

	// Keys after every entity is known: a proposal is filed under its document's label.
	const keys = lazyPart(function * () {
		const map = new Map<string, string[]>();
		for (const [count, entity] of allOf().entries()) {
			for (const key of lookupKeys(entity, entities)) {
				const ids = map.get(key);
				if (ids === undefined) {
					map.set(key, [entity.value.id]);
				} else if (!ids.includes(entity.value.id)) {
					ids.push(entity.value.id);
				}
			}

			if (count % sliceSize === sliceSize - 1) {
				yield;
			}
		}

		return map;
	});

	// Many documents cite the same few resolutions: name each entity once.
	const labels = new Map<string, string>();
	const labelOf = (entity: Entity): string => {
		let label = labels.get(entity.value.id);
		if (label === undefined) {
			label = entityLabel(entity, entities);
			labels.set(entity.value.id, label);
		}

		return label;
	};

	const citedBy = lazyPart(() => citations(dataset, entities, itemsByDocument.get(), labelOf));
	const itemSearchText = lazyPart(function * () {
		const texts: string[] = [];
		for (const [count, item] of dataset.agendaItems.entries()) {
			texts.push(searchText(item, entities, proposalsByDocument, labelOf));
			if (count % sliceSize === sliceSize - 1) {
				yield;
			}
		}

		return texts;
	});
	// A paged dataset's documents and positions, parsed a slice at a time while idle, so no later part parses
	// either array whole in one go (6 MB of documents: 15-20 ms, a key press's wait).
	const pagesRead = lazyPart(function * () {
		for (const pagedArray of pages === undefined ? [] : [pages.documents, pages.positions]) {
			for (let place = 0; place < pagedArray.length; place++) {
				pagedArray.element(place);
				if (place % sliceSize === sliceSize - 1) {
					yield;
				}
			}
		}

		return true;
	});
	// The order the filter and a lookup are likeliest to be wanted in: the search text first.
	const parts = [pagesRead, itemSearchText, itemsByDocument, keys, citedBy] as const;
	if (options.eager === true) {
		keys.get();
		citedBy.get();
		itemSearchText.get();
	}

	const index: DatasetIndex = {
		dataset,
		entities,
		itemOrder,
		get itemsByDocument() {
			return itemsByDocument.get();
		},
		proposalsByDocument,
		principlesByProposal,
		positionsOn,
		get citedBy() {
			return citedBy.get();
		},
		get keys() {
			return keys.get();
		},
		// Only the agenda filter reads it.
		get itemSearchText() {
			return itemSearchText.get();
		},
	};
	lazyParts.set(index, parts);
	return index;
}

function groupPositions(positions: readonly Position[]): Map<string, Position[]> {
	const positionsOn = new Map<string, Position[]>();
	for (const position of positions) {
		push(positionsOn, position.on, position);
	}

	return positionsOn;
}

function searchText(
	item: AgendaItem,
	entities: ReadonlyMap<string, Entity>,
	proposalsByDocument: ReadonlyMap<string, readonly Proposal[]>,
	labelOf: (entity: Entity) => string,
): string {
	const parts: string[] = [item.number, item.title, item.action.wording, item.action.kind];
	for (const documentId of item.documents) {
		const entity = entities.get(documentId);
		if (entity?.kind !== 'document') {
			continue;
		}

		const document = entity.value;
		parts.push(
			document.symbol ?? '',
			document.version ?? '',
			document.title ?? '',
			document.submittedBy.wording,
			document.purpose,
			...document.references.map(reference => reference.wording),
			...document.references.flatMap(reference => reference.targets.map(target => {
				const cited = entities.get(target);
				return cited === undefined ? '' : labelOf(cited);
			})),
			...(proposalsByDocument.get(documentId) ?? []).map(proposal => proposal.text),
			// "Any text" (8.25): the document's own words too, as the detail shows them.
			...document.actionRequired.map(action => action.wording),
			...document.sections.flatMap(section => [section.heading, ...section.paragraphs.map(paragraph => paragraph.text)]),
			...document.footnotes.map(footnote => footnote.text),
			...(proposalsByDocument.get(documentId) ?? []).map(proposal => labelOf(entities.get(proposal.id) ?? {kind: 'proposal', value: proposal})),
		);
	}

	return parts.join('\n').toLowerCase();
}
