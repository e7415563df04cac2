import xterm from '@xterm/headless';
import {describe, expect, it} from 'vitest';
import {createScreenWriter} from '../../source/ui/screen-writer.js';

const {Terminal} = xterm;

/** A 20x6 emulator and a writer drawing into it. */
function setup() {
	const term = new Terminal({cols: 20, rows: 6, allowProposedApi: true});
	let bytes = '';
	const writer = createScreenWriter({
		write(text: string) {
			bytes += text;
			term.write(text);
		},
	});
	const screen = async () => new Promise<string>(resolve => {
		term.write('', () => {
			const lines: string[] = [];
			for (let row = 0; row < term.rows; row++) {
				lines.push(term.buffer.active.getLine(row)?.translateToString(true) ?? '');
			}

			resolve(lines.join('\n').trimEnd());
		});
	});
	return {
		writer,
		screen,
		takeBytes() {
			const taken = bytes;
			bytes = '';
			return taken;
		},
	};
}

describe('createScreenWriter', () => {
	it('draws the first frame whole, then only the lines that changed, in place', async () => {
		const {writer, screen, takeBytes} = setup();
		writer.draw('one\ntwo\nthree\nfour\nfive');
		expect(await screen()).toBe('one\ntwo\nthree\nfour\nfive');
		expect(takeBytes()).toContain('\u001B[2J');
		writer.draw('one\nTWO\nthree\nfour\nfive');
		expect(await screen()).toBe('one\nTWO\nthree\nfour\nfive');
		const bytes = takeBytes();
		expect(bytes).toContain('\u001B[2;1HTWO\u001B[K');
		expect(bytes).not.toContain('three');
		// The bug this replaces (ink#909) drew each change one row low; many changes in a row stay put.
		for (let round = 0; round < 5; round++) {
			writer.draw(`one\ntwo ${round}\nthree\nfour ${round}\nfive`);
		}

		expect(await screen()).toBe('one\ntwo 4\nthree\nfour 4\nfive');
	});

	it('erases lines a shorter frame no longer has, and writes nothing for an unchanged frame', async () => {
		const {writer, screen, takeBytes} = setup();
		writer.draw('a\nb\nc');
		writer.draw('a\nb');
		expect(await screen()).toBe('a\nb');
		takeBytes();
		writer.draw('a\nb');
		expect(takeBytes()).toBe('');
	});

	it('redraws everything after a reset (a resize)', async () => {
		const {writer, screen, takeBytes} = setup();
		writer.draw('a\nb');
		writer.reset();
		takeBytes();
		writer.draw('a\nb');
		expect(takeBytes()).toContain('\u001B[2J');
		expect(await screen()).toBe('a\nb');
	});
});
