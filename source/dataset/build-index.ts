import type {
	AgendaItem,
	Dataset,
	Position,
	Principle,
	Proposal,
} from './schema.js';
import {entityLabel} from './labels.js';
import {lookupKeys} from './lookup-keys.js';
import type {Citation, DatasetIndex, Entity} from './index-types.js';

export type {Citation, DatasetIndex, Entity, EntityKind} from './index-types.js';

/*
Everything the screens and the lookup ask of a dataset, computed once so that no
key press or lookup walks the whole dataset: entities by id, agenda items by
number, documents by symbol, and the reverse links ("what cites this").

What the first frame reads (entities, itemOrder, proposalsByDocument,
principlesByProposal, positionsOn) is built here; the rest is built on its
first use, once, by the same code: the lookup keys (every entity's normalised
names, 40-70 ms on 5,000 items), the reverse links (35 ms), the documents'
agenda items and the filter's search text. A lazy part gives exactly what an
eager one would (test/dataset/lazy-index.test.ts compares every map).
*/

/** A value computed on first read, once. */
function once<V>(compute: () => V): () => V {
	let value: V | undefined;
	let isDone = false;
	return () => {
		if (!isDone) {
			value = compute();
			isDone = true;
		}

		return value as V;
	};
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
	const list = map.get(key);
	if (list === undefined) {
		map.set(key, [value]);
	} else {
		list.push(value);
	}
}

function allEntities(dataset: Dataset): Entity[] {
	return [
		{kind: 'session', value: dataset.session},
		...dataset.agendaItems.map(value => ({kind: 'agenda-item', value}) as const),
		...dataset.documents.map(value => ({kind: 'document', value}) as const),
		...dataset.instruments.map(value => ({kind: 'instrument', value}) as const),
		...dataset.resolutions.map(value => ({kind: 'resolution', value}) as const),
		...dataset.reports.map(value => ({kind: 'report', value}) as const),
		...dataset.proposals.map(value => ({kind: 'proposal', value}) as const),
		...dataset.principles.map(value => ({kind: 'principle', value}) as const),
		...dataset.delegations.map(value => ({kind: 'delegation', value}) as const),
		...dataset.positions.map(value => ({kind: 'position', value}) as const),
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
	const entities = new Map<string, Entity>();
	const all = allEntities(dataset);
	for (const entity of all) {
		entities.set(entity.value.id, entity);
	}

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

	const positionsOn = new Map<string, Position[]>();
	for (const position of dataset.positions) {
		push(positionsOn, position.on, position);
	}

	const itemsByDocument = once(() => {
		const map = new Map<string, AgendaItem[]>();
		for (const item of dataset.agendaItems) {
			for (const documentId of item.documents) {
				push(map, documentId, item);
			}
		}

		return map;
	});

	// Keys after every entity is known: a proposal is filed under its document's label.
	const keys = once(() => {
		const map = new Map<string, string[]>();
		for (const entity of all) {
			for (const key of lookupKeys(entity, entities)) {
				const ids = map.get(key);
				if (ids === undefined) {
					map.set(key, [entity.value.id]);
				} else if (!ids.includes(entity.value.id)) {
					ids.push(entity.value.id);
				}
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

	const citedBy = once(() => buildCitations(dataset, entities, itemsByDocument(), labelOf));
	const itemSearchText = once(() => dataset.agendaItems.map(item => searchText(item, entities, proposalsByDocument, labelOf)));
	if (options.eager === true) {
		keys();
		citedBy();
		itemSearchText();
	}

	return {
		dataset,
		entities,
		itemOrder,
		get itemsByDocument() {
			return itemsByDocument();
		},
		proposalsByDocument,
		principlesByProposal,
		positionsOn,
		get citedBy() {
			return citedBy();
		},
		get keys() {
			return keys();
		},
		// Only the agenda filter reads it.
		get itemSearchText() {
			return itemSearchText();
		},
	};
}

function buildCitations(
	dataset: Dataset,
	entities: ReadonlyMap<string, Entity>,
	itemsByDocument: ReadonlyMap<string, readonly AgendaItem[]>,
	labelOf: (entity: Entity) => string,
): Map<string, Citation[]> {
	const citedBy = new Map<string, Citation[]>();
	// One entity citing the same target twice in one place is listed once: each
	// call passes the targets of one place, de-duplicated here.
	const cite = (targets: Iterable<string>, from: Entity, where: string, items: readonly string[]): void => {
		for (const target of new Set(targets)) {
			if (entities.has(target)) {
				push(citedBy, target, {from, where, items});
			}
		}
	};

	const itemIdsOf = (documentId: string): string[] => (itemsByDocument.get(documentId) ?? []).map(item => item.id);

	for (const document of dataset.documents) {
		const from = entities.get(document.id);
		if (from === undefined) {
			continue;
		}

		const items = itemIdsOf(document.id);
		const targets = new Set<string>();
		const references = document.references.flatMap(reference => reference.targets);
		cite(references, from, 'References', items);
		for (const target of references) {
			targets.add(target);
		}

		for (const section of document.sections) {
			const heading = section.number === undefined ? section.heading : `§${section.number} ${section.heading}`;
			for (const [index, paragraph] of section.paragraphs.entries()) {
				if (paragraph.cites !== undefined && paragraph.cites.length > 0) {
					cite(paragraph.cites, from, `${heading} ¶${index + 1}`, items);
					for (const target of paragraph.cites) {
						targets.add(target);
					}
				}
			}
		}

		for (const footnote of document.footnotes) {
			if (footnote.cites !== undefined && footnote.cites.length > 0) {
				cite(footnote.cites, from, `Footnote ${footnote.number}`, items);
				for (const target of footnote.cites) {
					targets.add(target);
				}
			}
		}

		// An agenda item cites what the documents it takes up cite.
		const through = `through ${labelOf(from)}`;
		for (const item of itemsByDocument.get(document.id) ?? []) {
			const itemEntity = entities.get(item.id);
			if (itemEntity !== undefined) {
				cite(targets, itemEntity, through, [item.id]);
			}
		}
	}

	for (const item of dataset.agendaItems) {
		const from = entities.get(item.id);
		if (from !== undefined) {
			cite(item.documents, from, 'Takes up', [item.id]);
		}
	}

	for (const proposal of dataset.proposals) {
		const from = entities.get(proposal.id);
		if (from !== undefined && proposal.cites !== undefined) {
			cite(proposal.cites, from, `Proposal ${proposal.number}`, itemIdsOf(proposal.document));
		}
	}

	for (const principle of dataset.principles) {
		const from = entities.get(principle.id);
		const proposal = entities.get(principle.proposal);
		if (from !== undefined && principle.cites !== undefined) {
			const items = proposal?.kind === 'proposal' ? itemIdsOf(proposal.value.document) : [];
			cite(principle.cites, from, `Principle ${principle.order}`, items);
		}
	}

	return citedBy;
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
