import type {DatasetIndex} from '../dataset/build-index.js';
import {itemStatuses} from '../dataset/vocabulary.js';
import type {ItemStatus} from '../dataset/schema.js';
import {formatClock, formatElapsed} from './clock.js';
import {zoneLabel} from './time.js';
import {fit, segment, type Line, type Segment} from './line.js';
import {statusGlyph, statusWord} from './status.js';
import {t} from '../i18n/translate.js';

/*
The header: which session, what time it is, how long the session has run, the
item under discussion and how far the agenda has come.
*/

export type HeaderInput = {
	readonly index: DatasetIndex;
	readonly now: number;
	readonly openedAt: number;
	readonly currentItem: string | undefined;
	readonly counts: Record<ItemStatus, number>;
	readonly width: number;
	/** Who has the floor, for how long, the time left (features/floor/floor-lines.ts); none when the floor is not in use. */
	readonly floor?: readonly Segment[];
	/** The same, short, for the one-line header of narrow terminals: "Floor: Brazil 3:05 OVERTIME +0:05". */
	readonly compactFloor?: readonly Segment[];
	/** "item 12:30 of 20:00 · ends ~17:45", once an item is current. */
	readonly itemTime?: string;
	/** With --share: "shared" or "offline: N entries not shared", in words (never colour alone). */
	readonly share?: string;
};

/** The share status after the clock: " · shared ·" (kept before the current item, which may be cut). */
function shareSegments(share: string | undefined): Line {
	return share === undefined ? [] : [segment(share, share === t('share.shared') ? 'dim' : 'notice'), segment(' · ', 'dim')];
}

function currentLabel(index: DatasetIndex, id: string | undefined): string {
	if (id === undefined) {
		return t('dash.current-none-hint');
	}

	const order = index.itemOrder.get(id);
	const item = order === undefined ? undefined : index.dataset.agendaItems[order];
	return item === undefined ? id : `${item.number} ${item.title}${item.illustrative ? ` ${t('common.illustrative')}` : ''}`;
}

export function headerLines(input: HeaderInput): Line[] {
	const {index, width} = input;
	const {session} = index.dataset;
	const when = [session.place, session.start === undefined ? undefined : session.end === undefined || session.end === session.start ? session.start : t('dash.date-range', {start: session.start, end: session.end})]
		.filter((part): part is string => part !== undefined && part !== '')
		.join(', ');
	const title = `${session.body} · ${session.title}${when === '' ? '' : ` · ${when}`}${session.illustrative ? ` ${t('common.illustrative')}` : ''}`;
	const counts: Line = itemStatuses.flatMap((status, position) => [
		segment(position === 0 ? '' : ' · ', 'dim'),
		segment(`${statusGlyph[status]} ${input.counts[status]} ${statusWord[status]}`, status),
	]);
	return [
		fit([segment(title, 'title')], width),
		fit([
			// Local time with its zone: the minutes and the log say the same zone (format/time.ts).
			segment(`${formatClock(input.now)} ${zoneLabel(input.now)}`, 'title'),
			segment(` · ${t('dash.elapsed', {elapsed: formatElapsed(input.now - input.openedAt)})}${input.itemTime === undefined ? '' : ` · ${input.itemTime}`} · `, 'dim'),
			...shareSegments(input.share),
			segment(`${t('dash.current')} `, 'dim'),
			segment(`* ${currentLabel(index, input.currentItem)}`, 'current'),
		], width),
		// The floor first: it changes by the second, the counts by the hour.
		fit(input.floor === undefined || input.floor.length === 0 ? counts : [...input.floor, segment(' | ', 'dim'), ...counts], width),
	];
}

/** The one-line header of narrow terminals: clock, current item, counts as glyphs. */
export function compactHeaderLine(input: HeaderInput): Line {
	const counts = itemStatuses.map(status => `${statusGlyph[status]}${input.counts[status]}`).join(' ');
	const current = input.currentItem === undefined ? t('dash.current-none') : currentLabel(input.index, input.currentItem);
	return fit([
		segment(formatClock(input.now), 'title'),
		// The floor before the counts: on a narrow line the overtime must not be what is cut.
		...(input.compactFloor === undefined || input.compactFloor.length === 0 ? [] : [segment(' ', 'dim'), ...input.compactFloor]),
		segment(` ${counts} `, 'dim'),
		...shareSegments(input.share),
		segment(`* ${current}`, 'current'),
	], input.width);
}
