import type {Entity} from './index-types.js';
import {proposalLabel} from './labels.js';

/*
Lookup keys: each entity is filed under every normalised form a person may type
for it, so that a lookup is a Map.get, not a scan. The query parser in lookup.ts
turns what was typed into the same keys.
*/

/** Lower case, NFKC, quotes dropped, whitespace collapsed. */
export function normalize(value: string): string {
	return value
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[‘’‚‛“”„‟"'`]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Letters and digits only: "Rev. Bucharest, 2022" → "revbucharest2022". */
export function alnum(value: string): string {
	return normalize(value).replace(/[^\p{L}\p{N}]/gu, '');
}

/** A symbol without spaces: "PP-22/157", "C17/130 (Rev.1)" → "pp-22/157", "c17/130(rev.1)". */
export function compactSymbol(value: string): string {
	return normalize(value).replace(/\s+/g, '');
}

export function instrumentKey(name: string): string {
	const key = alnum(name);
	if (key === 'cs' || key.startsWith('constitution')) {
		return 'cs';
	}

	if (key === 'cv' || key.startsWith('convention')) {
		return 'cv';
	}

	return key;
}

/** Agenda item codes are typed with or without their track: "PL 1.07" is also "1.07". */
export function itemNumberKeys(number: string): string[] {
	const compact = compactSymbol(number);
	const withoutTrack = compactSymbol(number.replace(/^\s*[A-Za-z]+[\s-]*(?=\d)/, ''));
	return compact === withoutTrack ? [compact] : [compact, withoutTrack];
}

export function lookupKeys(entity: Entity, entities?: ReadonlyMap<string, Entity>): string[] {
	const keys = [`id:${entity.value.id}`];
	switch (entity.kind) {
		case 'agenda-item': {
			keys.push(...itemNumberKeys(entity.value.number).map(number => `item:${number}`));
			break;
		}

		case 'document': {
			const {symbol, version} = entity.value;
			if (symbol !== undefined) {
				keys.push(`sym:${compactSymbol(symbol)}`);
				if (version !== undefined) {
					keys.push(`sym:${compactSymbol(symbol)}(${compactSymbol(version)})`);
				}
			}

			break;
		}

		case 'report': {
			keys.push(`sym:${compactSymbol(entity.value.symbol)}`);
			break;
		}

		case 'instrument': {
			const article = alnum(entity.value.article);
			// "CV 73" is a provision number, not Article 73: keyed apart.
			keys.push(...(entity.value.unit === 'provision'
				? [`prov:${article}:${instrumentKey(entity.value.instrument)}`]
				: [`art:${article}`, `art:${article}:${instrumentKey(entity.value.instrument)}`]));
			break;
		}

		case 'resolution': {
			const {number, body, revision, series} = entity.value;
			// Decisions are their own series: "Decision 482" is not "Resolution 482".
			const prefix = series === 'decision' ? 'dec' : 'res';
			keys.push(`${prefix}:${number}`, `${prefix}:${number}:${body}`);
			if (revision !== undefined) {
				keys.push(`${prefix}:${number}:rev:${alnum(revision)}`, `${prefix}:${number}:${body}:rev:${alnum(revision)}`);
			}

			break;
		}

		case 'proposal': {
			// "C25/61 proposal 1", also "proposal 1 of C25/61" (as journal/describe.ts words it).
			const label = proposalLabel(entity.value, entities);
			const [document, number] = label.split(/ proposal (?=[^ ]+$)/u);
			keys.push(`prop:${alnum(label)}`);
			if (number !== undefined && document !== undefined) {
				keys.push(`prop:${alnum(`proposal ${number} of ${document}`)}`);
			}

			break;
		}

		default: {
			break;
		}
	}

	return keys;
}
