import type {DatasetIndex} from '../dataset/build-index.js';
import {t} from '../i18n/translate.js';
import type {Position} from '../dataset/schema.js';
import {displayWidth, padEnd} from '../text/width.js';
import {fit, segment, select, type Line} from './line.js';
import {stanceLabel} from './status.js';

/*
The positions table, windowed: only the visible rows are formatted and drawn.
@alcalzone/ink-table would mount a Box per cell for every row and measure every
row to size its columns; with 200 delegations on an item that is hundreds of
nodes per key press (INK-NOTES.md: mounted rows are what costs). Column widths
are measured by display width, so 中国 and الصين keep the columns aligned.
*/

const stanceWidth = Math.max(...(['supports', 'opposes', 'reservation', 'more-information', 'neutral'] as const).map(stance => displayWidth(stanceLabel(stance))));

export function delegationName(index: DatasetIndex, position: Position): string {
	const entity = index.entities.get(position.delegation);
	return entity?.kind === 'delegation' ? entity.value.name : position.delegation;
}

function isIllustrative(index: DatasetIndex, position: Position): boolean {
	const entity = index.entities.get(position.delegation);
	return position.illustrative === true || (entity?.kind === 'delegation' && entity.value.illustrative === true);
}

const nameWidthCache = new WeakMap<readonly Position[], number>();

/** The delegation column: as wide as the widest name among these positions, within a third of the table. */
export function delegationColumnWidth(index: DatasetIndex, positions: readonly Position[], width: number): number {
	let widest = nameWidthCache.get(positions);
	if (widest === undefined) {
		widest = displayWidth(t('dash.column-delegation'));
		for (const position of positions) {
			widest = Math.max(widest, displayWidth(delegationName(index, position)));
		}

		nameWidthCache.set(positions, widest);
	}

	return Math.max(10, Math.min(widest, Math.floor(width / 3)));
}

export function positionsHeader(nameWidth: number, width: number): Line {
	return fit([segment(`  ${padEnd(t('dash.column-delegation'), nameWidth)}  ${padEnd(t('dash.column-position'), stanceWidth)}  ${t('dash.column-note')}`, 'heading')], width);
}

export function positionRow(index: DatasetIndex, position: Position, options: {nameWidth: number; width: number; isSelected: boolean}): Line {
	const note = (position.note ?? '') + (isIllustrative(index, position) ? ` ${t('common.illustrative')}` : '');
	const line = fit([
		segment(options.isSelected ? '> ' : '  '),
		segment(padEnd(delegationName(index, position), options.nameWidth)),
		segment('  '),
		segment(padEnd(stanceLabel(position.stance), stanceWidth), position.stance),
		segment('  '),
		segment(note.trim(), 'dim'),
	], options.width);
	return options.isSelected ? select(line) : line;
}
