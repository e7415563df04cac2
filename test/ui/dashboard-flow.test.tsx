import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {displayWidth} from '../../source/text/width.js';
import {emptyRecords, type SessionRecords} from '../../source/state/records.js';
import {fixtureIndex} from '../state/fixture.js';
import {frames} from './dashboard-frames.js';
import {clean, fixedNow, keys, manualClock, renderDashboard, tick, type Dashboard} from './dashboard-harness.js';

beforeAll(() => {
	// The header's clock is local time; the frames were written for UTC.
	process.env['TZ'] = 'UTC';
});

const index = fixtureIndex();
let dashboard: Dashboard | undefined;
afterEach(() => {
	dashboard?.unmount();
	dashboard = undefined;
});

async function open(columns: number, rows: number, options: Parameters<typeof renderDashboard>[1] = {}) {
	dashboard = await renderDashboard(index, {columns, rows, ...options});
	return dashboard;
}

const lineCount = (frame: string) => frame.split('\n').length;
const selectedRow = (frame: string) => frame.split('\n').find(line => line.startsWith('>'));

describe('frames at 80x24', () => {
	it('walks the panes, the filter, the lookup and a backlink jump', async () => {
		const d = await open(80, 24);
		expect(d.frame()).toBe(frames.first80x24);
		await d.press('j', keys.tab);
		expect(d.frame()).toBe(frames.detailFocused);
		await d.press(keys.tab);
		expect(d.frame()).toBe(frames.positionsFocused);
		await d.press(keys.escape, '/', 'b', 'u', 'd');
		expect(d.frame()).toBe(frames.filterTyping);
		await d.press(keys.escape, 'G', '#', '7', '1');
		expect(d.frame()).toBe(frames.lookupPrompt);
		await d.press(keys.enter);
		expect(d.frame()).toBe(frames.lookupResult);
		await d.press(keys.enter);
		expect(d.frame()).toBe(frames.afterJump);
		await d.press('?');
		expect(d.frame()).toBe(frames.help);
	});

	it('never draws as many lines as the terminal has rows (Ink would clear the screen each frame)', async () => {
		const d = await open(80, 24);
		await d.press('j', keys.tab, keys.tab, '?', keys.escape, '/', 'x', keys.enter, '#', '1', keys.enter);
		for (const frame of d.stdout.frames) {
			expect(lineCount(clean(frame))).toBeLessThanOrEqual(23);
		}
	});
});

describe('keys', () => {
	it('↑/↓ and j/k move the selection; the current item stays marked', async () => {
		const d = await open(80, 24);
		await d.press(keys.down, 'j');
		expect(selectedRow(d.frame())).toContain('PL 1.03');
		expect(d.frame()).toContain(' * PL 1.01');
		await d.press(keys.up, 'k');
		expect(selectedRow(d.frame())).toMatch(/^>\* PL 1\.01/);
	});

	it('PgDn/PgUp page, Home/End and g/G go to the ends', async () => {
		const d = await open(80, 24);
		await d.press(keys.pageDown);
		expect(selectedRow(d.frame())).toContain('PL 1.06');
		await d.press(keys.pageUp);
		expect(selectedRow(d.frame())).toContain('PL 1.01');
		await d.press(keys.end);
		expect(selectedRow(d.frame())).toContain('PL 1.12');
		await d.press(keys.home);
		expect(selectedRow(d.frame())).toContain('PL 1.01');
		await d.press('G');
		expect(d.frame()).toContain('Agenda 12/12');
		await d.press('g');
		expect(d.frame()).toContain('Agenda 1/12');
	});

	it('Shift+Tab focuses the previous pane; Enter opens the detail; Esc comes back', async () => {
		const d = await open(80, 24);
		await d.press(keys.shiftTab);
		expect(d.frame()).toContain('──[ Positions on item PL 1.01');
		await d.press(keys.escape, keys.enter);
		expect(d.frame()).toContain('──[ Item PL 1.01');
		await d.press(keys.escape);
		expect(d.frame()).toContain('──[ Agenda 1/12 ]');
	});

	it('c makes the selected item current and says how to go back; . returns to it', async () => {
		const d = await open(80, 24);
		await d.press('j', 'j', 'c');
		expect(d.frame().split('\n')[1]).toBe('09:42:07 UTC · elapsed 0:42:07 · current: * PL 1.03 Budget of the Union for 202…');
		expect(d.frame().split('\n').at(-1)).toBe('Item PL 1.03 is now current (was PL 1.01: select it and press c to go back)');
		expect(d.frame()).toContain('>* PL 1.03');
		await d.press('G', '.');
		expect(selectedRow(d.frame())).toContain('PL 1.03');
		await d.press(keys.backspace);
		expect(selectedRow(d.frame())).toContain('PL 1.12');
	});

	it('/ filters live; n/N move among matches; Esc clears with a notice', async () => {
		const d = await open(80, 24);
		await d.press('/', 'b', 'u', 'c', 'h');
		expect(d.frame()).toContain('Agenda 1/6 · filter “buch”');
		await d.press(keys.enter, 'n', 'n');
		expect(selectedRow(d.frame())).toContain('PL 1.06');
		await d.press('N', 'N', 'N');
		expect(selectedRow(d.frame())).toContain('PL 1.12');
		await d.press(keys.escape);
		expect(d.frame()).toContain('Agenda 12/12');
		expect(d.frame().split('\n').at(-1)).toBe('Filter “buch” cleared; / filters again');
	});

	it('] and [ switch the positions between the item and its proposals', async () => {
		const d = await open(80, 24);
		await d.press('j', keys.tab, keys.tab, ']');
		expect(d.frame()).toContain('Positions on C26/12 proposal 1: no positions recorded');
		await d.press(']');
		expect(d.frame()).toContain('Positions on C26/12 proposal 2: 1 opposed');
		expect(d.frame()).toContain('France      - opposes           Too early');
		await d.press('[', '[');
		expect(d.frame()).toContain('Positions on item PL 1.02: 3 in support, 1 reservation');
	});

	it('# on an unknown reference suggests names, and Esc steps back through overlays', async () => {
		const d = await open(80, 24);
		await d.press('#', 'P', 'P', '-', '2', '2', '/', '1', '5', '8', keys.enter);
		expect(d.frame()).toContain('Nothing in this dataset is called “PP-22/158”.');
		expect(d.frame()).toContain('→ PP-22/157');
		await d.press('j');
		// Every suggestion line is an entry: the cursor starts on the first.
		await d.press('k', keys.enter);
		expect(d.frame()).toContain('#PP-22/157: PP-22/157 · Esc back (1)');
		await d.press(keys.escape);
		expect(d.frame()).toContain('not found · Esc closes');
		await d.press(keys.escape);
		expect(d.frame()).toBe(frames.first80x24);
	});

	it('q quits', async () => {
		const d = await open(80, 24);
		await d.press('q');
		await tick();
		expect(d.hasExited()).toBe(true);
	});

	it('Ctrl+C quits even while typing a filter', async () => {
		const d = await open(80, 24);
		await d.press('/', 'q');
		expect(d.hasExited()).toBe(false);
		expect(d.frame()).toContain('Filter: /q█');
		await d.press(keys.ctrlC);
		await tick();
		expect(d.hasExited()).toBe(true);
	});
});

describe('terminal size', () => {
	it('degrades to agenda and detail at 40x12, asks for more below, and comes back on resize', async () => {
		const d = await open(80, 24);
		await d.resize(40, 12);
		expect(d.frame()).toBe(frames.compact40x12);
		await d.resize(30, 10);
		expect(d.frame()).toBe(frames.tooSmall);
		await d.resize(80, 24);
		expect(d.frame()).toBe(frames.first80x24);
		await d.resize(120, 40);
		expect(lineCount(d.frame())).toBe(39);
		expect(d.frame().split('\n')[3]).toHaveLength(120);
	});

	it('80x23 is already compact: no positions pane, Tab cycles two panes', async () => {
		const d = await open(80, 23);
		expect(d.frame()).not.toContain('Positions on item');
		expect(lineCount(d.frame())).toBe(22);
		await d.press(keys.tab, keys.tab);
		expect(d.frame()).toContain('──[ Agenda 1/12 ]');
	});
});

describe('text', () => {
	it('keeps the positions columns aligned with Chinese and Arabic names', async () => {
		const d = await open(100, 30);
		await d.press('j', keys.tab, keys.tab);
		const rows = d.frame().split('\n').filter(line => /^[> ] \S/.test(line) && /[+!] (supports|reservation)/.test(line));
		expect(rows.map(row => row.slice(2).split(' ')[0])).toEqual(['中国', 'مصر', 'France', 'Brazil']);
		const stanceColumns = rows.map(row => displayWidth(row.slice(0, row.search(/[+!] (supports|reservation)/))));
		expect(new Set(stanceColumns).size).toBe(1);
		const noteColumns = rows.filter(row => !row.includes('Brazil')).map(row => displayWidth(row.slice(0, row.search(/支持|تحفظ|Supports/))));
		expect(new Set(noteColumns).size).toBe(1);
		// Illustrative data says so wherever it is shown.
		expect(d.frame()).toContain('Brazil      + supports          (illustrative)');
	});

	it('shows no part of an escape sequence carried by the data', async () => {
		const hostile = fixtureIndex({
			edit(input) {
				const item = input.agendaItems?.[0];
				if (item !== undefined) {
					item.title = '\u001B]52;c;aGVsbG8=\u0007Clipboard \u001B[2Jthief\u001B[31m';
				}

				const delegation = input.delegations?.[0];
				if (delegation !== undefined) {
					delegation.name = '\u001B[1;1H\u009B2J中国';
				}
			},
		});
		const d = await renderDashboard(hostile, {columns: 80, rows: 24});
		dashboard = d;
		await d.press('j', 'k', keys.tab, 'j');
		await d.press('G', '#', 'c', 'n', keys.enter);
		const raw = d.stdout.frames.join('');
		expect(raw).not.toContain('52;c;');
		expect(raw).not.toContain('\u001B]');
		expect(raw).not.toContain('\u001B[2J');
		expect(raw).not.toContain('\u009B');
		expect(raw).not.toContain('[1;1H');
		await d.press(keys.escape, 'g');
		expect(d.frame()).toContain('PL 1.01 Clipboard thief');
	});

	it('says everything without colour: glyphs, words and markers survive stripping the styles', async () => {
		const d = await open(80, 24);
		const plain = d.frame();
		for (const text of ['◐ considering', '● decided', '» deferred', '○ pending', '>* PL 1.01', '──[ Agenda', '(illustrative)']) {
			expect(plain).toContain(text);
		}
	});
});

describe('edges', () => {
	it('ticks the clock in the header', async () => {
		const clock = manualClock(fixedNow);
		const d = await open(80, 24, {clock});
		clock.advance(65_000);
		await tick();
		expect(d.frame().split('\n')[1]).toBe('09:43:12 UTC · elapsed 0:43:12 · current: * PL 1.01 Report on topic 1');
	});

	it('shows what the journal records as it arrives', async () => {
		let send: ((records: SessionRecords) => void) | undefined;
		const d = await open(80, 24, {
			subscribeRecords(listener) {
				send = listener;
				return () => {
					send = undefined;
				};
			},
		});
		send?.({...emptyRecords, statuses: new Map([['item-1', 'decided' as const]]), currentItem: 'item-4'});
		await tick();
		expect(d.frame()).toContain('○ 3 pending · ◐ 2 under consideration · ● 4 decided · » 3 deferred');
		expect(d.frame()).toContain('current: * PL 1.04 Report on topic 4');
		expect(d.frame()).toContain('>  PL 1.01 Report on topic 1                             take note ● decided');
		d.unmount();
		dashboard = undefined;
		expect(send).toBeUndefined();
	});

	it('hands the new current item to the edge once', async () => {
		const intents: unknown[] = [];
		const d = await open(80, 24, {onIntent: intent => intents.push(intent)});
		await d.press('j', 'c');
		await tick();
		expect(intents).toEqual([{kind: 'set-current-item', item: 'item-2'}]);
		await tick();
		expect(d.states.at(-1)?.outbox).toEqual([]);
	});

	it('shows what the edge says about an intent: saved, or why not', async () => {
		const d = await open(140, 30, {onIntent: async intent => intent.kind === 'set-current-item' && intent.item === 'item-2' ? 'saved' : Promise.reject(new Error('disk full'))});
		await d.press('j', 'c');
		await tick();
		expect(d.frame().split('\n').at(-1)).toBe('Item PL 1.02 is now current (was PL 1.01: select it and press c to go back) · saved');
		await d.press('j', 'c');
		await tick();
		expect(d.frame().split('\n').at(-1)).toContain('· Not recorded: disk full');
	});
});
