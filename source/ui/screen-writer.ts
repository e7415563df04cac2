import {EventEmitter} from 'node:events';

/*
Incremental drawing on the alternate screen, done here rather than by Ink.

Ink 6.8's `incrementalRendering` rewinds the cursor one row too few whenever a
frame ends with a newline (vadimdemedes/ink#909, fixed in Ink 7, which needs
Node 22), and Ink adds that newline to every frame shorter than the terminal,
which ours must be (a frame as tall as the terminal makes Ink clear the whole
screen on every render, INK-NOTES.md). Measured in a real terminal: every
changed line was drawn one row low, and the screen filled with duplicates.

So Ink renders in debug mode into a stand-in stdout (whole frames, no cursor
arithmetic, no 30 fps throttle), and this writer puts on the screen only the
lines that changed, each at its absolute row: nothing depends on where the
cursor was left.
*/

const synchronizedStart = '\u001B[?2026h';
const synchronizedEnd = '\u001B[?2026l';
const clearScreen = '\u001B[2J';
const moveTo = (row: number) => `\u001B[${row};1H`;
const eraseToEnd = '\u001B[K';

export type Writable = {write(text: string): unknown};

export type ScreenWriter = {
	/** Draws a whole frame (lines joined by "\n"), writing only the lines that differ from the last one. */
	draw(frame: string): void;
	/** Forgets what is on screen and clears it: the next frame is drawn in full (after a resize). */
	reset(): void;
};

export function createScreenWriter(out: Writable): ScreenWriter {
	let previous: string[] = [];
	let isCleared = true;
	return {
		draw(frame) {
			const lines = frame.split('\n');
			let text = '';
			for (let row = 0; row < Math.max(lines.length, previous.length); row++) {
				const line = lines[row];
				if (line === previous[row]) {
					continue;
				}

				text += moveTo(row + 1) + (line ?? '') + eraseToEnd;
			}

			previous = lines;
			if (text === '' && !isCleared) {
				return;
			}

			// Terminals that support synchronized output show the frame at once; others ignore it.
			out.write(synchronizedStart + (isCleared ? clearScreen : '') + text + synchronizedEnd);
			isCleared = false;
		},
		reset() {
			previous = [];
			isCleared = true;
		},
	};
}

type TerminalStream = Writable & {
	readonly columns?: number;
	readonly rows?: number;
	readonly isTTY?: boolean;
	on(event: 'resize', listener: () => void): unknown;
	off(event: 'resize', listener: () => void): unknown;
};

/**
The stdout Ink is given: the real terminal's size and resize events, and a
`write` that goes through the screen writer. The writer is reset before Ink and
the app hear of a resize, so the first frame at the new size is drawn whole.
*/
export class InkStdout extends EventEmitter {
	readonly isTTY = true;
	private readonly writer: ScreenWriter;

	constructor(private readonly terminal: TerminalStream) {
		super();
		this.writer = createScreenWriter(terminal);
		terminal.on('resize', this.onResize);
	}

	get columns(): number {
		return this.terminal.columns ?? 80;
	}

	get rows(): number {
		return this.terminal.rows ?? 24;
	}

	write = (frame: string): boolean => {
		// Ink's log.clear() on a narrower terminal writes an empty erase: nothing to draw.
		if (frame !== '') {
			this.writer.draw(frame);
		}

		return true;
	};

	/** Stops following the terminal's resize events. */
	dispose(): void {
		this.terminal.off('resize', this.onResize);
	}

	private readonly onResize = () => {
		this.writer.reset();
		this.emit('resize');
	};
}
