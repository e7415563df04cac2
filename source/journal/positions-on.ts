import type {Dataset, Position} from '../dataset/schema.js';
import type {RecordedPosition} from './replay-records.js';

/*
The positions on each target a replay hands out, read one target at a time.
The dataset's positions may be paged (issue 15: 20,000 on the 5,000-item
session, parsed on first use, one target at a time through the index's
positionsOn): a start that walked them all, to check or copy them, would read
the whole page before the first frame. So the dataset's grouping is asked only
for the targets an entry names or a view asks about, and the replay keeps only
the targets its entries touched; the records' map is a view over the two that
answers as a full copy would. Iterating it reads everything (line mode does);
nothing on the dashboard's start path iterates it.
*/

/** The dataset's positions by target, one per delegation, read per target. */
export type DatasetPositionsOn = {
	/** The dataset's positions on a target, in its order, one per delegation (the later replacing the earlier); undefined when it has none. */
	get(target: string): readonly Position[] | undefined;
	/** Every target with positions, in the dataset's order: reads them all. */
	keys(): Iterable<string>;
	/** How many targets have positions: reads them all. */
	size(): number;
};

/** Adds a position to a target's list: a delegation's later position replaces its earlier one, at the earlier's place. */
function place(list: Position[], position: Position): void {
	// The dataset's check refuses a second position of a delegation on a target; were there one, the last would count.
	const at = list.findIndex(other => other.delegation === position.delegation);
	if (at === -1) {
		list.push(position);
	} else {
		list[at] = position;
	}
}

/** One target's positions, one per delegation (see place). */
function onePerDelegation(positions: readonly Position[]): Position[] {
	const list: Position[] = [];
	for (const position of positions) {
		place(list, position);
	}

	return list;
}

/** Positions grouped by target, in their order, one per delegation (see place). */
export function positionsByTarget(positions: readonly Position[]): Map<string, Position[]> {
	const byTarget = new Map<string, Position[]>();
	for (const position of positions) {
		const list = byTarget.get(position.on);
		if (list === undefined) {
			byTarget.set(position.on, [position]);
		} else {
			place(list, position);
		}
	}

	return byTarget;
}

function hasOnePerDelegation(list: readonly Position[]): boolean {
	// A few positions on most targets: compared pairwise, without a Set for each.
	if (list.length > 8) {
		return new Set(list.map(position => position.delegation)).size === list.length;
	}

	for (let later = 1; later < list.length; later++) {
		for (let earlier = 0; earlier < later; earlier++) {
			if (list[later]!.delegation === list[earlier]!.delegation) {
				return false;
			}
		}
	}

	return true;
}

/**
The dataset's positions by target. `grouped`: the index's grouping of them (by
target, in the dataset's order), asked one target at a time; a target holding
two positions of one delegation is grouped again, alone. Without it, the
dataset's positions are grouped once, when a target is first asked about.
*/
export function datasetPositionsOn(dataset: Dataset, grouped?: ReadonlyMap<string, readonly Position[]>): DatasetPositionsOn {
	if (grouped === undefined) {
		let all: Map<string, Position[]> | undefined;
		const byTarget = () => (all ??= positionsByTarget(dataset.positions));
		return {
			get: target => byTarget().get(target),
			keys: () => byTarget().keys(),
			size: () => byTarget().size,
		};
	}

	// Each target's list as checked (or grouped again): the dataset's, shared by every copy of the replay's state.
	const checked = new Map<string, readonly Position[]>();
	const get = (target: string): readonly Position[] | undefined => {
		let list = checked.get(target);
		if (list === undefined) {
			const raw = grouped.get(target);
			if (raw === undefined) {
				return undefined;
			}

			list = hasOnePerDelegation(raw) ? raw : onePerDelegation(raw);
			checked.set(target, list);
		}

		return list;
	};
	return {get, keys: () => grouped.keys(), size: () => grouped.size};
}

/** A delegation's position on a target in the dataset: from that target's positions alone (a paged dataset reads no other). */
export function datasetPositionOf(positionsOn: DatasetPositionsOn, target: string): (delegation: string) => Position | undefined {
	const positions = positionsOn.get(target) ?? [];
	// A few positions on most targets: searched; a map only for a long list.
	if (positions.length <= 16) {
		return delegation => positions.find(position => position.delegation === delegation);
	}

	const byDelegation = new Map(positions.map(position => [position.delegation, position]));
	return delegation => byDelegation.get(delegation);
}

/**
Every position in effect by target: the dataset's (`base`), with the lists of
the targets entries touched (`touched`) in their place, then the targets only
entries named, in the order they were first set: what a copy of the dataset's
grouping with the touched lists set in it would answer.
*/
export class PositionsOnView implements ReadonlyMap<string, readonly RecordedPosition[]> {
	constructor(
		private readonly base: DatasetPositionsOn,
		private readonly touched: ReadonlyMap<string, readonly RecordedPosition[]>,
	) {}

	get(target: string): readonly RecordedPosition[] | undefined {
		return this.touched.get(target) ?? this.base.get(target);
	}

	has(target: string): boolean {
		return this.touched.has(target) || this.base.get(target) !== undefined;
	}

	get size(): number {
		let size = this.base.size();
		for (const target of this.touched.keys()) {
			if (this.base.get(target) === undefined) {
				size++;
			}
		}

		return size;
	}

	* entries(): MapIterator<[string, readonly RecordedPosition[]]> {
		for (const target of this.base.keys()) {
			yield [target, this.touched.get(target) ?? this.base.get(target)!];
		}

		for (const [target, list] of this.touched) {
			if (this.base.get(target) === undefined) {
				yield [target, list];
			}
		}
	}

	* keys(): MapIterator<string> {
		for (const [target] of this.entries()) {
			yield target;
		}
	}

	* values(): MapIterator<readonly RecordedPosition[]> {
		for (const [, list] of this.entries()) {
			yield list;
		}
	}

	[Symbol.iterator](): MapIterator<[string, readonly RecordedPosition[]]> {
		return this.entries();
	}

	forEach(callback: (list: readonly RecordedPosition[], target: string, map: ReadonlyMap<string, readonly RecordedPosition[]>) => void, thisArgument?: unknown): void {
		for (const [target, list] of this.entries()) {
			callback.call(thisArgument, list, target, this);
		}
	}
}
