import type {FloorRole} from './delegation-role.js';

/*
The session's rules for the floor. They decide how the list is ordered and
what a request may do, so every screen must use the same ones: they come with
the dataset (the session and its agenda items), never from a screen's
preferences.
*/

/** Speaking-time limits in seconds; absent: no limit. */
export type SpeakingTimes = {
	readonly councillor?: number;
	readonly observer?: number;
};

export type FloorSettings = {
	/** Observers are put after every councillor on the list (Council practice). */
	readonly councillorsFirst: boolean;
	/** An observer speaks at most once on an agenda item (a point of order or a right of reply aside). */
	readonly observersOnce: boolean;
	/** The session's speaking-time limits. */
	readonly speakingTime: SpeakingTimes;
	/** Per agenda item id: limits overriding the session's, and the planned duration in minutes. */
	readonly items: ReadonlyMap<string, ItemFloorSettings>;
};

export type ItemFloorSettings = {
	readonly speakingTime?: SpeakingTimes;
	readonly plannedMinutes?: number;
};

/** Council practice: observers after councillors, once per item; three minutes each. */
export const defaultFloorSettings: FloorSettings = {
	councillorsFirst: true,
	observersOnce: true,
	speakingTime: {councillor: 180, observer: 180},
	items: new Map(),
};

/** The speaking-time limit in milliseconds for a delegation of `role` on `item`, or undefined for none. */
export function speakingLimitMs(settings: FloorSettings, item: string, role: FloorRole): number | undefined {
	const override = settings.items.get(item)?.speakingTime?.[role];
	const seconds = override ?? settings.speakingTime[role];
	return seconds === undefined ? undefined : seconds * 1000;
}

/** The settings with the chair's planned minutes (recorded on the floor) over the dataset's. */
export function withPlans(settings: FloorSettings, plans: ReadonlyMap<string, number>): FloorSettings {
	if (plans.size === 0) {
		return settings;
	}

	const items = new Map(settings.items);
	for (const [item, minutes] of plans) {
		items.set(item, {...items.get(item), plannedMinutes: minutes});
	}

	return {...settings, items};
}

/** The item's planned duration in milliseconds, or undefined when the plan gives none. */
export function plannedMs(settings: FloorSettings, item: string): number | undefined {
	const minutes = settings.items.get(item)?.plannedMinutes;
	return minutes === undefined ? undefined : minutes * 60_000;
}
