import {EventEmitter} from 'node:events';
import {performance} from 'node:perf_hooks';
import {buildIndex} from '../source/dataset/build-index.js';
import {formatMs, printTable, summarize, type Summary} from './stats.js';
import {syntheticDataset} from './synthetic.js';

/*
Key-press-to-frame latency on the large session (5,000 items, 200 delegations,
20,000 positions), in-process: the real <App> rendered by Ink with incremental
rendering, into a fake 120x40 terminal; the time runs from writing the key to
stdin until Ink writes the next frame to stdout. Keys are spaced beyond Ink's
30 fps throttle so each one is measured from its own frame, not queued behind
the previous (a user does not type 30 keys a second for long).
*/

class Stdout extends EventEmitter {
	isTTY = true;
	columns = 120;
	rows = 40;
	bytes = 0;
	write = (text: string) => {
		this.bytes += Buffer.byteLength(text);
		this.emit('frame');
		return true;
	};
}

class Stdin extends EventEmitter {
	isTTY = true;
	private data: string | null = null;
	write(data: string) {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	}

	read = () => {
		const {data} = this;
		this.data = null;
		return data;
	};

	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

const sleep = async (ms: number) => new Promise(resolve => {
	setTimeout(resolve, ms);
});

type Press = {readonly label: string; readonly key: string};

/** ~200 presses as a chair would: moving, paging, jumping to the ends, switching panes, filtering. */
function script(): Press[] {
	const presses: Press[] = [];
	const add = (label: string, key: string, times = 1) => {
		for (let count = 0; count < times; count++) {
			presses.push({label, key});
		}
	};

	for (let round = 0; round < 4; round++) {
		add('j / k', 'j', 12);
		add('j / k', 'k', 4);
		add('PgDn / PgUp', '\u001B[6~', 3);
		add('PgDn / PgUp', '\u001B[5~');
		add('G / g', 'G');
		add('G / g', 'g');
		add('Tab', '\t');
		add('j / k', 'j', 3);
		add('Tab', '\t');
		add('j / k', 'j', 2);
		add('Tab', '\t');
		add('/ filter typing', '/');
		for (const character of `budget${round}`) {
			add('/ filter typing', character);
		}

		add('/ filter typing', '\u007F');
		add('/ filter typing', '\r');
		add('j / k', 'j', 2);
		// Esc clears the filter: the whole agenda comes back.
		add('/ filter typing', '\u001B');
	}

	return presses;
}

export type KeysResult = {readonly label: string; readonly summary: Summary};

export async function benchKeys(options: {print?: boolean} = {}): Promise<KeysResult[]> {
	// Measure React as the bundled CLI runs it (scripts/build.mjs defines NODE_ENV=production):
	// development React is several times slower. It must be set before React loads.
	process.env['NODE_ENV'] ??= 'production';
	const [{createElement}, {render}, {App}] = await Promise.all([import('react'), import('ink'), import('../source/ui/app.js')]);
	const started = performance.now();
	const dataset = syntheticDataset({items: 5000, delegations: 200, positions: 20_000});
	const index = buildIndex(dataset);
	const prepared = performance.now() - started;
	const stdout = new Stdout();
	const stdin = new Stdin();
	const instance = render(createElement(App, {index, now: Date.now()}), {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		stderr: new Stdout() as unknown as NodeJS.WriteStream,
		incrementalRendering: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	await sleep(200);
	const byLabel = new Map<string, number[]>();
	const all: number[] = [];
	let unchanged = 0;
	const bytesBefore = stdout.bytes;
	for (const press of script()) {
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
		stdin.write(press.key);
		const drawn = await frame;
		if (drawn === undefined) {
			unchanged++;
		} else {
			const ms = drawn - sent;
			all.push(ms);
			byLabel.set(press.label, [...(byLabel.get(press.label) ?? []), ms]);
		}

		// Past Ink's 33 ms throttle window (and the lone-ESC flush) before the next key.
		await sleep(45);
	}

	const bytesPerKey = (stdout.bytes - bytesBefore) / Math.max(1, all.length);
	instance.unmount();
	const results: KeysResult[] = [...byLabel].map(([label, times]) => ({label, summary: summarize(times)}));
	results.push({label: 'all keys', summary: summarize(all)});
	if (options.print ?? true) {
		printTable(
			`Key press to frame, 5,000 items / 200 delegations / 20,000 positions, 120x40 (dataset + index built in ${formatMs(prepared)}; ${Math.round(bytesPerKey)} bytes written per key; ${unchanged} keys drew nothing)`,
			['keys', 'presses', 'median', 'p95', 'max'],
			results.map(({label, summary}) => [label, String(summary.count), formatMs(summary.median), formatMs(summary.p95), formatMs(summary.max)]),
		);
		const total = results.at(-1)?.summary;
		if (total !== undefined) {
			const isWithin = total.median <= 16 && total.p95 <= 33;
			process.stdout.write(`Budget: median ≤ 16 ms and p95 ≤ 33 ms: ${isWithin ? 'met' : 'NOT met'}\n`);
		}
	}

	return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	await benchKeys();
}
