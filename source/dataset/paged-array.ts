/*
One of a snapshot's paged arrays (snapshot-pages.ts): the JSON bytes of an
array whose elements are parsed one by one as they are asked for, or all at
once when the whole array is. On the 5,000-item session the documents and the
positions are two thirds of the snapshot and most of its parse (issue 15:
15.5 and 9.8 of 28 ms warm, and the collector's share of a cold start), while
the first frame shows a handful of each.

An element is parsed once: the whole array, parsed later, takes the elements
already handed out in their places, so an element is the same object however
it was reached (an entity's value is `dataset.documents[i]`).
*/

export type PageTable = {
	/** Each element's id, in array order (for the documents; the positions' ids are a page of their own, snapshot-pages.ts). */
	readonly ids?: readonly string[];
	/** Where each element starts in the section, in bytes, and one more: the end of the last plus one (elements are followed by "," or "]"). */
	readonly at: readonly number[];
};

export class PagedArray<T extends {readonly id: string}> {
	readonly length: number;
	private body: Buffer | undefined;
	private singles: Array<T | undefined> = [];
	private whole: T[] | undefined;
	private idIndex: Map<string, number> | undefined;
	private ids: (() => readonly string[]) | undefined;
	private parsed = 0;

	/**
	`body` holds the section (a JSON array) from byte `start` to `end`; `at` says where each element is in it, `ids`
	gives each element's id, asked for only when an id is looked up.
	*/
	constructor(body: Buffer, private readonly encoding: 'latin1' | 'utf8', private readonly start: number, private readonly end: number, private readonly at: readonly number[], ids: () => readonly string[]) {
		this.body = body;
		this.ids = ids;
		this.length = at.length - 1;
	}

	/** The element at `index` (0 ≤ index < length), parsed on first use. */
	element(index: number): T {
		if (this.whole !== undefined) {
			return this.whole[index]!;
		}

		let value = this.singles[index];
		if (value === undefined) {
			value = JSON.parse(this.body!.toString(this.encoding, this.start + this.at[index]!, this.start + this.at[index + 1]! - 1)) as T;
			this.singles[index] = value;
			this.parsed++;
		}

		return value;
	}

	/** The place of the element with this id, or undefined. */
	indexOf(id: string): number | undefined {
		if (this.idIndex === undefined) {
			this.idIndex = new Map();
			// Once the whole array is made, its own ids (the table's loader, and the bytes it holds, are let go).
			for (const [index, elementId] of (this.ids?.() ?? this.whole!.map(element => element.id)).entries()) {
				this.idIndex.set(elementId, index);
			}
		}

		return this.idIndex.get(id);
	}

	/**
	The whole array, made once (with the elements already parsed in their places); the bytes are let go. Parsed
	in one go, unless most elements were parsed one by one already (the idle warm-up, build-index.ts): the rest then too.
	*/
	all(): T[] {
		if (this.whole === undefined) {
			let whole: T[];
			if (this.parsed * 2 >= this.length) {
				whole = Array.from({length: this.length}, (_, index) => this.element(index));
			} else {
				whole = JSON.parse(this.body!.toString(this.encoding, this.start, this.end)) as T[];
				for (const [index, value] of this.singles.entries()) {
					if (value !== undefined) {
						whole[index] = value;
					}
				}
			}

			this.whole = whole;
			this.singles = [];
			this.body = undefined;
			this.ids = undefined;
		}

		return this.whole;
	}

	isWhole(): boolean {
		return this.whole !== undefined;
	}
}

/**
Makes `object[key]` the paged array's whole array on first read: an accessor
until then, a plain data property (enumerable, writable) from then on, so
spreading, JSON.stringify, structuredClone and deep equality see an array.
*/
export function definePagedProperty(object: object, key: string, pages: PagedArray<{readonly id: string}>): void {
	const settle = (value: unknown) => {
		Object.defineProperty(object, key, {value, writable: true, enumerable: true, configurable: true});
	};

	Object.defineProperty(object, key, {
		enumerable: true,
		configurable: true,
		get() {
			const value = pages.all();
			settle(value);
			return value;
		},
		set: settle,
	});
}
