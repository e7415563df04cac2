import type {DatasetIndex} from '../../dataset/build-index.js';
import {languageVersion, t} from '../../i18n/translate.js';
import {proposalLabel, shownLabel} from '../../dataset/labels.js';
import {shownWords} from '../../i18n/words/words.js';
import type {AgendaItem, DocumentEntity, Proposal} from '../../dataset/schema.js';
import type {SessionRecords} from '../../state/records.js';
import {positionsOn, statusOf} from '../../state/selectors.js';
import {wrap} from '../../text/width.js';
import {segment, type Line, type Tone} from '../../format/line.js';
import {actionKindWord, decisionOutcomeWords, statusLabel} from '../../format/status.js';
import {formatTally} from '../../format/tally.js';

/*
The detail of one agenda item as lines of a given width: purpose, action
required in the document's words, references (each target a line that opens),
background sections, proposals with their principles and positions, footnotes.
Pure and cached per (item, width): the reducer asks for the line count and the
targets on each key press, the view for the lines.
*/

/** What Enter opens on a line: an entity (lookup view with its backlinks), or the positions on a target. */
export type LineTarget =
	| {readonly kind: 'entity'; readonly id: string}
	| {readonly kind: 'positions'; readonly on: string};

export type DetailLine = {
	readonly line: Line;
	readonly target?: LineTarget;
	readonly isHeading?: boolean;
	/**
	Where a citation lands (a lookup's backlink): "<document id> <where>", the
	`where` of the index's citations ("References", "§1 Background ¶2", "Footnote 1"),
	on the first line of that block.
	*/
	readonly anchor?: string;
};

/** The anchor of a citation in a document (build-index.ts words `where` the same way). */
export function citationAnchor(documentId: string, where: string): string {
	return `${documentId} ${where}`;
}

function anchored(lines: DetailLine[], anchor: string): DetailLine[] {
	const [first, ...rest] = lines;
	return first === undefined ? lines : [{...first, anchor}, ...rest];
}

const illustrativeMark = () => ` ${t('common.illustrative')}`;

function wrapped(text: string, width: number, indent: number, tone?: Tone, target?: LineTarget): DetailLine[] {
	const pad = ' '.repeat(indent);
	return wrap(text, Math.max(8, width - indent)).map(part => ({
		line: [segment(pad + part, tone)],
		...(target === undefined ? {} : {target}),
	}));
}

function heading(text: string): DetailLine {
	return {line: [segment(text, 'heading')], isHeading: true};
}

function link(text: string, width: number, indent: number, target: LineTarget): DetailLine[] {
	return wrapped(`→ ${text}`, width, indent, 'link', target);
}

function label(index: DatasetIndex, id: string): string {
	const entity = index.entities.get(id);
	return entity === undefined ? id : shownLabel(entity, index.entities);
}

function documentLines(index: DatasetIndex, records: SessionRecords, document: DocumentEntity, width: number): DetailLine[] {
	const lines: DetailLine[] = [];
	const name = label(index, document.id) + (document.illustrative ? illustrativeMark() : '');
	lines.push(heading(t('detail.document', {name})));
	if (document.title !== undefined) {
		lines.push(...wrapped(document.title, width, 2, 'title'));
	}

	lines.push(...wrapped(t('detail.submitted-by', {who: document.submittedBy.wording}), width, 2, 'dim'));
	lines.push(heading(t('detail.purpose')), ...wrapped(document.purpose, width, 2));
	lines.push(heading(t('detail.action-required-document')));
	for (const action of document.actionRequired) {
		lines.push(...wrapped(`[${actionKindWord[action.kind]}] ${action.wording}`, width, 2));
	}

	if (document.references.length > 0) {
		lines.push({...heading(t('detail.references')), anchor: citationAnchor(document.id, 'References')});
		for (const reference of document.references) {
			const [only] = reference.targets;
			if (reference.targets.length === 1 && only !== undefined) {
				lines.push(...link(reference.wording, width, 2, {kind: 'entity', id: only}));
				continue;
			}

			lines.push(...wrapped(reference.wording, width, 2));
			for (const target of reference.targets) {
				lines.push(...link(label(index, target), width, 4, {kind: 'entity', id: target}));
			}
		}
	}

	for (const section of document.sections) {
		lines.push(heading(section.number === undefined ? section.heading : `${section.number} ${section.heading}`));
		const where = section.number === undefined ? section.heading : `§${section.number} ${section.heading}`;
		for (const [position, paragraph] of section.paragraphs.entries()) {
			const notes = (paragraph.footnotes ?? []).map(number => `[${number}]`).join('');
			lines.push(...anchored(wrapped(paragraph.text + notes, width, 2), citationAnchor(document.id, `${where} ¶${position + 1}`)));
			for (const cited of paragraph.cites ?? []) {
				lines.push(...link(t('detail.cites', {what: label(index, cited)}), width, 4, {kind: 'entity', id: cited}));
			}
		}
	}

	const proposals = index.proposalsByDocument.get(document.id) ?? [];
	if (proposals.length > 0) {
		lines.push(heading(t('detail.proposals')));
		for (const proposal of proposals) {
			lines.push(...proposalLines(index, records, proposal, width));
		}
	}

	if (document.footnotes.length > 0) {
		lines.push(heading(t('detail.footnotes')));
		for (const footnote of document.footnotes) {
			lines.push(...anchored(wrapped(`[${footnote.number}] ${footnote.text}`, width, 2, 'dim'), citationAnchor(document.id, `Footnote ${footnote.number}`)));
			for (const cited of footnote.cites ?? []) {
				lines.push(...link(t('detail.cites', {what: label(index, cited)}), width, 4, {kind: 'entity', id: cited}));
			}
		}
	}

	return lines;
}

function proposalLines(index: DatasetIndex, records: SessionRecords, proposal: Proposal, width: number): DetailLine[] {
	const lines: DetailLine[] = [];
	const tally = formatTally(positionsOn(index, records, proposal.id));
	// The proposal's label is its name everywhere, as `#` and `council record` accept it typed (labels.ts).
	lines.push(...link(`${proposalLabel(proposal, index.entities, shownWords)}: ${proposal.text} · ${tally}`, width, 2, {kind: 'positions', on: proposal.id}));
	const decision = records.decisions.get(proposal.id);
	if (decision !== undefined) {
		lines.push(...wrapped(t('detail.decision', {outcome: decisionOutcomeWords(decision), text: decision.text}), width, 4, 'decided'));
	}

	if (proposal.asks !== undefined) {
		lines.push(...wrapped(t('detail.asks', {of: proposal.asks.of, what: proposal.asks.what}), width, 4, 'dim'));
	}

	for (const principle of index.principlesByProposal.get(proposal.id) ?? []) {
		const notes = (principle.footnotes ?? []).map(number => `[${number}]`).join('');
		lines.push(...wrapped(t('detail.principle', {order: String(principle.order), title: principle.title}), width, 4, 'title'));
		lines.push(...wrapped(principle.text + notes, width, 6));
		for (const cited of principle.cites ?? []) {
			lines.push(...link(t('detail.cites', {what: label(index, cited)}), width, 6, {kind: 'entity', id: cited}));
		}
	}

	for (const cited of proposal.cites ?? []) {
		lines.push(...link(t('detail.cites', {what: label(index, cited)}), width, 4, {kind: 'entity', id: cited}));
	}

	return lines;
}

function buildDetailLines(index: DatasetIndex, records: SessionRecords, item: AgendaItem, width: number): DetailLine[] {
	const lines: DetailLine[] = [];
	const status = statusOf(records, item);
	lines.push(...wrapped(`${t('dash.item', {number: item.number})} · ${item.title}${item.illustrative ? illustrativeMark() : ''}`, width, 0, 'title'));
	lines.push({line: [segment(`${t('detail.status')} `, 'dim'), segment(statusLabel(status), status), segment(` · ${t('detail.asks-council', {action: actionKindWord[item.action.kind]})}`, 'dim')]});
	const decision = records.decisions.get(item.id);
	if (decision !== undefined) {
		lines.push(...wrapped(t('detail.decision', {outcome: decisionOutcomeWords(decision), text: decision.text}), width, 0, 'decided'));
	}

	lines.push(heading(t('detail.action-required')), ...wrapped(item.action.wording, width, 2));
	const tally = formatTally(positionsOn(index, records, item.id));
	lines.push(...link(t('detail.positions-on-item', {tally}), width, 2, {kind: 'positions', on: item.id}));
	for (const documentId of item.documents) {
		const entity = index.entities.get(documentId);
		if (entity?.kind === 'document') {
			lines.push(...documentLines(index, records, entity.value, width));
		}
	}

	return lines;
}

type Cache = {index: DatasetIndex; records: SessionRecords; language: number; lines: Map<string, DetailLine[]>};
let cache: Cache | undefined;

/** The detail lines of an item at a width; cached until the index or the records change. */
export function detailLines(index: DatasetIndex, records: SessionRecords, item: AgendaItem, width: number): readonly DetailLine[] {
	if (cache === undefined || cache.index !== index || cache.records !== records || cache.language !== languageVersion()) {
		cache = {index, records, language: languageVersion(), lines: new Map()};
	}

	const key = `${item.id}\u0000${width}`;
	let lines = cache.lines.get(key);
	if (lines === undefined) {
		// Bounded: a chair browsing thousands of items should not grow memory without end.
		if (cache.lines.size > 256) {
			cache.lines.clear();
		}

		lines = buildDetailLines(index, records, item, width);
		cache.lines.set(key, lines);
	}

	return lines;
}
