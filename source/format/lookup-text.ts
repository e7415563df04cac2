import type {Citation, DatasetIndex, Entity} from '../dataset/build-index.js';
import {bodyName, entityLabel, kindWord} from '../dataset/labels.js';
import type {LookupResult} from '../dataset/lookup.js';
import {officialLanguages} from '../dataset/schema.js';
import {sanitizeText, visibleLine} from '../text/sanitize.js';
import {actionKindWord, stanceWord, statusWord} from './status.js';

/*
`council lookup REF` as plain text: what the reference names, its text or the
excerpts documents quote, then everything that cites it, grouped agenda items,
documents, proposals, principles. Long texts are not wrapped: a terminal or a
pager wraps them, and a file keeps them whole.
*/

const illustrativeMark = ' (illustrative)';

export function isIllustrative(entity: Entity): boolean {
	return 'illustrative' in entity.value && entity.value.illustrative === true;
}

function labelOf(index: DatasetIndex, id: string): string {
	const entity = index.entities.get(id);
	return entity === undefined ? id : `${entityLabel(entity, index.entities)}${isIllustrative(entity) ? illustrativeMark : ''}`;
}

function field(name: string, value: string | undefined): string[] {
	return value === undefined || value === '' ? [] : [`  ${name}: ${value}`];
}

function details(index: DatasetIndex, entity: Entity): string[] {
	switch (entity.kind) {
		case 'session': {
			const {value} = entity;
			return [...field('body', value.body), ...field('dates', [value.start, value.end].filter(Boolean).join(' to ')), ...field('place', value.place), ...field('note', value.note)];
		}

		case 'agenda-item': {
			const {value} = entity;
			return [
				...field('number', value.number),
				...field('action', `${actionKindWord[value.action.kind]}: ${value.action.wording}`),
				...field('status', statusWord[value.status]),
				...value.documents.map(id => `  document: ${labelOf(index, id)}`),
			];
		}

		case 'document': {
			const {value} = entity;
			return [
				...field('title', value.title),
				...field('submitted by', value.submittedBy.wording),
				...field('purpose', value.purpose),
				...value.actionRequired.map(action => `  action required (${actionKindWord[action.kind]}): ${action.wording}`),
				...value.references.map(reference => `  reference: ${reference.wording}`),
				...(index.itemsByDocument.get(value.id) ?? []).map(item => `  on the agenda: ${labelOf(index, item.id)}`),
			];
		}

		case 'instrument': {
			const {value} = entity;
			return [
				...field('title', value.title),
				...value.provisions.map(provision => `  ${provision.label}) ${provision.text}`),
				...field('source', value.source),
			];
		}

		case 'resolution': {
			const {value} = entity;
			return [
				...field('body', bodyName[value.body]),
				...field('revision', value.revision),
				...field('title', value.title),
				// Editions newest first (as the importer keeps them), each with the documents citing it.
				...(value.editions ?? []).map(edition => `  edition ${edition.revision}: cited by ${edition.documents.map(id => labelOf(index, id)).join(', ') || 'no imported document'}`),
				...value.excerpts.flatMap(excerpt => [
					`  excerpt quoted in ${labelOf(index, excerpt.document)}:`,
					`    ${excerpt.lead === undefined ? '' : `${excerpt.lead}: `}“${excerpt.text}”`,
				]),
			];
		}

		case 'report': {
			const {value} = entity;
			return [...field('symbol', value.symbol), ...field('title', value.title), ...field('summary', value.summary)];
		}

		case 'proposal': {
			const {value} = entity;
			return [
				...field('in', labelOf(index, value.document)),
				...field('text', value.text),
				...(value.asks === undefined ? [] : field('asks', `${value.asks.of}: ${value.asks.what}`)),
				...(index.principlesByProposal.get(value.id) ?? []).map(principle => `  principle ${principle.order}: ${principle.title}`),
			];
		}

		case 'principle': {
			const {value} = entity;
			return [...field('of', labelOf(index, value.proposal)), ...field('text', value.text)];
		}

		case 'delegation': {
			const {value} = entity;
			const names = officialLanguages.flatMap(language => {
				const name = value.names?.[language];
				return name === undefined ? [] : [`${language}: ${name}`];
			});
			return [
				...field('kind', value.kind),
				...(value.code === undefined ? [] : field('code', value.code)),
				...field('names', names.join(' · ')),
				...(value.aliases === undefined ? [] : field('also', value.aliases.join(' · '))),
				...(value.council === undefined ? [] : field('council', `${value.council.role} (source: ${value.council.source})`)),
			];
		}

		case 'position': {
			const {value} = entity;
			return [
				...field('delegation', labelOf(index, value.delegation)),
				...field('on', labelOf(index, value.on)),
				...field('stance', stanceWord[value.stance]),
				...field('note', value.note),
			];
		}
	}
}

const citingKinds: ReadonlyArray<Entity['kind']> = ['agenda-item', 'document', 'proposal', 'principle'];

function citationLines(citations: readonly Citation[], index: DatasetIndex): string[] {
	if (citations.length === 0) {
		return ['  nothing in this dataset cites it'];
	}

	const ordered = [...citations].sort((a, b) => rank(a.from.kind) - rank(b.from.kind));
	const width = Math.max(...ordered.map(citation => kindWord[citation.from.kind].length));
	return ordered.map(citation => {
		const mark = isIllustrative(citation.from) ? illustrativeMark : '';
		return `  ${kindWord[citation.from.kind].padEnd(width)}  ${entityLabel(citation.from, index.entities)}${mark}  ·  ${citation.where}`;
	});
}

function rank(kind: Entity['kind']): number {
	const position = citingKinds.indexOf(kind);
	return position === -1 ? citingKinds.length : position;
}

/** The text `council lookup` prints; ends with a newline. */
export function lookupText(index: DatasetIndex, result: LookupResult): string {
	const lines: string[] = [];
	switch (result.kind) {
		case 'found': {
			const {entity} = result;
			lines.push(
				`${result.label}${isIllustrative(entity) ? illustrativeMark : ''}`,
				`  ${kindWord[entity.kind]} · id ${entity.value.id}`,
				...details(index, entity),
				'',
				`Cited by (${result.citations.length})`,
				...citationLines(result.citations, index),
			);
			break;
		}

		case 'ambiguous': {
			lines.push(`"${visibleLine(result.query)}" names ${result.candidates.length} things; look up one of them by id:`);
			for (const candidate of result.candidates) {
				lines.push(`  ${candidate.entity.value.id}  ${candidate.label}  (${kindWord[candidate.entity.kind]})`);
			}

			break;
		}

		case 'not-found': {
			// The query is what was typed: its newlines shown, so it cannot forge a line of the answer.
			lines.push(`no match for "${visibleLine(result.query)}"`);
			if (result.suggestions.length > 0) {
				lines.push('nearest:', ...result.suggestions.map(suggestion => `  ${suggestion}`));
			}

			break;
		}
	}

	return `${lines.map(line => sanitizeText(line)).join('\n')}\n`;
}
