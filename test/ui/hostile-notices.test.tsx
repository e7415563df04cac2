import {mkdir, mkdtemp, readdir, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {stripVTControlCharacters} from 'node:util';
import {cleanup, render} from 'ink-testing-library';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {defaultSettings} from '../../source/settings/schema.js';
import {App} from '../../source/ui/app.js';
import {journalFeed} from '../../source/ui/run-dashboard.js';
import {fixtureIndex} from '../state/fixture.js';
import {fixedNow, fixedOpenedAt, tick} from './dashboard-harness.js';

/*
Text that reaches the dashboard from outside (the folder `e` writes into, a
settings warning naming a path, an error's message) is shown visibly: an escape
sequence is removed and a newline shows as `\n`, so a folder name cannot
retitle the window, clear the screen or draw a footer line of its own.
*/

beforeAll(() => {
	process.env['TZ'] = 'UTC';
});

const folders: string[] = [];
afterEach(async () => {
	cleanup();
	for (const folder of folders.splice(0)) {
		await rm(folder, {recursive: true, force: true});
	}
});

const index = fixtureIndex();
const lastLine = (frame: string | undefined) => stripVTControlCharacters(frame ?? '').split('\n').at(-1)!.trimEnd();

/** Waits (20 s ceiling: the text normally comes within milliseconds) for the text, then asserts it. */
async function waitFor(read: () => string, text: string) {
	const deadline = performance.now() + 20_000;
	while (!read().includes(text) && performance.now() < deadline) {
		// eslint-disable-next-line no-await-in-loop
		await new Promise(resolve => {
			setTimeout(resolve, 20);
		});
	}

	expect(read()).toContain(text);
}

describe('notices from outside the dashboard', () => {
	it('"Minutes written to FILE" in a folder holding an OSC sequence and a newline names the file, on one line, no escape', async () => {
		const base = await mkdtemp(path.join(os.tmpdir(), 'council-notice-'));
		folders.push(base);
		const hostile = path.join(base, 'm\u001B]0;PWNED\u0007\nx');
		await mkdir(hostile);
		const feed = await journalFeed({datasetPath: 'x', dataset: index.dataset, index, journalPath: path.join(base, 'session.jsonl'), author: {name: 'Ana', role: 'secretary'}, exportFolder: hostile});
		const app = render(<App index={index} now={fixedNow} openedAt={fixedOpenedAt} role="secretary" {...(feed.records === undefined ? {} : {records: feed.records})} {...(feed.onIntent === undefined ? {} : {onIntent: feed.onIntent})}/>);
		await tick();
		app.stdin.write('e');
		await waitFor(() => lastLine(app.lastFrame()), 'Minutes written to ');
		const [written] = await readdir(hostile);
		expect(written).toMatch(/\.md$/);
		// The file is named within the folder it went to (a whole path is cut at 80 columns): one footer line.
		expect(lastLine(app.lastFrame())).toContain(`Minutes written to ${written}`);
		expect(app.lastFrame()).not.toContain('PWNED');
		expect(app.lastFrame()).not.toContain('\u0007');
	});

	it('a settings warning naming a hostile path is shown visibly in the footer', async () => {
		const store = {save: () => ['Settings file /s\u001B[2J\u001B]0;PWNED\u0007\ny/settings.json: not saved (permission denied)']};
		const app = render(<App index={index} now={fixedNow} openedAt={fixedOpenedAt} settings={defaultSettings} settingsStore={store}/>);
		await tick();
		await waitFor(() => lastLine(app.lastFrame()), 'not saved');
		expect(lastLine(app.lastFrame())).toBe('Settings file /s\\ny/settings.json: not saved (permission denied)');
		expect(app.lastFrame()).not.toContain('PWNED');
		expect(app.lastFrame()).not.toContain('\u001B[2J');
	});

	it('an error from the edge whose message holds a path is shown visibly', async () => {
		const onIntent = async () => {
			throw new Error('EACCES: permission denied, open \'/j\u001B]0;PWNED\u0007\nk.md\'');
		};

		const app = render(<App index={index} now={fixedNow} openedAt={fixedOpenedAt} role="secretary" onIntent={onIntent}/>);
		await tick();
		app.stdin.write('e');
		await waitFor(() => lastLine(app.lastFrame()), 'Minutes not written: ');
		expect(lastLine(app.lastFrame())).toMatch(/Minutes not written: EACCES: permission denied, open '\/j\\nk\.md'$/);
		expect(app.lastFrame()).not.toContain('PWNED');
	});
});
