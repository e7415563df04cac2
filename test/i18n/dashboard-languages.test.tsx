import {stripVTControlCharacters} from 'node:util';
import {cleanup, render} from 'ink-testing-library';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {setLanguage} from '../../source/i18n/translate.js';
import {App} from '../../source/ui/app.js';
import {fixtureIndex} from '../state/fixture.js';
import {displayWidth} from '../../source/text/width.js';
import {languageFrames} from './language-frames.js';
import {fixedNow, fixedOpenedAt, keys, renderDashboard, tick} from '../ui/dashboard-harness.js';

/*
The dashboard in French and in Arabic at 80x24, frame for frame. Arabic is kept
in logical order and laid out left to right (README, "Languages"): each line is
exactly as wide as in English, so nothing shifts whatever the terminal does
with right-to-left text, and no bidi control character is written.
*/

const index = fixtureIndex();
beforeAll(() => {
	process.env['TZ'] = 'UTC';
});

afterEach(() => {
	cleanup();
	setLanguage('en');
});

afterAll(() => {
	setLanguage('en');
});

async function frames(language: 'fr' | 'ar', ...presses: string[][]): Promise<string[]> {
	setLanguage(language);
	const dashboard = await renderDashboard(index, {columns: 80, rows: 24});
	const result = [dashboard.frame()];
	for (const press of presses) {
		// eslint-disable-next-line no-await-in-loop
		await dashboard.press(...press);
		result.push(dashboard.frame());
	}

	dashboard.unmount();
	return result;
}

const plain = (frame: string | undefined) => stripVTControlCharacters(frame ?? '').split('\n').map(line => line.trimEnd()).join('\n');
// eslint-disable-next-line no-control-regex
const bidiControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('the dashboard in other languages, at 80x24', () => {
	it('French: the first frame, the detail focused, the ? screen', async () => {
		expect(await frames('fr', ['j', keys.tab], ['?'])).toEqual([languageFrames.fr80x24, languageFrames.frDetailFocused, languageFrames.frHelp]);
	});

	it('Arabic: the same frames, in logical order, each line as wide as the terminal allows and no bidi control written', async () => {
		const got = await frames('ar', ['j', keys.tab], ['?']);
		expect(got).toEqual([languageFrames.ar80x24, languageFrames.arDetailFocused, languageFrames.arHelp]);
		for (const frame of got) {
			expect(frame).not.toMatch(bidiControls);
			expect(frame.split('\n')).toHaveLength(23);
			expect(Math.max(...frame.split('\n').map(line => displayWidth(line)))).toBeLessThanOrEqual(80);
		}
	});

	it('under ink-testing-library\'s own renderer, French is the same frame as ours at 100 columns', async () => {
		setLanguage('fr');
		const itl = render(<App index={index} now={fixedNow} openedAt={fixedOpenedAt} />);
		const ours = await renderDashboard(index, {columns: 100, rows: 24});
		await tick();
		expect(plain(itl.lastFrame())).toBe(ours.frame());
		expect(ours.frame()).toContain('──[ Ordre du jour 1/12 ]');
		ours.unmount();
	});
});
