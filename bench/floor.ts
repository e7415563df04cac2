import {performance} from 'node:perf_hooks';
import {buildIndex} from '../source/dataset/build-index.js';
import {draftOfEvent} from '../source/journal/floor/floor-payloads.js';
import type {FloorEvent} from '../source/journal/floor/floor-events.js';
import {applyEntry, replay, type JournalRecords} from '../source/journal/replay.js';
import {journalEntry, type EntryDraft, type JournalEntry} from '../source/journal/schema.js';
import type {SessionRecords} from '../source/state/records.js';
import type {Intent} from '../source/state/state.js';
import {FakeStdin} from '../test/helpers/fake-stdin.js';
import {FrameStdout, pressScript, sleep, type Press} from './fake-terminal.js';
import {formatMs, printTable, summarize, type Summary} from './stats.js';
import {syntheticDataset} from './synthetic.js';

/*
The floor's keys, key press to frame, on the large session (5,000 items, 200
delegations, 20,000 positions) with 60 requests on the current item's list and
a speaker on the floor: the real <App> mounted as the CLI mounts it, at 100x30
and 120x40. Keys that record (J, Space) go through an edge that applies the
entry to the records and hands them back, as the journal's follower does, so the
frame measured is the first one after the key (the list redrawn, "saving…").
*/




function script(): Press[] {
	return pressScript(add => {
		for (let round = 0; round < 4; round++) {
			add('f (open the floor)', 'f');
			add('j / k on the list', 'j', 10);
			add('j / k on the list', 'k', 3);
			add('J (move, recorded)', 'J', 3);
			add('a + typing a name', 'a');
			for (const character of 'del-1') {
				add('a + typing a name', character);
			}

			add('a + typing a name', '\u001B');
			add('f (open the floor)', 'f');
			add('Space (next speaker, recorded)', ' ');
		}
	});
}

let sequence = 0;
function entryOf(draft: EntryDraft, at: number): JournalEntry {
	sequence++;
	return journalEntry.parse({v: 1, id: `${at.toString(36).padStart(9, '0')}-${sequence.toString(16).padStart(12, '0')}`, time: new Date(at).toISOString(), author: {name: 'Chair', role: 'chair'}, ...draft});
}

export type FloorBenchResult = {readonly size: string; readonly label: string; readonly summary: Summary};

export async function benchFloor(options: {print?: boolean} = {}): Promise<FloorBenchResult[]> {
	process.env['NODE_ENV'] ??= 'production';
	const [{createElement}, {mountFullScreen}, {App}] = await Promise.all([import('react'), import('../source/ui/run-dashboard.js'), import('../source/ui/app.js')]);
	const dataset = syntheticDataset({items: 5000, delegations: 200, positions: 20_000});
	const index = buildIndex(dataset);
	const item = dataset.agendaItems[0]!.id;
	const now = Date.now();
	const entries: JournalEntry[] = [entryOf({kind: 'current', payload: {item}}, now - 120_000)];
	for (let number = 1; number <= 61; number++) {
		const event: FloorEvent = {type: 'request', item, delegation: `del-${number}`, kind: 'speak'};
		entries.push(entryOf(draftOfEvent(event), now - 100_000 + number));
	}

	entries.push(entryOf(draftOfEvent({type: 'give', item, delegation: 'del-61'}), now - 10_000));
	const base = replay(dataset, entries);
	const results: FloorBenchResult[] = [];
	for (const size of process.env['BENCH_KEYS_SIZE'] ? [process.env['BENCH_KEYS_SIZE']] : ['100x30', '120x40']) {
		const [columns = 100, rows = 30] = size.split('x').map(Number);
		let records: JournalRecords = base;
		const listeners = new Set<(records: SessionRecords) => void>();
		const onIntent = async (intent: Intent) => {
			if (intent.kind !== 'record') {
				return undefined;
			}

			records = applyEntry(records, entryOf(intent.draft, Date.now()));
			for (const listener of listeners) {
				listener(records);
			}

			return `saved: ${intent.what}`;
		};

		const stdout = new FrameStdout(columns, rows);
		const stdin = new FakeStdin();
		const {instance, dispose} = mountFullScreen(createElement(App, {
			index,
			now,
			records: base,
			role: 'chair',
			onIntent,
			subscribeRecords(listener) {
				listeners.add(listener);
				return () => listeners.delete(listener);
			},
		}), {stdout, stdin: stdin as unknown as NodeJS.ReadStream, stderr: new FrameStdout() as unknown as NodeJS.WriteStream});
		await sleep(200);
		const byLabel = new Map<string, number[]>();
		const all: number[] = [];
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
			if (drawn !== undefined) {
				all.push(drawn - sent);
				byLabel.set(press.label, [...(byLabel.get(press.label) ?? []), drawn - sent]);
			}

			await sleep(45);
		}

		instance.unmount();
		dispose();
		results.push(...[...byLabel].map(([label, times]) => ({size, label, summary: summarize(times)})), {size, label: 'all floor keys', summary: summarize(all)});
	}

	if (options.print ?? true) {
		printTable(
			'Floor keys, key press to frame: 5,000 items / 200 delegations, 60 requests on the list and a speaker',
			['size', 'keys', 'presses', 'median', 'p95', 'max'],
			results.map(({size, label, summary}) => [size, label, String(summary.count), formatMs(summary.median), formatMs(summary.p95), formatMs(summary.max)]),
		);
		for (const total of results.filter(result => result.label === 'all floor keys')) {
			const isWithin = total.summary.median <= 16 && total.summary.p95 <= 33;
			process.stdout.write(`Budget at ${total.size}: median ≤ 16 ms and p95 ≤ 33 ms: ${isWithin ? 'met' : 'NOT met'}\n`);
		}
	}

	return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	await benchFloor();
}
