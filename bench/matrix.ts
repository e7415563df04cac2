import {performance} from 'node:perf_hooks';
import {buildIndex} from '../source/dataset/build-index.js';
import {replay} from '../source/journal/replay.js';
import {buildMatrix} from '../source/outcomes/matrix.js';
import {matrixLines, scrollTo, visibleCounts, type MatrixWindow} from '../source/outcomes/matrix-layout.js';
import {FakeStdin} from '../test/helpers/fake-stdin.js';
import {FrameStdout, sleep} from './fake-terminal.js';
import {formatMs, printTable, summarize, type Summary} from './stats.js';
import {syntheticDataset} from './synthetic.js';

/*
The consensus matrix on 200 delegations × 60 agenda items (with their
proposals) and 6,000 positions: building it once per change of the records,
laying out the window for each key press (moving the cursor by cell, by page,
to the ends), and the whole key press to frame on the matrix screen through the
same mount as the CLI (as bench/keys.ts does), at 100x30 and 120x40. The
budget is the dashboard's: 16 ms median and 33 ms p95 from key to frame.
*/

type Move = (window: MatrixWindow, rows: number, columns: number, size: {rows: number; columns: number}) => MatrixWindow;

const moves: ReadonlyArray<{label: string; move: Move; times: number}> = [
	{label: 'j / k', move: (window, rows) => ({...window, row: Math.min(rows - 1, window.row + 1)}), times: 40},
	{label: 'l / h', move: (window, _rows, columns) => ({...window, column: Math.min(columns - 1, window.column + 1)}), times: 40},
	{label: 'PgDn', move: (window, rows, _columns, size) => ({...window, row: Math.min(rows - 1, window.row + size.rows)}), times: 10},
	{label: 'G / g', move: (window, rows) => ({...window, row: window.row === 0 ? rows - 1 : 0}), times: 10},
];



/** Key press to frame on the matrix screen, in the app as the CLI mounts it. */
async function pressesOnScreen(index: ReturnType<typeof buildIndex>, columns: number, rows: number): Promise<Summary> {
	process.env['NODE_ENV'] ??= 'production';
	const [{createElement}, {mountFullScreen}, {App}] = await Promise.all([import('react'), import('../source/ui/run-dashboard.js'), import('../source/ui/app.js')]);
	const stdout = new FrameStdout(columns, rows);
	const stdin = new FakeStdin();
	const {instance, dispose} = mountFullScreen(createElement(App, {index, now: Date.now()}), {stdout, stdin: stdin as unknown as NodeJS.ReadStream, stderr: new FrameStdout() as unknown as NodeJS.WriteStream});
	await sleep(200);
	stdin.write('m');
	await sleep(100);
	const keys = [...Array.from({length: 30}, () => 'j'), ...Array.from({length: 30}, () => 'l'), '[6~', '[6~', 'G', 'g', '$', '0', ...Array.from({length: 20}, () => 'k'), ...Array.from({length: 20}, () => 'h')];
	const times: number[] = [];
	for (let round = 0; round < 2; round++) {
		for (const key of keys) {
			const frame = new Promise<number | undefined>(resolve => {
				const timer = setTimeout(() => {
					stdout.off('frame', onFrame);
					resolve(undefined);
				}, 500);
				function onFrame() {
					clearTimeout(timer);
					stdout.off('frame', onFrame);
					resolve(performance.now());
				}

				stdout.on('frame', onFrame);
			});
			const sent = performance.now();
			stdin.write(key);
			const drawn = await frame;
			if (drawn !== undefined) {
				times.push(drawn - sent);
			}

			await sleep(30);
		}
	}

	instance.unmount();
	dispose();
	return summarize(times);
}

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

	const screens: Array<[string, Summary]> = [];
	for (const [width, height] of [[100, 30], [120, 40]] as const) {
		const summary = await pressesOnScreen(index, width, height);
		screens.push([`${width}x${height}`, summary]);
		rows.push([`${width}x${height}`, 'key to frame (screen)', String(summary.count), formatMs(summary.median), formatMs(summary.p95), formatMs(summary.max)]);
	}

	printTable('Consensus matrix, 200 delegations × 60 items and their proposals, 6,000 positions', ['size', 'what', 'runs', 'median', 'p95', 'max'], rows);
	for (const [size, summary] of screens) {
		const isWithin = summary.median <= 16 && summary.p95 <= 33;
		process.stdout.write(`Budget at ${size} on the matrix screen: median ≤ 16 ms and p95 ≤ 33 ms: ${isWithin ? 'met' : 'NOT met'}\n`);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	await benchMatrix();
}
