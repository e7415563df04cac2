import type {MessageKey} from '../../i18n/en.js';
import {shownWords, type Words} from '../../i18n/words/words.js';
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

const listedKeys: Readonly<Record<RequestKind, MessageKey>> = {speak: 'floor-rule.listed-speak', 'point-of-order': 'floor-rule.listed-point-of-order', reply: 'floor-rule.listed-reply'};

/**
Why an event cannot apply now, in words for the chair (the interface's
language), or undefined when it can. Replay (queue.ts) asks in the catalogue's
English: the reason is kept with the skipped entry, which JSON prints.
*/
export function floorRejection(view: RulesView, event: FloorEvent, context: FloorContext, words: Words = shownWords): string | undefined {
	const list = view.item(event.item);
	const delegation = 'delegation' in event ? context.nameOf(event.delegation) : '';
	switch (event.type) {
		case 'request': {
			if (list.queue.some(request => request.delegation === event.delegation && request.kind === event.kind)) {
				return words(listedKeys[event.kind], {delegation});
			}

			if (event.kind !== 'speak') {
				return undefined;
			}

			if (list.isClosed) {
				return words('floor-rule.closed');
			}

			if (context.settings.observersOnce && context.roleOf(event.delegation) === 'observer' && view.hasSpoken(event.item, event.delegation)) {
				return words('floor-rule.observer-spoke', {delegation});
			}

			return undefined;
		}

		case 'withdraw': {
			return list.queue.some(request => request.delegation === event.delegation) ? undefined : words('floor-rule.not-listed', {delegation});
		}

		case 'move': {
			const from = list.queue.findIndex(request => request.delegation === event.delegation);
			if (from === -1) {
				return words('floor-rule.not-listed', {delegation});
			}

			if (event.by === 0 || moveTarget(list.queue, from, event.by, context) === from) {
				return words(event.by < 0 ? 'floor-rule.first' : 'floor-rule.last', {delegation});
			}

			return undefined;
		}

		case 'give': {
			return view.speaker?.delegation === event.delegation && view.speaker.item === event.item ? words('floor-rule.has-floor', {delegation}) : undefined;
		}

		case 'end': {
			if (view.speaker === undefined) {
				return words('floor-rule.nobody');
			}

			return view.speaker.delegation === event.delegation ? undefined : words('floor-rule.not-speaker', {delegation, speaker: context.nameOf(view.speaker.delegation)});
		}

		case 'statement': {
			return event.text.trim() === '' ? words('floor-rule.empty-statement') : undefined;
		}

		case 'close': {
			return list.isClosed ? words('floor-rule.already-closed') : undefined;
		}

		case 'open': {
			return list.isClosed ? undefined : words('floor-rule.already-open');
		}

		case 'plan': {
			return Number.isFinite(event.minutes) && event.minutes > 0 ? undefined : words('floor-rule.plan');
		}
	}
}
