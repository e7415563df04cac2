import {tLine} from '../i18n/translate.js';
import type {Instrument, Report, Resolution} from '../dataset/schema.js';
import {instrumentId, parseReferences, resolutionId, slug, type ParsedReference} from './references.js';
import {addEdition} from './editions.js';
import type {Entries, ImportWarning} from './types.js';

/*
The entities a contribution names, gathered while it is read: each reference
becomes (or finds) one resolution, article, report or document, under the id
derived from what the text says, so a second mention lands on the same entity.
*/

export type Built = {
	entries: Entries;
	warnings: ImportWarning[];
	resolutionBy: Map<string, Resolution>;
	instrumentBy: Map<string, Instrument>;
	reportBy: Map<string, Report>;
	/** Texts that are not ITU instruments, in the order met (UN General Assembly resolutions, the Tunis Agenda). */
	externals: Array<{wording: string; by: string}>;
	/** The imported document's own id, symbol and version: its text may name itself. */
	self?: {id: string; symbol?: string; version?: string};
};

export function ensureResolution(built: Built, ref: Extract<ParsedReference, {kind: 'resolution'}>): Resolution {
	let body = ref.body;
	if (body === undefined) {
		// "Resolution 71" after the references named it: the one already known.
		const series = ref.isDecision ? 'decision' : 'resolution';
		const known = [...built.resolutionBy.values()].filter(resolution => resolution.number === ref.number && (resolution.series ?? 'resolution') === series);
		if (known.length === 1 && known[0] !== undefined) {
			return known[0];
		}

		body = 'other';
		built.warnings.push({message: tLine(ref.isDecision ? 'cli.import-note.adopting-body-decision' : 'cli.import-note.adopting-body-resolution', {number: ref.number})});
	}

	const id = resolutionId(body, ref.number, ref.isDecision);
	let resolution = built.resolutionBy.get(id);
	if (resolution === undefined) {
		resolution = {id, ...(ref.isDecision ? {series: 'decision' as const} : {}), number: ref.number, body, ...(ref.revision === undefined ? {} : {revision: ref.revision}), excerpts: []};
		built.resolutionBy.set(id, resolution);
		built.entries.resolutions.push(resolution);
	} else if (ref.revision !== undefined) {
		addEdition(resolution, ref.revision, built.self?.id, () => (built.self === undefined ? [] : [built.self.id]));
	}

	return resolution;
}

/** The id of the entity a reference names; undefined for a text that is not an ITU one (kept apart). */
export function ensureEntity(built: Built, ref: ParsedReference): string | undefined {
	switch (ref.kind) {
		case 'external': {
			if (!built.externals.some(external => external.wording === ref.wording)) {
				built.externals.push({wording: ref.wording, by: ref.by});
			}

			return undefined;
		}

		case 'resolution': {
			return ensureResolution(built, ref).id;
		}

		case 'instrument': {
			const id = instrumentId(ref.instrument, ref.article, ref.unit);
			if (!built.instrumentBy.has(id)) {
				const instrument: Instrument = {id, instrument: ref.instrument, article: ref.article, provisions: [], ...(ref.unit === undefined ? {} : {unit: ref.unit})};
				built.instrumentBy.set(id, instrument);
				built.entries.instruments.push(instrument);
			}

			return id;
		}

		case 'report': {
			const id = slug(ref.symbol);
			if (!built.reportBy.has(id)) {
				const report: Report = {id, symbol: ref.symbol, title: ref.title};
				built.reportBy.set(id, report);
				built.entries.reports.push(report);
			}

			return id;
		}

		case 'document': {
			if (built.self !== undefined && built.self.symbol === ref.symbol && built.self.version === ref.version) {
				return built.self.id;
			}

			const id = `doc-${slug(ref.symbol)}${ref.version === undefined ? '' : `-${slug(ref.version)}`}`;
			if (!built.entries.documents.some(document => document.id === id)) {
				// Another Council document: named here, not imported. The merge swaps this
				// placeholder for the real document when the dataset has it.
				built.entries.documents.push({
					id,
					symbol: ref.symbol,
					...(ref.version === undefined ? {} : {version: ref.version}),
					submittedBy: {wording: 'Not known: the document has not been imported'},
					purpose: `Document ${ref.symbol}${ref.version === undefined ? '' : `(${ref.version})`}, referred to but not imported`,
					actionRequired: [{kind: 'other', wording: 'Not known: the document has not been imported'}],
					references: [],
					sections: [],
					footnotes: [],
					illustrative: true,
				});
			}

			return id;
		}
	}
}

/** Ids a piece of text cites: explicit references, then reports and articles named loosely. */
export function citesIn(built: Built, text: string): string[] {
	const cites = parseReferences(text).map(ref => ensureEntity(built, ref)).filter((id): id is string => id !== undefined);
	for (const report of built.reportBy.values()) {
		// "the Report by the Chairman of the ... Committee adopted by the Plenary": the title up to its last "of".
		const shortTitle = report.title.slice(0, Math.max(report.title.lastIndexOf(' of '), 0));
		if (text.includes(report.symbol) || (shortTitle.length > 20 && text.toLowerCase().includes(shortTitle.toLowerCase()))) {
			cites.push(report.id);
		}
	}

	for (const match of text.matchAll(/\bArticle\s+(\d+[A-Z]?)\b(?!\s+of\s+the)/g)) {
		const instrument = /\bConstitution\b/.test(text) ? 'Constitution' : (/\bConvention\b/.test(text) ? 'Convention' : undefined);
		if (instrument !== undefined) {
			cites.push(ensureEntity(built, {kind: 'instrument', start: match.index, end: match.index, instrument, article: match[1] ?? ''}) ?? '');
		}
	}

	return [...new Set(cites)];
}

