import type {AgendaItem, Dataset, DocumentEntity} from '../dataset/schema.js';
import {slug} from './references.js';
import type {Entries, ImportWarning} from './types.js';

/*
Merging one contribution's entries into a dataset, as a plan computed without
touching a file (the command writes it). What the dataset already has is reused,
not duplicated: a resolution by body and number, an article by instrument and
number, a report by symbol, a delegation by id or name. A document already in
the dataset (same id, same symbol and version, or same submitter and purpose) is
a re-import: reported, and nothing of it is added. New things get ids that are
free in the dataset; every reference to a renamed or reused id follows it.
*/

export type Change = {
	readonly action: 'add' | 'reuse' | 'skip';
	readonly kind: string;
	readonly id: string;
	readonly note?: string;
};

export type MergeResult = {
	readonly dataset: Dataset;
	readonly changes: readonly Change[];
	readonly warnings: readonly ImportWarning[];
};

function allIds(dataset: Dataset): Set<string> {
	const collections = [dataset.agendaItems, dataset.documents, dataset.instruments, dataset.resolutions, dataset.reports, dataset.proposals, dataset.principles, dataset.delegations, dataset.positions];
	return new Set([dataset.session.id, ...collections.flatMap(collection => collection.map(entity => entity.id))]);
}

function isPlaceholder(document: DocumentEntity): boolean {
	return document.illustrative === true && document.sections.length === 0 && document.references.length === 0 && document.symbol !== undefined;
}

function sameVersion(a: DocumentEntity, b: DocumentEntity): boolean {
	return a.symbol !== undefined && a.symbol === b.symbol && (a.version ?? '') === (b.version ?? '');
}

export function mergeEntries(base: Dataset, entries: Entries): MergeResult {
	const main = entries.documents[0];
	if (main === undefined) {
		return {dataset: base, changes: [], warnings: []};
	}

	const previous = base.documents.find(document => !isPlaceholder(document)
		&& (document.id === main.id || sameVersion(document, main) || (document.submittedBy.wording === main.submittedBy.wording && document.purpose === main.purpose)));
	if (previous !== undefined) {
		return {
			dataset: base,
			changes: [{action: 'skip', kind: 'document', id: previous.id, note: 'already in the dataset'}],
			warnings: [{message: `this document is already in the dataset as "${previous.id}": not imported again`}],
		};
	}

	const dataset = structuredClone(base);
	const ids = allIds(dataset);
	const remap = new Map<string, string>();
	const changes: Change[] = [];
	const fresh = (id: string): string => {
		let candidate = id;
		for (let n = 2; ids.has(candidate); n++) {
			candidate = `${id}-${n}`;
		}

		ids.add(candidate);
		if (candidate !== id) {
			remap.set(id, candidate);
		}

		return candidate;
	};

	const reuse = (kind: string, from: string, to: string, note?: string): void => {
		remap.set(from, to);
		changes.push({action: 'reuse', kind, id: to, ...(note === undefined ? {} : {note})});
	};

	for (const delegation of entries.delegations) {
		const name = delegation.name.toLowerCase();
		const existing = dataset.delegations.find(other => other.id === delegation.id || other.name.toLowerCase() === name || other.names?.en?.toLowerCase() === name);
		if (existing === undefined) {
			dataset.delegations.push({...delegation, id: fresh(delegation.id)});
			changes.push({action: 'add', kind: 'delegation', id: remap.get(delegation.id) ?? delegation.id});
		} else {
			reuse('delegation', delegation.id, existing.id);
		}
	}

	for (const instrument of entries.instruments) {
		const existing = dataset.instruments.find(other => other.instrument === instrument.instrument && other.article === instrument.article);
		if (existing === undefined) {
			dataset.instruments.push({...instrument, id: fresh(instrument.id)});
			changes.push({action: 'add', kind: 'instrument', id: remap.get(instrument.id) ?? instrument.id});
		} else {
			if (existing.provisions.length === 0 && instrument.provisions.length > 0) {
				existing.provisions = instrument.provisions;
				existing.source = instrument.source;
			}

			reuse('instrument', instrument.id, existing.id);
		}
	}

	for (const report of entries.reports) {
		const existing = dataset.reports.find(other => other.symbol === report.symbol);
		if (existing === undefined) {
			dataset.reports.push({...report, id: fresh(report.id)});
			changes.push({action: 'add', kind: 'report', id: remap.get(report.id) ?? report.id});
		} else {
			reuse('report', report.id, existing.id);
		}
	}

	// Placeholders for documents the contribution names: the real one if the dataset has it.
	const placeholders = entries.documents.slice(1);
	for (const placeholder of placeholders) {
		const existing = dataset.documents.find(other => sameVersion(other, placeholder));
		if (existing === undefined) {
			dataset.documents.push({...placeholder, id: fresh(placeholder.id)});
			changes.push({action: 'add', kind: 'document', id: remap.get(placeholder.id) ?? placeholder.id, note: 'named but not imported (illustrative placeholder)'});
		} else {
			reuse('document', placeholder.id, existing.id);
		}
	}

	// The document itself: it takes the place of its own placeholder, if an earlier import left one.
	const stand = dataset.documents.findIndex(other => isPlaceholder(other) && sameVersion(other, main));
	const documentId = stand === -1 ? fresh(main.id) : (dataset.documents[stand]?.id ?? fresh(main.id));
	if (documentId !== main.id) {
		remap.set(main.id, documentId);
	}

	for (const proposal of entries.proposals) {
		fresh(proposal.id);
	}

	for (const principle of entries.principles) {
		fresh(principle.id);
	}

	const map = (id: string): string => remap.get(id) ?? id;
	const mapAll = (list: readonly string[] | undefined): string[] | undefined => (list === undefined ? undefined : [...new Set(list.map(map))]);

	const resolutionChanges: Change[] = [];
	for (const resolution of entries.resolutions) {
		const series = resolution.series ?? 'resolution';
		const existing = dataset.resolutions.find(other => other.body === resolution.body && other.number === resolution.number && (other.series ?? 'resolution') === series);
		const excerpts = resolution.excerpts.map(excerpt => ({...excerpt, document: map(excerpt.document)}));
		if (existing === undefined) {
			dataset.resolutions.push({...resolution, id: fresh(resolution.id), excerpts});
			resolutionChanges.push({action: 'add', kind: 'resolution', id: remap.get(resolution.id) ?? resolution.id});
		} else {
			const added = excerpts.filter(excerpt => !existing.excerpts.some(other => other.document === excerpt.document && other.text === excerpt.text));
			existing.excerpts.push(...added);
			existing.title ??= resolution.title;
			existing.revision ??= resolution.revision;
			remap.set(resolution.id, existing.id);
			resolutionChanges.push({action: 'reuse', kind: 'resolution', id: existing.id, ...(added.length === 0 ? {} : {note: `+${added.length} ${added.length === 1 ? 'excerpt' : 'excerpts'}`})});
		}
	}

	const document: DocumentEntity = {
		...main,
		id: documentId,
		submittedBy: {...main.submittedBy, ...(main.submittedBy.delegations === undefined ? {} : {delegations: mapAll(main.submittedBy.delegations)})},
		references: main.references.map(reference => ({...reference, targets: mapAll(reference.targets) ?? []})),
		sections: main.sections.map(section => ({...section, paragraphs: section.paragraphs.map(paragraph => (paragraph.cites === undefined ? paragraph : {...paragraph, cites: mapAll(paragraph.cites)}))})),
		footnotes: main.footnotes.map(footnote => (footnote.cites === undefined ? footnote : {...footnote, cites: mapAll(footnote.cites)})),
	};
	if (stand === -1) {
		dataset.documents.push(document);
	} else {
		dataset.documents[stand] = document;
	}

	changes.push({action: 'add', kind: 'document', id: documentId, ...(stand === -1 ? {} : {note: 'replaces its placeholder'})});
	changes.push(...resolutionChanges);

	for (const proposal of entries.proposals) {
		const id = map(proposal.id);
		dataset.proposals.push({...proposal, id, document: map(proposal.document), ...(proposal.cites === undefined ? {} : {cites: mapAll(proposal.cites)})});
		changes.push({action: 'add', kind: 'proposal', id});
	}

	for (const principle of entries.principles) {
		const id = map(principle.id);
		dataset.principles.push({...principle, id, proposal: map(principle.proposal), ...(principle.cites === undefined ? {} : {cites: mapAll(principle.cites)})});
		changes.push({action: 'add', kind: 'principle', id});
	}

	// The header may name the agenda item ("Agenda item: PL 1.11"): the dataset's item of
	// that number takes the document up. Otherwise, or for a new number, an item is added,
	// marked illustrative (its title and, without a header, its number are not in the text).
	const named = entries.agendaItem === undefined ? undefined : dataset.agendaItems.find(item => item.number.replace(/\s+/g, ' ').toLowerCase() === entries.agendaItem?.replace(/\s+/g, ' ').toLowerCase());
	if (named !== undefined && !named.documents.includes(documentId)) {
		named.documents.push(documentId);
		changes.push({action: 'reuse', kind: 'agenda item', id: named.id, note: `takes up ${documentId}`});
	} else if (!dataset.agendaItems.some(item => item.documents.includes(documentId))) {
		const item: AgendaItem = {
			id: fresh(`item-${entries.agendaItem === undefined ? documentId.replace(/^doc-/, '') : slug(entries.agendaItem)}`),
			number: entries.agendaItem ?? String(dataset.agendaItems.length + 1),
			title: main.title ?? (/^.+?[.!?](?=\s|$)/.exec(main.purpose)?.[0] ?? main.purpose).slice(0, 160),
			documents: [documentId],
			action: main.actionRequired[0] ?? {kind: 'other', wording: 'Not stated in the document'},
			status: 'pending',
			illustrative: true,
		};
		dataset.agendaItems.push(item);
		changes.push({action: 'add', kind: 'agenda item', id: item.id, note: 'illustrative: the document does not say which item takes it up'});
	}

	return {dataset, changes, warnings: []};
}

/** A dataset with nothing in it yet but its illustrative session frame. */
export function emptyDataset(): Dataset {
	return {
		formatVersion: 1,
		session: {
			id: 'council-session',
			body: 'ITU Council',
			title: 'Council session for imported documents',
			note: 'Imported contributions do not name the session, its dates, its place or the agenda items that take them up: the session frame and the agenda items are illustrative.',
			illustrative: true,
		},
		agendaItems: [],
		documents: [],
		instruments: [],
		resolutions: [],
		reports: [],
		proposals: [],
		principles: [],
		delegations: [],
		positions: [],
	};
}
