import {entityIds} from '../dataset/entity-ids.js';
import {namedDelegations} from '../dataset/delegation-match.js';
import type {Dataset, Delegation} from '../dataset/schema.js';
import type {PayloadOf} from './entry-kinds/payloads.js';

/*
Delegations added during the session (the Holy See, an observer organization)
are journal entries, never writes to the dataset: every screen gets them the
way it gets a position, and the dataset file stays what was prepared. A
screen's delegations are the dataset's plus those of the journal's
`delegation` entries (the dataset's own win on an id both have); replay,
the picker, `--delegation` and the positions table all see that one list.
Pure.
*/

export const maxDelegationNameLength = 200;

export type DelegationPayload = PayloadOf<'delegation'>;

/*
A delegation entry's payload is checked again here (an entry from anywhere: a
bad one is not added). The check is zod's (entry-kinds/payloads.ts), installed
as that module loads, so that a screen replaying a journal without delegation
entries loads no zod: a delegation entry only reaches here through zod (no fast
path vouches for the kind; reading, recording and the shared journal's rows all
judge it with the schema), so the check is installed whenever there is one.
*/
type DelegationCheck = (payload: unknown) => DelegationPayload | undefined;
let delegationCheck: DelegationCheck | undefined;

/** Called by entry-kinds/payloads.ts as it loads. */
export function installDelegationCheck(check: DelegationCheck): void {
	delegationCheck = check;
}

function checkedDelegation(payload: unknown): DelegationPayload | undefined {
	if (delegationCheck === undefined) {
		throw new Error('a delegation entry reached the screen without the journal\'s schema loaded');
	}

	return delegationCheck(payload);
}

type AnyEntry = {readonly kind: string; readonly payload: unknown};

/** The delegations the journal's entries add, in journal order (later entries for an id already added are ignored). */
export function journalDelegations(entries: readonly AnyEntry[]): Delegation[] {
	const added = new Map<string, Delegation>();
	for (const entry of entries) {
		if (entry.kind !== 'delegation') {
			continue;
		}

		const parsed = checkedDelegation(entry.payload);
		if (parsed !== undefined && !added.has(parsed.id)) {
			const {id, name, kind, names} = parsed;
			added.set(id, {id, kind, name, ...(names === undefined ? {} : {names})});
		}
	}

	return [...added.values()];
}

/** The dataset as a screen sees it: its delegations and the journal's. The same object when the journal adds none. */
export function withJournalDelegations(dataset: Dataset, entries: readonly AnyEntry[]): Dataset {
	const known = new Set(dataset.delegations.map(delegation => delegation.id));
	const added = journalDelegations(entries).filter(delegation => !known.has(delegation.id));
	return added.length === 0 ? dataset : {...dataset, delegations: [...dataset.delegations, ...added]};
}

function slug(value: string): string {
	return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
}

/**
What `record delegation NAME` and the picker's "add" record: a new delegation
with an id free in the dataset (`holy-see`), or why not (empty, too long, or
a delegation of that name is there already: it is named, so it is picked
rather than doubled).
*/
export function newDelegation(dataset: Dataset, name: string, kind: Delegation['kind'] = 'observer'): {ok: true; payload: DelegationPayload} | {ok: false; message: string} {
	const clean = name.replace(/\s+/g, ' ').trim();
	if (clean === '' || clean.length > maxDelegationNameLength) {
		return {ok: false, message: `A delegation's name is 1 to ${maxDelegationNameLength} characters.`};
	}

	const {matches, isExact} = namedDelegations(dataset, clean);
	const [same] = matches;
	if (isExact && same !== undefined) {
		return {ok: false, message: `"${clean}" is already a delegation: ${same.name} (${same.id}).`};
	}

	const taken = entityIds(dataset);
	const base = slug(clean) || 'delegation';
	let id = base;
	for (let n = 2; taken.has(id); n++) {
		id = `${base}-${n}`;
	}

	return {ok: true, payload: {id, name: clean, kind}};
}
