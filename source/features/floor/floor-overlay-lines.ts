import type {DatasetIndex} from '../../dataset/build-index.js';
import {fit, segment, titleRule, type Line} from '../../format/line.js';
import {stanceLabel} from '../../format/status.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {truncate} from '../../text/width.js';
import {fairness} from '../../journal/floor/fairness.js';
import {t} from '../../i18n/translate.js';
import {floorListLines, markAfter} from './floor-lines.js';
import {pickerMatches} from './floor-form-keys.js';
import type {FloorOverlay, FloorWorld} from './floor-overlay.js';

/*
The floor overlay drawn: a title rule, the list (floor-lines.ts), and below it
the form being typed (the picker's matches, or the statement with its stance).
Exactly `height` lines of `width` columns.
*/

const requestWords = {speak: 'floor.request.speak', 'point-of-order': 'floor.request.point-of-order', reply: 'floor.request.reply'} as const;

function formLines(overlay: FloorOverlay, world: FloorWorld, width: number, rows: number): Line[] {
	const {form} = overlay;
	if (form === undefined) {
		return [];
	}

	const lines: Line[] = [];
	const name = (id: string) => sanitizeLine(world.context.nameOf(id));
	if (form.kind === 'picker') {
		lines.push(fit([segment(`${t('floor.add-title', {request: t(requestWords[form.request]), mark: markAfter(form.request)})} `, 'heading')], width));
		lines.push(fit([segment(`${t('floor.delegation')} `, 'prompt'), segment(`${sanitizeLine(form.query)}_`, 'plain')], width));
		const matches = pickerMatches(world.dataset, form);
		const shown = Math.max(1, rows - 3);
		const first = Math.max(0, Math.min(form.match - shown + 1, matches.length - shown));
		for (const [offset, delegation] of matches.slice(first, first + shown).entries()) {
			const isChosen = first + offset === form.match;
			const others = Object.values(delegation.names ?? {}).filter(other => other !== delegation.name).join(' · ');
			lines.push(fit([segment(isChosen ? '  > ' : '    ', isChosen ? 'current' : undefined), segment(sanitizeLine(delegation.name), isChosen ? 'current' : 'plain'), segment(others === '' ? '' : `  ${sanitizeLine(others)}`, 'dim')], width));
		}

		if (matches.length === 0) {
			lines.push(fit([segment(`    ${t('floor.no-match')}`, 'dim')], width));
		}
	} else if (form.kind === 'plan') {
		const minutes = Number(form.text);
		lines.push(fit([segment(t('floor.plan-title'), 'heading')], width));
		lines.push(fit([segment('> ', 'prompt'), segment(`${form.text}_`, 'plain'), segment(` ${t('floor.minutes', {count: Number.isFinite(minutes) && form.text !== '' ? minutes : 0})}`, 'dim')], width));
	} else {
		lines.push(fit([segment(t('floor.statement-title', {delegation: name(form.delegation)}), 'heading')], width));
		const text = sanitizeLine(form.text);
		const cursor = form.field === 'text' ? '_' : '';
		lines.push(fit([segment(form.field === 'text' ? '> ' : '  ', 'prompt'), segment(truncate(text + cursor, width - 2) === text + cursor ? text + cursor : `…${[...text + cursor].slice(-(width - 4)).join('')}`, 'plain')], width));
		lines.push(fit([
			segment(form.field === 'stance' ? '> ' : '  ', 'prompt'),
			segment(`${t('floor.stance')} `, 'dim'),
			segment(form.stance === undefined ? t('floor.stance-none') : stanceLabel(form.stance), form.stance ?? 'dim'),
		], width));
	}

	return lines;
}

export function floorOverlayLines(overlay: FloorOverlay, world: FloorWorld, index: DatasetIndex, now: number, width: number, height: number): Line[] {
	const entity = index.entities.get(overlay.item);
	const itemLabel = entity?.kind === 'agenda-item' ? `${entity.value.number} ${entity.value.title}` : overlay.item;
	const phase = overlay.phase.kind === 'saving' ? ` · ${t('form.saving')}` : '';
	const lines: Line[] = [titleRule(`${t('floor.title')}${phase}`, width, true)];
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
