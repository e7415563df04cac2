import {mkdtemp, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import {expect} from 'vitest';
import type {DatasetIndex} from '../../source/dataset/index-types.js';
import type {Role, Settings} from '../../source/settings/schema.js';
import {App} from '../../source/ui/app.js';
import {journalFeed, type DashboardOptions} from '../../source/ui/run-dashboard.js';
import {fixedNow, fixedOpenedAt, tick} from './dashboard-harness.js';

/*
The dashboard with the real edge behind it (journalFeed: recordEntry with fsync,
the follower) writing a real journal in a temporary folder, under
ink-testing-library: what the recording, outcome and notice tests share. A test
file calls `removeJournalFolders` after each test (with ink-testing-library's
cleanup) so the folders go.
*/

const folders: string[] = [];

export async function journalFolder(prefix = 'council-recording-'): Promise<string> {
	const made = await mkdtemp(path.join(os.tmpdir(), prefix));
	folders.push(made);
	return made;
}

export async function removeJournalFolders(): Promise<void> {
	for (const folder of folders.splice(0)) {
		// eslint-disable-next-line no-await-in-loop
		await rm(folder, {recursive: true, force: true});
	}
}

/** The journal's lines as parsed JSON (none when the file is not there yet). */
export async function journalLines(file: string): Promise<Array<Record<string, any>>> {
	try {
		return (await readFile(file, 'utf8')).trim().split('\n').filter(line => line !== '').map(line => JSON.parse(line) as Record<string, any>);
	} catch {
		return [];
	}
}

/** A frame without colour codes, each line's trailing spaces trimmed. */
export const plainFrame = (frame: string | undefined) => stripVTControlCharacters(frame ?? '').split('\n').map(line => line.trimEnd()).join('\n');

export type JournalDashboardOptions = {
	readonly index: DatasetIndex;
	readonly role?: Role;
	readonly journalPath?: string;
	readonly settings?: Settings;
	/** The temporary folder's name prefix, so a leftover names its test. */
	readonly folderPrefix?: string;
	/** More of the feed's options: a real dataset file, the journal's header, its dataset hash. */
	readonly feed?: Partial<DashboardOptions>;
};

export async function openJournalDashboard(options: JournalDashboardOptions) {
	const {index} = options;
	const where = await journalFolder(options.folderPrefix);
	const file = options.journalPath ?? path.join(where, 'session.jsonl');
	const role = options.role ?? 'secretary';
	const feed = await journalFeed({datasetPath: 'x', dataset: index.dataset, index, journalPath: file, author: {name: 'Ana', role}, exportFolder: where, ...(options.settings === undefined ? {} : {settings: options.settings}), ...options.feed});
	const app = render(
		<App
			index={feed.index ?? index}
			now={fixedNow}
			openedAt={fixedOpenedAt}
			role={role}
			journalText={`Journal: ${file}`}
			{...(feed.records === undefined ? {} : {records: feed.records})}
			{...(feed.subscribeRecords === undefined ? {} : {subscribeRecords: feed.subscribeRecords})}
			{...(feed.subscribeDataset === undefined ? {} : {subscribeDataset: feed.subscribeDataset})}
			{...(feed.onIntent === undefined ? {} : {onIntent: feed.onIntent})}
		/>,
	);
	await tick();
	const frame = () => plainFrame(app.lastFrame());
	return {
		file,
		folder: where,
		frame,
		async press(...sequence: string[]) {
			for (const key of sequence) {
				app.stdin.write(key);
				// eslint-disable-next-line no-await-in-loop
				await tick();
				// eslint-disable-next-line no-await-in-loop
				await tick();
			}
		},
		/**
		Waits for the frame to contain a text, or match a pattern; fails with the frame. The ceiling is
		generous (what is awaited is an fsync or a watcher's event, normally milliseconds away: it costs
		nothing when the text comes) and under the 30 s test timeout, so a miss still shows the frame.
		*/
		async waitFor(text: string | RegExp, timeoutMs = 20_000) {
			const isShown = () => (typeof text === 'string' ? frame().includes(text) : text.test(frame()));
			const deadline = performance.now() + timeoutMs;
			while (!isShown() && performance.now() < deadline) {
				// eslint-disable-next-line no-await-in-loop
				await new Promise(resolve => {
					setTimeout(resolve, 20);
				});
			}

			if (typeof text === 'string') {
				expect(frame()).toContain(text);
			} else {
				expect(frame()).toMatch(text);
			}
		},
	};
}
