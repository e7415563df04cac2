import {formatClock} from '../../format/clock.js';
import {stanceWord} from '../../format/status.js';
import {fit, segment, type Line, type Segment, type Tone} from '../../format/line.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {oneLine} from '../../journal/floor/floor-payloads.js';
import {displayWidth, padEnd} from '../../text/width.js';
import type {FloorRole} from '../../journal/floor/delegation-role.js';
import type {RequestKind} from '../../journal/floor/floor-events.js';
import {plannedMs, withPlans, type FloorSettings} from '../../journal/floor/floor-settings.js';
import {itemFloor, spokenOn, type FloorState} from '../../journal/floor/floor-state.js';
import type {DelegationShare} from '../../journal/floor/fairness.js';
import type {ItemTime} from '../../journal/floor/item-time.js';
import {messageOf, t, type MessageKey} from '../../i18n/translate.js';
import {clockText, compactClockText, formatMinutes, speakerClock, speechSeconds, type ClockPhase} from './speaker-clock.js';

/*
The floor as text: the header's part (who has the floor, for how long, the time
left) and the floor overlay's lines (the list, who spoke, time per delegation).
Pure and width-exact like every other pane. Kind and phase are written in words
("[point of order]", "(warning)", "OVERTIME +0:05"): tones only add emphasis.
*/

export type FloorView = {
	readonly state: FloorState;
	readonly settings: FloorSettings;
	readonly nameOf: (delegation: string) => string;
	readonly roleOf: (delegation: string) => FloorRole;
	readonly now: number;
};

const phaseTone: Record<ClockPhase, Tone> = {running: 'current', warning: 'notice', overtime: 'error'};

const markKeys: Record<RequestKind, MessageKey | undefined> = {speak: undefined, 'point-of-order': 'floor.mark.point-of-order', reply: 'floor.mark.reply'};

/** "[point of order]" after a name; empty for a request to speak. */
export function requestMark(kind: RequestKind): string {
	const key = markKeys[kind];
	return key === undefined ? '' : t(key);
}

/** " [point of order]" (with its space), or nothing. */
export const markAfter = (kind: RequestKind) => (markKeys[kind] === undefined ? '' : ` ${requestMark(kind)}`);

const label = () => `${t('floor.label')} `;

const name = (view: FloorView, delegation: string) => sanitizeLine(view.nameOf(delegation));

/**
The header's floor segments: "Floor: China 2:31 · 0:29 left (warning) · 3 waiting".
Empty when nobody has the floor and nobody waits on `item`, so a session that
does not use the floor keeps its header as it was.
*/
export function floorHeaderSegments(view: FloorView, item: string | undefined, isCompact = false): Segment[] {
	const waiting = item === undefined ? 0 : itemFloor(view.state, item).queue.length;
	const waitingText = waiting === 0 ? '' : ` · ${t('floor.waiting', {count: waiting})}`;
	const {speaker} = view.state;
	if (speaker === undefined) {
		return waiting === 0 || isCompact ? [] : [segment(label(), 'dim'), segment(t('floor.nobody'), 'plain'), segment(waitingText, 'dim')];
	}

	const clock = speakerClock(speaker, view.roleOf(speaker.delegation), view.settings, view.now);
	if (isCompact) {
		return [segment(label(), 'dim'), segment(`${name(view, speaker.delegation)} `, 'current'), segment(compactClockText(clock), phaseTone[clock.phase])];
	}

	return [
		segment(label(), 'dim'),
		segment(`${name(view, speaker.delegation)}${markAfter(speaker.kind)} `, 'current'),
		segment(clockText(clock), phaseTone[clock.phase]),
		segment(waitingText, 'dim'),
	];
}

/** "item 12:30 of 20:00 · ends ~17:45": time on the current item and the session's expected end. */
export function itemTimeText(time: ItemTime): string {
	const spent = formatMinutes(time.spentMs / 1000);
	const item = time.plannedMs === undefined ? t('floor.item-time', {spent}) : t('floor.item-time-planned', {spent, planned: formatMinutes(time.plannedMs / 1000)});
	const end = time.expectedEnd === undefined ? '' : ` · ${t('floor.item-ends', {time: formatClock(time.expectedEnd).slice(0, 5)})}`;
	return `${item}${end}`;
}

const roleKeys: Record<FloorRole, MessageKey> = {councillor: 'floor.role.councillor', observer: 'floor.role.observer'};

const times = (count: number) => (count === 2 ? t('floor.times-two') : t('floor.times', {count}));

/** The widest form of a message in the interface's language: a column of it keeps one width whatever the count. */
function widestForm(key: MessageKey): number {
	const message = messageOf(key);
	return Math.max(...(typeof message === 'string' ? [message] : Object.values(message)).map(form => displayWidth(form)));
}

export type FloorListInput = FloorView & {
	readonly item: string;
	/** "1 Implementation of the "One ITU" concept". */
	readonly itemLabel: string;
	/** Row of the list under the cursor. */
	readonly cursor: number;
	readonly shares: readonly DelegationShare[];
	readonly width: number;
};

/** The floor overlay's lines: the item's list of speakers, who spoke and how often, and time per delegation. */
export function floorListLines(input: FloorListInput): Line[] {
	const {state, width} = input;
	const list = itemFloor(state, input.item);
	const spoken = spokenOn(state, input.item);
	const lines: Line[] = [];
	const planned = plannedMs(withPlans(input.settings, state.plans), input.item);
	lines.push(fit([
		segment(`${t('floor.item')} `, 'dim'),
		segment(sanitizeLine(input.itemLabel), 'title'),
		segment(` · ${t(list.isClosed ? 'floor.list-closed' : 'floor.list-open')}`, list.isClosed ? 'notice' : 'dim'),
		segment(planned === undefined ? '' : ` · ${t('floor.planned', {time: formatMinutes(planned / 1000)})}`, 'dim'),
	], width));
	const {speaker} = state;
	if (speaker === undefined) {
		lines.push(fit([segment(`${label()}${t('floor.nobody')}`, 'dim')], width));
	} else {
		const clock = speakerClock(speaker, input.roleOf(speaker.delegation), input.settings, input.now);
		const elsewhere = speaker.item === input.item ? '' : ` ${t('floor.elsewhere')}`;
		const mark = markAfter(speaker.kind);
		lines.push(fit([segment(label(), 'dim'), segment(`${name(input, speaker.delegation)}${mark}${elsewhere} `, 'current'), segment(clockText(clock), phaseTone[clock.phase])], width));
	}

	lines.push(fit([segment(t('floor.list-of-speakers', {count: list.queue.length}), 'heading')], width));
	const names = list.queue.map(request => name(input, request.delegation));
	const nameWidth = Math.min(Math.max(0, ...names.map(text => displayWidth(text))), Math.max(8, Math.floor(width / 3)));
	const numberWidth = String(list.queue.length).length;
	const roleWidth = Math.max(...Object.values(roleKeys).map(key => displayWidth(t(key))));
	for (const [index, request] of list.queue.entries()) {
		const count = spoken.get(request.delegation) ?? 0;
		const isCursor = index === input.cursor;
		const row: Segment[] = [
			segment(isCursor ? '> ' : '  ', isCursor ? 'current' : undefined),
			segment(`${String(index + 1).padStart(numberWidth)}. `, 'dim'),
			segment(padEnd(names[index]!, nameWidth), isCursor ? 'current' : 'plain'),
			segment(`  ${padEnd(t(roleKeys[input.roleOf(request.delegation)]), roleWidth)}`, 'dim'),
			segment(markKeys[request.kind] === undefined ? '' : `  ${requestMark(request.kind)}`, 'notice'),
			segment(count === 0 ? '' : `  ${t('floor.spoke', {times: times(count)})}`, 'dim'),
		];
		lines.push(fit(row, width));
	}

	if (spoken.size > 0) {
		const seconds = new Map<string, number>();
		for (const speech of state.speeches) {
			if (speech.item === input.item) {
				seconds.set(speech.delegation, (seconds.get(speech.delegation) ?? 0) + speechSeconds(speech, input.now));
			}
		}

		const parts = [...spoken].map(([delegation, count]) => t('floor.spoke-entry', {delegation: name(input, delegation), times: times(count), time: formatMinutes(seconds.get(delegation) ?? 0)}));
		lines.push(fit([segment(`${t('floor.spoke-on-item')} `, 'heading'), segment(parts.join(t('floor.spoke-separator')), 'plain')], width));
	}

	const statements = state.statements.filter(statement => statement.item === input.item);
	if (statements.length > 0) {
		lines.push(fit([segment(t('floor.statements'), 'heading')], width));
		for (const statement of statements) {
			lines.push(fit([
				segment(`  ${t('floor.statement-by', {delegation: name(input, statement.delegation)})} `, 'plain'),
				segment(oneLine(sanitizeLine(statement.text)), 'dim'),
				segment(statement.stance === undefined ? '' : ` (${stanceWord[statement.stance]})`, statement.stance ?? 'dim'),
			], width));
		}
	}

	if (input.shares.length > 0) {
		lines.push(fit([segment(t('floor.shares'), 'heading')], width));
		const wordWidth = widestForm('floor.interventions');
		const shareWidth = Math.min(Math.max(...input.shares.map(share => displayWidth(name(input, share.delegation)))), Math.max(8, Math.floor(width / 3)));
		for (const share of input.shares) {
			lines.push(fit([
				segment(`  ${padEnd(name(input, share.delegation), shareWidth)}`, 'plain'),
				segment(`  ${String(share.interventions).padStart(3)} ${padEnd(t('floor.interventions', {count: share.interventions}), wordWidth)}`, 'dim'),
				segment(`  ${formatMinutes(share.seconds).padStart(6)}`, 'plain'),
			], width));
		}
	}

	return lines;
}
