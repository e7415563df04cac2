import type {Citation, Entity} from './index-types.js';
import type {DocumentEntity, Proposal, Resolution} from './schema.js';
import type {MessageKey} from '../i18n/en.js';
import {translatedWords} from '../i18n/translate.js';
import {neutralWords, shownWords, type Words} from '../i18n/words/words.js';

/*
How an entity is named on screen and in the CLI, the way a Council document
writes it: "Resolution 71 (Rev. Bucharest, 2022)", "Article 1 of the
Constitution", "PP-22/157", "C17/130(Rev.1)".
*/

/** What each body is called, as the resolution's lookup names it: "Plenipotentiary Conference". */
export const bodyName: Readonly<Record<Resolution['body'], string>> = translatedWords({
	plenipotentiary: 'label.body.plenipotentiary',
	council: 'label.body.council',
	wtsa: 'label.body.wtsa',
	wtdc: 'label.body.wtdc',
	wrc: 'label.body.wrc',
	other: 'label.body.other',
});

/** "Resolution 71 (Rev. Bucharest, 2022)", "Council Decision 5": the number and revision as written. */
export function resolutionLabel(resolution: Resolution, words: Words = neutralWords): string {
	const revision = resolution.revision === undefined ? '' : ` (${resolution.revision})`;
	return words(`label.${resolution.series === 'decision' ? 'decision' : 'resolution'}.${resolution.body}`, {number: resolution.number, revision});
}

export function documentSymbol(symbol: string | undefined, version: string | undefined): string | undefined {
	if (symbol === undefined) {
		return undefined;
	}

	return version === undefined ? symbol : `${symbol}(${version})`;
}

/**
A document as a proposal's label names it: its symbol ("C25/61", "C17/130(Rev.1)"),
else what it is short of one: "China contribution" from its submitting
delegations, else its title, else "Contribution".
*/
export function documentShortLabel(document: DocumentEntity, entities?: ReadonlyMap<string, Entity>, words: Words = neutralWords): string {
	const symbol = documentSymbol(document.symbol, document.version);
	if (symbol !== undefined) {
		return symbol;
	}

	const names = (document.submittedBy.delegations ?? [])
		.map(id => entities?.get(id))
		.map(entity => (entity?.kind === 'delegation' ? entity.value.names?.en ?? entity.value.name : undefined))
		.filter((name): name is string => name !== undefined);
	if (names.length > 0) {
		return words('label.contribution-by', {names: names.join(', ')});
	}

	return document.title ?? words('label.contribution');
}

/**
The one label of a proposal, everywhere (screen, lookups, the CLI): its document
and its number, "C25/61 proposal 1", so two documents' "1)" never read alike.
`council record` and `#` accept it as typed (lookup-keys.ts).
*/
export function proposalLabel(proposal: Proposal, entities?: ReadonlyMap<string, Entity>, words: Words = neutralWords): string {
	const document = entities?.get(proposal.document);
	const number = proposal.number.replace(/[).\s]+$/u, '');
	return document?.kind === 'document' ? words('label.proposal-of', {document: documentShortLabel(document.value, entities, words), number}) : words('label.proposal', {number});
}

/** What kind of thing an entity is, in words of the interface's language: "basic instrument", "agenda item". */
export const kindWord: Readonly<Record<Entity['kind'], string>> = translatedWords({
	session: 'label.kind.session',
	'agenda-item': 'label.kind.agenda-item',
	document: 'label.kind.document',
	instrument: 'label.kind.instrument',
	resolution: 'label.kind.resolution',
	report: 'label.kind.report',
	proposal: 'label.kind.proposal',
	principle: 'label.kind.principle',
	delegation: 'label.kind.delegation',
	position: 'label.kind.position',
});

// A Map: the instrument's name is data ("constructor" must not find Object's).
const articleKeys: ReadonlyMap<string, MessageKey> = new Map([['Constitution', 'label.article-constitution'], ['Convention', 'label.article-convention']]);

/**
An entity's name; `entities` (the index's) lets a proposal name its document.
In the catalogue's English by default (`neutralWords`): the name lookups match,
the CLI's JSON carries and the index sorts by, the same in every language. The
screen's is `shownLabel`.
*/
export function entityLabel(entity: Entity, entities?: ReadonlyMap<string, Entity>, words: Words = neutralWords): string {
	switch (entity.kind) {
		case 'session': {
			return `${entity.value.body}: ${entity.value.title}`;
		}

		case 'agenda-item': {
			return words('label.item', {number: entity.value.number, title: entity.value.title});
		}

		case 'document': {
			const {symbol, version, title, submittedBy} = entity.value;
			return documentSymbol(symbol, version) ?? `${title ?? words('label.contribution')} (${submittedBy.wording})`;
		}

		case 'instrument': {
			// A numbered provision ("CV 73") is cited by its number, not as an article.
			return entity.value.unit === 'provision'
				? `${entity.value.instrument === 'Constitution' ? 'CS' : 'CV'} ${entity.value.article}`
				: words(articleKeys.get(entity.value.instrument) ?? 'label.article-of', {article: entity.value.article, instrument: entity.value.instrument});
		}

		case 'resolution': {
			return resolutionLabel(entity.value, words);
		}

		case 'report': {
			return entity.value.symbol;
		}

		case 'proposal': {
			return proposalLabel(entity.value, entities, words);
		}

		case 'principle': {
			return words('label.principle', {order: entity.value.order, title: entity.value.title});
		}

		case 'delegation': {
			return entity.value.name;
		}

		case 'position': {
			// The neutral label keeps the stance's id ("more-information"), as it always read; the screen's its word.
			const stance = words === neutralWords ? entity.value.stance : words(`stance.${entity.value.stance}`);
			return words('label.position', {delegation: entity.value.delegation, stance, on: entity.value.on});
		}
	}
}

/**
Where a citation is, in the interface's language: the index files it in the
catalogue's English ("References", "Footnote 2", "Proposal 1)", "through C26/12", "Takes up";
the JSON's `where`, a detail's anchor), a section's heading as the document has it.
*/
export function shownWhere(citation: Pick<Citation, 'from' | 'where'>, entities?: ReadonlyMap<string, Entity>): string {
	const {where, from} = citation;
	if (where === 'References') {
		return shownWords('lookup.where-references');
	}

	if (where === 'Takes up') {
		return shownWords('lookup.where-takes-up');
	}

	const [, kind, number] = /^(Footnote|Proposal|Principle) (\S+)$/u.exec(where) ?? [];
	if (kind !== undefined && number !== undefined) {
		return kind === 'Footnote' ? shownWords('lookup.where-footnote', {number}) : kind === 'Proposal' ? shownWords('detail.proposal', {number}) : shownWords('lookup.where-principle', {order: number});
	}

	if (!where.startsWith('through ')) {
		return where;
	}

	// "through C26/12": the document the item takes up, named as the screen names it.
	const via = where.slice('through '.length);
	const document = from.kind === 'agenda-item' ? from.value.documents.map(id => entities?.get(id)).find(entity => entity !== undefined && entityLabel(entity, entities) === via) : undefined;
	return shownWords('lookup.where-through', {via: document === undefined ? via : shownLabel(document, entities)});
}

/** An entity's name in the interface's language (the screen, `council lookup`'s text): symbols, numbers and titles as written. */
export function shownLabel(entity: Entity, entities?: ReadonlyMap<string, Entity>): string {
	return entityLabel(entity, entities, shownWords);
}
