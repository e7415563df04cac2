import {speechSeconds} from '../../journal/floor/fairness.js';
import type {RequestKind} from '../../journal/floor/floor-events.js';
import {speakingLimitMs, withPlans} from '../../journal/floor/floor-settings.js';
import {emptyFloor, itemFloor, type FloorState, type Speech} from '../../journal/floor/floor-state.js';
import {t, type MessageKey} from '../../i18n/translate.js';
import type {State} from '../../state/state.js';
import {formatMinutes} from '../floor/speaker-clock.js';
import {floorItemOf} from '../floor/floor-reducer.js';
import {floorWorld} from '../floor/floor-world.js';
import {shortTargetLabel} from '../recording/target.js';

/*
The floor's changes as lines (issue 12's entries, from this screen or another):
who has the floor and for how long they may speak, a speech ended and how long
it took, a request added or withdrawn, the list closed or reopened, a statement
recorded. And `floor` read out: the speaker, then the list in speaking order.
*/

const kindKeys: Record<Exclude<RequestKind, 'speak'>, MessageKey> = {'point-of-order': 'line.floor-kind-point-of-order', reply: 'line.floor-kind-reply'};

/** What a request asks the floor for, with its leading space; nothing for a plain request to speak. */
function kindText(kind: RequestKind): string {
	return kind === 'speak' ? '' : ` ${t(kindKeys[kind])}`;
}

function floorOf(state: State): FloorState {
	return state.records.floor ?? emptyFloor;
}

function speakerLine(state: State, speech: Speech): string {
	const world = floorWorld(state);
	const name = world.context.nameOf(speech.delegation);
	const limit = speakingLimitMs(withPlans(world.context.settings, world.floor.plans), speech.item, world.context.roleOf(speech.delegation));
	const kind = kindText(speech.kind);
	return limit === undefined
		? t('line.floor-given', {delegation: name, kind})
		: t('line.floor-given-limit', {delegation: name, kind, count: Math.round(limit / 60_000)});
}

export function floorAnnouncements(before: State, after: State): string[] {
	const was = floorOf(before);
	const now = floorOf(after);
	if (was === now) {
		return [];
	}

	const lines: string[] = [];
	const {nameOf} = floorWorld(after).context;
	for (const speech of now.speeches) {
		const old = was.speeches.find(other => other.entryId === speech.entryId);
		if (old?.end === undefined && speech.end !== undefined) {
			lines.push(t('line.floor-ended', {delegation: nameOf(speech.delegation), time: formatMinutes(speechSeconds(speech, speech.end))}));
		}
	}

	if (now.speaker !== undefined && now.speaker.entryId !== was.speaker?.entryId) {
		lines.push(speakerLine(after, now.speaker));
	}

	for (const [item, list] of now.items) {
		const oldList = was.items.get(item);
		const oldQueue = oldList?.queue ?? [];
		for (const request of list.queue) {
			if (!oldQueue.some(other => other.entryId === request.entryId)) {
				lines.push(t('line.floor-requested', {delegation: nameOf(request.delegation), kind: kindText(request.kind), target: shortTargetLabel(after.index, item), count: list.queue.length}));
			}
		}

		for (const request of oldQueue) {
			const isGiven = now.speaker?.delegation === request.delegation;
			if (!list.queue.some(other => other.entryId === request.entryId) && !isGiven) {
				lines.push(t('line.floor-withdrawn', {delegation: nameOf(request.delegation), target: shortTargetLabel(after.index, item)}));
			}
		}

		if (list.isClosed !== (oldList?.isClosed ?? false)) {
			lines.push(t(list.isClosed ? 'line.floor-closed' : 'line.floor-opened', {target: shortTargetLabel(after.index, item)}));
		}
	}

	for (const statement of now.statements) {
		if (!was.statements.some(other => other.entryId === statement.entryId)) {
			lines.push(t('line.floor-statement', {delegation: nameOf(statement.delegation), target: shortTargetLabel(after.index, statement.item), text: statement.text}));
		}
	}

	return lines;
}

/** `floor`: who has the floor and for how long, then the list of speakers on the floor's item. */
export function floorLines(state: State): string[] {
	const floor = floorOf(state);
	const item = floorItemOf(state);
	const {nameOf} = floorWorld(state).context;
	const lines: string[] = [];
	lines.push(floor.speaker === undefined
		? t('line.floor-nobody')
		: t('line.floor-speaking', {delegation: nameOf(floor.speaker.delegation), time: formatMinutes(speechSeconds(floor.speaker, state.now))}));
	if (item === undefined) {
		return lines;
	}

	const list = itemFloor(floor, item);
	lines.push(t(list.isClosed ? 'line.floor-list-closed' : 'line.floor-list', {target: shortTargetLabel(state.index, item), count: list.queue.length}));
	for (const [position, request] of list.queue.entries()) {
		lines.push(t('line.floor-list-entry', {position: position + 1, delegation: nameOf(request.delegation), kind: kindText(request.kind)}));
	}

	return lines;
}
