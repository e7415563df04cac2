import type {Citation, DatasetIndex, Entity} from '../dataset/build-index.js';
import {bodyName, kindWord, shownLabel, shownWhere} from '../dataset/labels.js';
import type {LookupResult} from '../dataset/lookup.js';
import {officialLanguages} from '../dataset/official-languages.js';
import type {MessageKey} from '../i18n/en.js';
import {t} from '../i18n/translate.js';
import {sanitizeText, visibleLine} from '../text/sanitize.js';
import {displayWidth, padEnd} from '../text/width.js';
import {actionKindWord, stanceWord, statusWord} from './status.js';

/*
`council lookup REF` as plain text: what the reference names, its text or the
excerpts documents quote, then everything that cites it, grouped agenda items,
documents, proposals, principles. Long texts are not wrapped: a terminal or a
pager wraps them, and a file keeps them whole. In the interface's language
(`cli.lookup.` words, labels through the catalogue); --json is the same in
every language (lookup-json.ts).
*/

const illustrativeMark = () => ` ${t('common.illustrative')}`;

export function isIllustrative(entity: Entity): boolean {
	return 'illustrative' in entity.value && entity.value.illustrative === true;
}

function labelOf(index: DatasetIndex, id: string): string {
	const entity = index.entities.get(id);
	return entity === undefined ? id : `${shownLabel(entity, index.entities)}${isIllustrative(entity) ? illustrativeMark() : ''}`;
}

type FieldKey = MessageKey & `cli.lookup.${string}`;

function field(key: FieldKey, value: string | undefined): string[] {
	return value === undefined || value === '' ? [] : [named(key, value)];
}

/** A field holding an entity: "  document: C25/61". */
function named(key: FieldKey, value: string): string {
	return `  ${t('cli.lookup.field', {name: t(key), value})}`;
}

function details(index: DatasetIndex, entity: Entity): string[] {
	switch (entity.kind) {
		case 'session': {
			const {value} = entity;
			const dates = value.start !== undefined && value.end !== undefined && value.start !== '' && value.end !== '' ? t('cli.lookup.date-range', {start: value.start, end: value.end}) : value.start || value.end;
			return [...field('cli.lookup.body', value.body), ...field('cli.lookup.dates', dates), ...field('cli.lookup.place', value.place), ...field('cli.lookup.note', value.note)];
		}

		case 'agenda-item': {
			const {value} = entity;
			return [
				...field('cli.lookup.number', value.number),
				...field('cli.lookup.action', `${actionKindWord[value.action.kind]}: ${value.action.wording}`),
				...field('cli.lookup.status', statusWord[value.status]),
				...value.documents.map(id => named('cli.lookup.document', labelOf(index, id))),
			];
		}

		case 'document': {
			const {value} = entity;
			return [
				...field('cli.lookup.title', value.title),
				...field('cli.lookup.submitted-by', value.submittedBy.wording),
				...field('cli.lookup.purpose', value.purpose),
				...value.actionRequired.map(action => `  ${t('cli.lookup.field', {name: t('cli.lookup.action-required', {kind: actionKindWord[action.kind]}), value: action.wording})}`),
				...value.references.map(reference => named('cli.lookup.reference', reference.wording)),
				...(index.itemsByDocument.get(value.id) ?? []).map(item => named('cli.lookup.on-agenda', labelOf(index, item.id))),
			];
		}

		case 'instrument': {
			const {value} = entity;
			return [
				...field('cli.lookup.title', value.title),
				...value.provisions.map(provision => `  ${provision.label}) ${provision.text}`),
				...field('cli.lookup.source', value.source),
			];
		}

		case 'resolution': {
			const {value} = entity;
			return [
				...field('cli.lookup.body', bodyName[value.body]),
				...field('cli.lookup.revision', value.revision),
				...field('cli.lookup.title', value.title),
				// Editions newest first (as the importer keeps them), each with the documents citing it.
				...(value.editions ?? []).map(edition => `  ${t('cli.lookup.edition', {revision: edition.revision, documents: edition.documents.map(id => labelOf(index, id)).join(', ') || t('cli.lookup.no-document')})}`),
				...value.excerpts.flatMap(excerpt => [
					`  ${t('cli.lookup.excerpt', {document: labelOf(index, excerpt.document)})}`,
					`    ${excerpt.lead === undefined ? '' : `${excerpt.lead}: `}“${excerpt.text}”`,
				]),
			];
		}

		case 'report': {
			const {value} = entity;
			return [...field('cli.lookup.symbol', value.symbol), ...field('cli.lookup.title', value.title), ...field('cli.lookup.summary', value.summary)];
		}

		case 'proposal': {
			const {value} = entity;
			return [
				...field('cli.lookup.in', labelOf(index, value.document)),
				...field('cli.lookup.text', value.text),
				...(value.asks === undefined ? [] : field('cli.lookup.asks', `${value.asks.of}: ${value.asks.what}`)),
				...(index.principlesByProposal.get(value.id) ?? []).map(principle => `  ${t('cli.lookup.principle', {order: principle.order, title: principle.title})}`),
			];
		}

		case 'principle': {
			const {value} = entity;
			return [...field('cli.lookup.of', labelOf(index, value.proposal)), ...field('cli.lookup.text', value.text)];
		}

		case 'delegation': {
			const {value} = entity;
			const names = officialLanguages.flatMap(language => {
				const name = value.names?.[language];
				return name === undefined ? [] : [`${language}: ${name}`];
			});
			return [
				...field('cli.lookup.kind', t(`describe.delegation-kind.${value.kind}`)),
				...(value.code === undefined ? [] : field('cli.lookup.code', value.code)),
				...field('cli.lookup.names', names.join(' · ')),
				...(value.aliases === undefined ? [] : field('cli.lookup.also', value.aliases.join(' · '))),
				...(value.council === undefined ? [] : field('cli.lookup.council', t('cli.lookup.council-role', {role: value.council.role, source: value.council.source}))),
			];
		}

		case 'position': {
			const {value} = entity;
			return [
				...field('cli.lookup.delegation', labelOf(index, value.delegation)),
				...field('cli.lookup.on', labelOf(index, value.on)),
				...field('cli.lookup.stance', stanceWord[value.stance]),
				...field('cli.lookup.note', value.note),
			];
		}
	}
}

const citingKinds: ReadonlyArray<Entity['kind']> = ['agenda-item', 'document', 'proposal', 'principle'];

function citationLines(citations: readonly Citation[], index: DatasetIndex): string[] {
	if (citations.length === 0) {
		return [`  ${t('cli.lookup.nothing-cites')}`];
	}

	const ordered = [...citations].sort((a, b) => rank(a.from.kind) - rank(b.from.kind));
	const width = Math.max(...ordered.map(citation => displayWidth(kindWord[citation.from.kind])));
	return ordered.map(citation => {
		const mark = isIllustrative(citation.from) ? illustrativeMark() : '';
		return `  ${padEnd(kindWord[citation.from.kind], width)}  ${shownLabel(citation.from, index.entities)}${mark}  ·  ${shownWhere(citation, index.entities)}`;
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
				`${shownLabel(entity, index.entities)}${isIllustrative(entity) ? illustrativeMark() : ''}`,
				`  ${t('cli.lookup.id', {kind: kindWord[entity.kind], id: entity.value.id})}`,
				...details(index, entity),
				'',
				t('cli.lookup.cited-by', {count: result.citations.length}),
				...citationLines(result.citations, index),
			);
			break;
		}

		case 'ambiguous': {
			lines.push(t('cli.lookup.ambiguous', {query: visibleLine(result.query), count: result.candidates.length}));
			for (const candidate of result.candidates) {
				lines.push(`  ${candidate.entity.value.id}  ${shownLabel(candidate.entity, index.entities)}  (${kindWord[candidate.entity.kind]})`);
			}

			break;
		}

		case 'not-found': {
			// The query is what was typed: its newlines shown, so it cannot forge a line of the answer.
			lines.push(t('cli.lookup.no-match', {query: visibleLine(result.query)}));
			if (result.suggestions.length > 0) {
				lines.push(t('cli.lookup.nearest'), ...result.suggestions.map(suggestion => `  ${suggestion}`));
			}

			break;
		}
	}

	return `${lines.map(line => sanitizeText(line)).join('\n')}\n`;
}
