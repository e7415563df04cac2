import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
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

/** Where jq is, or undefined when it is not installed. */
function jqPath(): string | undefined {
	const found = spawnSync('sh', ['-c', 'command -v jq'], {encoding: 'utf8'});
	const where = found.status === 0 ? found.stdout.trim() : '';
	return where === '' ? undefined : where;
}

/** Wall time of one whole process, or undefined when it fails. */
function processTime(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
	const started = performance.now();
	const result = spawnSync(command, [...args], {stdio: 'ignore', env});
	const elapsed = performance.now() - started;
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} exited with ${String(result.status)}`);
	}

	return elapsed;
}

type Versus = {readonly lines: readonly string[]};

/**
Issue 15's lookup target: `council lookup "Res 71"` as a whole process, warm
(its dataset cache written by a first run) and cold (COUNCIL_CACHE_DIR=off),
beside jq selecting the same resolution from the same file, interleaved round by
round; the target is warm council <= 0.5x jq.
*/
async function benchLookupVersusJq(file: string, runs: number): Promise<Versus> {
	if (!existsSync(cli)) {
		return {lines: ['Target: council lookup <= 0.5x jq: unmeasured (dist/cli.js is missing: run `npm run build`)']};
	}

	const cache = await mkdtemp(path.join(os.tmpdir(), 'council-bench-cache-'));
	try {
		const jq = jqPath();
		const warmEnv = {...process.env, COUNCIL_CACHE_DIR: cache};
		const coldEnv = {...process.env, COUNCIL_CACHE_DIR: 'off'};
		const lookupArgs = [cli, 'lookup', '--data', file, 'Res 71'];
		// The first run writes the snapshot.
		processTime(process.execPath, lookupArgs, warmEnv);
		const times = {warm: [] as number[], cold: [] as number[], jq: [] as number[], node: [] as number[]};
		for (let round = 0; round < runs; round++) {
			const steps: Array<() => void> = [
				() => times.warm.push(processTime(process.execPath, lookupArgs, warmEnv)),
				() => times.cold.push(processTime(process.execPath, lookupArgs, coldEnv)),
				() => times.node.push(processTime(process.execPath, ['-e', ''])),
				...(jq === undefined ? [] : [() => times.jq.push(processTime(jq, ['-c', '.resolutions[] | select(.number == 71)', file]))]),
			];
			for (let index = 0; index < steps.length; index++) {
				steps[(index + round) % steps.length]!();
			}
		}

		const row = (what: string, values: readonly number[]) => [what, String(values.length), formatMs(median(values)), formatMs(Math.min(...values)), jq === undefined ? '-' : formatRatio(median(values) / median(times.jq))];
		const rows = [
			row('council lookup "Res 71", whole process, dataset cache warm', times.warm),
			row('council lookup "Res 71", whole process, no cache (COUNCIL_CACHE_DIR=off)', times.cold),
			row('node -e ""', times.node),
			jq === undefined ? ['jq -c \'.resolutions[] | select(.number == 71)\'', '0', 'jq not installed', '-', '-'] : row(`jq -c '.resolutions[] | select(.number == 71)' (${jq})`, times.jq),
		];
		printTable(`One-off lookup on the ${path.basename(file)} dataset vs jq, ${runs} interleaved runs`, ['what', 'runs', 'median', 'min', 'vs jq'], rows);
		if (jq === undefined) {
			return {lines: ['Target: council lookup <= 0.5x jq: unmeasured: jq not installed']};
		}

		const ratio = median(times.warm) / median(times.jq);
		return {lines: [`Target: council lookup (cache warm) <= 0.5x jq: ${formatRatio(ratio)} (${formatMs(median(times.warm))} vs ${formatMs(median(times.jq))}): ${ratio <= 0.5 ? 'met' : 'MISSED'}`]};
	} finally {
		await rm(cache, {recursive: true, force: true});
	}
}

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
		// Without the dataset cache: these rows measure validation, as before issue 15.
		const result = spawnSync(process.execPath, [...args], {stdio: 'ignore', env: {...process.env, COUNCIL_CACHE_DIR: 'off'}});
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

	let lookupVersusJq: Versus = {lines: []};
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
				// The lookup keys and reverse links as well, which the index builds on first use since issue 15: the row measures what it always has.
				loadTimes.push(await timeAsync(async () => {
					const {index} = expectLoaded(await loadDataset(file.path));
					return [index.keys.size, index.citedBy.size];
				}));
			}

			add(`read + JSON.parse only (${label})`, parseTimes);
			add(`load + validate + index (${label})`, loadTimes);
			if (existsSync(cli)) {
				add(`council validate, whole process (${label})`, spawnTimes([cli, 'validate', file.path], Math.min(runs, 5)));
			}
		}

		lookupVersusJq = await benchLookupVersusJq(regular.path, Math.max(runs, 7));

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
			// Built whole first, as every index was before issue 15: the time is the names' alone.
			const fresh = buildIndex(index.dataset, {eager: true});
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
		for (const line of lookupVersusJq.lines) {
			process.stdout.write(`${line}\n`);
		}
	}

	return rows;
}
