import {t, tLine} from '../i18n/translate.js';
import type {Dataset, DocumentEntity} from '../dataset/schema.js';
import {addEdition} from './editions.js';
import {fillSessionFrame, placeDocument} from './place-item.js';
import {describeChanges, translationOf} from './versions.js';
import type {Entries, ImportWarning} from './types.js';

/*
Merging one contribution's entries into a dataset, as a plan computed without
touching a file (the command writes it). What the dataset already has is reused,
not duplicated: a resolution by body and number, an article by instrument and
number, a report by symbol, a delegation by id or name. A document already in
the dataset (same id, same symbol, version and language, or without a symbol the
same submitter and purpose) is a re-import: reported, and nothing of it is added.
The same symbol in another language is a language version of that document; a
revision (Rev.1 of a document imported before) replaces it on its agenda item as
a new version, the earlier one kept and what changed listed. New things get ids
that are free in the dataset; every reference to a renamed or reused id follows it.
*/

export type Change = {
	readonly action: 'add' | 'reuse' | 'skip' | 'replace';
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

const languageOf = (document: DocumentEntity): string => document.language ?? 'en';

/** Documents citing an entity, from their references, paragraphs and footnotes. */
function citingDocuments(dataset: Dataset, id: string): string[] {
	return dataset.documents.filter(document => document.references.some(reference => reference.targets.includes(id))
		|| document.sections.some(section => section.paragraphs.some(paragraph => paragraph.cites?.includes(id) === true))
		|| document.footnotes.some(footnote => footnote.cites?.includes(id) === true)).map(document => document.id);
}

/** An earlier version this one replaces: same symbol, another version (the original of a Rev.1, or Rev.1 of a Rev.2). */
function earlierVersion(dataset: Dataset, main: DocumentEntity): DocumentEntity | undefined {
	if (main.symbol === undefined || main.version === undefined || !/^(?:Rev|Corr)\./.test(main.version)) {
		return undefined;
	}

	const replaced = new Set(dataset.documents.map(document => document.supersedes).filter(id => id !== undefined));
	return dataset.documents.find(document => !isPlaceholder(document) && document.symbol === main.symbol && document.version !== main.version
		&& !/^Add\./.test(document.version ?? '') && !replaced.has(document.id));
}

export function mergeEntries(base: Dataset, entries: Entries): MergeResult {
	const merged = mergeEntriesInPlace(structuredClone(base), entries);
	// A re-import changes nothing: the caller's dataset itself comes back.
	return merged.changes.some(change => change.action !== 'skip') ? merged : {...merged, dataset: base};
}

/**
The same merge, changing `dataset` itself: for a run of imports, which would
otherwise copy the whole growing dataset once per document (the clone was most
of the time of importing 100 documents).
*/
export function mergeEntriesInPlace(dataset: Dataset, entries: Entries): MergeResult {
	const base = dataset;
	const main = entries.documents[0];
	if (main === undefined) {
		return {dataset: base, changes: [], warnings: []};
	}

	const previous = base.documents.find(document => !isPlaceholder(document)
		&& (sameVersion(document, main) || (document.id === main.id && main.symbol === undefined)
			|| (document.symbol === undefined && main.symbol === undefined && document.submittedBy.wording === main.submittedBy.wording && document.purpose === main.purpose)));
	const isTranslation = previous !== undefined && main.symbol !== undefined && languageOf(previous) !== languageOf(main)
		&& !(previous.translations ?? []).some(translation => translation.language === languageOf(main));
	if (previous !== undefined && !isTranslation) {
		return {
			dataset: base,
			changes: [{action: 'skip', kind: 'document', id: previous.id, note: t('cli.import-change.already-in')}],
			warnings: [{message: tLine('cli.import-note.already-imported', {id: previous.id})}],
		};
	}

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
		const existing = dataset.instruments.find(other => other.instrument === instrument.instrument && other.article === instrument.article && (other.unit ?? 'article') === (instrument.unit ?? 'article'));
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
			changes.push({action: 'add', kind: 'document', id: remap.get(placeholder.id) ?? placeholder.id, note: t('cli.import-change.placeholder')});
		} else {
			reuse('document', placeholder.id, existing.id);
		}
	}

	// The document itself: it takes the place of its own placeholder, if an earlier import left one.
	const stand = dataset.documents.findIndex(other => isPlaceholder(other) && (sameVersion(other, main) || (other.symbol === main.symbol && other.version === undefined && main.version === undefined)));
	const documentId = isTranslation ? previous.id : (stand === -1 ? fresh(main.id) : (dataset.documents[stand]?.id ?? fresh(main.id)));
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
			for (const revision of resolution.editions?.map(edition => edition.revision) ?? [resolution.revision]) {
				addEdition(existing, revision, documentId, () => citingDocuments(dataset, existing.id));
			}

			remap.set(resolution.id, existing.id);
			resolutionChanges.push({action: 'reuse', kind: 'resolution', id: existing.id, ...(added.length === 0 ? {} : {note: t('cli.import-change.excerpts', {count: added.length})})});
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
	if (isTranslation) {
		const target = dataset.documents.find(other => other.id === previous.id);
		if (target !== undefined) {
			target.translations = [...(target.translations ?? []), translationOf(document, languageOf(main) as NonNullable<DocumentEntity['language']>)];
		}

		changes.push({action: 'add', kind: 'language version', id: previous.id, note: tLine('cli.import-change.language-version', {language: languageOf(main), id: previous.id})}, ...resolutionChanges);
		return {dataset, changes, warnings: []};
	}

	const earlier = earlierVersion(dataset, main);
	const placed: DocumentEntity = earlier === undefined ? document : {...document, supersedes: earlier.id};
	if (stand === -1) {
		dataset.documents.push(placed);
	} else {
		dataset.documents[stand] = placed;
	}

	if (earlier === undefined) {
		changes.push({action: 'add', kind: 'document', id: documentId, ...(stand === -1 ? {} : {note: t('cli.import-change.replaces-placeholder')})});
	} else {
		// The new version takes the earlier one's place on its agenda items; the earlier one stays, for the record.
		for (const item of dataset.agendaItems) {
			item.documents = item.documents.map(id => (id === earlier.id ? documentId : id));
		}

		changes.push({action: 'replace', kind: 'document', id: documentId, note: tLine('cli.import-change.new-version', {id: earlier.id, changes: describeChanges(earlier, placed)})});
	}

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

	fillSessionFrame(dataset, entries, main.symbol ?? documentId, changes);
	placeDocument(dataset, placed, entries, fresh, changes);

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
