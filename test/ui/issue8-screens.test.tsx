import {existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {stripVTControlCharacters} from 'node:util';
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import {exportMinutesFile} from '../../source/minutes/write.js';
import type {State} from '../../source/state/state.js';
import {keysLine} from '../../source/format/footer.js';
import {lineText} from '../../source/format/line.js';
import {displayWidth} from '../../source/text/width.js';
import {fixtureIndex} from '../state/fixture.js';
import {fixedNow, keys, manualClock, renderDashboard, tick, type Dashboard} from './dashboard-harness.js';

/* Issue 8, items 19 to 26: what the dashboard shows. */

// Colour on, so the styles of a match can be seen (chalk reads FORCE_COLOR when Ink is first imported).
const forceColor = vi.hoisted(() => {
	const before = process.env['FORCE_COLOR'];
	process.env['FORCE_COLOR'] = '1';
	return before;
});

beforeAll(() => {
	process.env['TZ'] = 'UTC';
});

afterAll(() => {
	if (forceColor === undefined) {
		delete process.env['FORCE_COLOR'];
	} else {
		process.env['FORCE_COLOR'] = forceColor;
	}
});

const index = fixtureIndex();
let dashboard: Dashboard | undefined;
afterEach(() => {
	dashboard?.unmount();
	dashboard = undefined;
});

async function open(options: Parameters<typeof renderDashboard>[1] = {}) {
	dashboard = await renderDashboard(index, {columns: 100, rows: 30, role: 'secretary', ...options});
	return dashboard;
}

const footer = (d: Dashboard) => d.frame().split('\n').at(-1) ?? '';

/** Waits (20 s ceiling) until the latest state holds: a lone ESC is only read on a later turn of the event loop. */
async function until(d: Dashboard, holds: (state: State) => boolean) {
	const deadline = performance.now() + 20_000;
	while (!holds(d.states.at(-1)!) && performance.now() < deadline) {
		await new Promise(resolve => {
			setTimeout(resolve, 20);
		});
	}
}

describe('8.22: the footer shows what the focused context can do', () => {
	it('8.22: the recording keys are in the footer at 100 and 80 columns, most used first', async () => {
		const wide = await open({columns: 100});
		expect(footer(wide)).toBe('↑↓/jk move  d decide  s status  p position  Enter open  / filter  c current  u undo  ? help  q quit');
		wide.unmount();
		const narrow = await open({columns: 80, rows: 24});
		expect(footer(narrow)).toBe('↑↓/jk move  d decide  s status  p position  Enter open  / filter  ? help  q quit');
		for (const width of [30, 40, 60, 80, 100, 120, 200]) {
			expect(displayWidth(lineText(keysLine('agenda', width)).trimEnd())).toBeLessThanOrEqual(width);
		}
	});

	it('8.22: the status and position forms show their own keys, never the decision\'s Tab', async () => {
		const d = await open();
		await d.press('s');
		expect(footer(d)).toBe('↑↓/1-4 choose  Enter save  Ctrl+S save  Esc cancel');
		await d.press(keys.escape, 'p');
		expect(footer(d)).toBe('Enter save  Ctrl+S save  Esc cancel');
		await d.press(keys.escape, 'd');
		expect(footer(d)).toBe('Ctrl+S save  Tab outcome/text  Esc cancel');
		expect(lineText(keysLine('record', 100, undefined, 'undo')).trimEnd()).toBe('y/n undo / keep  Esc cancel');
	});

	it('8.22: every footer fits every width', () => {
		// Every footer at every width fits its columns (wide glyphs count two).
		for (const context of ['agenda', 'detail', 'positions', 'lookup-result', 'help', 'prompt'] as const) {
			for (let width = 20; width <= 140; width += 7) {
				expect(displayWidth(lineText(keysLine(context, width)).trimEnd())).toBeLessThanOrEqual(width);
			}
		}
	});
});

describe('8.26: smaller things on the dashboard', () => {
	it('8.26: cancelling a filter puts the selection back where it was', async () => {
		const d = await open();
		await d.press('j', 'j', 'j', 'j', 'j', 'j');
		const before = d.states.at(-1)!.agenda;
		await d.press('/', 'Budget');
		expect(d.states.at(-1)!.rows).toHaveLength(1);
		await d.press(keys.escape);
		await until(d, state => state.overlays.length === 0);
		expect(d.states.at(-1)!.agenda).toEqual(before);
		expect(d.frame()).toMatch(/^> {2}PL 1\.07/m);
	});

	it('8.26: a viewer\'s c changes nothing: the header keeps the current item, nothing is queued', async () => {
		const intents: unknown[] = [];
		const d = await open({role: 'viewer', onIntent: intent => {
			intents.push(intent);
		}});
		const header = () => d.frame().split('\n')[1];
		const before = header();
		await d.press('j', 'c');
		expect(header()).toBe(before);
		expect(d.states.at(-1)!.currentItem).toBe(d.states[0]!.currentItem);
		expect(footer(d)).toContain('viewers cannot record');
		expect(intents).toEqual([]);
	});

	it('8.26: a notice goes after five seconds of clock ticks; an error stays until a key', async () => {
		const clock = manualClock(fixedNow);
		const d = await open({clock, startNotice: 'Skipped 1 journal line'});
		expect(footer(d)).toContain('Skipped 1 journal line');
		clock.advance(10_000);
		await tick();
		expect(footer(d)).toContain('Skipped 1 journal line');
		await d.press('j');
		expect(footer(d)).not.toContain('Skipped');
		await d.press('c');
		expect(footer(d)).toContain('is now current');
		clock.advance(3000);
		await tick();
		expect(footer(d)).toContain('is now current');
		clock.advance(2000);
		await tick();
		expect(footer(d)).not.toContain('is now current');
		expect(footer(d)).toContain('q quit');
	});

	it('8.26: e twice in one minute writes two files, never over the first', async () => {
		const folder = mkdtempSync(path.join(os.tmpdir(), 'council-issue8-minutes-'));
		try {
			const journal = path.join(folder, 'session.jsonl');
			writeFileSync(journal, '');
			const now = Date.UTC(2026, 5, 1, 10, 30, 5);
			const first = await exportMinutesFile({index, journalPath: journal, format: 'md', folder, now});
			writeFileSync(first.file, 'kept\n');
			const second = await exportMinutesFile({index, journalPath: journal, format: 'md', folder, now: now + 20_000});
			expect(second.file).not.toBe(first.file);
			expect(second.file).toMatch(/-2\.md$/);
			expect(readFileSync(first.file, 'utf8')).toBe('kept\n');
			// A symlink planted at the next name is never written through.
			symlinkSync(path.join(folder, 'elsewhere'), second.file.replace('-2.md', '-3.md'));
			const third = await exportMinutesFile({index, journalPath: journal, format: 'md', folder, now});
			expect(third.file).toMatch(/-4\.md$/);
			expect(existsSync(path.join(folder, 'elsewhere'))).toBe(false);
		} finally {
			rmSync(folder, {recursive: true, force: true});
		}
	});
});

describe('8.19: a second decision on an item', () => {
	it('8.19: d on a decided item shows the decision recorded (outcome, text, time) and says saving amends it', async () => {
		const records = {
			statuses: new Map(),
			decisions: new Map([['item-2', {on: 'item-2', outcome: 'rejected', text: 'The Council rejected report 2.\u001B[31m', at: Date.UTC(2026, 5, 1, 9, 30)}]]),
			positions: [],
		};
		const d = await open({records});
		await d.press('j', 'd');
		const frame = d.frame();
		expect(frame).toContain('Recorded at 09:30 UTC: rejected — “The Council rejected report 2.”');
		expect(frame).toContain('Ctrl+S amends the decision recorded at 09:30');
		// The recorded decision is the start: its outcome chosen, its text to amend.
		expect(frame).toContain('[6 rejected]');
		expect(frame).toContain('The Council rejected report 2.█');
		// An item without a decision opens on the draft, saying nothing of amending.
		await d.press(keys.escape, 'j', 'd');
		expect(d.frame()).not.toContain('amends the decision');
	});
});

describe('8.23: a backlink lands on the citation', () => {
	it('8.23: Enter on a backlink from # opens the detail on the cited paragraph; Backspace returns to the lookup list', async () => {
		const d = await open({columns: 80, rows: 24});
		await d.press('G', '#', '71', keys.enter);
		const list = d.frame();
		expect(list).toContain('#71: Resolution 71');
		await d.press(keys.enter);
		const frame = d.frame();
		expect(frame).toContain('──[ Item PL 1.01');
		expect(frame).toMatch(/^> {3}Cites the strategic plan\.$/m);
		await d.press(keys.backspace);
		expect(d.frame()).toBe(list);
	});

	it('8.23: a backlink to the item already selected (a one-item session) still lands on the paragraph and Backspace returns', async () => {
		const {bundledIndex} = await import('../helpers/bundled.js');
		dashboard = await renderDashboard(bundledIndex(), {columns: 120, rows: 40, role: 'secretary'});
		const d = dashboard;
		await d.press('#', '71', keys.enter, 'j', keys.enter);
		expect(d.frame()).toMatch(/^> {3}Resolution 71 \(Rev\. Bucharest, 2022\) of the Plenipotentiary Conference, on the strategic plan/m);
		expect(d.states.at(-1)!.focus).toBe('detail');
		await d.press(keys.backspace);
		expect(d.frame()).toContain('#71: Resolution 71 (Rev. Bucharest, 2022)');
		expect(d.frame()).toMatch(/^> {3}→ Contribution .* · §1 Background ¶2$/m);
	});

	it('8.23: every citation a document makes lands on a line of its item\'s detail (references, paragraphs, footnotes)', async () => {
		const {citationAnchor, detailLines} = await import('../../source/features/panes/detail-lines.js');
		const withFootnote = fixtureIndex({edit: input => {
			input.documents![3]!.footnotes = [{number: 1, text: 'See the plan.', cites: ['res-71']}];
		}});
		let checked = 0;
		for (const citations of withFootnote.citedBy.values()) {
			for (const citation of citations) {
				if (citation.from.kind !== 'document') {
					continue;
				}

				for (const itemId of citation.items) {
					const item = withFootnote.dataset.agendaItems.find(candidate => candidate.id === itemId)!;
					const lines = detailLines(withFootnote, {statuses: new Map(), decisions: new Map(), positions: []}, item, 76);
					expect(lines.some(line => line.anchor === citationAnchor(citation.from.value.id, citation.where))).toBe(true);
					checked++;
				}
			}
		}

		expect(checked).toBeGreaterThan(12);
	});
});

describe('8.25: / searches the documents\' text', () => {
	it('8.25: a phrase only in a document\'s background paragraph finds its item, and the detail marks it', async () => {
		const d = await open({columns: 100, rows: 30});
		await d.press('/', 'background of 3', keys.enter);
		expect(d.states.at(-1)!.rows).toEqual([2]);
		expect(d.frame()).toMatch(/^>  PL 1\.03/m);
		// n in the detail goes to the line holding it; the gutter marker says where without any style (NO_COLOR).
		await d.press(keys.tab, 'n');
		expect(d.frame()).toMatch(/^>› {2}Background of 3, line one\.$/m);
		await d.press(keys.tab);
		expect(d.frame()).toMatch(/^ › {2}Background of 3, line one\.$/m);
		// The match itself is in reverse video.
		expect(d.rawFrame().split('\n').find(line => stripVTControlCharacters(line).includes('line one.'))).toMatch(/\u001B\[7m(?:\u001B\[\d+m)*Background of 3/);
	});

	it('8.25: footnotes and action required are searched too; n/N step through the matching lines of the detail', async () => {
		const d = await open({columns: 100, rows: 30});
		await d.press('/', 'a footnote', keys.enter);
		expect(d.states.at(-1)!.rows).toHaveLength(12);
		await d.press(keys.tab, 'n');
		const state = d.states.at(-1)!;
		expect(state.focus).toBe('detail');
		expect(d.frame()).toMatch(/^>› {2}\[1\] A footnote\.$/m);
		await d.press('N');
		expect(d.states.at(-1)!.detail.cursor).toBe(state.detail.cursor);
	});

	it('8.25: the mono theme keeps the match visible: inverse, not a colour', async () => {
		const {defaultSettings} = await import('../../source/settings/schema.js');
		const d = await open({settings: {...defaultSettings, theme: 'mono'}});
		await d.press('/', 'line one', keys.enter, keys.tab, 'n', keys.tab);
		const matchLine = d.rawFrame().split('\n').find(line => stripVTControlCharacters(line).includes('line one.'))!;
		expect(matchLine).toMatch(/\u001B\[7m/);
		expect(matchLine).not.toMatch(/\u001B\[(?:3\d|9\d)m/);
	});
});
