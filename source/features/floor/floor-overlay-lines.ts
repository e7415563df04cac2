import type {DatasetIndex} from '../../dataset/build-index.js';
import {fit, segment, titleRule, type Line} from '../../format/line.js';
import {stanceLabel} from '../../format/status.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {truncate} from '../../text/width.js';
import {fairness} from '../../journal/floor/fairness.js';
import {floorListLines, requestMark} from './floor-lines.js';
import {pickerMatches} from './floor-form-keys.js';
import type {FloorOverlay, FloorWorld} from './floor-overlay.js';

/*
The floor overlay drawn: a title rule, the list (floor-lines.ts), and below it
the form being typed (the picker's matches, or the statement with its stance).
Exactly `height` lines of `width` columns.
*/

const requestWords = {speak: 'to speak', 'point-of-order': 'a point of order', reply: 'a right of reply'} as const;

function formLines(overlay: FloorOverlay, world: FloorWorld, width: number, rows: number): Line[] {
	const {form} = overlay;
	if (form === undefined) {
		return [];
	}

	const lines: Line[] = [];
	const name = (id: string) => sanitizeLine(world.context.nameOf(id));
	if (form.kind === 'picker') {
		const mark = requestMark[form.request];
		lines.push(fit([segment(`Add ${requestWords[form.request]}${mark === '' ? '' : ` ${mark}`} (Tab: speak / point of order / right of reply) `, 'heading')], width));
		lines.push(fit([segment('Delegation: ', 'prompt'), segment(`${sanitizeLine(form.query)}_`, 'plain')], width));
		const matches = pickerMatches(world.dataset, form);
		const shown = Math.max(1, rows - 3);
		const first = Math.max(0, Math.min(form.match - shown + 1, matches.length - shown));
		for (const [offset, delegation] of matches.slice(first, first + shown).entries()) {
			const isChosen = first + offset === form.match;
			const others = Object.values(delegation.names ?? {}).filter(other => other !== delegation.name).join(' · ');
			lines.push(fit([segment(isChosen ? '  > ' : '    ', isChosen ? 'current' : undefined), segment(sanitizeLine(delegation.name), isChosen ? 'current' : 'plain'), segment(others === '' ? '' : `  ${sanitizeLine(others)}`, 'dim')], width));
		}

		if (matches.length === 0) {
			lines.push(fit([segment('    no delegation matches', 'dim')], width));
		}
	} else if (form.kind === 'plan') {
		lines.push(fit([segment('Planned duration of the item, in minutes (Enter saves, Esc cancels)', 'heading')], width));
		lines.push(fit([segment('> ', 'prompt'), segment(`${form.text}_`, 'plain'), segment(' minutes', 'dim')], width));
	} else {
		lines.push(fit([segment(`Statement by ${name(form.delegation)} (one line for the summary record; Tab: stance)`, 'heading')], width));
		const text = sanitizeLine(form.text);
		const cursor = form.field === 'text' ? '_' : '';
		lines.push(fit([segment(form.field === 'text' ? '> ' : '  ', 'prompt'), segment(truncate(text + cursor, width - 2) === text + cursor ? text + cursor : `…${[...text + cursor].slice(-(width - 4)).join('')}`, 'plain')], width));
		lines.push(fit([
			segment(form.field === 'stance' ? '> ' : '  ', 'prompt'),
			segment('Stance: ', 'dim'),
			segment(form.stance === undefined ? 'none (1-5 or its first letter; 0 none)' : stanceLabel(form.stance), form.stance ?? 'dim'),
		], width));
	}

	return lines;
}

export function floorOverlayLines(overlay: FloorOverlay, world: FloorWorld, index: DatasetIndex, now: number, width: number, height: number): Line[] {
	const entity = index.entities.get(overlay.item);
	const itemLabel = entity?.kind === 'agenda-item' ? `${entity.value.number} ${entity.value.title}` : overlay.item;
	const phase = overlay.phase.kind === 'saving' ? ' · saving…' : '';
	const lines: Line[] = [titleRule(`Floor${phase}`, width, true)];
	const form = formLines(overlay, world, width, Math.max(4, Math.floor((height - 1) / 2)));
	const list = floorListLines({...world.context, state: world.floor, now, item: overlay.item, itemLabel, cursor: overlay.form === undefined ? overlay.cursor : -1, shares: fairness(world.floor, now), width});
	const room = Math.max(0, height - 1 - form.length - (overlay.phase.kind === 'failed' ? 1 : 0));
	// Keep the cursor's row in view: the list's first three lines, then the rows around the cursor.
	const head = list.slice(0, 3);
	const rows = list.slice(3);
	const cursorRow = overlay.cursor;
	const rowRoom = Math.max(0, room - head.length);
	const first = Math.max(0, Math.min(cursorRow - rowRoom + 1, rows.length - rowRoom));
	lines.push(...head.slice(0, room), ...rows.slice(first, first + rowRoom));
	if (overlay.phase.kind === 'failed') {
		lines.push(fit([segment(sanitizeLine(overlay.phase.message), 'error')], width));
	}

	lines.push(...form);
	while (lines.length < height) {
		lines.push(fit([], width));
	}

	return lines.slice(0, height);
}
