import type {Dataset} from './schema.js';

/** Every id a dataset holds: ids are unique across the whole file, so a new entity must avoid all of them. */
export function entityIds(dataset: Dataset): Set<string> {
	return new Set([
		dataset.session.id,
		...dataset.agendaItems.map(value => value.id),
		...dataset.documents.map(value => value.id),
		...dataset.instruments.map(value => value.id),
		...dataset.resolutions.map(value => value.id),
		...dataset.reports.map(value => value.id),
		...dataset.proposals.map(value => value.id),
		...dataset.principles.map(value => value.id),
		...dataset.delegations.map(value => value.id),
		...dataset.positions.map(value => value.id),
	]);
}
