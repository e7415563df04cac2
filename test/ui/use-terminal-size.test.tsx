import {EventEmitter} from 'node:events';
import {Text, render} from 'ink';
import {describe, expect, it} from 'vitest';
import {readTerminalSize, useTerminalSize} from '../../source/ui/use-terminal-size.js';

/** A resizable fake terminal: ink-testing-library's stdout has a fixed width and no rows. */
class FakeStdout extends EventEmitter {
	columns = 80;
	rows = 24;
	isTTY = true;
	frames: string[] = [];
	write = (frame: string) => {
		this.frames.push(frame);
		return true;
	};
}

function Size() {
	const {columns, rows} = useTerminalSize();
	return <Text>{`${columns}x${rows}`}</Text>;
}

const tick = async () => new Promise(resolve => {
	setTimeout(resolve, 0);
});

describe('useTerminalSize', () => {
	it('follows resize events', async () => {
		const stdout = new FakeStdout();
		const instance = render(<Size />, {stdout: stdout as unknown as NodeJS.WriteStream, debug: true, patchConsole: false});
		await tick();
		expect(stdout.frames.at(-1)).toContain('80x24');
		stdout.columns = 120;
		stdout.rows = 40;
		stdout.emit('resize');
		await tick();
		expect(stdout.frames.at(-1)).toContain('120x40');
		instance.unmount();
		expect(stdout.listenerCount('resize')).toBe(0);
	});

	it('falls back to 80x24 when the stream reports no size', () => {
		expect(readTerminalSize({})).toEqual({columns: 80, rows: 24});
		expect(readTerminalSize({columns: 0, rows: 0})).toEqual({columns: 80, rows: 24});
		expect(readTerminalSize({columns: 132, rows: 50})).toEqual({columns: 132, rows: 50});
	});
});
