import {stripVTControlCharacters} from 'node:util';
import {cleanup, render} from 'ink-testing-library';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {App} from '../../source/ui/app.js';
import {fixtureIndex} from '../state/fixture.js';
import {clean, fixedNow, fixedOpenedAt, keys, renderDashboard, tick} from './dashboard-harness.js';

/*
The same app under ink-testing-library's own renderer (100 columns, no rows, so
useTerminalSize falls back to 24): its frames must match our harness's at 100x24.
*/

beforeAll(() => {
	process.env['TZ'] = 'UTC';
});

afterEach(() => {
	cleanup();
});

const index = fixtureIndex();
const plain = (frame: string | undefined) => stripVTControlCharacters(frame ?? '').split('\n').map(line => line.trimEnd()).join('\n');

describe('under ink-testing-library', () => {
	it('draws the same frames as at 100x24, key for key', async () => {
		const itl = render(<App index={index} now={fixedNow} openedAt={fixedOpenedAt} />);
		const ours = await renderDashboard(index, {columns: 100, rows: 24});
		await tick();
		expect(plain(itl.lastFrame())).toBe(ours.frame());
		for (const key of ['j', keys.tab, 'j', keys.enter, keys.escape, '/', 'b', 'u', keys.enter, '?']) {
			itl.stdin.write(key);
			await tick();
			await tick();
			await ours.press(key);
			expect(plain(itl.lastFrame())).toBe(ours.frame());
		}

		expect(clean(ours.rawFrame())).toContain('Help · Esc or ? closes');
		ours.unmount();
	});
});
