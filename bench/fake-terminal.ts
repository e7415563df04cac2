import {EventEmitter} from 'node:events';

/*
What the key-press benches share (keys, floor, matrix): a terminal that counts
what is written to it and says when a frame was written, a pause, and a script
of presses built by label, so each bench lists only its own keys.
*/

/** A fake TTY stdout: `frame` is emitted on every write; `bytes` counts what was written. */
export class FrameStdout extends EventEmitter {
	isTTY = true;
	bytes = 0;
	constructor(public columns = 120, public rows = 40) {
		super();
	}

	write = (text: string) => {
		this.bytes += Buffer.byteLength(text);
		this.emit('frame');
		return true;
	};
}

export const sleep = async (ms: number) => new Promise(resolve => {
	setTimeout(resolve, ms);
});

export type Press = {readonly label: string; readonly key: string};

/** The presses `build` adds, in order: `add(label, key, times)` pushes `key` `times` times under `label`. */
export function pressScript(build: (add: (label: string, key: string, times?: number) => void) => void): Press[] {
	const presses: Press[] = [];
	build((label, key, times = 1) => {
		for (let count = 0; count < times; count++) {
			presses.push({label, key});
		}
	});
	return presses;
}
