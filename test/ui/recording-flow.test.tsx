import {mkdir, readFile, readdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {cleanup, render} from 'ink-testing-library';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {Role} from '../../source/settings/schema.js';
import type {Intent} from '../../source/state/state.js';
import {App} from '../../source/ui/app.js';
import {journalFeed} from '../../source/ui/run-dashboard.js';
import {fixtureIndex} from '../state/fixture.js';
import {fixedNow, fixedOpenedAt, keys, tick} from './dashboard-harness.js';
import {journalFolder, journalLines, openJournalDashboard, plainFrame, removeJournalFolders} from './journal-dashboard.js';

/*
The recording keys end to end inside the app, under ink-testing-library, with
the real edge (journalFeed: recordEntry with fsync, the follower) writing a real
temporary journal. "saved" may only appear once the line is in the file.
*/

beforeAll(() => {
	process.env['TZ'] = 'UTC';
});

afterEach(async () => {
	cleanup();
	await removeJournalFolders();
});

const ctrlS = '\u0013';
const index = fixtureIndex();
const folder = async () => journalFolder('council-recording-');
const entries = journalLines;
const plain = plainFrame;
const open = async (options: {role?: Role; journalPath?: string} = {}) => openJournalDashboard({index, folderPrefix: 'council-recording-', ...options});

describe('recording from the dashboard', () => {
	it('d opens the pre-filled draft; Ctrl+S saves it, says saved once on disk, and the decision is shown', async () => {
		const d = await open();
		await d.press('d');
		const item = index.dataset.agendaItems.find(candidate => d.frame().includes(`Decision on item ${candidate.number}`));
		expect(item).toBeDefined();
		// The draft from the action required is already there: "The Council is invited to approve X" → "The Council approved X."
		expect(d.frame()).toMatch(/The Council [\w ]+ the report \d+\.█/);
		expect(d.frame()).toContain('Ctrl+S saves · Esc cancels');
		await d.press(ctrlS);
		await d.waitFor(`saved: decision on item ${item!.number}`);
		const written = await entries(d.file);
		expect(written).toHaveLength(1);
		expect(written[0]).toMatchObject({kind: 'decision', payload: {target: item!.id}, author: {name: 'Ana', role: 'secretary'}});
		expect(written[0]!['payload'].text).toMatch(/^The Council [\w ]+ the report \d+\.$/);
		// The follower brings it back: the detail shows the decision.
		await d.waitFor('Decision: ');
	});

	it('d: outcome by its number, the text edited on several lines, with CJK and a paste sanitized', async () => {
		const d = await open();
		await d.press('d', keys.tab, '6');
		// The pick stays on the outcomes; Enter goes to the text, a second Enter starts a new line there.
		expect(d.frame()).toContain('[6 rejected]');
		await d.press(keys.enter, keys.enter, '中文', keys.left, keys.backspace, keys.right, 'r\u0007e\u200Fd');
		await d.press(ctrlS);
		await d.waitFor('saved: decision on');
		const [entry] = await entries(d.file);
		expect(entry?.['payload'].outcome).toBe('rejected');
		// The BEL of the paste is gone; the right-to-left mark is text (Arabic needs it) and stays.
		expect(entry?.['payload'].text).toMatch(/\.\n文re\u200Fd$/);
	});

	it('Esc on an untouched draft closes at once; on changed text it asks, n keeps typing, y discards', async () => {
		const d = await open();
		await d.press('d', keys.escape);
		expect(d.frame()).not.toContain('Decision on');
		await d.press('d', 'x', keys.escape);
		expect(d.frame()).toContain('Discard the changed decision? y/n');
		await d.press('n');
		expect(d.frame()).not.toContain('Discard the changed decision?');
		expect(d.frame()).toContain('x█');
		await d.press(keys.escape, 'y');
		expect(d.frame()).not.toContain('Decision on');
		expect(await entries(d.file)).toEqual([]);
	});

	it('s changes the status with a picker', async () => {
		const d = await open();
		await d.press('s');
		expect(d.frame()).toContain('Status (↑/↓ or 1-4, Enter saves)');
		await d.press('4', keys.enter);
		await d.waitFor('saved: status of item');
		const [entry] = await entries(d.file);
		expect(entry).toMatchObject({kind: 'status', payload: {status: 'deferred'}});
	});

	it('p finds a delegation by part of its name in Chinese or Arabic, then the stance and a note', async () => {
		const d = await open();
		await d.press('p', 'مص');
		expect(d.frame()).toContain('> مصر');
		expect(d.frame()).not.toContain('France');
		await d.press(keys.enter, '3', 'needs time', keys.enter);
		await d.waitFor('saved: position on item');
		await d.press('p', '中', keys.enter, 'o', keys.enter);
		await d.waitFor('saved: position on item');
		const written = await entries(d.file);
		expect(written.map(entry => entry['payload'])).toEqual([
			expect.objectContaining({delegation: 'eg', stance: 'reservation', note: 'needs time'}),
			expect.objectContaining({delegation: 'cn', stance: 'opposes'}),
		]);
		expect(written[1]?.['payload']).not.toHaveProperty('note');
	});

	it('u asks what it will undo, then records the reversal (the history is kept)', async () => {
		const d = await open();
		await d.press('d', ctrlS);
		await d.waitFor('saved: decision on');
		const [decision] = await entries(d.file);
		const item = index.entities.get(decision!['payload'].target);
		await d.waitFor('Decision: ');
		await d.press('u');
		expect(d.frame()).toMatch(new RegExp(`Undo: decision on item ${item?.kind === 'agenda-item' ? item.value.number : '?'} \\(\\w+\\)\\? y/n`));
		expect(d.frame()).toContain('y records the undo · n or Esc keeps everything as it is');
		await d.press('y');
		await d.waitFor('saved: undo of the decision');
		const written = await entries(d.file);
		expect(written.map(entry => entry['kind'])).toEqual(['decision', 'undo']);
		expect(written[1]?.['payload'].entry).toBe(decision!['id']);
		// The undo reaches the screen through the follower, after "saved": awaited (20 s ceiling), not given 1 s.
		const deadline = performance.now() + 20_000;
		while (d.frame().includes('Decision: ') && performance.now() < deadline) {
			await new Promise(resolve => {
				setTimeout(resolve, 20);
			});
		}

		expect(d.frame()).not.toContain('Decision: ');
		await d.press('u');
		expect(d.frame()).toContain('Nothing to undo');
	});

	it('e writes the minutes and shows the path', async () => {
		const d = await open();
		await d.press('d', ctrlS);
		await d.waitFor('saved: decision on');
		await d.press('e');
		await d.waitFor('Minutes written to ');
		const [written] = (await readdir(d.folder)).filter(name => name.endsWith('.md'));
		expect(written).toBeDefined();
		// Named in the folder it went to, whole (a whole path was cut at the screen's edge).
		expect(d.frame().split('\n').at(-1)).toBe(`Minutes written to ${written!}`);
		expect(await readFile(path.join(d.folder, written!), 'utf8')).toContain('The Council');
	});

	it('refuses a viewer: the footer says the keys are off and why, pressing them says so, nothing is written', async () => {
		const d = await open({role: 'viewer'});
		expect(d.frame().split('\n').at(-1)).toContain('d s p u: viewers cannot record');
		for (const key of ['d', 's', 'p', 'u']) {
			await d.press(key);
			expect(d.frame().split('\n').at(-1)).toContain('viewers cannot record');
			expect(d.frame()).not.toMatch(/Decision on|Status of|Position on|Undo:/);
		}

		expect(await entries(d.file)).toEqual([]);
	});

	it('keeps the typed text and shows the error when the write fails', async () => {
		const d = await open();
		// A folder where the journal file should be: the append fails (EISDIR).
		await mkdir(d.file);
		await d.press('d', keys.tab, keys.enter, 'kept');
		await d.press(ctrlS);
		await d.waitFor('Not saved:');
		expect(d.frame()).toContain('kept█');
		expect(d.frame()).not.toContain('saved: decision');
		expect(await readFile(d.file, 'utf8').catch(() => 'unreadable')).toBe('unreadable');
	});

	it('shows saving… until the write resolves, and saved only then', async () => {
		let finish: (text: string) => void = () => undefined;
		const intents: Intent[] = [];
		const app = render(<App index={index} now={fixedNow} openedAt={fixedOpenedAt} role='chair' onIntent={async intent => {
			intents.push(intent);
			return new Promise<string>(resolve => {
				finish = resolve;
			});
		}} />);
		for (const key of ['d', ctrlS]) {
			app.stdin.write(key);
			await tick();
			await tick();
		}

		expect(intents).toHaveLength(1);
		expect(plain(app.lastFrame())).toContain('saving…');
		expect(plain(app.lastFrame())).not.toContain('saved');
		finish('saved: decision on item PL 1.01 (approved)');
		await tick();
		await tick();
		expect(plain(app.lastFrame())).not.toContain('saving…');
		expect(plain(app.lastFrame()).split('\n').at(-1)).toBe('saved: decision on item PL 1.01 (approved)');
	});

	it('reports skipped and torn journal lines on the first frame', async () => {
		const where = await folder();
		const file = path.join(where, 'session.jsonl');
		await writeFile(file, 'not json\n{"v":1,"id":"0mn');
		const feed = await journalFeed({datasetPath: 'x', dataset: index.dataset, index, journalPath: file, author: {name: 'Ana', role: 'chair'}});
		expect(feed.startNotice).toMatch(/^Journal: 2 lines skipped \(council log lists them\): line 1 /);
		const app = render(<App index={index} now={fixedNow} openedAt={fixedOpenedAt} role='chair' {...(feed.startNotice === undefined ? {} : {startNotice: feed.startNotice})} />);
		await tick();
		expect(plain(app.lastFrame()).split('\n').at(-1)).toMatch(/^Journal: 2 lines skipped \(council log lists them\): line 1 /);
	});

	it('shows where the journal is in the help screen', async () => {
		const d = await open();
		await d.press('?');
		expect(d.frame()).toContain(`Journal: ${d.file}`.slice(0, 50));
	});
});
