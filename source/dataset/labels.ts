import type {Entity} from './index-types.js';
import type {Resolution} from './schema.js';

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

export function entityLabel(entity: Entity): string {
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
			return `Proposal ${entity.value.number}`;
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
