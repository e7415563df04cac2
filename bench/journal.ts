import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {dataset as datasetSchema, type Dataset} from '../source/dataset/schema.js';
import {appendEntry, entryLine} from '../source/journal/append.js';
import {makeEntry} from '../source/journal/entry-id.js';
// zod without its JIT, as the CLI runs it (dataset/load.ts configures it on import).
import '../source/dataset/load.js';
import {compileFastEntry} from '../source/journal/fast-entry.js';
import {readJournal} from '../source/journal/read.js';
import {replay} from '../source/journal/replay.js';
import {journalEntry, type EntryDraft, type JournalEntry} from '../source/journal/schema.js';
import {watchJournal} from '../source/journal/watch.js';
import {formatMs, printTable, summarize, type Summary} from './stats.js';

/*
The journal's costs: how long a secretary waits for "saved" (one append with
fsync, on the folder the OS gives for temporary files), how long until another
screen sees the entry, and how long a screen takes to start on a long session
(reading, validating and replaying 100,000 entries).
*/

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const author = {name: 'Bench Secretary', role: 'secretary'} as const;

function testDataset(): Dataset {
	return datasetSchema.parse(JSON.parse(readFileSync(path.join(root, 'test', 'fixtures', 'journal-dataset.json'), 'utf8')));
}

function entryAt(index: number, draft: EntryDraft): JournalEntry {
	const random = new Uint8Array(6);
	new DataView(random.buffer).setUint32(2, index);
	return makeEntry(draft, author, Date.UTC(2026, 3, 13, 9) + index, random);
}

/** 100,000 entries of every kind over the test dataset, one in ten an undo of the one before. */
function sessionEntries(dataset: Dataset, count: number): JournalEntry[] {
	const targets = [...dataset.agendaItems.map(item => item.id), ...dataset.proposals.map(proposal => proposal.id)];
	const delegations = dataset.delegations.map(delegation => delegation.id);
	const entries: JournalEntry[] = [];
	for (let index = 0; index < count; index++) {
		const target = targets[index % targets.length]!;
		let draft: EntryDraft;
		if (index % 10 === 9) {
			draft = {kind: 'undo', payload: {entry: entries[index - 1]!.id}};
		} else if (index % 3 === 0) {
			draft = {kind: 'position', payload: {delegation: delegations[index % delegations.length]!, on: target, stance: 'supports', note: `Note ${index}`}};
		} else if (index % 3 === 1) {
			draft = {kind: 'decision', payload: {target, outcome: 'approved', text: `The Council approved the proposal (entry ${index}).`}};
		} else {
			draft = {kind: 'current', payload: {item: dataset.agendaItems[index % dataset.agendaItems.length]!.id}};
		}

		entries.push(entryAt(index, draft));
	}

	return entries;
}

async function appendLatencies(folder: string, count: number): Promise<number[]> {
	const file = path.join(folder, 'append.jsonl');
	const times: number[] = [];
	for (let index = 0; index < count; index++) {
		const entry = entryAt(index, {kind: 'status', payload: {item: 'item-budget', status: index % 2 === 0 ? 'decided' : 'under-consideration'}});
		const started = performance.now();
		await appendEntry(file, entry);
		times.push(performance.now() - started);
	}

	return times;
}

/**
From the start of an append to the watcher's delivery, in this process. (The
watcher often delivers before the append is acknowledged: fs.watch fires on the
write, before the fsync returns.)
*/
async function deliveryLatencies(folder: string, count: number): Promise<number[]> {
	const file = path.join(folder, 'live.jsonl');
	writeFileSync(file, '');
	const times: number[] = [];
	let resolveDelivery: (() => void) | undefined;
	const stop = watchJournal(file, {
		offset: 0,
		line: 1,
		onUpdate() {
			resolveDelivery?.();
		},
	});
	try {
		for (let index = 0; index < count; index++) {
			const delivered = new Promise<void>(resolve => {
				resolveDelivery = resolve;
			});
			const started = performance.now();
			await appendEntry(file, entryAt(index, {kind: 'current', payload: {item: 'item-report'}}));
			await delivered;
			times.push(performance.now() - started);
		}
	} finally {
		stop();
	}

	return times;
}

function timeRuns(runs: number, action: () => void): number[] {
	const times: number[] = [];
	for (let run = 0; run < runs; run++) {
		const started = performance.now();
		action();
		times.push(performance.now() - started);
	}

	return times;
}

function row(what: string, summary: Summary): string[] {
	return [what, String(summary.count), formatMs(summary.median), formatMs(summary.p95), formatMs(summary.max)];
}

/** One line of each way a journal line can be bad (each is reported and skipped). */
function badLines(): string[] {
	const valid = JSON.stringify(entryAt(1, {kind: 'current', payload: {item: 'item-budget'}}));
	const kinds = [
		'{"v":1,"id":"not json',
		valid.replace('"current"', '"no-such-kind"'),
		valid.replace('"item-budget"', '"Item Budget"'),
		valid.replace('"payload"', '"__proto__":{"polluted":true},"payload"'),
		valid.replace('"payload":{', '"payload":{"__proto__":1,'),
		valid.replace('Bench Secretary', 'Bench\\u001b[2J Secretary').replace('"role":"secretary"', '"role":"admin"'),
		valid.replace('"v":1', '"v":2'),
		`{"v":1,"payload":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
		valid.replace('"time":"', '"time":"yesterday '),
		'[]',
	];
	return Array.from({length: 100}, (_, index) => kinds[index % kinds.length]!);
}

export async function benchJournal(): Promise<void> {
	const runs = Number(process.env['BENCH_RUNS'] ?? '') || 5;
	const folder = mkdtempSync(path.join(os.tmpdir(), 'council-bench-journal-'));
	try {
		const appends = summarize(await appendLatencies(folder, 500));
		const deliveries = summarize(await deliveryLatencies(folder, 50));

		const dataset = testDataset();
		const entries = sessionEntries(dataset, 100_000);
		const file = path.join(folder, 'session.jsonl');
		writeFileSync(file, entries.map(entry => entryLine(entry)).join(''));
		const replays = summarize(timeRuns(runs, () => {
			replay(dataset, entries);
		}));
		const starts: number[] = [];
		for (let run = 0; run < runs; run++) {
			const started = performance.now();
			const chunk = await readJournal(file);
			replay(dataset, chunk.entries);
			starts.push(performance.now() - started);
		}

		// The same journal with bad lines of every sort in it: each must still be caught, at its line.
		const bad = badLines();
		const lines = entries.map(entry => entryLine(entry));
		const badAt = bad.map((_, index) => 1 + Math.floor(((index + 0.5) * lines.length) / bad.length));
		for (const [index, line] of bad.entries()) {
			lines[badAt[index]! - 1] = `${line}\n`;
		}

		const badFile = path.join(folder, 'session-bad.jsonl');
		writeFileSync(badFile, lines.join(''));
		const badStarts: number[] = [];
		let caught: readonly number[] = [];
		for (let run = 0; run < runs; run++) {
			const started = performance.now();
			const chunk = await readJournal(badFile);
			replay(dataset, chunk.entries);
			badStarts.push(performance.now() - started);
			caught = chunk.problems.map(problem => problem.line);
		}

		// The lever alone (issue 15), interleaved: zod judging every parsed line, against the fast path with zod for the rest.
		const parsedLines = entries.map(entry => JSON.parse(JSON.stringify(entry)) as unknown);
		const fast = compileFastEntry(journalEntry);
		const zodTimes: number[] = [];
		const fastTimes: number[] = [];
		for (let run = 0; run < runs; run++) {
			zodTimes.push(...timeRuns(1, () => {
				for (const value of parsedLines) {
					journalEntry.safeParse(value);
				}
			}));
			fastTimes.push(...timeRuns(1, () => {
				for (const value of parsedLines) {
					if (fast.check(value) === undefined) {
						journalEntry.safeParse(value);
					}
				}
			}));
		}

		const starting = summarize(starts);
		printTable(`journal (temporary folder ${os.tmpdir()})`, ['what', 'n', 'median', 'p95', 'max'], [
			row('append one entry (write + fsync)', appends),
			row('append started -> watcher delivers', deliveries),
			row('replay 100,000 entries', replays),
			row('read + validate + replay 100,000 lines', starting),
			row(`the same with ${bad.length} bad lines among them`, summarize(badStarts)),
			row('validate 100,000 parsed lines: zod alone (before)', summarize(zodTimes)),
			row('validate 100,000 parsed lines: fast path, zod for the rest', summarize(fastTimes)),
		]);
		const allCaught = caught.length === badAt.length && badAt.every((line, index) => caught[index] === line);
		process.stdout.write(`Bad lines: ${caught.length} of ${bad.length} reported at their line numbers${allCaught ? '' : ` (MISSED: expected lines ${badAt.join(', ')}, got ${caught.join(', ')})`}\n`);
		process.stdout.write(`Target: read + validate + replay 100,000 lines <= 300 ms, every bad line caught: median ${formatMs(starting.median)}: ${starting.median <= 300 && allCaught ? 'met' : 'MISSED'}\n`);
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
}
