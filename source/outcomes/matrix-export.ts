import {sanitizeLine} from '../text/sanitize.js';
import {displayWidth, padEnd, padStart} from '../text/width.js';
import {cellOf, type ConsensusMatrix, type MatrixCell} from './matrix.js';
import {cellGlyph, emptyGlyph, matrixLegend} from './matrix-layout.js';

/*
`council matrix`: the whole matrix as text (a printout or a pipe), CSV (a
spreadsheet) or JSON. A CSV cell is quoted when it holds a comma, a quote or a
line break, and a cell a spreadsheet would run as a formula (starting with =,
+, -, @, a tab or a carriage return: a delegation named "=HYPERLINK(...)") is
prefixed with an apostrophe, as OWASP advises against CSV injection.
*/

export const cellWord: Record<MatrixCell, string> = {
	supports: 'supports',
	opposes: 'opposes',
	reservation: 'reservation',
	'more-information': 'more-information',
	neutral: 'neutral',
	spoke: 'spoke',
};

/** One CSV field, quoted and defused as needed. */
export function csvField(value: string): string {
	const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(defused) || defused !== defused.trim() ? `"${defused.replaceAll('"', '""')}"` : defused;
}

/** The matrix as CSV (RFC 4180 quoting; LF line ends, since the CLI's output keeps no carriage return): a header of column labels, a row per delegation of stance words. */
export function matrixCsv(matrix: ConsensusMatrix): string {
	const lines = [['Delegation', ...matrix.columns.map(column => column.title)].map(field => csvField(field)).join(',')];
	for (const row of matrix.rows) {
		lines.push([row.name, ...matrix.columns.map(column => {
			const cell = cellOf(matrix, row.id, column.id);
			return cell === undefined ? '' : cellWord[cell];
		})].map(field => csvField(field)).join(','));
	}

	return `${lines.join('\n')}\n`;
}

/** The matrix as JSON: `{format, version, legend, columns, rows: [{delegation, name, cells}]}`, cells in column order (null: nothing). */
export function matrixJson(matrix: ConsensusMatrix): string {
	return `${JSON.stringify({
		format: 'council-matrix',
		version: 1,
		columns: matrix.columns.map(column => ({id: column.id, kind: column.kind, label: column.label, title: column.title, objections: matrix.objections.get(column.id) ?? 0})),
		rows: matrix.rows.map(row => ({delegation: row.id, name: row.name, cells: matrix.columns.map(column => cellOf(matrix, row.id, column.id) ?? null)})),
	}, undefined, 2)}\n`;
}

/** The whole matrix as text: every column, its labels stacked above it when they do not fit across. */
export function matrixText(matrix: ConsensusMatrix): string {
	const names = Math.max(10, ...matrix.rows.map(row => displayWidth(sanitizeLine(row.name))));
	const labels = matrix.columns.map(column => sanitizeLine(column.label));
	const cell = Math.max(4, ...labels.map(label => displayWidth(label) + 1));
	const lines = [
		`${padEnd('Delegation', names + 2)}${labels.map(label => padStart(`${label} `, cell)).join(' ')}`.trimEnd(),
		...matrix.rows.map(row => `  ${padEnd(sanitizeLine(row.name), names)}${matrix.columns.map(column => {
			const value = cellOf(matrix, row.id, column.id);
			return padStart(`${value === undefined ? emptyGlyph : cellGlyph[value]} `, cell);
		}).join(' ')}`.trimEnd()),
		`${padEnd('  objections', names + 2)}${matrix.columns.map(column => {
			const count = matrix.objections.get(column.id) ?? 0;
			return padStart(count === 0 ? 'ok ' : `${count}! `, cell);
		}).join(' ')}`.trimEnd(),
		'',
		matrixLegend,
		...matrix.columns.map(column => (column.title.startsWith(column.label) ? sanitizeLine(column.title) : `${sanitizeLine(column.label)}: ${sanitizeLine(column.title)}`)),
	];
	return `${lines.join('\n')}\n`;
}
