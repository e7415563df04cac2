import {indexWarmer} from '../dataset/build-index.js';
import type {DatasetIndex} from '../dataset/build-index.js';

/*
After the first frame, the index's lazy parts (the filter's search text, the
lookup keys, the reverse links: 120-150 ms of CPU on 5,000 items) are built
while the screen is idle, a few milliseconds at a time between events, so the
first `/` or lookup finds them ready rather than building them then. A key
pressed meanwhile waits for one slice at most; one that needs a part not yet
built builds the rest of it at once (build-index.ts), to the same value.
*/

const sliceMs = 4;

/** Starts building; the returned function stops (on quit). */
export function warmIndexWhileIdle(index: DatasetIndex): () => void {
	const warm = indexWarmer(index);
	if (warm === undefined) {
		return () => {};
	}

	let pending: NodeJS.Immediate | undefined;
	const slice = () => {
		pending = warm(performance.now() + sliceMs) ? undefined : setImmediate(slice);
	};

	pending = setImmediate(slice);
	return () => {
		if (pending !== undefined) {
			clearImmediate(pending);
			pending = undefined;
		}
	};
}
