import type {Citation, DatasetIndex, Entity} from '../../dataset/build-index.js';
import {bodyName, kindWord, shownLabel, shownWhere} from '../../dataset/labels.js';
import type {LookupResult} from '../../dataset/lookup.js';
import {officialLanguages} from '../../dataset/vocabulary.js';
import {t} from '../../i18n/translate.js';
import {wrap} from '../../text/width.js';
import {segment, type Line, type Tone} from '../../format/line.js';
import {stanceLabel} from '../../format/status.js';
import {citationAnchor} from '../panes/detail-lines.js';

/*
The lookup overlay as lines: what a reference resolves to and everything that
cites it, each entry a line Enter jumps from. Ambiguous and unknown references
list candidates and suggestions the same way, so Enter always goes somewhere.
Its words and labels are the interface's language's; a suggestion stays the
name it is looked up by (the catalogue's English, dataset/labels.ts).
*/

export type Jump =
	/** Select an agenda item; with `proposal`, also show the positions on that proposal. */
	| {readonly kind: 'item'; readonly item: string; readonly proposal?: string; readonly anchor?: string}
	/** Open another entity in the lookup overlay. */
	| {readonly kind: 'entity'; readonly id: string}
	/** Run a new lookup (a suggestion for a query that found nothing). */
	| {readonly kind: 'query'; readonly query: string};

export type LookupLine = {readonly line: Line; readonly jump?: Jump};

export type LookupView = {readonly title: string; readonly lines: readonly LookupLine[]};

function text(value: string, width: number, indent = 0, tone?: Tone): LookupLine[] {
	const pad = ' '.repeat(indent);
	return wrap(value, Math.max(8, width - indent)).map(part => ({line: [segment(pad + part, tone)]}));
}

function entry(value: string, jump: Jump, indent = 2): LookupLine {
	// One line per entry (cut by the view): the cursor moves entry by entry.
	return {line: [segment(`${' '.repeat(indent)}→ ${value}`, 'link')], jump};
}

function describe(index: DatasetIndex, entity: Entity, width: number): LookupLine[] {
	const lines: LookupLine[] = [];
	const mark = 'illustrative' in entity.value && entity.value.illustrative === true ? ` ${t('common.illustrative')}` : '';
	lines.push(...text(`${shownLabel(entity, index.entities)}${mark} · ${kindWord[entity.kind]}`, width, 0, 'title'));
	switch (entity.kind) {
		case 'agenda-item': {
			lines.push(entry(t('lookup.go-to-item', {number: entity.value.number}), {kind: 'item', item: entity.value.id}));
			break;
		}

		case 'document': {
			if (entity.value.title !== undefined) {
				lines.push(...text(entity.value.title, width, 2));
			}

			lines.push(...text(entity.value.purpose, width, 2, 'dim'));
			break;
		}

		case 'resolution': {
			lines.push(...text(`${bodyName[entity.value.body]}${entity.value.title === undefined ? '' : `: ${entity.value.title}`}`, width, 2));
			for (const excerpt of entity.value.excerpts) {
				lines.push(...text(`${excerpt.lead === undefined ? '' : `${excerpt.lead}: `}“${excerpt.text}”`, width, 2, 'dim'));
			}

			break;
		}

		case 'instrument': {
			for (const provision of entity.value.provisions) {
				lines.push(...text(`${provision.label}) ${provision.text}`, width, 2, 'dim'));
			}

			break;
		}

		case 'report': {
			lines.push(...text(entity.value.title, width, 2));
			if (entity.value.summary !== undefined) {
				lines.push(...text(entity.value.summary, width, 2, 'dim'));
			}

			break;
		}

		case 'proposal': {
			lines.push(...text(entity.value.text, width, 2));
			for (const item of index.itemsByDocument.get(entity.value.document) ?? []) {
				lines.push(entry(t('lookup.positions-in-item', {number: item.number}), {kind: 'item', item: item.id, proposal: entity.value.id}));
			}

			break;
		}

		case 'principle': {
			lines.push(...text(entity.value.text, width, 2, 'dim'));
			const proposal = index.entities.get(entity.value.proposal);
			lines.push(entry(t('lookup.its-proposal', {proposal: proposal === undefined ? entity.value.proposal : shownLabel(proposal, index.entities)}), {kind: 'entity', id: entity.value.proposal}));
			break;
		}

		case 'delegation': {
			const names = officialLanguages
				.map(language => entity.value.names?.[language])
				.filter((name): name is string => name !== undefined);
			if (names.length > 0) {
				lines.push(...text(names.join(' · '), width, 2));
			}

			break;
		}

		case 'position': {
			lines.push(...text(`${stanceLabel(entity.value.stance)}${entity.value.note === undefined ? '' : `: ${entity.value.note}`}`, width, 2));
			break;
		}

		case 'session': {
			break;
		}
	}

	return lines;
}

function citationJump(citation: Citation): Jump {
	const [item] = citation.items;
	if (item === undefined) {
		return {kind: 'entity', id: citation.from.value.id};
	}

	if (citation.from.kind === 'proposal') {
		return {kind: 'item', item, proposal: citation.from.value.id};
	}

	// A document's citation lands the detail on the paragraph (or references, footnote) it names.
	return citation.from.kind === 'document' ? {kind: 'item', item, anchor: citationAnchor(citation.from.value.id, citation.where)} : {kind: 'item', item};
}

export function lookupView(index: DatasetIndex, result: LookupResult, width: number): LookupView {
	switch (result.kind) {
		case 'found': {
			const lines = describe(index, result.entity, width);
			lines.push({line: [segment(t('lookup.cited-by', {count: result.citations.length}), 'heading')]});
			if (result.citations.length === 0) {
				lines.push({line: [segment(`  ${t('lookup.nothing-cites')}`, 'dim')]});
			}

			for (const citation of result.citations) {
				lines.push(entry(`${shownLabel(citation.from, index.entities)} · ${shownWhere(citation, index.entities)}`, citationJump(citation)));
			}

			return {title: `#${result.query}: ${shownLabel(result.entity, index.entities)}`, lines};
		}

		case 'ambiguous': {
			const lines: LookupLine[] = [{line: [segment(t('lookup.ambiguous', {query: result.query, count: result.candidates.length}), 'heading')]}];
			for (const candidate of result.candidates) {
				lines.push(entry(`${shownLabel(candidate.entity, index.entities)} · ${kindWord[candidate.entity.kind]}`, {kind: 'entity', id: candidate.entity.value.id}));
			}

			return {title: `#${result.query}: ${t('lookup.title-ambiguous')}`, lines};
		}

		case 'not-found': {
			const lines: LookupLine[] = [{line: [segment(t('lookup.not-found', {query: result.query}), 'error')]}];
			if (result.suggestions.length > 0) {
				lines.push({line: [segment(t('lookup.did-you-mean'), 'heading')]});
			}

			for (const suggestion of result.suggestions) {
				lines.push(entry(suggestion, {kind: 'query', query: suggestion}));
			}

			return {title: `#${result.query}: ${t('lookup.title-not-found')}`, lines};
		}
	}
}
