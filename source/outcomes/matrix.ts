import type {DatasetIndex} from '../dataset/build-index.js';
import type {Stance} from '../dataset/schema.js';

/*
The consensus matrix: delegations × agenda items and their proposals, each
cell the delegation's stance in effect (supports, opposes, reservation, more
information, neutral), "spoke" when it took the floor on the item without a
stance, or empty. A chair reads at a glance where consensus stands and whom to
consult. Built once per change of the records (a map of cells), then laid out
window by window (matrix-layout.ts), so a key press never walks the whole grid.
*/

export type MatrixCell = Stance | 'spoke';

export type MatrixColumn = {
	/** Agenda item or proposal id. */
	readonly id: string;
	readonly kind: 'item' | 'proposal';
	/** Short label for the column head: "PL 1.01", "1.03/1)". */
	readonly label: string;
	/** "PL 1.01 Draft budget of the Union", "proposal 1) of C99/42". */
	readonly title: string;
};

export type MatrixRow = {readonly id: string; readonly name: string};

export type ConsensusMatrix = {
	readonly rows: readonly MatrixRow[];
	readonly columns: readonly MatrixColumn[];
	/** Row id → column id → cell; a missing cell is empty. */
	readonly cells: ReadonlyMap<string, ReadonlyMap<string, MatrixCell>>;
	/** Column id → reservations plus oppositions in it. */
	readonly objections: ReadonlyMap<string, number>;
};

/** The positions in effect on a target (the replayed records' map, or the screen's selector). */
export type PositionsOn = {get(target: string): ReadonlyArray<{readonly delegation: string; readonly stance: Stance}> | undefined};

/** What the matrix needs of a statement from the floor. */
export type MatrixStatement = {readonly item: string; readonly delegation: string; readonly stance?: Stance};

export function cellOf(matrix: ConsensusMatrix, row: string, column: string): MatrixCell | undefined {
	return matrix.cells.get(row)?.get(column);
}

/**
Builds the matrix from the positions in effect (dataset and journal) and the
floor's statements.

@example
```
const matrix = buildMatrix(index, records.positionsOn, records.statements ?? []);
cellOf(matrix, 'ch', 'prop-1'); // 'reservation'
```
*/
export function buildMatrix(index: DatasetIndex, positionsOn: PositionsOn, statements: readonly MatrixStatement[] = []): ConsensusMatrix {
	const {dataset} = index;
	const columns: MatrixColumn[] = [];
	for (const item of dataset.agendaItems) {
		columns.push({id: item.id, kind: 'item', label: item.number, title: `${item.number} ${item.title}`});
		for (const documentId of item.documents) {
			for (const proposal of index.proposalsByDocument.get(documentId) ?? []) {
				columns.push({id: proposal.id, kind: 'proposal', label: `${item.number}/${proposal.number}`, title: `proposal ${proposal.number} (item ${item.number})`});
			}
		}
	}

	const cells = new Map<string, Map<string, MatrixCell>>();
	const set = (row: string, column: string, cell: MatrixCell) => {
		let rowCells = cells.get(row);
		if (rowCells === undefined) {
			rowCells = new Map();
			cells.set(row, rowCells);
		}

		rowCells.set(column, cell);
	};

	// Statements first, so a recorded position (the delegation's stance in effect) wins over what a statement implied.
	for (const statement of statements) {
		if (cells.get(statement.delegation)?.get(statement.item) === undefined || statement.stance !== undefined) {
			set(statement.delegation, statement.item, statement.stance ?? 'spoke');
		}
	}

	const objections = new Map<string, number>();
	for (const column of columns) {
		for (const position of positionsOn.get(column.id) ?? []) {
			set(position.delegation, column.id, position.stance);
		}
	}

	for (const column of columns) {
		let count = 0;
		for (const rowCells of cells.values()) {
			const cell = rowCells.get(column.id);
			if (cell === 'reservation' || cell === 'opposes') {
				count++;
			}
		}

		objections.set(column.id, count);
	}

	return {rows: dataset.delegations.map(delegation => ({id: delegation.id, name: delegation.name})), columns, cells, objections};
}
