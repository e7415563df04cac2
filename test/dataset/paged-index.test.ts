import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {syntheticDataset} from '../../bench/synthetic.js';
import {buildIndex, indexWarmer} from '../../source/dataset/build-index.js';
import {contentHashOf, readSnapshot, snapshotFile, writeSnapshot, type CacheOptions} from '../../source/dataset/cache.js';
import {loadDataset} from '../../source/dataset/load.js';
import {lookup} from '../../source/dataset/lookup.js';
import {startHasher} from '../../source/io/hash-off-thread.js';
import type {Dataset} from '../../source/dataset/schema.js';
import {escapeToAscii, pagesOf} from '../../source/dataset/snapshot-pages.js';
import {cacheFixtures} from './cache-fixtures.js';
import {parts} from './index-parts.js';

/*
A dataset read from its snapshot is paged (snapshot-pages.ts): its documents
and positions are parsed when asked for, and the index's entities and
positionsOn answer from the pages (paged-index.ts). Paged must equal eager:
every map, in the same order, the same answers to every lookup, and one object
per entity however it was reached; and what the first frame asks (a few
entities, the positions on a few targets) parses neither array whole.
*/

const {files, cacheIn, write} = cacheFixtures('council-paged-index-test-');

/** The dataset file's snapshot, written by a cold load, then the warm (paged) load. */
async function coldAndWarm(file: string, cache: CacheOptions = cacheIn()) {
	const cold = await loadDataset(file, {cache});
	const warm = await loadDataset(file, {cache});
	if (!cold.ok || !warm.ok) {
		throw new Error(`${file} did not load`);
	}

	return {cold, warm, cache};
}

const chinese = () => {
	const dataset = syntheticDataset({items: 120, delegations: 30, positions: 400, seed: 11}) as unknown as Dataset;
	const documents = dataset.documents.map((document, place) => ({...document, title: `关于国际电联的第${place}号文件`, purpose: '理事会审议本文件。'.repeat(8)}));
	return write('chinese.json', {...dataset, documents});
};

const fixtures: Record<string, () => string> = {
	bundled: () => files.bundled,
	'bundled, loaded with warnings': () => files.warnings,
	'synthetic, 150 items': () => files.synthetic,
	'synthetic, 900 items, Cyrillic and Arabic titles': () => {
		const dataset = syntheticDataset({items: 900, delegations: 90, positions: 2500, seed: 5}) as unknown as Dataset;
		const documents = dataset.documents.map((document, place) => ({...document, title: place % 2 === 0 ? `Документ ${place} о Союзе` : `وثيقة ${place} بشأن الاتحاد`}));
		return write('mixed.json', {...dataset, documents});
	},
	'synthetic, mostly Chinese (a UTF-8 snapshot)': chinese,
};

describe('a paged dataset and its index equal an eager one', () => {
	for (const [name, file] of Object.entries(fixtures)) {
		it(`every map of ${name}, asked for in the first frame's order`, async () => {
			const {cold, warm} = await coldAndWarm(file());
			expect(pagesOf(warm.dataset)).toBeDefined();
			const eager = buildIndex(cold.dataset, {eager: true});
			// The first frame's reads: an item's documents, the positions on it and its proposals, a position by id.
			const item = warm.dataset.agendaItems.at(-1)!;
			for (const id of item.documents) {
				expect(warm.index.entities.get(id)).toEqual(eager.entities.get(id));
				for (const proposal of warm.index.proposalsByDocument.get(id) ?? []) {
					expect(warm.index.positionsOn.get(proposal.id)).toEqual(eager.positionsOn.get(proposal.id));
				}
			}

			expect(warm.index.positionsOn.get(item.id)).toEqual(eager.positionsOn.get(item.id));
			expect(warm.index.positionsOn.has(item.id)).toBe(eager.positionsOn.has(item.id));
			expect(warm.index.positionsOn.size).toBe(eager.positionsOn.size);
			expect([...warm.index.positionsOn.keys()]).toEqual([...eager.positionsOn.keys()]);
			const position = cold.dataset.positions.at(-1);
			if (position !== undefined) {
				expect(warm.index.entities.get(position.id)).toEqual(eager.entities.get(position.id));
			}

			expect(warm.index.entities.get('no such id')).toBeUndefined();
			expect(warm.index.entities.has('no such id')).toBe(false);
			// None of that parsed a whole array.
			expect(pagesOf(warm.dataset)).toBeDefined();
			// Then everything, and the dataset itself.
			expect(parts(warm.index)).toEqual(parts(eager));
			expect(JSON.stringify(warm.dataset)).toBe(JSON.stringify(cold.dataset));
			expect(structuredClone(warm.dataset)).toEqual(cold.dataset);
			expect(Object.keys(warm.dataset)).toEqual(Object.keys(cold.dataset));
		});
	}

	it('hands out one object per entity, however it was reached', async () => {
		const {warm} = await coldAndWarm(files.synthetic);
		const {entities, positionsOn} = warm.index;
		const some = warm.dataset.agendaItems.slice(0, 5).flatMap(item => item.documents);
		const early = some.map(id => entities.get(id)!);
		const target = warm.dataset.agendaItems[0]!.id;
		const earlyPositions = positionsOn.get(target) ?? [];
		expect(entities.get(some[0]!)).toBe(early[0]);
		expect(positionsOn.get(target)).toBe(positionsOn.get(target));
		// The whole arrays, parsed later, hold the objects handed out before.
		for (const entity of early) {
			expect(warm.dataset.documents).toContain(entity.value);
		}

		for (const value of earlyPositions) {
			expect(warm.dataset.positions).toContain(value);
		}

		// And the index's every entity is the dataset's.
		for (const [place, document] of warm.dataset.documents.entries()) {
			expect(entities.get(document.id)!.value).toBe(warm.dataset.documents[place]);
		}

		for (const [, list] of positionsOn) {
			for (const value of list) {
				expect(entities.get(value.id)!.value).toBe(value);
			}
		}

		// A data property from then on: written, it stays written.
		const descriptor = Object.getOwnPropertyDescriptor(warm.dataset, 'documents');
		expect(descriptor?.get).toBeUndefined();
		expect(descriptor?.enumerable).toBe(true);
	});

	it('equals an eager index when its pages are read a slice at a time while idle, the dataset asked for midway', async () => {
		const {cold, warm} = await coldAndWarm(fixtures['synthetic, 900 items, Cyrillic and Arabic titles']!());
		const warmer = indexWarmer(warm.index)!;
		const early = warm.index.entities.get(cold.dataset.documents[0]!.id);
		let slices = 0;
		// Deadlines already past: one slice per call. The documents are parsed one by one, then the positions.
		while (!warmer(0)) {
			slices++;
			if (slices === 4) {
				// Midway through the documents (200 a slice): still paged; asked for whole, made from both halves.
				expect(pagesOf(warm.dataset)).toBeDefined();
				expect(warm.dataset.documents).toEqual(cold.dataset.documents);
			}
		}

		expect(slices).toBeGreaterThan(10);
		expect(warm.dataset.documents[0]).toBe(early!.value);
		expect(warm.dataset.positions).toEqual(cold.dataset.positions);
		expect(parts(warm.index)).toEqual(parts(buildIndex(cold.dataset, {eager: true})));
		for (const [, list] of warm.index.positionsOn) {
			for (const value of list) {
				expect(warm.index.entities.get(value.id)!.value).toBe(value);
			}
		}
	});

	it('answers every lookup as an eager index does', async () => {
		const {cold, warm} = await coldAndWarm(files.synthetic);
		const eager = buildIndex(cold.dataset, {eager: true});
		const queries = [...eager.keys.keys(), ...eager.entities.keys(), 'Res 99999', 'PL 1.01', 'nothing at all'];
		const paged = buildIndex((await coldAndWarm(files.synthetic)).warm.dataset);
		expect(queries.map(query => lookup(paged, query))).toEqual(queries.map(query => lookup(eager, query)));
		expect(queries.map(query => lookup(warm.index, query))).toEqual(queries.map(query => lookup(eager, query)));
	});

	it('builds an eager index once an array was parsed whole (or replaced)', async () => {
		const {warm, cold} = await coldAndWarm(files.synthetic);
		expect(warm.dataset.positions.length).toBe(cold.dataset.positions.length);
		expect(pagesOf(warm.dataset)).toBeUndefined();
		const again = buildIndex(warm.dataset);
		expect(again.entities).toBeInstanceOf(Map);
		expect(parts(again)).toEqual(parts(buildIndex(cold.dataset, {eager: true})));
	});

	it('stores a mostly Chinese dataset as UTF-8 and one mostly in Latin letters as ASCII', async () => {
		const utf8 = await coldAndWarm(chinese());
		const ascii = await coldAndWarm(files.synthetic);
		const text = (run: typeof utf8) => readFileSync(snapshotFile(run.cache, run.warm.contentHash!)).toString('utf8');
		expect(text(utf8)).toContain('关于国际电联');
		expect(/^[\u0000-\u007F]*$/.test(text(ascii))).toBe(true);
	});
});

describe('a paged snapshot whose tables do not hold together is a miss', () => {
	/** Rewrites the snapshot's head (keeping its hash right, so that only the tables' check can catch it). */
	function rewriteHead(file: string, change: (head: Record<string, any>) => void): void {
		const bytes = readFileSync(file);
		const magicEnd = bytes.indexOf(0x0A);
		const headerEnd = bytes.indexOf(0x0A, magicEnd + 1);
		const header = JSON.parse(bytes.subarray(magicEnd + 1, headerEnd).toString('utf8')) as {snapshot: string; bytes: number; head: number};
		const body = bytes.subarray(headerEnd + 1);
		const head = JSON.parse(body.subarray(0, header.head).toString('latin1')) as Record<string, any>;
		change(head);
		const headBytes = Buffer.from(escapeToAscii(JSON.stringify(head)), 'latin1');
		const newBody = Buffer.concat([headBytes, body.subarray(header.head)]);
		const newHeader = {...header, head: headBytes.length, bytes: newBody.length, snapshot: createHash('sha256').update(newBody).digest('hex')};
		writeFileSync(file, Buffer.concat([bytes.subarray(0, magicEnd + 1), Buffer.from(`${JSON.stringify(newHeader)}\n`), newBody]));
	}

	it('reads back a head rewritten unchanged (so each breakage below is what makes its miss)', async () => {
		const cache = cacheIn();
		await coldAndWarm(files.synthetic, cache);
		const hash = contentHashOf(readFileSync(files.synthetic));
		rewriteHead(snapshotFile(cache, hash), () => undefined);
		expect((await readSnapshot(cache, hash))?.dataset.agendaItems.length).toBe(150);
	});

	const breakages: Array<[string, (head: Record<string, any>) => void]> = [
		['an offset out of order', head => {
			head['documents'].at[2] = head['documents'].at[1];
		}],
		['one offset too few', head => {
			head['positions'].at.pop();
		}],
		['a section length that is wrong', head => {
			head['lengths'][0] += 1;
		}],
		['a position place beyond the positions', head => {
			head['positionsOn'][0][1].push(10 ** 6);
		}],
		['an id that is not a string', head => {
			head['documents'].ids[0] = 7;
		}],
		['no tables at all', head => {
			delete head['positions'];
		}],
	];

	for (const [what, breakage] of breakages) {
		it(`with ${what}`, async () => {
			const cache = cacheIn();
			const {cold} = await coldAndWarm(files.synthetic, cache);
			const hash = contentHashOf(readFileSync(files.synthetic));
			expect(await readSnapshot(cache, hash)).toBeDefined();
			rewriteHead(snapshotFile(cache, hash), breakage);
			expect(await readSnapshot(cache, hash)).toBeUndefined();
			// The load still gives the dataset, validated again, and the snapshot is rebuilt.
			const again = await loadDataset(files.synthetic, {cache});
			expect(again.ok && JSON.stringify(again.dataset)).toBe(JSON.stringify(cold.dataset));
			expect(await readSnapshot(cache, hash)).toBeDefined();
		});
	}

	it('finds a position by id from the positions themselves when the page of their ids is not one id each', async () => {
		const cache = cacheIn();
		const {cold} = await coldAndWarm(files.synthetic, cache);
		const hash = contentHashOf(readFileSync(files.synthetic));
		const file = snapshotFile(cache, hash);
		const bytes = readFileSync(file);
		const magicEnd = bytes.indexOf(0x0A);
		const headerEnd = bytes.indexOf(0x0A, magicEnd + 1);
		const header = JSON.parse(bytes.subarray(magicEnd + 1, headerEnd).toString('utf8')) as {snapshot: string; bytes: number; head: number};
		const body = bytes.subarray(headerEnd + 1);
		const head = JSON.parse(body.subarray(0, header.head).toString('latin1')) as {lengths: number[]};
		const idsStart = header.head + head.lengths[0]! + head.lengths[1]!;
		// One id too few, then ids that are not strings: the page is not used.
		for (const ids of [JSON.stringify(cold.dataset.positions.slice(1).map(position => position.id)), '[1,2,3]']) {
			head.lengths[2] = ids.length;
			const headBytes = Buffer.from(escapeToAscii(JSON.stringify(head)), 'latin1');
			const newBody = Buffer.concat([headBytes, body.subarray(header.head, idsStart), Buffer.from(ids, 'latin1')]);
			const newHeader = {...header, head: headBytes.length, bytes: newBody.length, snapshot: createHash('sha256').update(newBody).digest('hex')};
			writeFileSync(file, Buffer.concat([bytes.subarray(0, magicEnd + 1), Buffer.from(`${JSON.stringify(newHeader)}\n`), newBody]));
			const warm = await loadDataset(files.synthetic, {cache});
			expect(warm.ok && pagesOf(warm.dataset)).toBeTruthy();
			const eager = buildIndex(cold.dataset, {eager: true});
			for (const position of [cold.dataset.positions[0]!, cold.dataset.positions.at(-1)!]) {
				expect(warm.ok && warm.index.entities.get(position.id)).toEqual(eager.entities.get(position.id));
			}

			expect(warm.ok && warm.index.entities.get('no such id')).toBeUndefined();
		}
	});

	it('ignores a large snapshot (hashed on another thread) with a letter changed in a document\'s title', async () => {
		const cache = cacheIn();
		const file = fixtures['synthetic, 900 items, Cyrillic and Arabic titles']!();
		expect(readFileSync(file).length).toBeGreaterThan(1024 * 1024);
		const {cold} = await coldAndWarm(file, cache);
		const snapshot = snapshotFile(cache, contentHashOf(readFileSync(file)));
		const bytes = readFileSync(snapshot);
		// Inside the documents' page: still JSON, still the same length, parsed while the hash is worked out.
		const at = bytes.lastIndexOf('"title":"') + 9;
		bytes[at] = bytes[at]! ^ 0x20;
		writeFileSync(snapshot, bytes);
		expect(await readSnapshot(cache, contentHashOf(readFileSync(file)), startHasher({offThread: true}))).toBeUndefined();
		const again = await loadDataset(file, {cache});
		expect(again.ok && JSON.stringify(again.dataset)).toBe(JSON.stringify(cold.dataset));
	});

	it('rewrites nothing into a snapshot it could not read back', async () => {
		const cache = cacheIn();
		const dataset = syntheticDataset({items: 20, delegations: 5, positions: 0}) as unknown as Dataset;
		expect(await writeSnapshot(cache, 'a'.repeat(64), {dataset, warnings: []})).toBe(true);
		const read = await readSnapshot(cache, 'a'.repeat(64));
		expect(read?.dataset.positions).toEqual([]);
		expect(JSON.stringify(read?.dataset)).toBe(JSON.stringify(dataset));
	});
});
