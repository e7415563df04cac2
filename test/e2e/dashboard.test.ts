import {rm} from 'node:fs/promises';
import {afterEach, describe, expect, it} from 'vitest';
import {writeSyntheticDataset} from '../../bench/synthetic.js';
import {startCouncil} from '../helpers/council.js';
import type {PtySession} from '../helpers/pty.js';

/*
The built `council` in a real pseudo-terminal: keys typed as a user types them,
the screen read as xterm.js draws it, and the terminal left as it was found.
*/

const sessions: PtySession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) {
		session.kill('SIGKILL');
	}
});

function start(options: {cols?: number; rows?: number; env?: Record<string, string | undefined>} = {}) {
	const session = startCouncil([], {cols: 100, rows: 30, ...options});
	sessions.push(session);
	return session;
}

// Any SGR sequence that sets a colour (30-37, 38;..., 40-47, 90-97, ...).
const colourSequence = /\u001B\[(?:\d+;)*(?:3\d|4\d|9\d|10\d)(?:;\d+)*m/;

describe('council dashboard in a real terminal', () => {
	it('draws the bundled session, moves, filters, looks up, jumps, and q restores the terminal', async () => {
		const council = start();
		await council.waitForReady('q quit');
		expect(council.isAlternateScreen()).toBe(true);
		const first = await council.screenText();
		expect(first).toContain('ITU Council · Council session taking up the "One ITU" contribution');
		expect(first).toContain('──[ Agenda 1/1 ]');
		expect(first).toContain('1 Implementation of the "One ITU" concept (illustrative)');
		expect(first).toContain('Positions on item 1: 1 in support');
		expect(first.split('\n').length).toBeLessThanOrEqual(29);
		// Colour is on by default (so the NO_COLOR test below can fail).
		expect(council.rawOutput()).toMatch(colourSequence);

		council.write('\t');
		await council.waitFor('──[ Item 1');
		council.write('j');
		await council.waitFor(/^> Status/m);

		council.write('\u001B');
		await council.waitFor('──[ Agenda 1/1 ]');
		for (const key of '/zzz') {
			council.write(key);
		}

		await council.waitFor('Nothing matches “zzz”.');
		council.write('\u001B');
		await council.waitFor('──[ Agenda 1/1 ]');

		for (const key of '#PP-22/157') {
			council.write(key);
		}

		await council.waitFor('Look up: #PP-22/157█');
		council.write('\r');
		await council.waitFor('#PP-22/157: PP-22/157');
		const lookup = await council.screenText();
		expect(lookup).toContain('Cited by');
		expect(lookup).toContain('→ China contribution proposal 2 · Proposal 2)');
		council.write('\r');
		// A backlink lands the detail on the citation (issue 8 item 23).
		await council.waitFor('──[ Item 1');

		council.write('q');
		const {exitCode} = await council.exited;
		expect(exitCode).toBe(0);
		expect(council.isAlternateScreen()).toBe(false);
		expect(council.isCursorVisible()).toBe(true);
		expect(await council.screenText()).not.toContain('Agenda');
	});

	it('redraws for the new size when the terminal is resized', async () => {
		const council = start({cols: 100, rows: 30});
		await council.waitForReady('q quit');
		council.resize(40, 12);
		await council.waitFor(/^──\[ Agenda 1\/1 \]─+$/m);
		const small = await council.screenText();
		expect(small).not.toContain('Positions on item');
		expect(small.split('\n').length).toBeLessThanOrEqual(11);
		council.resize(100, 30);
		await council.waitFor('Positions on item 1: 1 in support');
	});

	it('draws no colour under NO_COLOR, and the screen still says everything', async () => {
		const council = start({env: {NO_COLOR: '1', FORCE_COLOR: undefined}});
		await council.waitForReady('q quit');
		expect(council.rawOutput()).not.toMatch(colourSequence);
		const screen = await council.screenText();
		expect(screen).toContain('○ pending');
		expect(screen).toContain('> ');
		council.write('\u0003');
		expect((await council.exited).exitCode).toBe(0);
		expect(council.isAlternateScreen()).toBe(false);
	});

	it('moves through a 5,000-item session', async () => {
		const synthetic = await writeSyntheticDataset({items: 5000, delegations: 200, positions: 20_000});
		try {
			const council = startCouncil([synthetic.path], {cols: 120, rows: 40});
			sessions.push(council);
			await council.waitForReady('q quit', 20_000);
			expect(await council.screenText()).toContain('Agenda 1/5000');
			council.write('G');
			await council.waitFor('Agenda 5000/5000');
			council.write('\u001B[5~');
			await council.waitFor(/Agenda 49\d\d\/5000/);
			const screen = await council.screenText();
			expect(screen.split('\n').length).toBeLessThanOrEqual(39);
			council.write('q');
			expect((await council.exited).exitCode).toBe(0);
			expect(council.isAlternateScreen()).toBe(false);
		} finally {
			await rm(synthetic.folder, {recursive: true, force: true});
		}
	});
});
