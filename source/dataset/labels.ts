import type {Entity} from './index-types.js';
import type {DocumentEntity, Proposal, Resolution} from './schema.js';

/*
How an entity is named on screen and in the CLI, the way a Council document
writes it: "Resolution 71 (Rev. Bucharest, 2022)", "Article 1 of the
Constitution", "PP-22/157", "C17/130(Rev.1)".
*/

const bodyPrefix: Record<Resolution['body'], string> = {
	plenipotentiary: '',
	council: 'Council ',
	wtsa: 'WTSA ',
	wtdc: 'WTDC ',
	wrc: 'WRC ',
	other: '',
};

export const bodyName: Record<Resolution['body'], string> = {
	plenipotentiary: 'Plenipotentiary Conference',
	council: 'Council',
	wtsa: 'World Telecommunication Standardization Assembly',
	wtdc: 'World Telecommunication Development Conference',
	wrc: 'World Radiocommunication Conference',
	other: 'other body',
};

export function resolutionLabel(resolution: Resolution): string {
	const revision = resolution.revision === undefined ? '' : ` (${resolution.revision})`;
	const series = resolution.series === 'decision' ? 'Decision' : 'Resolution';
	return `${bodyPrefix[resolution.body]}${series} ${resolution.number}${revision}`;
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
export function documentShortLabel(document: DocumentEntity, entities?: ReadonlyMap<string, Entity>): string {
	const symbol = documentSymbol(document.symbol, document.version);
	if (symbol !== undefined) {
		return symbol;
	}

	const names = (document.submittedBy.delegations ?? [])
		.map(id => entities?.get(id))
		.map(entity => (entity?.kind === 'delegation' ? entity.value.names?.en ?? entity.value.name : undefined))
		.filter((name): name is string => name !== undefined);
	if (names.length > 0) {
		return `${names.join(', ')} contribution`;
	}

	return document.title ?? 'Contribution';
}

/**
The one label of a proposal, everywhere (screen, lookups, the CLI): its document
and its number, "C25/61 proposal 1", so two documents' "1)" never read alike.
`council record` and `#` accept it as typed (lookup-keys.ts).
*/
export function proposalLabel(proposal: Proposal, entities?: ReadonlyMap<string, Entity>): string {
	const document = entities?.get(proposal.document);
	const number = proposal.number.replace(/[).\s]+$/u, '');
	return document?.kind === 'document' ? `${documentShortLabel(document.value, entities)} proposal ${number}` : `Proposal ${number}`;
}

/** What kind of thing an entity is, in words: "basic instrument", "agenda item". */
export const kindWord: Record<Entity['kind'], string> = {
	session: 'session',
	'agenda-item': 'agenda item',
	document: 'document',
	instrument: 'basic instrument',
	resolution: 'resolution',
	report: 'report',
	proposal: 'proposal',
	principle: 'principle',
	delegation: 'delegation',
	position: 'position',
};

/** An entity's name; `entities` (the index's) lets a proposal name its document. */
export function entityLabel(entity: Entity, entities?: ReadonlyMap<string, Entity>): string {
	switch (entity.kind) {
		case 'session': {
			return `${entity.value.body}: ${entity.value.title}`;
		}

		case 'agenda-item': {
			return `Item ${entity.value.number}: ${entity.value.title}`;
		}

		case 'document': {
			const {symbol, version, title, submittedBy} = entity.value;
			return documentSymbol(symbol, version) ?? `${title ?? 'Contribution'} (${submittedBy.wording})`;
		}

		case 'instrument': {
			// A numbered provision ("CV 73") is cited by its number, not as an article.
			return entity.value.unit === 'provision'
				? `${entity.value.instrument === 'Constitution' ? 'CS' : 'CV'} ${entity.value.article}`
				: `Article ${entity.value.article} of the ${entity.value.instrument}`;
		}

		case 'resolution': {
			return resolutionLabel(entity.value);
		}

		case 'report': {
			return entity.value.symbol;
		}

		case 'proposal': {
			return proposalLabel(entity.value, entities);
		}

		case 'principle': {
			return `Principle ${entity.value.order}: ${entity.value.title}`;
		}

		case 'delegation': {
			return entity.value.name;
		}

		case 'position': {
			return `${entity.value.delegation} ${entity.value.stance} on ${entity.value.on}`;
		}
	}
}
