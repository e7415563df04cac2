import type {DatasetIndex} from '../dataset/build-index.js';
import {entityLabel} from '../dataset/labels.js';
import {lookup} from '../dataset/lookup.js';
import {namedDelegations} from '../dataset/delegation-match.js';
import type {Dataset, ItemStatus, Stance} from '../dataset/schema.js';
import {itemStatuses, stances} from '../dataset/vocabulary.js';
import {outcomeAliases} from '../outcomes/outcome-kinds.js';
import {outcomes} from './entry-kinds/outcome-words.js';
import type {Outcome} from './schema.js';

/*
What a secretary types for a target, a delegation, an outcome, a status or a
stance, resolved against the dataset before anything is recorded: a journal
entry naming something the dataset does not have would be ignored at replay,
so it is refused here with a message saying what would have matched.
*/

export type Resolved<T> = {readonly ok: true; readonly value: T} | {readonly ok: false; readonly message: string};

type TargetKind = 'agenda-item' | 'proposal';

/** Agenda item by id, number ("PL 1.07", "1.07") or title words the lookup knows; proposals by id. */
export function resolveTarget(index: DatasetIndex, query: string, kinds: readonly TargetKind[]): Resolved<string> {
	const what = kinds.length === 1 ? 'agenda item' : 'agenda item or proposal';
	const trimmed = query.trim();
	if (trimmed === '') {
		return {ok: false, message: `Name the ${what} (its id or number).`};
	}

	const direct = index.entities.get(trimmed);
	if (direct !== undefined && (kinds as readonly string[]).includes(direct.kind)) {
		return {ok: true, value: direct.value.id};
	}

	const result = lookup(index, trimmed);
	if (result.kind === 'found' && (kinds as readonly string[]).includes(result.entity.kind)) {
		return {ok: true, value: result.entity.value.id};
	}

	if (result.kind === 'ambiguous') {
		const fitting = result.candidates.filter(candidate => (kinds as readonly string[]).includes(candidate.entity.kind));
		if (fitting.length === 1) {
			return {ok: true, value: fitting[0]!.entity.value.id};
		}

		if (fitting.length > 1) {
			return {ok: false, message: `"${trimmed}" names more than one ${what}: ${fitting.map(candidate => `${candidate.entity.value.id} (${candidate.label})`).join(', ')}. Use the id.`};
		}
	}

	const known = [
		...(kinds.includes('agenda-item') ? index.dataset.agendaItems.map(item => `${item.number} (${item.id})`) : []),
		...(kinds.includes('proposal') ? index.dataset.proposals.map(proposal => proposal.id) : []),
	];
	const shown = known.length > 12 ? [...known.slice(0, 12), '…'] : known;
	const found = result.kind === 'found' ? ` ("${trimmed}" is ${entityLabel(result.entity, index.entities)}, not an ${what})` : '';
	return {ok: false, message: `Unknown ${what} "${trimmed}"${found}. Known: ${shown.join(', ') || 'none'}.`};
}

export {foldName, matchDelegations} from '../dataset/delegation-match.js';

export function resolveDelegation(dataset: Dataset, query: string): Resolved<string> {
	const {matches} = namedDelegations(dataset, query);
	const [first, second] = matches;
	if (first === undefined) {
		const known = dataset.delegations.slice(0, 12).map(delegation => `${delegation.name} (${delegation.id})`);
		return {ok: false, message: `Unknown delegation "${query}". Known: ${known.join(', ') || 'none'}${dataset.delegations.length > 12 ? ', …' : ''}.`};
	}

	if (second === undefined) {
		return {ok: true, value: first.id};
	}

	return {ok: false, message: `"${query}" matches more than one delegation: ${matches.slice(0, 8).map(delegation => `${delegation.name} (${delegation.id})`).join(', ')}${matches.length > 8 ? ', …' : ''}. Type more of the name, or the id.`};
}

function resolveWord<T extends string>(what: string, words: readonly T[], aliases: Readonly<Record<string, T>>, query: string): Resolved<T> {
	const key = query.trim().toLowerCase().replace(/[\s_]+/g, '-');
	const value = (words as readonly string[]).includes(key) ? (key as T) : aliases[key];
	return value === undefined
		? {ok: false, message: `Unknown ${what} "${query}". Use one of: ${words.join(', ')}.`}
		: {ok: true, value};
}

/** The synonyms of the outcomes the journal's `outcome` field holds (those the dashboard's form offers). */
const journalOutcomeAliases = Object.fromEntries(Object.entries(outcomeAliases).filter(([, kind]) => (outcomes as readonly string[]).includes(kind))) as Readonly<Record<string, Outcome>>;

export function resolveOutcome(query: string): Resolved<Outcome> {
	return resolveWord('outcome', outcomes, journalOutcomeAliases, query);
}

export function resolveStatus(query: string): Resolved<ItemStatus> {
	return resolveWord('status', itemStatuses, {considering: 'under-consideration', open: 'under-consideration', decide: 'decided', defer: 'deferred'}, query);
}

export function resolveStance(query: string): Resolved<Stance> {
	return resolveWord('stance', stances, {
		support: 'supports',
		oppose: 'opposes',
		reserve: 'reservation',
		reservations: 'reservation',
		'more-info': 'more-information',
		information: 'more-information',
	}, query);
}
