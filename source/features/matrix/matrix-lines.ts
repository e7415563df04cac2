import {segment, titleRule, type Line} from '../../format/line.js';
import {stanceWord} from '../../format/status.js';
import {cellOf} from '../../outcomes/matrix.js';
import {matrixLines} from '../../outcomes/matrix-layout.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {t} from '../../i18n/translate.js';
import type {MatrixOverlay, State} from '../../state/state.js';
import {matrixOf, matrixWindow} from './matrix-reducer.js';

/* The matrix screen: a title, the window of cells, and the cell under the cursor in words. */

/*
A line in runs of printable ASCII and of everything else: Ink measures each
text node, and string-width is ~200 times slower on a node holding any
non-ASCII character, so a Chinese name must not drag its whole row of cells
onto the slow path (README, "Speed").
*/
function runs(text: string, tone: 'heading' | 'plain'): Line {
	return (text.match(/[\u0020-\u007E]+|[^\u0020-\u007E]+/g) ?? ['']).map(part => segment(part, tone));
}

export function matrixScreenLines(state: State, overlay: MatrixOverlay): Line[] {
	const matrix = matrixOf(state);
	const window = matrixWindow(state, overlay);
	const row = matrix.rows[window.row];
	const column = matrix.columns[window.column];
	const cell = row === undefined || column === undefined ? undefined : cellOf(matrix, row.id, column.id);
	const what = cell === undefined ? t('matrix.nothing-recorded') : (cell === 'spoke' ? t('matrix.spoke') : stanceWord[cell]);
	const title = t('matrix.title', {delegations: t('matrix.delegations', {count: matrix.rows.length}), columns: t('matrix.columns', {count: matrix.columns.length})});
	const here = row === undefined || column === undefined ? '' : t('matrix.cell', {delegation: sanitizeLine(row.name), target: sanitizeLine(column.title), what});
	return [
		titleRule(title, window.width, true),
		...matrixLines(matrix, window).map((text, position) => runs(text, position === 0 ? 'heading' : 'plain')),
		[segment(here, 'notice')],
	];
}
