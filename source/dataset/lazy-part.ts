/*
A part of the index built on first use (build-index.ts), by a generator that
yields now and then: `get` runs it to the end at once (a lookup needs the
keys now), `step` runs it until a deadline and stops at the next yield (the
dashboard builds the parts in slices of a few milliseconds while it is idle,
so the first lookup finds them built, and a key pressed meanwhile waits for
one slice at most). Either way the same code runs once, in the same order, to
the same value.
*/

export type LazyPart<V> = {
	readonly get: () => V;
	/** Works until `deadline` (performance.now()); true once the value is built. */
	readonly step: (deadline: number) => boolean;
	/** Whether the value is built (building nothing). */
	readonly isBuilt: () => boolean;
};

/** How many units of work (entities, documents, items) between two yields: a few hundred microseconds. */
export const sliceSize = 200;

export function lazyPart<V>(work: () => Generator<undefined, V, undefined>): LazyPart<V> {
	let iterator: Generator<undefined, V, undefined> | undefined;
	let result: {value: V} | undefined;
	const step = (deadline: number): boolean => {
		while (result === undefined) {
			iterator ??= work();
			const next = iterator.next();
			if (next.done === true) {
				result = {value: next.value};
				iterator = undefined;
			} else if (performance.now() >= deadline) {
				return false;
			}
		}

		return true;
	};

	return {
		get() {
			step(Number.POSITIVE_INFINITY);
			return result!.value;
		},
		step,
		isBuilt: () => result !== undefined,
	};
}
