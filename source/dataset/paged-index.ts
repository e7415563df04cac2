import type {Dataset, Position} from './schema.js';
import type {Entity} from './index-types.js';
import type {DatasetPages} from './snapshot-pages.js';

/*
The two maps of an index that would read every document and position of a
paged snapshot (snapshot-pages.ts) before the first frame: entities by id and
positions by target. Each answers `get` and `has` from the pages, parsing only
what it is asked for; walking one (size, keys, values, entries) builds it
whole, in the order an eager index has (build-index.ts), from the very same
objects. test/dataset/paged-index.test.ts compares both with an eager index.
*/

/** Entities by id: the kinds the head holds at once, documents and positions from their pages. */
export class PagedEntities implements ReadonlyMap<string, Entity> {
	private readonly documents: Array<Entity | undefined> = [];
	private readonly positions: Array<Entity | undefined> = [];
	private whole: Map<string, Entity> | undefined;

	/** `head`: every entity of the kinds not paged. */
	constructor(private readonly dataset: Dataset, private readonly pages: DatasetPages, private readonly head: ReadonlyMap<string, Entity>) {}

	get(id: string): Entity | undefined {
		if (this.whole !== undefined) {
			return this.whole.get(id);
		}

		const entity = this.head.get(id);
		if (entity !== undefined) {
			return entity;
		}

		const document = this.pages.documents.indexOf(id);
		if (document !== undefined) {
			return this.documentAt(document);
		}

		const position = this.pages.positions.indexOf(id);
		return position === undefined ? undefined : this.positionAt(position);
	}

	has(id: string): boolean {
		return this.get(id) !== undefined;
	}

	get size(): number {
		return this.all().size;
	}

	forEach(callback: (value: Entity, key: string, map: ReadonlyMap<string, Entity>) => void, thisArgument?: unknown): void {
		for (const [key, value] of this.all()) {
			callback.call(thisArgument, value, key, this);
		}
	}

	entries(): IterableIterator<[string, Entity]> {
		return this.all().entries();
	}

	keys(): IterableIterator<string> {
		return this.all().keys();
	}

	values(): IterableIterator<Entity> {
		return this.all().values();
	}

	[Symbol.iterator](): IterableIterator<[string, Entity]> {
		return this.entries();
	}

	// One entity object per document and position, made on first use.
	private documentAt(place: number): Entity {
		return (this.documents[place] ??= {kind: 'document', value: this.pages.documents.element(place)});
	}

	private positionAt(place: number): Entity {
		return (this.positions[place] ??= {kind: 'position', value: this.pages.positions.element(place)});
	}

	/** The whole map, in an eager index's order: session, agenda items, documents, instruments, ..., delegations, positions. */
	private all(): Map<string, Entity> {
		if (this.whole === undefined) {
			const whole = new Map<string, Entity>();
			const add = (entity: Entity) => whole.set(entity.value.id, entity);
			const {dataset} = this;
			// Parsed as whole arrays, not one element at a time; the elements already handed out keep their places.
			this.pages.documents.all();
			this.pages.positions.all();
			add(this.head.get(dataset.session.id)!);
			for (const item of dataset.agendaItems) {
				add(this.head.get(item.id)!);
			}

			for (let place = 0; place < this.pages.documents.length; place++) {
				add(this.documentAt(place));
			}

			for (const list of [dataset.instruments, dataset.resolutions, dataset.reports, dataset.proposals, dataset.principles, dataset.delegations]) {
				for (const value of list) {
					add(this.head.get(value.id)!);
				}
			}

			for (let place = 0; place < this.pages.positions.length; place++) {
				add(this.positionAt(place));
			}

			this.whole = whole;
		}

		return this.whole;
	}
}

/** Positions by target (an agenda item or a proposal), in dataset order, each list made once. */
export class PagedPositionsOn implements ReadonlyMap<string, readonly Position[]> {
	private readonly groups: Map<string, readonly number[]>;
	private readonly lists = new Map<string, readonly Position[]>();

	constructor(private readonly pages: DatasetPages) {
		this.groups = new Map(pages.positionGroups);
	}

	get(target: string): readonly Position[] | undefined {
		let list = this.lists.get(target);
		if (list === undefined) {
			const places = this.groups.get(target);
			if (places === undefined) {
				return undefined;
			}

			list = places.map(place => this.pages.positions.element(place));
			this.lists.set(target, list);
		}

		return list;
	}

	has(target: string): boolean {
		return this.groups.has(target);
	}

	get size(): number {
		return this.groups.size;
	}

	forEach(callback: (value: readonly Position[], key: string, map: ReadonlyMap<string, readonly Position[]>) => void, thisArgument?: unknown): void {
		for (const [key, value] of this.entries()) {
			callback.call(thisArgument, value, key, this);
		}
	}

	* entries(): IterableIterator<[string, readonly Position[]]> {
		// A walk reads every position: parsed at once, not one by one.
		this.pages.positions.all();
		for (const target of this.groups.keys()) {
			yield [target, this.get(target)!];
		}
	}

	keys(): IterableIterator<string> {
		return this.groups.keys();
	}

	* values(): IterableIterator<readonly Position[]> {
		for (const [, list] of this.entries()) {
			yield list;
		}
	}

	[Symbol.iterator](): IterableIterator<[string, readonly Position[]]> {
		return this.entries();
	}
}
