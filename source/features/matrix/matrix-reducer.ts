import type {DatasetIndex} from '../../dataset/build-index.js';
import {buildMatrix, type ConsensusMatrix, type MatrixStatement} from '../../outcomes/matrix.js';
import {moveMatrix} from '../../outcomes/matrix-cursor.js';
import {scrollTo, visibleCounts, type MatrixWindow} from '../../outcomes/matrix-layout.js';
import {closeTop, heights, pushOverlay, replaceTop} from '../../state/overlays.js';
import type {SessionRecords} from '../../state/records.js';
import {positionsOn} from '../../state/selectors.js';
import {layoutOf, topOverlay, type MatrixOverlay, type State} from '../../state/state.js';

/*
`m`: the consensus matrix over the panes, delegations down and items with their
proposals across. The matrix is built once per change of the records (a
WeakMap on the records object) and only the window in view is laid out, so a
key press costs the window, not 200 × 75 cells.
*/

const built = new WeakMap<SessionRecords, {index: DatasetIndex; matrix: ConsensusMatrix}>();

/** The floor's statements, when the records carry them. */
function statementsOf(records: SessionRecords): readonly MatrixStatement[] {
	return (records as SessionRecords & {readonly statements?: readonly MatrixStatement[]}).statements ?? [];
}

export function matrixOf(state: State): ConsensusMatrix {
	const cached = built.get(state.records);
	if (cached?.index === state.index) {
		return cached.matrix;
	}

	const matrix = buildMatrix(state.index, {get: target => positionsOn(state.index, state.records, target)}, statementsOf(state.records));
	built.set(state.records, {index: state.index, matrix});
	return matrix;
}

/** The window of the overlay at the screen's size: the rows under the title and above the cell line and footer. */
export function matrixWindow(state: State, overlay: MatrixOverlay): MatrixWindow {
	const layout = layoutOf(state);
	return {...overlay.cursor, width: layout.columns, height: Math.max(4, heights(layout).overlay - 1)};
}

export function toggleMatrix(state: State): State {
	if (topOverlay(state)?.kind === 'matrix') {
		return closeTop(state);
	}

	// The cursor starts on the selected item's column.
	const matrix = matrixOf(state);
	const column = Math.max(0, matrix.columns.findIndex(entry => entry.id === state.shownItem));
	const overlay: MatrixOverlay = {kind: 'matrix', cursor: {top: 0, left: 0, row: 0, column}};
	const window = matrixWindow(state, overlay);
	const {top, left} = scrollTo(window, visibleCounts(matrix, window.width, window.height));
	return pushOverlay(state, {...overlay, cursor: {...overlay.cursor, top, left}});
}

/** A movement key on the matrix (keymap names: down, up, left, right, pagedown, pageup, g, G, home, end). */
export function moveInMatrix(state: State, key: string): State {
	const overlay = topOverlay(state);
	if (overlay?.kind !== 'matrix') {
		return state;
	}

	const moved = moveMatrix(matrixOf(state), matrixWindow(state, overlay), key);
	const cursor = {top: moved.top, left: moved.left, row: moved.row, column: moved.column};
	return cursor.row === overlay.cursor.row && cursor.column === overlay.cursor.column && cursor.top === overlay.cursor.top && cursor.left === overlay.cursor.left ? state : replaceTop(state, {...overlay, cursor});
}
