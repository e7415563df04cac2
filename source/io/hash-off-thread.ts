import {createHash} from 'node:crypto';
import {availableParallelism} from 'node:os';
import {Worker} from 'node:worker_threads';

/*
SHA-256 on another thread, for the dataset's start (issue 15): hashing the
5,000-item session's file and its snapshot took 16-18 ms of the main thread,
which is never idle before the first frame (it compiles the dashboard's
modules meanwhile). Bytes read into a SharedArrayBuffer (readInputFile's
`shared`) are hashed by a worker without being copied, while the main thread
goes on; the snapshot's head is parsed while its hash is worked out, and used
only once the hash matches (cache.ts).

The same digest either way: on a machine with one core, for bytes not in
shared memory, or when the worker cannot be started or fails, the hash is
worked out here, on the main thread. The worker holds nothing but the hash
function and never keeps the process alive.
*/

// Run as a worker's own code (CommonJS, built-in modules only), so the bundle and the tests start the same file.
const workerCode = `
const {parentPort} = require('node:worker_threads');
const {createHash} = require('node:crypto');
parentPort.on('message', ({id, buffer, offset, length}) => {
	parentPort.postMessage({id, hash: createHash('sha256').update(new Uint8Array(buffer, offset, length)).digest('hex')});
});
`;

export type Hasher = {
	/** Whether shared bytes are hashed on a worker (else everything is hashed here). */
	readonly offThread: boolean;
	/** The SHA-256 of `bytes`, in hex. Never rejects. */
	readonly sha256: (bytes: Uint8Array) => Promise<string>;
	/** Stops the worker, if one was started. */
	readonly close: () => void;
};

export const sha256Here = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Whether bytes can be handed to a worker as they are (no copy). */
export function isShared(bytes: Uint8Array): boolean {
	return bytes.buffer instanceof SharedArrayBuffer;
}

export type HasherOptions = {
	/** Use a worker for shared bytes; default: when the machine has more than one core. */
	readonly offThread?: boolean;
};

export function startHasher(options: HasherOptions = {}): Hasher {
	const offThread = options.offThread ?? availableParallelism() > 1;
	let worker: Worker | undefined;
	let failed = false;
	let next = 0;
	const waiting = new Map<number, {bytes: Uint8Array; resolve: (hash: string) => void}>();
	// A worker that failed: every hash still waiting is worked out here, and later ones too.
	const fail = () => {
		failed = true;
		worker = undefined;
		for (const {bytes, resolve} of waiting.values()) {
			resolve(sha256Here(bytes));
		}

		waiting.clear();
	};

	const started = (): Worker | undefined => {
		if (worker === undefined && !failed) {
			try {
				worker = new Worker(workerCode, {eval: true});
				worker.unref();
				worker.on('message', ({id, hash}: {id: number; hash: string}) => {
					const job = waiting.get(id);
					waiting.delete(id);
					if (waiting.size === 0) {
						worker?.unref();
					}

					job?.resolve(hash);
				});
				worker.on('error', fail);
				worker.on('exit', () => {
					if (waiting.size > 0) {
						fail();
					}
				});
			} catch {
				fail();
			}
		}

		return worker;
	};

	// Started now, so that it has booted (10-15 ms, on the other core) by the time the bytes are read.
	if (offThread) {
		started();
	}

	return {
		offThread,
		async sha256(bytes) {
			const thread = offThread && isShared(bytes) ? started() : undefined;
			if (thread === undefined) {
				return sha256Here(bytes);
			}

			return new Promise<string>(resolve => {
				const id = next++;
				waiting.set(id, {bytes, resolve});
				// Ref'd while a hash is awaited, unref'd once none is: Node's documented rule is that an unref'd worker lets the
				// process end (Node 20 was seen to wait for the answer anyway; that is not promised).
				thread.ref();
				thread.postMessage({id, buffer: bytes.buffer, offset: bytes.byteOffset, length: bytes.byteLength});
			});
		},
		close() {
			const thread = worker;
			// What is still waiting is worked out here; nothing later goes to a worker.
			fail();
			void thread?.terminate();
		},
	};
}
