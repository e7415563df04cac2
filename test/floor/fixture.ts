import type {FloorRole} from '../../source/features/floor/delegation-role.js';
import type {FloorEntry, FloorEvent} from '../../source/features/floor/floor-events.js';
import {defaultFloorSettings, type FloorSettings} from '../../source/features/floor/floor-settings.js';
import type {FloorContext} from '../../source/features/floor/floor-state.js';

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
