import type {AgendaItem, ItemStatus} from '../dataset/schema.js';
import {t} from '../i18n/translate.js';
import {displayWidth, padEnd} from '../text/width.js';
import {fit, segment, select, type Line} from './line.js';
import {actionKindWidth, actionKindWord, statusColumnWidth, statusLabel} from './status.js';

/*
One agenda row: selection and current markers, number, short title, action
kind, status as glyph and word. Exactly `width` columns whatever the script of
the title (CJK counts two columns a character).
*/

export type AgendaRowOptions = {
	readonly width: number;
	readonly numberWidth: number;
	readonly status: ItemStatus;
	readonly isSelected: boolean;
	readonly isCurrent: boolean;
};



export function agendaRow(item: AgendaItem, options: AgendaRowOptions): Line {
	const {width, numberWidth, status, isSelected, isCurrent} = options;
	// Markers are characters, so the row reads the same without colour.
	const marker = `${isSelected ? '>' : ' '}${isCurrent ? '*' : ' '} `;
	// Below 60 columns the action kind gives way to the title (the detail still says it).
	const hasKind = width >= 60;
	const kind = hasKind ? ` ${padEnd(actionKindWord[item.action.kind], actionKindWidth())}` : '';
	const tail = `${kind} ${padEnd(statusLabel(status, true), statusColumnWidth())}`;
	// Columns, not characters: the action and status words and "（示例）" are two columns a character in Chinese.
	const titleWidth = Math.max(0, width - marker.length - numberWidth - 1 - displayWidth(tail));
	const mark = item.illustrative ? ` ${t('common.illustrative')}` : '';
	const markWidth = displayWidth(mark);
	// The illustrative mark survives truncation: the title is cut first.
	const title = titleWidth > markWidth + 4 ? padEnd(padEnd(item.title, titleWidth - markWidth).trimEnd() + mark, titleWidth) : padEnd(item.title, titleWidth);
	const line: Line = [
		segment(marker, isCurrent ? 'current' : undefined),
		segment(`${padEnd(item.number, numberWidth)} `, isCurrent ? 'current' : undefined),
		segment(title),
		segment(`${kind} `, 'dim'),
		segment(padEnd(statusLabel(status, true), statusColumnWidth()), status),
	];
	const fitted = fit(line, width);
	return isSelected ? select(fitted) : fitted;
}
