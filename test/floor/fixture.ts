import type {FloorRole} from '../../source/journal/floor/delegation-role.js';
import type {FloorEntry, FloorEvent} from '../../source/journal/floor/floor-events.js';
import {defaultFloorSettings, type FloorSettings} from '../../source/journal/floor/floor-settings.js';
import type {FloorContext} from '../../source/journal/floor/floor-state.js';

/*
Floor fixtures: a few delegations (councillors and observers, names in
Chinese, Arabic and Russian among them) and entries stamped by a fake clock
that only moves when a test says so.
*/

export const roles: Record<string, FloorRole> = {br: 'councillor', cn: 'councillor', ch: 'councillor', eg: 'councillor', ru: 'councillor', mx: 'observer', va: 'observer'};
export const names: Record<string, string> = {br: 'Brazil', cn: '中国', ch: 'Switzerland', eg: 'مصر', ru: 'Российская Федерация', mx: 'Mexico', va: 'Holy See'};

export function context(settings: Partial<FloorSettings> = {}): FloorContext {
	return {
		settings: {...defaultFloorSettings, ...settings},
		roleOf: delegation => roles[delegation] ?? 'observer',
		nameOf: delegation => names[delegation] ?? delegation,
	};
}

export const start = Date.parse('2026-06-10T09:00:00.000Z');

/** Entries at fake times: `at(seconds)` moves the clock, each `entry` takes the clock's time. */
export function journal() {
	let clock = start;
	let count = 0;
	const entries: FloorEntry[] = [];
	return {
		entries,
		at(seconds: number) {
			clock = start + seconds * 1000;
			return this;
		},
		add(event: FloorEvent) {
			count++;
			entries.push({entryId: `e${count}`, at: clock, time: new Date(clock).toISOString(), author: {name: 'Secretary', role: 'secretary'}, event});
			return this;
		},
		get now() {
			return clock;
		},
	};
}

export const item = 'item-1';
export const request = (delegation: string, kind: 'speak' | 'point-of-order' | 'reply' = 'speak', onItem = item): FloorEvent => ({type: 'request', item: onItem, delegation, kind});
export const give = (delegation: string, onItem = item): FloorEvent => ({type: 'give', item: onItem, delegation});
export const end = (delegation: string, onItem = item): FloorEvent => ({type: 'end', item: onItem, delegation});

/** A small dataset file's content with the fixture's delegations, in several languages. */
export function floorDatasetInput(overrides: Record<string, unknown> = {}) {
	return {
		formatVersion: 1,
		session: {id: 'c26', body: 'ITU Council', title: 'Council 2026'},
		agendaItems: [
			{id: item, number: '1', title: 'Implementation of the "One ITU" concept', documents: [], action: {kind: 'consider', wording: 'The Council is invited to consider the proposals.'}},
			{id: 'item-2', number: '2', title: 'Budget', documents: [], action: {kind: 'approve', wording: 'The Council is invited to approve the budget.'}},
		],
		documents: [],
		delegations: [
			{id: 'br', kind: 'member-state', name: 'Brazil', names: {fr: 'Brésil', es: 'Brasil'}},
			{id: 'cn', kind: 'member-state', name: 'China', names: {zh: '中国', fr: 'Chine'}},
			{id: 'ch', kind: 'member-state', name: 'Switzerland', names: {fr: 'Suisse'}},
			{id: 'eg', kind: 'member-state', name: 'Egypt', names: {ar: 'مصر'}},
			{id: 'ru', kind: 'member-state', name: 'Russian Federation', names: {ru: 'Российская Федерация'}},
			{id: 'mx', kind: 'observer', name: 'Mexico', names: {es: 'México'}},
			{id: 'va', kind: 'observer', name: 'Holy See', names: {fr: 'Saint-Siège'}},
		],
		...overrides,
	};
}

/** The same, validated with defaults applied. */
export async function floorDataset(overrides: Record<string, unknown> = {}) {
	const {dataset} = await import('../../source/dataset/schema.js');
	return dataset.parse(floorDatasetInput(overrides));
}
