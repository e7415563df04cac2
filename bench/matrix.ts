import {performance} from 'node:perf_hooks';
import {buildIndex} from '../source/dataset/build-index.js';
import {replay} from '../source/journal/replay.js';
import {buildMatrix} from '../source/outcomes/matrix.js';
import {matrixLines, scrollTo, visibleCounts, type MatrixWindow} from '../source/outcomes/matrix-layout.js';
import {formatMs, printTable, summarize} from './stats.js';
import {syntheticDataset} from './synthetic.js';

/*
The consensus matrix on 200 delegations × 60 agenda items (with their
proposals) and 6,000 positions: building it once per change of the records,
and laying out the window for each key press (moving the cursor by cell, by
page, to the ends) at 100x30 and 120x40. The dashboard's key-press budget is
16 ms median and 33 ms p95 for the whole frame; the matrix's own part must be
a small share of it.
*/

type Move = (window: MatrixWindow, rows: number, columns: number, size: {rows: number; columns: number}) => MatrixWindow;

const moves: ReadonlyArray<{label: string; move: Move; times: number}> = [
	{label: 'j / k', move: (window, rows) => ({...window, row: Math.min(rows - 1, window.row + 1)}), times: 40},
	{label: 'l / h', move: (window, _rows, columns) => ({...window, column: Math.min(columns - 1, window.column + 1)}), times: 40},
	{label: 'PgDn', move: (window, rows, _columns, size) => ({...window, row: Math.min(rows - 1, window.row + size.rows)}), times: 10},
	{label: 'G / g', move: (window, rows) => ({...window, row: window.row === 0 ? rows - 1 : 0}), times: 10},
];

export async function benchMatrix(): Promise<void> {
	const dataset = syntheticDataset({items: 60, delegations: 200, positions: 6000});
	const index = buildIndex(dataset);
	const records = replay(dataset, []);
	const builds: number[] = [];
	let matrix = buildMatrix(index, records.positionsOn);
	for (let round = 0; round < 20; round++) {
		const started = performance.now();
		matrix = buildMatrix(index, records.positionsOn);
		builds.push(performance.now() - started);
	}

	const rows: string[][] = [];
	const build = summarize(builds);
	rows.push(['build', `${matrix.rows.length} × ${matrix.columns.length}`, String(build.count), formatMs(build.median), formatMs(build.p95), formatMs(build.max)]);
	for (const [width, height] of [[100, 30], [120, 40]] as const) {
		const size = visibleCounts(matrix, width, height - 4);
		let window: MatrixWindow = {top: 0, left: 0, row: 0, column: 0, width, height: height - 4};
		const times: number[] = [];
		for (let round = 0; round < 5; round++) {
			for (const {move, times: count} of moves) {
				for (let press = 0; press < count; press++) {
					const started = performance.now();
					window = scrollTo(move(window, matrix.rows.length, matrix.columns.length, size), size);
					matrixLines(matrix, window);
					times.push(performance.now() - started);
				}
			}
		}

		const summary = summarize(times);
		rows.push([`${width}x${height}`, 'layout per key', String(summary.count), formatMs(summary.median), formatMs(summary.p95), formatMs(summary.max)]);
	}

	printTable('Consensus matrix, 200 delegations × 60 items and their proposals, 6,000 positions', ['size', 'what', 'runs', 'median', 'p95', 'max'], rows);
	const layouts = rows.slice(1).map(row => row[4]);
	process.stdout.write(`Budget: the matrix's layout per key is a small share of the 16 ms median / 33 ms p95 key-press budget (p95 ${layouts.join(', ')}).\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	await benchMatrix();
}
