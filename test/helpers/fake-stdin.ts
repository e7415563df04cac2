import {EventEmitter} from 'node:events';

/**
A stdin Ink accepts as a terminal: what is written is read as one chunk of
key bytes, the way a terminal delivers a key press (or a paste). Shared by the
dashboard's component tests and the key-latency benchmark.
*/
export class FakeStdin extends EventEmitter {
	isTTY = true;
	private data: string | null = null;
	write = (data: string) => {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	};

	read = () => {
		const {data} = this;
		this.data = null;
		return data;
	};

	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}
