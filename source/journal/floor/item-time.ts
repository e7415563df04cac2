import {plannedMs, type FloorSettings} from './floor-settings.js';

/*
Item time from the moves of the current item (each `current` entry's item and
time): how long each item has been under discussion, the current one up to
`now`, and when the session will end at its pace so far.
*/

export type CurrentChange = {readonly item: string; readonly at: number};

/** Milliseconds each item has been the current one (an item taken up twice adds up). */
export function timeSpent(changes: readonly CurrentChange[], now: number): Map<string, number> {
	const spent = new Map<string, number>();
	for (const [index, change] of changes.entries()) {
		const until = changes[index + 1]?.at ?? now;
		spent.set(change.item, (spent.get(change.item) ?? 0) + Math.max(0, until - change.at));
	}

	return spent;
}

export type ItemTime = {
	readonly item: string;
	/** Milliseconds on the current item so far. */
	readonly spentMs: number;
	readonly plannedMs?: number;
	/** Expected end of the session (epoch ms): the plan left, scaled by the pace so far; absent without a plan. */
	readonly expectedEnd?: number;
	/** Actual time over planned time on the items already taken up (1 without any). */
	readonly pace: number;
};

export type ItemTimeInput = {
	readonly changes: readonly CurrentChange[];
	/** Agenda item ids in agenda order. */
	readonly agenda: readonly string[];
	/** Items done with (decided or deferred): no time left for them. */
	readonly isDone: (item: string) => boolean;
	readonly settings: FloorSettings;
	readonly now: number;
};

/** Time on the current item and the session's expected end, or undefined when no item is current. */
export function itemTime(input: ItemTimeInput): ItemTime | undefined {
	const current = input.changes.at(-1)?.item;
	if (current === undefined) {
		return undefined;
	}

	const spent = timeSpent(input.changes, input.now);
	let spentOnPlanned = 0;
	let plannedTaken = 0;
	for (const [item, ms] of spent) {
		const planned = plannedMs(input.settings, item);
		if (item !== current && planned !== undefined && planned > 0) {
			spentOnPlanned += ms;
			plannedTaken += planned;
		}
	}

	const pace = plannedTaken === 0 ? 1 : spentOnPlanned / plannedTaken;
	const currentSpent = spent.get(current) ?? 0;
	const currentPlanned = plannedMs(input.settings, current);
	let left = currentPlanned === undefined ? 0 : Math.max(0, currentPlanned * pace - currentSpent);
	let hasPlan = currentPlanned !== undefined;
	for (const item of input.agenda) {
		const planned = plannedMs(input.settings, item);
		if (item !== current && planned !== undefined && !spent.has(item) && !input.isDone(item)) {
			left += planned * pace;
			hasPlan = true;
		}
	}

	return {
		item: current,
		spentMs: currentSpent,
		...(currentPlanned === undefined ? {} : {plannedMs: currentPlanned}),
		...(hasPlan ? {expectedEnd: input.now + Math.round(left)} : {}),
		pace,
	};
}
