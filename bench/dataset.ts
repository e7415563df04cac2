import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {buildIndex} from '../source/dataset/build-index.js';
import {loadDataset, type LoadResult} from '../source/dataset/load.js';
import {lookup} from '../source/dataset/lookup.js';
import {formatMs, formatRatio, median, printTable} from './stats.js';
import {writeSyntheticDataset} from './synthetic.js';

/*
The loader is not to be the bottleneck: load + validate + index of a synthetic
10,000-item session (and of a 50 MB one), and single lookups, each beside
`node -e ""` spawned in the same run, so the figures read against the cost of
starting Node on this machine. `council validate` as a whole process is the
end-to-end figure a user waits for.
*/

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'dist', 'cli.js');

export type DatasetBenchOptions = {
	/** Repetitions of each load; default 5 (or BENCH_RUNS). */
	readonly runs?: number;
	readonly items?: number;
	readonly print?: boolean;
};

export type DatasetBenchRow = {readonly what: string; readonly median: number; readonly min: number; readonly runs: number};

function time(action: () => void): number {
	const started = performance.now();
	action();
	return performance.now() - started;
}

async function timeAsync(action: () => Promise<unknown>): Promise<number> {
	const started = performance.now();
	await action();
	return performance.now() - started;
}

function spawnTimes(args: readonly string[], runs: number): number[] {
	return Array.from({length: runs}, () => time(() => {
		const result = spawnSync(process.execPath, [...args], {stdio: 'ignore'});
		if (result.status !== 0) {
			throw new Error(`node ${args.join(' ')} exited with ${String(result.status)}`);
		}
	}));
}

function expectLoaded(result: LoadResult): Extract<LoadResult, {ok: true}> {
	if (!result.ok) {
		throw new Error(`the synthetic dataset did not load: ${result.errors[0]?.message ?? ''}`);
	}

	return result;
}

/** Measures the dataset path and returns the rows it prints. */
export async function benchDataset(options: DatasetBenchOptions = {}): Promise<DatasetBenchRow[]> {
	const runs = options.runs ?? (Number(process.env['BENCH_RUNS']) || 5);
	const items = options.items ?? 10_000;
	const rows: DatasetBenchRow[] = [];
	const add = (what: string, times: readonly number[]): void => {
		rows.push({what, median: median(times), min: Math.min(...times), runs: times.length});
	};

	const regular = await writeSyntheticDataset({items, delegations: 200, positions: 20_000});
	// About 12 paragraphs per document bring 10,000 items to ~50 MB.
	const large = await writeSyntheticDataset({items, delegations: 200, positions: 20_000, paragraphs: 12});
	try {
		add('node -e ""', spawnTimes(['-e', ''], runs));

		const mb = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;
		for (const file of [regular, large]) {
			const label = `${items.toLocaleString('en-US')} items, ${mb(file.bytes)}`;
			const parseTimes: number[] = [];
			const loadTimes: number[] = [];
			for (let run = 0; run < runs; run++) {
				// eslint-disable-next-line no-await-in-loop -- runs one after another on purpose
				parseTimes.push(await timeAsync(async () => JSON.parse(await readFile(file.path, 'utf8'))));
				// eslint-disable-next-line no-await-in-loop
				loadTimes.push(await timeAsync(async () => expectLoaded(await loadDataset(file.path))));
			}

			add(`read + JSON.parse only (${label})`, parseTimes);
			add(`load + validate + index (${label})`, loadTimes);
			if (existsSync(cli)) {
				add(`council validate, whole process (${label})`, spawnTimes([cli, 'validate', file.path], Math.min(runs, 5)));
			}
		}

		const {index} = expectLoaded(await loadDataset(regular.path));
		// One lookup is microseconds: the median of many, each timed alone.
		const lookups = 2000;
		for (const query of ['Resolution 71 (Rev. Bucharest, 2022)', 'PL 5.42', 'C99/9999', 'item-9999']) {
			const times = Array.from({length: lookups}, () => time(() => lookup(index, query)));
			const result = lookup(index, query);
			if (result.kind !== 'found') {
				throw new Error(`lookup "${query}" on the synthetic dataset: ${result.kind}`);
			}

			add(`lookup "${query}"`, times);
		}

		add('lookup miss with suggestions "Res 99999"', Array.from({length: 20}, () => time(() => lookup(index, 'Res 99999'))));
		// Issue 8.9: suggestions are bounded whatever is typed (budget: 50 ms on 10,000 items).
		const hostile = ['x'.repeat(1000), '7'.repeat(60_000), 'segaugnal laiciffo xis eht fo tnemtaert lauqe :segaugnaL', `${'Resolution '.repeat(90)}`, 'e'.repeat(200)];
		for (const query of hostile) {
			if (lookup(index, query).kind !== 'not-found') {
				throw new Error('a hostile query found something');
			}
		}

		add('lookup miss, hostile queries (1,000 chars, 60,000 digits, ...): each', hostile.flatMap(query => Array.from({length: 10}, () => time(() => lookup(index, query)))));
		// The first miss on an index also prepares the names (labels, normalised), once.
		add('first lookup miss on a fresh index (names prepared)', Array.from({length: Math.min(runs, 5)}, () => {
			const fresh = buildIndex(index.dataset);
			return time(() => lookup(fresh, 'x'.repeat(1000)));
		}));
	} finally {
		await rm(regular.folder, {recursive: true, force: true});
		await rm(large.folder, {recursive: true, force: true});
	}

	if (options.print !== false) {
		const node = rows[0]?.median ?? Number.NaN;
		const ms = (value: number): string => (value < 0.1 ? `${(value * 1000).toFixed(1)} µs` : formatMs(value));
		// The minimum beside the median: on a shared machine it is the steadier figure.
		printTable(
			'Dataset: load, validate, index and lookup',
			['what', 'runs', 'median', 'min', 'median vs node -e ""'],
			rows.map(row => [row.what, String(row.runs), ms(row.median), ms(row.min), formatRatio(row.median / node)]),
		);
	}

	return rows;
}
