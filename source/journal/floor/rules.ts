import type {FloorRole} from './delegation-role.js';
import type {FloorEvent, RequestKind} from './floor-events.js';
import type {FloorContext, ItemFloor, QueuedRequest, Speech} from './floor-state.js';

/*
The rules of the list, in one place: whether an event may apply, where a
request goes, how far a move can take it. The replay (queue.ts) and the
commands that check before recording (the CLI, the dashboard's keys) both call
these, so a request the screen accepts is one the replay applies.

Order on an item's list: points of order first ("taken at once"), then rights
of reply, then requests to speak; with `councillorsFirst`, observers after every
councillor ("only after the Council members have finished"). Within a rank the
order is that of the requests, changed only by the chair's moves, which never
take a request across a rank.
*/

/** What the rules read: each item's list, who has the floor, who has spoken. */
export type RulesView = {
	item(item: string): ItemFloor;
	readonly speaker: Speech | undefined;
	/** Whether the delegation has already had the floor on the item for an ordinary request. */
	hasSpoken(item: string, delegation: string): boolean;
};

/** A request's rank on the list: lower goes first. */
export function rankOf(kind: RequestKind, role: FloorRole, context: FloorContext): number {
	if (kind === 'point-of-order') {
		return 0;
	}

	if (kind === 'reply') {
		return 1;
	}

	return context.settings.councillorsFirst && role === 'observer' ? 3 : 2;
}

const requestRank = (request: QueuedRequest, context: FloorContext) => rankOf(request.kind, context.roleOf(request.delegation), context);

/** Where a new request goes: after every request of its rank or a better one. */
export function insertionIndex(queue: readonly QueuedRequest[], request: QueuedRequest, context: FloorContext): number {
	const rank = requestRank(request, context);
	let index = queue.length;
	while (index > 0 && requestRank(queue[index - 1]!, context) > rank) {
		index--;
	}

	return index;
}

/** Where a move of `by` places the request at `from` (negative is up), kept within its rank. */
export function moveTarget(queue: readonly QueuedRequest[], from: number, by: number, context: FloorContext): number {
	const rank = requestRank(queue[from]!, context);
	let to = from;
	const step = by < 0 ? -1 : 1;
	for (let left = Math.abs(by); left > 0; left--) {
		const next = queue[to + step];
		if (next === undefined || requestRank(next, context) !== rank) {
			break;
		}

		to += step;
	}

	return to;
}

const kindWords: Record<RequestKind, string> = {speak: 'request to speak', 'point-of-order': 'point of order', reply: 'right of reply'};

/** Why an event cannot apply now, in words for the chair, or undefined when it can. */
export function floorRejection(view: RulesView, event: FloorEvent, context: FloorContext): string | undefined {
	const list = view.item(event.item);
	switch (event.type) {
		case 'request': {
			if (list.queue.some(request => request.delegation === event.delegation && request.kind === event.kind)) {
				return `${context.nameOf(event.delegation)} is already on the list with a ${kindWords[event.kind]}`;
			}

			if (event.kind !== 'speak') {
				return undefined;
			}

			if (list.isClosed) {
				return 'the list of speakers is closed (a point of order or a right of reply may still be asked)';
			}

			if (context.settings.observersOnce && context.roleOf(event.delegation) === 'observer' && view.hasSpoken(event.item, event.delegation)) {
				return `${context.nameOf(event.delegation)} is an observer and has already spoken on this item (observers speak once per item)`;
			}

			return undefined;
		}

		case 'withdraw': {
			return list.queue.some(request => request.delegation === event.delegation) ? undefined : `${context.nameOf(event.delegation)} is not on the list of speakers`;
		}

		case 'move': {
			const from = list.queue.findIndex(request => request.delegation === event.delegation);
			if (from === -1) {
				return `${context.nameOf(event.delegation)} is not on the list of speakers`;
			}

			if (event.by === 0 || moveTarget(list.queue, from, event.by, context) === from) {
				return `${context.nameOf(event.delegation)} cannot move ${event.by < 0 ? 'up' : 'down'}: ${event.by < 0 ? 'first' : 'last'} of its place on the list`;
			}

			return undefined;
		}

		case 'give': {
			return view.speaker?.delegation === event.delegation && view.speaker.item === event.item ? `${context.nameOf(event.delegation)} already has the floor` : undefined;
		}

		case 'end': {
			if (view.speaker === undefined) {
				return 'nobody has the floor';
			}

			return view.speaker.delegation === event.delegation ? undefined : `${context.nameOf(event.delegation)} does not have the floor (${context.nameOf(view.speaker.delegation)} has)`;
		}

		case 'statement': {
			return event.text.trim() === '' ? 'a statement needs some text' : undefined;
		}

		case 'close': {
			return list.isClosed ? 'the list of speakers is already closed' : undefined;
		}

		case 'open': {
			return list.isClosed ? undefined : 'the list of speakers is already open';
		}

		case 'plan': {
			return Number.isFinite(event.minutes) && event.minutes > 0 ? undefined : 'a planned duration is a number of minutes above 0';
		}
	}
}
