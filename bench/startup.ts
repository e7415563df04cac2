import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {existsSync, readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {bundleInkApp} from '../test/helpers/bundle.js';
import {startInPty} from '../test/helpers/pty.js';
import {formatMs, formatRatio, median, printTable, summarize, type Summary} from './stats.js';

/*
Start-up to first full frame, against the budget: the dashboard's first
complete frame within 4x the time of `node -e ""` measured in the same run.
Every case runs in a real pseudo-terminal (the harness of the end-to-end tests),
and the cases are interleaved round by round so they share the machine's noise.
*/

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const startupBudget = 4;
/** Issue 15's targets: the first full frame against the bare bundled Ink app of the same run, and the dashboard's memory. */
export const bareInkTargets = {bundled: 1.25, large: 1.6} as const;
export const maxDashboardRssMb = 200;

/**
Text that only the dashboard's complete first frame shows (not a loading
screen): the footer's quit key. Override with `marker` or BENCH_STARTUP_MARKER.
*/
export const defaultFrameMarker = /\bquit\b/i;

export type StartupOptions = {
	/** Measurements per case; default 15 (or BENCH_RUNS). */
	readonly runs?: number;
	readonly marker?: string | RegExp;
	/** Agenda items in the synthetic dataset; default 5,000. */
	readonly items?: number;
	readonly cols?: number;
	readonly rows?: number;
	/** Print the table (default true). */
	readonly print?: boolean;
};

export type StartupResult = {
	readonly label: string;
	readonly summary: Summary | undefined;
	/** Median divided by the median of `node -e ""`. */
	readonly ratio: number | undefined;
	/** What the time runs until: the marker on screen, or the process exit when there is no marker to wait for. */
	readonly until: string;
	readonly note: string | undefined;
	/** Median RSS in MB when the first full frame showed. */
	readonly rssMb: number | undefined;
};

type Case = {
	readonly label: string;
	readonly args: readonly string[];
	/** undefined: time until the process exits. */
	readonly marker: string | RegExp | undefined;
	/** Extra environment for this case. */
	readonly env?: Record<string, string>;
	readonly times: number[];
	/** Resident memory (MB) of the process when the marker showed, per run. */
	readonly rss: number[];
	until: string;
	note: string | undefined;
	isBroken: boolean;
};

/** Measures start-up of `node -e ""`, a bundled one-line Ink app and the CLI on two datasets. */
export async function benchStartup(options: StartupOptions = {}): Promise<StartupResult[]> {
	const runs = options.runs ?? (Number(process.env['BENCH_RUNS']) || 15);
	const marker = options.marker ?? (process.env['BENCH_STARTUP_MARKER'] || defaultFrameMarker);
	const scratch = await mkdtemp(path.join(os.tmpdir(), 'council-bench-startup-'));
	try {
		const bareInk = await bundleInkApp('bench/fixtures/bare-ink.tsx', path.join(scratch, 'bare-ink.js'));
		const cli = path.join(root, 'dist', 'cli.js');
		const cases: Case[] = [
			newCase('node -e ""', ['-e', ''], undefined),
			newCase('bare Ink app, bundled: first frame', [bareInk], 'bare ink ready'),
		];
		if (existsSync(cli)) {
			// How much of the CLI's start is loading its bundle, before any rendering.
			cases.push(newCase('council --version', [cli, '--version'], undefined));
			cases.push(newCase('council, bundled dataset: first full frame', [cli], marker));
			const synthetic = await writeSyntheticDataset(scratch, options.items ?? 5000);
			if (typeof synthetic === 'string') {
				cases.push(newCase(`council, ${(options.items ?? 5000).toLocaleString('en-US')}-item dataset: first full frame`, [cli, synthetic], marker));
				// The dataset cache's lever, measured: the same start validating every time.
				cases.push({...newCase(`council, ${(options.items ?? 5000).toLocaleString('en-US')}-item dataset, no dataset cache: first full frame`, [cli, synthetic], marker), env: {COUNCIL_CACHE_DIR: 'off'}});
			} else {
				cases.push({...newCase(`council, ${(options.items ?? 5000).toLocaleString('en-US')}-item dataset`, [], undefined), isBroken: true, note: synthetic.skipped});
			}
		} else {
			cases.push({...newCase('council', [], undefined), isBroken: true, note: 'dist/cli.js is missing: run `npm run build`'});
		}

		// BENCH_STARTUP_BASE=FOLDER: another build's dist/ (e.g. main's, copied before a change) in the same
		// interleaved rounds, so a before/after comparison shares the machine's load. Its rows say "base:".
		const baseCli = process.env['BENCH_STARTUP_BASE'] ? path.join(path.resolve(process.env['BENCH_STARTUP_BASE']), 'cli.js') : undefined;
		const largeLabel = `council, ${(options.items ?? 5000).toLocaleString('en-US')}-item dataset: first full frame`;
		const largeDataset = cases.find(item => item.label === largeLabel)?.args[1];
		if (baseCli !== undefined && existsSync(baseCli)) {
			cases.push(newCase('base: council --version', [baseCli, '--version'], undefined));
			cases.push(newCase('base: council, bundled dataset: first full frame', [baseCli], marker));
			if (largeDataset !== undefined) {
				cases.push(newCase(`base: ${largeLabel}`, [baseCli, largeDataset], marker));
			}
		}

		for (let round = 0; round < runs; round++) {
			// Rotate the order each round so no case always runs first (cold caches) or last.
			const live = cases.filter(item => !item.isBroken);
			for (let index = 0; index < live.length; index++) {
				const item = live[(index + round) % live.length]!;
				// Its own settings and cache folders per case: a dataset remembered by one case must not change another.
				// The dataset cache is cold on the first round only (the snapshot is written then): the median is a warm start.
				await measureOnce(item, {COUNCIL_CONFIG_DIR: path.join(scratch, `config-${cases.indexOf(item)}`), COUNCIL_CACHE_DIR: path.join(scratch, `cache-${cases.indexOf(item)}`), ...item.env}, options);
			}
		}

		const results = toResults(cases);
		if (options.print ?? true) {
			printResults(results, runs);
		}

		return results;
	} finally {
		await rm(scratch, {recursive: true, force: true});
	}
}

function newCase(label: string, args: readonly string[], marker: string | RegExp | undefined): Case {
	return {label, args, marker, times: [], rss: [], until: marker === undefined ? 'exit' : `screen shows ${String(marker)}`, note: undefined, isBroken: false};
}

async function measureOnce(item: Case, env: Record<string, string>, options: StartupOptions): Promise<void> {
	const started = performance.now();
	const session = startInPty(process.execPath, item.args, {cols: options.cols ?? 100, rows: options.rows ?? 30, env});
	let ended = 0;
	const outcome = await Promise.race([
		item.marker === undefined
			? new Promise<never>(() => {})
			: session.waitFor(item.marker, 30_000).then(() => 'marker' as const, () => 'missed' as const),
		session.exited.then(() => 'exit' as const),
	]).then(value => {
		ended = performance.now();
		return value;
	});
	const rss = outcome === 'marker' ? residentMb(session.pid) : undefined;
	if (rss !== undefined) {
		item.rss.push(rss);
	}

	session.kill('SIGKILL');
	await session.exited;

	if (outcome === 'marker' || (outcome === 'exit' && item.marker === undefined)) {
		item.times.push(ended - started);
		return;
	}

	if (outcome === 'exit') {
		// The CLI printed something and exited without the marker: the dashboard is
		// not there yet. Measure what exists (time to exit) and say so.
		item.times.push(ended - started);
		item.until = 'exit (marker never shown)';
		const {exitCode} = await session.exited;
		item.note = `exited (code ${exitCode}) without showing ${String(item.marker)}; last screen: ${(await session.screenText()).split('\n').slice(0, 2).join(' / ').slice(0, 80)}`;
		return;
	}

	item.isBroken = true;
	item.note = `no frame with ${String(item.marker)} within 30 s`;
}

/** VmRSS of a live process in MB (Linux), or undefined. */
function residentMb(pid: number): number | undefined {
	try {
		const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) / 1024 : undefined;
	} catch {
		return undefined;
	}
}

async function writeSyntheticDataset(folder: string, items: number): Promise<string | {skipped: string}> {
	const source = new URL('synthetic.ts', import.meta.url);
	if (!existsSync(source)) {
		return {skipped: 'skipped: bench/synthetic.ts is not there yet'};
	}

	const module = await import(source.href) as {syntheticDataset?: (options: {items: number; delegations: number; positions: number}) => unknown};

	if (typeof module.syntheticDataset !== 'function') {
		return {skipped: 'skipped: bench/synthetic.ts exports no syntheticDataset()'};
	}

	const dataset = module.syntheticDataset({items, delegations: 200, positions: items * 4});
	const file = path.join(folder, `synthetic-${items}.json`);
	await writeFile(file, typeof dataset === 'string' ? dataset : JSON.stringify(dataset));
	return file;
}

function toResults(cases: readonly Case[]): StartupResult[] {
	const baseline = cases[0]?.times.length ? median(cases[0].times) : undefined;
	return cases.map(item => {
		const summary = item.times.length > 0 ? summarize(item.times) : undefined;
		return {
			label: item.label,
			summary,
			ratio: summary && baseline ? summary.median / baseline : undefined,
			until: item.until,
			note: item.note,
			rssMb: item.rss.length > 0 ? median(item.rss) : undefined,
		};
	});
}

function printResults(results: readonly StartupResult[], runs: number): void {
	const bare = results.find(result => result.label.startsWith('bare Ink app, bundled'))?.summary?.median;
	const rows = results.map((result, index) => {
		const {summary, ratio} = result;
		const verdict = index < 2 || ratio === undefined || result.label.endsWith('council --version')
			? ''
			: (!result.until.startsWith('screen') ? 'n/a: no frame' : (ratio <= startupBudget ? 'within budget' : 'OVER budget'));
		return [
			result.label,
			summary ? String(summary.count) : '0',
			summary ? formatMs(summary.median) : '-',
			summary ? formatMs(summary.p95) : '-',
			summary ? formatMs(summary.min) : '-',
			ratio === undefined ? '-' : formatRatio(ratio),
			summary && bare ? formatRatio(summary.median / bare) : '-',
			verdict,
			result.rssMb === undefined ? '-' : `${result.rssMb.toFixed(0)} MB`,
			result.until,
		];
	});
	printTable(
		`Start-up, ${runs} interleaved runs per case in a pseudo-terminal (budget: first full frame <= ${startupBudget}x node -e "")`,
		['case', 'runs', 'median', 'p95', 'min', 'vs node', 'vs bare Ink', 'budget', 'RSS', 'timed until'],
		rows,
	);
	// Issue 15's targets, judged on medians of this run (interleaved, so they share the machine's load).
	const judge = (prefix: string, target: number) => {
		const result = results.find(item => item.label.startsWith(prefix));
		const median = result?.summary?.median;
		if (result === undefined || median === undefined || bare === undefined || !result.until.startsWith('screen')) {
			process.stdout.write(`Target: ${prefix} <= ${target}x the bare Ink app: unmeasured\n`);
			return;
		}

		const ratio = median / bare;
		process.stdout.write(`Target: ${prefix} <= ${target}x the bare Ink app: ${formatRatio(ratio)} (${formatMs(median)} vs ${formatMs(bare)}): ${ratio <= target ? 'met' : 'MISSED'}\n`);
	};

	judge('council, bundled dataset: first full frame', bareInkTargets.bundled);
	judge('council, 5,000-item dataset: first full frame', bareInkTargets.large);
	const large = results.find(item => item.label.startsWith('council, 5,000-item dataset: first full frame'));
	process.stdout.write(large?.rssMb === undefined
		? 'Target: dashboard RSS on the 5,000-item session <= 200 MB: unmeasured\n'
		: `Target: dashboard RSS on the 5,000-item session <= ${maxDashboardRssMb} MB: ${large.rssMb.toFixed(0)} MB (median at the first full frame): ${large.rssMb <= maxDashboardRssMb ? 'met' : 'MISSED'}\n`);
	for (const result of results) {
		if (result.note) {
			process.stdout.write(`note: ${result.label}: ${result.note}\n`);
		}
	}
}
