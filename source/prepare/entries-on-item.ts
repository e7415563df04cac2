import type {Dataset} from '../dataset/schema.js';
import {entryKindOf} from '../journal/entry-kinds/registry.js';
import type {ReplayContext} from '../journal/entry-kinds/entry-kind.js';
import type {JournalEntry} from '../journal/schema.js';

/*
Which journal entries an agenda item's removal would leave without effect.
Rather than a list of the kinds that name an item (which missed the floor's
nine kinds and votes when they came), each entry is asked what replay asks
it: does it apply to the dataset, and would it still apply without the item?
So a kind added later is counted without this file knowing of it.
*/

export function entriesOnItem(dataset: Dataset, entries: readonly JournalEntry[], itemId: string): number {
	const itemIds = new Set(dataset.agendaItems.map(item => item.id));
	const proposalIds = new Set(dataset.proposals.map(proposal => proposal.id));
	// A delegation added during the session is the journal's, as replay has it.
	const delegationIds = new Set(dataset.delegations.map(delegation => delegation.id));
	for (const entry of entries) {
		if (entry.kind === 'delegation') {
			delegationIds.add(entry.payload.id);
		}
	}

	const withItem: ReplayContext = {itemIds, proposalIds, delegationIds, byId: new Map()};
	const without: ReplayContext = {...withItem, itemIds: new Set([...itemIds].filter(id => id !== itemId))};
	return entries.filter(entry => {
		const kind = entryKindOf(entry.kind);
		const payload = entry.payload as never;
		return kind.rejection(payload, withItem) === undefined && kind.rejection(payload, without) !== undefined;
	}).length;
}
