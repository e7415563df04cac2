import type {Dataset} from '../../dataset/schema.js';
import {delegationRole, type FloorRole} from './delegation-role.js';
import type {FloorEntry} from './floor-events.js';
import {eventOfDraft, isFloorKind, type FloorDraft} from './floor-payloads.js';
import type {FloorContext, FloorState} from './floor-state.js';
import {foldFloor} from './queue.js';
import {floorSettingsOf} from './settings-of.js';

/*
From the journal to the floor: the floor entries in effect, in file order,
folded. What replay hands out as `records.floor`, `records.statements` and
`records.speeches` (the summary record, issue 13, reads the last two).
*/

/** A journal entry as this module reads it (any kind; only floor kinds are kept). */
export type AnyEntry = {
	readonly id: string;
	readonly time: string;
	readonly author: FloorEntry['author'];
	readonly kind: string;
	readonly payload: unknown;
};

export function floorEntryOf(entry: AnyEntry): FloorEntry | undefined {
	if (!isFloorKind(entry.kind)) {
		return undefined;
	}

	return {entryId: entry.id, at: Date.parse(entry.time), time: entry.time, author: entry.author, event: eventOfDraft({kind: entry.kind, payload: entry.payload} as FloorDraft)};
}

/** The rules' context for a dataset: its floor settings, who sits on the Council, delegations' names. */
export function floorContextOf(dataset: Dataset): FloorContext {
	const delegations = new Map(dataset.delegations.map(delegation => [delegation.id, delegation]));
	const roles = new Map<string, FloorRole>();
	for (const delegation of dataset.delegations) {
		roles.set(delegation.id, delegationRole(delegation));
	}

	return {
		settings: floorSettingsOf(dataset),
		roleOf: delegation => roles.get(delegation) ?? 'observer',
		nameOf: delegation => delegations.get(delegation)?.name ?? delegation,
	};
}

/** The floor after the entries (in file order) that are in effect. */
export function floorOfEntries(entries: readonly AnyEntry[], isInEffect: (entryId: string) => boolean, context: FloorContext): FloorState {
	const floorEntries: FloorEntry[] = [];
	for (const entry of entries) {
		const floorEntry = floorEntryOf(entry);
		if (floorEntry !== undefined && isInEffect(entry.id)) {
			floorEntries.push(floorEntry);
		}
	}

	return foldFloor(floorEntries, context);
}

/** The shape the summary record reads: a speech without its entry and kind. */
export type RecordedSpeech = {readonly delegation: string; readonly item: string; readonly start: number; readonly end?: number};

export function speechesOf(state: FloorState): RecordedSpeech[] {
	return state.speeches.map(({delegation, item, start, end}) => (end === undefined ? {delegation, item, start} : {delegation, item, start, end}));
}
