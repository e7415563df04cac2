import type {DatasetIndex} from '../dataset/build-index.js';
import {itemStatuses} from '../dataset/vocabulary.js';
import type {AgendaItem, ItemStatus, Position} from '../dataset/schema.js';
import type {SessionRecords} from './records.js';

/*
Derived data the screens ask for on every frame. Anything that would walk the
whole dataset is computed once per (index, records) pair and cached, so a key
press costs only the visible rows (INK-NOTES.md: 5,000 items must redraw in 16 ms).
*/

export function statusOf(records: SessionRecords, item: AgendaItem): ItemStatus {
	return records.statuses.get(item.id) ?? item.status;
}

const countsCache = new WeakMap<SessionRecords, WeakMap<DatasetIndex, Record<ItemStatus, number>>>();

export function statusCounts(index: DatasetIndex, records: SessionRecords): Record<ItemStatus, number> {
	let byIndex = countsCache.get(records);
	if (byIndex === undefined) {
		byIndex = new WeakMap();
		countsCache.set(records, byIndex);
	}

	let counts = byIndex.get(index);
	if (counts === undefined) {
		counts = Object.fromEntries(itemStatuses.map(status => [status, 0])) as Record<ItemStatus, number>;
		for (const item of index.dataset.agendaItems) {
			counts[statusOf(records, item)]++;
		}

		byIndex.set(index, counts);
	}

	return counts;
}

const recordedCache = new WeakMap<SessionRecords, Map<string, Position[]>>();

function recordedPositions(records: SessionRecords): Map<string, Position[]> {
	let byTarget = recordedCache.get(records);
	if (byTarget === undefined) {
		byTarget = new Map();
		for (const position of records.positions) {
			const list = byTarget.get(position.on) ?? [];
			// A later record of the same delegation replaces its earlier one.
			const previous = list.findIndex(entry => entry.delegation === position.delegation);
			if (previous === -1) {
				list.push(position);
			} else {
				list[previous] = position;
			}

			byTarget.set(position.on, list);
		}

		recordedCache.set(records, byTarget);
	}

	return byTarget;
}

/** Positions on an agenda item or proposal: the dataset's, with the session's records replacing a delegation's earlier position. */
export function positionsOn(index: DatasetIndex, records: SessionRecords, target: string): readonly Position[] {
	if (records.positionsOn !== undefined) {
		return records.positionsOn.get(target) ?? index.positionsOn.get(target) ?? [];
	}

	const fromDataset = index.positionsOn.get(target) ?? [];

	const recorded = recordedPositions(records).get(target);
	if (recorded === undefined || recorded.length === 0) {
		return fromDataset;
	}

	const byDelegation = new Map(recorded.map(position => [position.delegation, position]));
	const merged = fromDataset.map(position => byDelegation.get(position.delegation) ?? position);
	const known = new Set(fromDataset.map(position => position.delegation));
	merged.push(...recorded.filter(position => !known.has(position.delegation)));
	return merged;
}

/** What positions can be shown for an item: the item itself, then each proposal of its documents. */
export function positionTargets(index: DatasetIndex, item: AgendaItem): readonly string[] {
	const targets = [item.id];
	for (const documentId of item.documents) {
		for (const proposal of index.proposalsByDocument.get(documentId) ?? []) {
			targets.push(proposal.id);
		}
	}

	return targets;
}

const allRowsCache = new WeakMap<DatasetIndex, readonly number[]>();

/** Every agenda position, 0..n-1: the agenda rows when no filter is applied. */
export function allRows(index: DatasetIndex): readonly number[] {
	let rows = allRowsCache.get(index);
	if (rows === undefined) {
		rows = index.dataset.agendaItems.map((_, order) => order);
		allRowsCache.set(index, rows);
	}

	return rows;
}

/**
The agenda rows whose text contains the query (case-insensitive). Scans the
lower-cased search text the index precomputed per item: one `includes` per item,
about a millisecond for 5,000 items.
*/
export function filterRows(index: DatasetIndex, query: string): readonly number[] {
	const needle = query.trim().toLowerCase();
	if (needle === '') {
		return allRows(index);
	}

	const rows: number[] = [];
	for (const [order, text] of index.itemSearchText.entries()) {
		if (text.includes(needle)) {
			rows.push(order);
		}
	}

	return rows;
}

const numberWidthCache = new WeakMap<DatasetIndex, number>();

/** The agenda's number column: as wide as the widest number, within reason. */
export function numberColumnWidth(index: DatasetIndex, measure: (text: string) => number): number {
	let width = numberWidthCache.get(index);
	if (width === undefined) {
		width = 1;
		for (const item of index.dataset.agendaItems) {
			width = Math.max(width, measure(item.number));
		}

		width = Math.min(width, 10);
		numberWidthCache.set(index, width);
	}

	return width;
}
