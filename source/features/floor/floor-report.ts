import type {DatasetIndex} from '../../dataset/build-index.js';
import {lineText} from '../../format/line.js';
import {jsonText} from '../../text/json-text.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {oneLine} from '../../journal/floor/floor-payloads.js';
import {fairness} from '../../journal/floor/fairness.js';
import {withPlans} from '../../journal/floor/floor-settings.js';
import {floorListLines} from './floor-lines.js';
import {itemFloor, spokenOn, type FloorContext, type FloorState} from '../../journal/floor/floor-state.js';
import {speakerClock, speechSeconds} from './speaker-clock.js';

/*
`council floor list`: the item's list as text (the floor overlay's lines, without
padding) or as a stable JSON shape (README, "Managing the floor"). Keys are only
ever added; a breaking change bumps `version`.
*/

export type FloorReport = {
	readonly index: DatasetIndex;
	readonly floor: FloorState;
	readonly context: FloorContext;
	readonly item: string;
	readonly now: number;
};

function itemLabel(index: DatasetIndex, id: string): {number: string; title: string} {
	const entity = index.entities.get(id);
	return entity?.kind === 'agenda-item' ? {number: entity.value.number, title: entity.value.title} : {number: id, title: ''};
}

export function floorText(report: FloorReport): string {
	const {number, title} = itemLabel(report.index, report.item);
	const lines = floorListLines({
		...report.context,
		state: report.floor,
		now: report.now,
		item: report.item,
		itemLabel: `${number} ${title}`,
		cursor: -1,
		shares: fairness(report.floor, report.now),
		width: 1000,
	});
	return lines.map(line => `${oneLine(sanitizeLine(lineText(line))).trimEnd()}\n`).join('');
}

const iso = (epochMs: number) => new Date(epochMs).toISOString();

export function floorJson(report: FloorReport): string {
	const {floor, context, item, now} = report;
	const list = itemFloor(floor, item);
	const name = (delegation: string) => context.nameOf(delegation);
	const {number, title} = itemLabel(report.index, item);
	const speaker = floor.speaker;
	const clock = speaker === undefined ? undefined : speakerClock(speaker, context.roleOf(speaker.delegation), context.settings, now);
	const seconds = new Map<string, number>();
	for (const speech of floor.speeches) {
		if (speech.item === item) {
			seconds.set(speech.delegation, (seconds.get(speech.delegation) ?? 0) + speechSeconds(speech, now));
		}
	}

	return jsonText({
		format: 'council-floor',
		version: 1,
		item: {id: item, number, title, plannedMinutes: withPlans(context.settings, floor.plans).items.get(item)?.plannedMinutes ?? null},
		isClosed: list.isClosed,
		speaker: speaker === undefined || clock === undefined
			? null
			: {
				delegation: speaker.delegation,
				name: name(speaker.delegation),
				role: context.roleOf(speaker.delegation),
				item: speaker.item,
				kind: speaker.kind,
				start: iso(speaker.start),
				entry: speaker.entryId,
				elapsedSeconds: clock.elapsedSeconds,
				limitSeconds: clock.limitSeconds ?? null,
				leftSeconds: clock.leftSeconds ?? null,
				phase: clock.phase,
			},
		queue: list.queue.map((request, position) => ({
			position: position + 1,
			delegation: request.delegation,
			name: name(request.delegation),
			role: context.roleOf(request.delegation),
			kind: request.kind,
			requested: iso(request.at),
			entry: request.entryId,
		})),
		spoken: [...spokenOn(floor, item)].map(([delegation, times]) => ({delegation, name: name(delegation), times, seconds: seconds.get(delegation) ?? 0})),
		fairness: fairness(floor, now).map(share => ({...share, name: name(share.delegation)})),
		statements: floor.statements
			.filter(statement => statement.item === item)
			.map(statement => ({entry: statement.entryId, time: statement.time, delegation: statement.delegation, name: name(statement.delegation), text: statement.text, stance: statement.stance ?? null})),
	});
}
