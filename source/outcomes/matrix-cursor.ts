import type {ConsensusMatrix} from './matrix.js';
import {scrollTo, visibleCounts, type MatrixWindow} from './matrix-layout.js';

/*
Moving around the matrix screen: the cursor by cell (arrows, hjkl), by page
(PgUp/PgDn), to the ends (g/G, Home/End for the columns), and the window
scrolled so the cursor stays in view. Pure: the window in, the window out.
*/

export function moveMatrix(matrix: ConsensusMatrix, window: MatrixWindow, key: string): MatrixWindow {
	const counts = visibleCounts(matrix, window.width, window.height);
	const lastRow = Math.max(0, matrix.rows.length - 1);
	const lastColumn = Math.max(0, matrix.columns.length - 1);
	const clamp = (value: number, last: number) => Math.max(0, Math.min(last, value));
	let {row, column} = window;
	switch (key) {
		case 'down':
		case 'j': {
			row++;
			break;
		}

		case 'up':
		case 'k': {
			row--;
			break;
		}

		case 'right':
		case 'l': {
			column++;
			break;
		}

		case 'left':
		case 'h': {
			column--;
			break;
		}

		case 'pagedown':
		case 'ctrl-d':
		case 'ctrl-f': {
			row += counts.rows;
			break;
		}

		case 'pageup':
		case 'ctrl-u':
		case 'ctrl-b': {
			row -= counts.rows;
			break;
		}

		case 'g': {
			row = 0;
			break;
		}

		case 'G': {
			row = lastRow;
			break;
		}

		case 'home': {
			column = 0;
			break;
		}

		case 'end': {
			column = lastColumn;
			break;
		}

		default: {
			return window;
		}
	}

	return scrollTo({...window, row: clamp(row, lastRow), column: clamp(column, lastColumn)}, counts);
}

/** The window for a new size, the cursor kept in view. */
export function resizeMatrix(matrix: ConsensusMatrix, window: MatrixWindow, width: number, height: number): MatrixWindow {
	const resized = {...window, width, height};
	return scrollTo(resized, visibleCounts(matrix, width, height));
}
