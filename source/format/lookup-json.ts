import type {Entity} from '../dataset/build-index.js';
import {entityLabel} from '../dataset/labels.js';
import type {LookupResult} from '../dataset/lookup.js';
import {isIllustrative} from './lookup-text.js';

/*
`council lookup REF --json`: a stable shape for scripts, documented in the
README ("Command line"). Every key is always present (empty list or null when
there is nothing), so a script never has to test for a key. Change it only by
adding keys; a breaking change bumps `version`.
*/

export type EntityRef = {
	readonly id: string;
	/** session, agenda-item, document, instrument, resolution, report, proposal, principle, delegation, position */
	readonly kind: Entity['kind'];
	readonly label: string;
	readonly illustrative: boolean;
};

export type LookupJson = {
	readonly version: 1;
	readonly query: string;
	readonly result: LookupResult['kind'];
	/** The entity found, with its fields as written in the dataset; null unless found. */
	readonly entity: (EntityRef & {readonly data: Entity['value']}) | null;
	/** Who cites it: agenda items, documents, proposals, principles; where in them; the agenda items to open. */
	readonly citedBy: ReadonlyArray<EntityRef & {readonly where: string; readonly agendaItems: readonly string[]}>;
	/** For an ambiguous query: every entity it names. */
	readonly candidates: readonly EntityRef[];
	/** For an unknown query: the nearest names, best first. */
	readonly suggestions: readonly string[];
};

function ref(entity: Entity, entities?: ReadonlyMap<string, Entity>): EntityRef {
	return {id: entity.value.id, kind: entity.kind, label: entityLabel(entity, entities), illustrative: isIllustrative(entity)};
}

/** `entities` (the index's) lets a proposal be named with its document. */
export function lookupJson(result: LookupResult, entities?: ReadonlyMap<string, Entity>): LookupJson {
	return {
		version: 1,
		query: result.query,
		result: result.kind,
		entity: result.kind === 'found' ? {...ref(result.entity, entities), data: result.entity.value} : null,
		citedBy: result.kind === 'found'
			? result.citations.map(citation => ({...ref(citation.from, entities), where: citation.where, agendaItems: [...citation.items]}))
			: [],
		candidates: result.kind === 'ambiguous' ? result.candidates.map(candidate => ref(candidate.entity, entities)) : [],
		suggestions: result.kind === 'not-found' ? [...result.suggestions] : [],
	};
}
