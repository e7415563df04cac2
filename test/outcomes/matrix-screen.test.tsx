import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {fixtureIndex} from '../state/fixture.js';
import {keys, renderDashboard, tick} from '../ui/dashboard-harness.js';

/*
The consensus matrix screen inside the app (m), under ink-testing-library:
exact frames at 80x24, moving by cell and to the edges, Esc and m closing.
*/

afterEach(() => {
	cleanup();
});

const index = fixtureIndex();

/** Waits (a bounded number of turns) for a lone ESC, which Ink holds until it knows no sequence follows: on a loaded machine that takes more than the two turns press() gives it. */
async function until(isDone: () => boolean): Promise<void> {
	for (let turn = 0; turn < 200 && !isDone(); turn++) {
		// eslint-disable-next-line no-await-in-loop
		await tick();
	}
}

describe('the matrix screen', () => {
	it('m opens it on the selected item\'s column; the cursor moves by cell and edge; m and Esc close it', async () => {
		const dashboard = await renderDashboard(index, {columns: 80, rows: 24});
		await dashboard.press('m');
		const opened = dashboard.frame().split('\n');
		expect(opened.slice(3, 8)).toEqual([
			'──[ Consensus matrix · 4 delegations × 14 items and proposals · m or Esc closes…',
			'Delegation     PL 1.01     PL 1.02  PL 1.02/1)  PL 1.02/2)     PL 1.03',
			'> 中国              [.]          +           .           .           .',
			'  مصر                .           !           .           .           .',
			'  France             .           +           .           -           .',
		]);
		expect(opened.at(-1)).toBe('m matrix  ←→↑↓/hjkl move');
		await dashboard.press('j', 'l', 'l');
		const moved = dashboard.frame().split('\n');
		// The row cursor on the second delegation, the cell cursor two columns right.
		expect(moved[6]).toBe('> مصر                .           !          [.]          .           .');
		expect(moved).toContain('مصر on proposal 1) (item PL 1.02): nothing recorded');
		await dashboard.press('G', '$');
		const last = dashboard.states.at(-1)!.overlays.at(-1);
		expect(last).toMatchObject({kind: 'matrix', cursor: {row: index.dataset.delegations.length - 1}});
		await dashboard.press('0', 'g');
		expect(dashboard.states.at(-1)!.overlays.at(-1)).toMatchObject({kind: 'matrix', cursor: {row: 0, column: 0, top: 0, left: 0}});
		await dashboard.press('m');
		expect(dashboard.states.at(-1)!.overlays).toEqual([]);
		await dashboard.press('m');
		expect(dashboard.states.at(-1)!.overlays.at(-1)).toMatchObject({kind: 'matrix'});
		await dashboard.press(keys.escape);
		await until(() => dashboard.states.at(-1)!.overlays.length === 0);
		expect(dashboard.states.at(-1)!.overlays).toEqual([]);
	});
});
