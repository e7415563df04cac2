import {displayWidth, padEnd, padStart, truncate} from '../text/width.js';
import {sanitizeLine} from '../text/sanitize.js';
import {t} from '../i18n/translate.js';
import {cellOf, type ConsensusMatrix, type MatrixCell} from './matrix.js';

/*
The matrix laid out as lines for a window of the terminal: only the rows and
columns in view are formatted (200 delegations × 60 items is 12,000 cells, a
screen shows a few hundred). Readable without colour: each stance is a glyph
the legend explains, the cursor's row is marked with ">" and its cell with brackets,
and the column's objections are counted under it.
*/

export const cellGlyph: Record<MatrixCell, string> = {
	supports: '+',
	opposes: '-',
	reservation: '!',
	'more-information': '?',
	neutral: '=',
	spoke: 's',
};

// ASCII on purpose: a line of non-ASCII cells costs string-width its slow path on every frame (README, Speed).
export const emptyGlyph = '.';

// The CLI's text export keeps this English legend; the screen's is in the interface's language (matrix.legend).
export const matrixLegend = '+ supports  - opposes  ! reservation  ? more info  = neutral  s spoke  . none';

export type MatrixWindow = {
	/** First delegation and column shown. */
	readonly top: number;
	readonly left: number;
	/** Cursor (a delegation and a column), always inside the window. */
	readonly row: number;
	readonly column: number;
	readonly width: number;
	readonly height: number;
};

/** Width of the names column: the longest name, within bounds. */
export function nameWidth(matrix: ConsensusMatrix, width: number): number {
	const longest = Math.max(10, ...matrix.rows.slice(0, 500).map(row => displayWidth(row.name)));
	return Math.min(longest, Math.max(10, Math.floor(width / 4)), 24);
}

/** Width of every column: the longest label and a space (labels end above the glyphs), from 4 to 11. */
export function columnWidth(matrix: ConsensusMatrix): number {
	return Math.min(11, Math.max(4, ...matrix.columns.slice(0, 2000).map(column => displayWidth(column.label) + 1)));
}

/** How many rows and columns of cells fit in a window of `width` × `height` (head, objections and legend rows taken off). */
export function visibleCounts(matrix: ConsensusMatrix, width: number, height: number): {rows: number; columns: number} {
	const cell = columnWidth(matrix) + 1;
	return {
		rows: Math.max(1, height - 3),
		columns: Math.max(1, Math.floor((width - nameWidth(matrix, width) - 2) / cell)),
	};
}

/** The window moved so the cursor is in view. */
export function scrollTo(window: MatrixWindow, counts: {rows: number; columns: number}): MatrixWindow {
	const top = Math.min(window.row, Math.max(window.top, window.row - counts.rows + 1));
	const left = Math.min(window.column, Math.max(window.left, window.column - counts.columns + 1));
	return {...window, top: Math.max(0, top), left: Math.max(0, left)};
}

/**
The window's lines, each at most `width` columns: the column heads, one line
per delegation in view, the objections under each column, the legend.
*/
export function matrixLines(matrix: ConsensusMatrix, window: MatrixWindow): string[] {
	const names = nameWidth(matrix, window.width);
	const cell = columnWidth(matrix);
	const counts = visibleCounts(matrix, window.width, window.height);
	const columns = matrix.columns.slice(window.left, window.left + counts.columns);
	const rows = matrix.rows.slice(window.top, window.top + counts.rows);
	const head = columns.map(column => padStart(`${truncate(sanitizeLine(column.label), cell - 1)} `, cell)).join(' ');
	// Heads cut to their column by display width, so a longer word never shifts the cells.
	const lines = [truncate(`${padEnd(truncate(t('matrix.delegation'), names + 1), names + 2)}${head}`, window.width)];
	for (const [offset, row] of rows.entries()) {
		const isCursorRow = window.top + offset === window.row;
		const marks = columns.map((column, index) => {
			const value = cellOf(matrix, row.id, column.id);
			const shown = value === undefined ? emptyGlyph : cellGlyph[value];
			const isCursor = isCursorRow && window.left + index === window.column;
			return padStart(isCursor ? `[${shown}]` : `${shown} `, cell);
		});
		lines.push(truncate(`${isCursorRow ? '>' : ' '} ${padEnd(sanitizeLine(row.name), names)}${marks.join(' ')}`, window.width));
	}

	const objections = columns.map(column => {
		const count = matrix.objections.get(column.id) ?? 0;
		return padStart(count === 0 ? `${truncate(t('matrix.no-objection'), cell - 1)} ` : `${count}! `, cell);
	});
	lines.push(truncate(`${padEnd(truncate(`  ${t('matrix.objections')}`, names + 2), names + 2)}${objections.join(' ')}`, window.width), truncate(t('matrix.legend'), window.width));
	return lines;
}
