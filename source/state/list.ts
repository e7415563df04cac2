import type {ListView} from './state.js';

/*
A cursor in a scrolling window: the cursor stays within the list and the window
follows it. Pure, so every pane and overlay scrolls the same way.
*/

export function follow(list: ListView, count: number, height: number): ListView {
	const rows = Math.max(1, height);
	const cursor = count === 0 ? 0 : Math.max(0, Math.min(count - 1, list.cursor));
	let scroll = Math.max(0, Math.min(list.scroll, Math.max(0, count - rows)));
	if (cursor < scroll) {
		scroll = cursor;
	} else if (cursor >= scroll + rows) {
		scroll = cursor - rows + 1;
	}

	return cursor === list.cursor && scroll === list.scroll ? list : {cursor, scroll};
}

export function moveTo(list: ListView, cursor: number, count: number, height: number): ListView {
	return follow({cursor, scroll: list.scroll}, count, height);
}

export function moveBy(list: ListView, delta: number, count: number, height: number): ListView {
	return moveTo(list, list.cursor + delta, count, height);
}

/** Where a value is in sorted rows, or -1. */
export function binarySearch(rows: readonly number[], value: number): number {
	let low = 0;
	let high = rows.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const found = rows[middle] ?? 0;
		if (found === value) {
			return middle;
		}

		if (found < value) {
			low = middle + 1;
		} else {
			high = middle - 1;
		}
	}

	return -1;
}
