import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {keysLine} from '../../source/format/footer.js';
import {lineText} from '../../source/format/line.js';
import {displayWidth} from '../../source/text/width.js';
import {fixtureIndex} from '../state/fixture.js';
import {keys, renderDashboard, type Dashboard} from './dashboard-harness.js';

/* Issue 8, items 19 to 26: what the dashboard shows. */

beforeAll(() => {
	process.env['TZ'] = 'UTC';
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
