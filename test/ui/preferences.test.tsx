import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import {defaultSettings} from '../../source/settings/schema.js';
import {SettingsStore} from '../../source/settings/store.js';
import {fixtureIndex} from '../state/fixture.js';
import {renderDashboard, type Dashboard} from './dashboard-harness.js';

/*
Preferences in the running dashboard at 100x30: the pane keys change the split,
the theme changes the palette, and a change reaches the settings file.
*/

// Colour on, so that "no colour" can fail: chalk reads FORCE_COLOR when Ink is first imported.
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

const mounted: Dashboard[] = [];
const folders: string[] = [];
afterEach(() => {
	for (const dashboard of mounted.splice(0)) {
		dashboard.unmount();
	}

	for (const folder of folders.splice(0)) {
		rmSync(folder, {recursive: true, force: true});
	}
});

const index = fixtureIndex({items: 40});
// Any SGR sequence that sets a colour (30-37, 38;..., 40-47, 90-97, ...).
const colourSequence = /\u001B\[(?:\d+;)*(?:3\d|4\d|9\d|10\d)(?:;\d+)*m/;

async function open(options: Parameters<typeof renderDashboard>[1] = {}) {
	const dashboard = await renderDashboard(index, {columns: 100, rows: 30, ...options});
	mounted.push(dashboard);
	return dashboard;
}

/** The row of the first line starting with the text. */
const rowOf = (frame: string, start: string) => frame.split('\n').findIndex(line => line.startsWith(start));

describe('pane sizes in the dashboard', () => {
	it('> gives the agenda one more row and the detail one fewer', async () => {
		const dashboard = await open();
		const before = dashboard.frame();
		expect(rowOf(before, '──[ Agenda 1/40 ]')).toBe(3);
		expect(rowOf(before, '──  Item PL 1.01')).toBe(11);
		expect(rowOf(before, '──  Positions')).toBe(21);
		await dashboard.press('>');
		const after = dashboard.frame();
		expect(rowOf(after, '──  Item PL 1.01')).toBe(12);
		expect(rowOf(after, '──  Positions')).toBe(21);
		expect(after.split('\n').length).toBe(before.split('\n').length);
		// The eighth agenda row is now in view.
		expect(after.split('\n')[11]).toContain('PL 1.08');
		expect(before).not.toContain('PL 1.08');
		await dashboard.press('=');
		expect(dashboard.frame()).toContain('Pane sizes back to the defaults');
		expect(rowOf(dashboard.frame(), '──  Item PL 1.01')).toBe(11);
	});

	it('starts with the sizes of the settings', async () => {
		const dashboard = await open({settings: {...defaultSettings, panes: {agendaWidth: 50, positionsHeight: 60}}});
		const frame = dashboard.frame();
		// Positions: 10 of the 25 body rows (0.7 × 60%); agenda: half of the other 15, so 7.
		expect(rowOf(frame, '──  Item PL 1.01')).toBe(10);
		expect(rowOf(frame, '──  Positions')).toBe(18);
	});
});

describe('themes', () => {
	it('mono draws without a single colour code, default with colour; both keep every word', async () => {
		const coloured = await open();
		expect(coloured.rawFrame()).toMatch(colourSequence);
		const mono = await open({settings: {...defaultSettings, theme: 'mono'}});
		expect(mono.rawFrame()).not.toMatch(colourSequence);
		// Bold and inverse (the selection) remain.
		expect(mono.rawFrame()).toContain('\u001B[1m');
		expect(mono.rawFrame()).toContain('\u001B[7m');
		expect(mono.frame()).toBe(coloured.frame());
	});

	it('T cycles to high contrast, then mono, and says which', async () => {
		const dashboard = await open();
		await dashboard.press('T');
		expect(dashboard.frame()).toContain('Theme: high-contrast');
		expect(dashboard.rawFrame()).toMatch(colourSequence);
		await dashboard.press('T');
		expect(dashboard.frame()).toContain('Theme: mono');
		expect(dashboard.rawFrame()).not.toMatch(colourSequence);
	});
});

describe('saving', () => {
	it('writes a changed pane size to the settings file, read back at the next start', async () => {
		const folder = mkdtempSync(path.join(os.tmpdir(), 'council-preferences-'));
		folders.push(folder);
		const env = {COUNCIL_CONFIG_DIR: folder};
		writeFileSync(path.join(folder, 'settings.json'), JSON.stringify({role: 'secretary', authorName: 'A. Secretary'}));
		const store = (await SettingsStore.open({env}));
		const first = await open({settings: store.load().value, settingsStore: store});
		await first.press('>', 'T', 'T');
		const wider = first.frame();
		// Debounced: quitting flushes the write at once.
		first.unmount();
		mounted.length = 0;
		const written = JSON.parse(readFileSync(path.join(folder, 'settings.json'), 'utf8')) as unknown;
		expect(written).toEqual({role: 'secretary', authorName: 'A. Secretary', theme: 'mono', panes: {agendaWidth: 50, positionsHeight: 40}});

		const next = (await SettingsStore.open({env})).load();
		expect(next.warnings).toEqual([]);
		const second = await open({settings: next.value, settingsStore: (await SettingsStore.open({env}))});
		expect(rowOf(second.frame(), '──  Item PL 1.01')).toBe(rowOf(wider, '──  Item PL 1.01'));
		expect(second.rawFrame()).not.toMatch(colourSequence);
	});

	it('a damaged settings file gives warnings and the defaults, and the dashboard still starts', async () => {
		const folder = mkdtempSync(path.join(os.tmpdir(), 'council-preferences-'));
		folders.push(folder);
		writeFileSync(path.join(folder, 'settings.json'), '{"panes": {"agendaWidth": 500}, "theme": ');
		const loaded = (await SettingsStore.open({env: {COUNCIL_CONFIG_DIR: folder}})).load();
		expect(loaded.warnings.join('\n')).toContain('not valid JSON');
		expect(loaded.value.panes).toEqual({agendaWidth: 45, positionsHeight: 40});
		const dashboard = await open({settings: loaded.value});
		expect(rowOf(dashboard.frame(), '──  Item PL 1.01')).toBe(11);
	});
});
