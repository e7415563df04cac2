import type {AgendaItem, Dataset} from './schema.js';
import type {Citation, Entity} from './index-types.js';
import {sliceSize} from './lazy-part.js';

/*
The index's reverse links (build-index.ts): who cites each entity, and where.
A generator, so the dashboard can build them in slices while idle
(lazy-part.ts); run to its end it is the same map, built in the same order.
*/

/** Adds a value to the list a key holds, making the list on its first value. */
export function push<V>(map: Map<string, V[]>, key: string, value: V): void {
	const list = map.get(key);
	if (list === undefined) {
		map.set(key, [value]);
	} else {
		list.push(value);
	}
}

export function * citations(
	dataset: Dataset,
	entities: ReadonlyMap<string, Entity>,
	itemsByDocument: ReadonlyMap<string, readonly AgendaItem[]>,
	labelOf: (entity: Entity) => string,
): Generator<undefined, Map<string, Citation[]>, undefined> {
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

	// A yield every sliceSize units of work (documents, items, proposals, principles), whichever loop they are in.
	let work = 0;
	const isDue = () => ++work % sliceSize === 0;
	for (const document of dataset.documents) {
		if (isDue()) {
			yield;
		}

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
		if (isDue()) {
			yield;
		}

		const from = entities.get(item.id);
		if (from !== undefined) {
			cite(item.documents, from, 'Takes up', [item.id]);
		}
	}

	for (const proposal of dataset.proposals) {
		if (isDue()) {
			yield;
		}

		const from = entities.get(proposal.id);
		if (from !== undefined && proposal.cites !== undefined) {
			cite(proposal.cites, from, `Proposal ${proposal.number}`, itemIdsOf(proposal.document));
		}
	}

	for (const principle of dataset.principles) {
		if (isDue()) {
			yield;
		}

		const from = entities.get(principle.id);
		const proposal = entities.get(principle.proposal);
		if (from !== undefined && principle.cites !== undefined) {
			const items = proposal?.kind === 'proposal' ? itemIdsOf(proposal.value.document) : [];
			cite(principle.cites, from, `Principle ${principle.order}`, items);
		}
	}

	return citedBy;
}
