import type {Citation, DatasetIndex, Entity} from './index-types.js';
import {setSuggestNames, suggestNames, type SuggestNames} from './lookup.js';
import {SnapshotDamaged, type LookupSnapshot} from './lookup-snapshot.js';
import type {AgendaItem, Dataset, Delegation, Principle, Session} from './schema.js';

/*
The dataset index as a lookup sees it, in records for a lookup snapshot, and
back: an index whose maps read their entries from the snapshot as they are
asked for. The very same lookup() and formatters then answer from it, so a
warm lookup gives what a cold one gives by construction, not by a second copy
of the logic (test/dataset/lookup-cache.test.ts compares every key anyway).

Records: `k:KEY` the ids a lookup key names; `e:ID` an entity; `c:ID` who
cites it (citing ids, where, agenda items); `d:ID` the agenda items taking up
a document; `p:ID` a proposal's principles; `suggest` the names a miss's
suggestions scan; `meta` the session and the delegations (a delegation is
looked up by its names). Anything else a future formatter might ask of the
index (another map, a list of the dataset) throws SnapshotGap instead of
answering wrongly: the caller then answers from the whole dataset.
*/

/** The index read from a snapshot was asked for something a snapshot does not hold. */
export class SnapshotGap extends Error {}

type CitationRecord = {readonly from: string; readonly where: string; readonly items: readonly string[]};
type Meta = {readonly session: Session; readonly delegations: readonly Delegation[]};

/** The records of an index (see above), for writeLookupSnapshot. */
export function lookupRecords(index: DatasetIndex): Map<string, unknown> {
	const records = new Map<string, unknown>();
	for (const [key, ids] of index.keys) {
		records.set(`k:${key}`, ids);
	}

	for (const [id, entity] of index.entities) {
		records.set(`e:${id}`, entity);
	}

	for (const [id, citations] of index.citedBy) {
		records.set(`c:${id}`, citations.map(citation => ({from: citation.from.value.id, where: citation.where, items: citation.items}) satisfies CitationRecord));
	}

	for (const [id, items] of index.itemsByDocument) {
		records.set(`d:${id}`, items.map(item => item.id));
	}

	for (const [id, principles] of index.principlesByProposal) {
		records.set(`p:${id}`, principles.map(principle => principle.id));
	}

	const names = suggestNames(index);
	records.set('suggest', {labels: names.labels, names: names.names, heads: names.heads} satisfies SuggestNames);
	records.set('meta', {session: index.dataset.session, delegations: index.dataset.delegations} satisfies Meta);
	return records;
}

function gap(what: string): never {
	throw new SnapshotGap(`a lookup snapshot holds no ${what}`);
}

/** A map answering get and has from `read`; every other question (a walk, a size) is a gap. */
class RecordMap<V> implements ReadonlyMap<string, V> {
	readonly #read: (key: string) => V | undefined;
	readonly #seen = new Map<string, V | undefined>();

	constructor(read: (key: string) => V | undefined) {
		this.#read = read;
	}

	get(key: string): V | undefined {
		if (this.#seen.has(key)) {
			return this.#seen.get(key);
		}

		const value = this.#read(key);
		this.#seen.set(key, value);
		return value;
	}

	has(key: string): boolean {
		return this.get(key) !== undefined;
	}

	get size(): number {
		return gap('count of entries');
	}

	forEach(): void {
		gap('walk of a map');
	}

	entries(): MapIterator<[string, V]> {
		return gap('walk of a map');
	}

	keys(): MapIterator<string> {
		return gap('walk of a map');
	}

	values(): MapIterator<V> {
		return gap('walk of a map');
	}

	[Symbol.iterator](): MapIterator<[string, V]> {
		return gap('walk of a map');
	}
}

function record(snapshot: LookupSnapshot, name: string): unknown {
	return snapshot.get(name);
}

function ids(snapshot: LookupSnapshot, name: string): readonly string[] | undefined {
	const value = record(snapshot, name);
	if (value !== undefined && !Array.isArray(value)) {
		throw new SnapshotDamaged(`${name} is not a list`);
	}

	return value as readonly string[] | undefined;
}

/** An index answering a lookup from the snapshot's records, read as they are asked for. */
export function snapshotIndex(snapshot: LookupSnapshot): DatasetIndex {
	const meta = record(snapshot, 'meta') as Partial<Meta> | undefined;
	if (typeof meta !== 'object' || meta === null || typeof meta.session !== 'object' || !Array.isArray(meta.delegations)) {
		throw new SnapshotDamaged('no meta record');
	}

	const entities = new RecordMap<Entity>(id => {
		const value = record(snapshot, `e:${id}`) as Entity | undefined;
		if (value !== undefined && (typeof value !== 'object' || value === null || typeof value.kind !== 'string')) {
			throw new SnapshotDamaged(`e:${id} is not an entity`);
		}

		return value;
	});
	const entityOf = (id: string): Entity => entities.get(id) ?? gap(`entity ${id}`);
	const values = <T>(name: string): T[] | undefined => ids(snapshot, name)?.map(id => entityOf(id).value as T);
	const citedBy = new RecordMap<readonly Citation[]>(id => (record(snapshot, `c:${id}`) as readonly CitationRecord[] | undefined)
		?.map(citation => ({from: entityOf(citation.from), where: citation.where, items: citation.items})));
	// The fields of the dataset a lookup reads; any other is a gap.
	const partial: Pick<Dataset, 'session' | 'delegations'> = {session: meta.session, delegations: meta.delegations as Delegation[]};
	const dataset = new Proxy(partial, {
		get: (target, property) => (property in target || typeof property === 'symbol' || property === 'then' ? target[property as keyof typeof target] : gap(`dataset.${property}`)),
	}) as Dataset;
	const index: DatasetIndex = {
		dataset,
		entities,
		keys: new RecordMap(key => ids(snapshot, `k:${key}`)),
		citedBy,
		itemsByDocument: new RecordMap(id => values<AgendaItem>(`d:${id}`)),
		principlesByProposal: new RecordMap(id => values<Principle>(`p:${id}`)),
		itemOrder: new RecordMap(() => gap('agenda order')),
		proposalsByDocument: new RecordMap(() => gap('proposals by document')),
		positionsOn: new RecordMap(() => gap('positions')),
		get itemSearchText(): readonly string[] {
			return gap('agenda search text');
		},
	};
	let names: SuggestNames | undefined;
	const suggestRecord = (): SuggestNames => {
		names ??= record(snapshot, 'suggest') as SuggestNames;
		if (typeof names !== 'object' || names === null || !Array.isArray(names.labels) || !Array.isArray(names.names) || !Array.isArray(names.heads)) {
			throw new SnapshotDamaged('no suggest record');
		}

		return names;
	};

	// Read only on a miss: the names of every entity are the snapshot's largest record.
	setSuggestNames(index, {
		get labels() {
			return suggestRecord().labels;
		},
		get names() {
			return suggestRecord().names;
		},
		get heads() {
			return suggestRecord().heads;
		},
	});
	return index;
}
