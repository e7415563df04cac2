import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, lstatSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {syntheticDataset} from '../../bench/synthetic.js';
import {cacheFolder, contentHashOf, defaultCacheOptions, isJsonExact, readSnapshot, snapshotFile, writeSnapshot, type CacheOptions} from '../../source/dataset/cache.js';
import {loadDataset, type LoadResult} from '../../source/dataset/load.js';
import {lookup} from '../../source/dataset/lookup.js';
import {escapeToAscii} from '../../source/dataset/snapshot-pages.js';
import {lookupJson} from '../../source/format/lookup-json.js';
import {lookupText} from '../../source/format/lookup-text.js';
import {cacheFixtures} from './cache-fixtures.js';

/*
The dataset cache (source/dataset/cache.ts) never changes an answer: the same
datasets loaded cold (no cache), on the run that writes the snapshot and warm
(from it) give the same warnings, problems and every lookup. A snapshot is used
only under its key, and a damaged one (flipped bytes, truncated, another
build's, a FIFO or a symlink in its place) is ignored and rebuilt.
*/

const {scratch, cacheIn, write, bundled, files} = cacheFixtures('council-cache-test-');

/** Every answer a load gives: ok, warnings or problems, and every lookup of every key and id, as text and JSON. */
function answers(result: LoadResult): unknown {
	if (!result.ok) {
		return {ok: false, errors: result.errors};
	}

	const queries = [...result.index.keys.keys(), ...result.index.entities.keys(), 'Res 99999', 'nothing at all'];
	return {
		ok: true,
		warnings: result.warnings,
		dataset: JSON.stringify(result.dataset),
		lookups: queries.map(query => {
			const found = lookup(result.index, query);
			return [query, lookupText(result.index, found), JSON.stringify(lookupJson(found))];
		}),
	};
}

describe('the dataset cache never changes an answer', () => {
	for (const [name, file] of Object.entries(files)) {
		it(`loads ${name} the same cold, while writing the snapshot, and warm`, async () => {
			const cache = cacheIn();
			const cold = answers(await loadDataset(file, {name, cache: false}));
			const writing = answers(await loadDataset(file, {name, cache}));
			const snapshot = snapshotFile(cache, contentHashOf(readFileSync(file)));
			expect(existsSync(snapshot)).toBe(true);
			const written = statSync(snapshot).mtimeMs;
			const warm = answers(await loadDataset(file, {name, cache}));
			expect(writing).toEqual(cold);
			expect(warm).toEqual(cold);
			// The warm load read the snapshot; it did not write it again.
			expect(statSync(snapshot).mtimeMs).toBe(written);
		});
	}

	it('names the file as the warm load is asked to, in its warnings', async () => {
		const cache = cacheIn();
		await loadDataset(files.warnings, {name: 'first/name.json', cache});
		const warm = await loadDataset(files.warnings, {name: 'other.json', cache});
		expect(warm.ok && warm.warnings.length > 0 && warm.warnings.every(warning => warning.file === 'other.json')).toBe(true);
	});

	it('keeps no snapshot of a dataset that does not load, and gives the same problems each time', async () => {
		const cache = cacheIn();
		const broken = write('broken.json', {...bundled, agendaItems: [{...bundled.agendaItems[0], documents: ['nowhere']}]});
		const first = await loadDataset(broken, {cache});
		const second = await loadDataset(broken, {cache});
		expect(first.ok).toBe(false);
		expect(second).toEqual(first);
		expect(await loadDataset(broken, {cache: false})).toEqual(first);
		expect(existsSync(path.join(cache.folder, 'datasets')) ? readdirSync(path.join(cache.folder, 'datasets')) : []).toEqual([]);
	});

	it('caches nothing below its size floor', async () => {
		const cache = {...cacheIn(), minBytes: 10 * 1024 * 1024};
		await loadDataset(files.bundled, {cache});
		expect(existsSync(path.join(cache.folder, 'datasets'))).toBe(false);
	});
});

describe('a snapshot is used only under its key', () => {
	// A snapshot of another dataset stored under this file's key: only the cache could answer with it.
	async function plant(cache: CacheOptions, file: string): Promise<string> {
		const other = await loadDataset(files.synthetic, {cache: false});
		if (!other.ok) {
			throw new Error('the synthetic dataset did not load');
		}

		const hash = contentHashOf(readFileSync(file));
		expect(await writeSnapshot(cache, hash, {dataset: other.dataset, warnings: []})).toBe(true);
		return snapshotFile(cache, hash);
	}

	const plantedItems = async (cache: CacheOptions) => {
		const result = await loadDataset(files.bundled, {cache});
		return result.ok ? result.dataset.agendaItems.length : -1;
	};

	const bundledItems = bundled.agendaItems.length;

	it('reads a snapshot whose key matches (which is how the tests below can tell it was ignored)', async () => {
		const cache = cacheIn();
		await plant(cache, files.bundled);
		expect(await plantedItems(cache)).toBe(150);
	});

	it('ignores and rebuilds a snapshot of another build', async () => {
		const cache = cacheIn('build-a');
		await plant(cache, files.bundled);
		expect(await plantedItems({...cache, version: 'build-b'})).toBe(bundledItems);
		// Rebuilt under build-b's key: build-b now reads the right one, build-a no longer finds its own.
		expect(await plantedItems({...cache, version: 'build-b'})).toBe(bundledItems);
		expect(await readSnapshot(cache, contentHashOf(readFileSync(files.bundled)))).toBeUndefined();
	});

	const damages: Array<[string, (bytes: Buffer) => Buffer]> = [
		['a flipped byte in the snapshot', bytes => {
			const copy = Buffer.from(bytes);
			copy[copy.length - 100] = copy[copy.length - 100]! ^ 0x20;
			return copy;
		}],
		['a letter changed in a title (the body still JSON, of the same length)', bytes => {
			const copy = Buffer.from(bytes);
			const at = copy.lastIndexOf('"title":"') + 9;
			copy[at] = copy[at]! ^ 0x20;
			return copy;
		}],
		['a flipped byte in its key', bytes => {
			const copy = Buffer.from(bytes);
			const at = copy.indexOf('"content":"') + 11;
			copy[at] = copy[at] === 0x30 ? 0x31 : 0x30;
			return copy;
		}],
		['a flipped byte in its first line', bytes => Buffer.concat([Buffer.from('council-dataset-cache 9'), bytes.subarray(23)])],
		['truncated', bytes => bytes.subarray(0, Math.floor(bytes.length / 2))],
		['truncated to its header', bytes => bytes.subarray(0, bytes.indexOf(0x0A, 30) + 1)],
		['empty', () => Buffer.alloc(0)],
		['random bytes', bytes => Buffer.from(bytes.map((_, index) => (index * 7919) % 251))],
	];

	for (const [what, damage] of damages) {
		it(`ignores a snapshot with ${what}, and rebuilds it`, async () => {
			const cache = cacheIn();
			const file = await plant(cache, files.bundled);
			writeFileSync(file, damage(readFileSync(file)));
			expect(await plantedItems(cache)).toBe(bundledItems);
			// Rebuilt: now the right dataset's snapshot, read back.
			expect((await readSnapshot(cache, contentHashOf(readFileSync(files.bundled))))?.dataset.agendaItems.length).toBe(bundledItems);
		});
	}

	it('never opens a FIFO in its place (no hang), and puts a regular file there', async () => {
		const cache = cacheIn();
		const file = await plant(cache, files.bundled);
		rmSync(file);
		execFileSync('mkfifo', [file]);
		expect(await plantedItems(cache)).toBe(bundledItems);
		expect(lstatSync(file).isFile()).toBe(true);
	});

	it('never follows a symlink in its place, nor writes through it', async () => {
		const cache = cacheIn();
		const file = await plant(cache, files.bundled);
		// A valid planted snapshot elsewhere, linked in: following the link would answer with it.
		const elsewhere = path.join(scratch, `elsewhere-${path.basename(cache.folder)}.snapshot`);
		writeFileSync(elsewhere, readFileSync(file));
		rmSync(file);
		symlinkSync(elsewhere, file);
		const before = readFileSync(elsewhere);
		expect(await plantedItems(cache)).toBe(bundledItems);
		expect(lstatSync(file).isSymbolicLink()).toBe(false);
		expect(readFileSync(elsewhere).equals(before)).toBe(true);
	});

	it('keeps at most eight snapshots, the newest', async () => {
		const cache = cacheIn();
		for (let count = 0; count < 10; count++) {
			await loadDataset(write(`many-${count}.json`, {...bundled, session: {...(bundled as unknown as {session: object}).session, title: `Session ${count}`}}), {cache});
		}

		expect(readdirSync(path.join(cache.folder, 'datasets')).filter(name => name.endsWith('.snapshot'))).toHaveLength(8);
	});
});

describe('a snapshot is JSON that gives the dataset back exactly', () => {
	it('is written only for a value JSON gives back exactly', () => {
		expect(isJsonExact({a: [1, 'x', true, null, {b: 2.5}], c: '\u0000\uD800 lone surrogate'})).toBe(true);
		for (const value of [{a: undefined}, [1, , 3], {n: -0}, {n: Number.NaN}, {n: Infinity}, {d: new Date(0)}, {m: new Map()}, Object.create(null) as object, JSON.parse('{"__proto__": 1}') as object, {f: () => 1}, {b: 1n}, Object.assign([1], {extra: 2})]) {
			expect(isJsonExact(value)).toBe(false);
		}

		const symbolKeyed = {a: 1, [Symbol('s')]: 2};
		expect(isJsonExact(symbolKeyed)).toBe(false);
		expect(isJsonExact(Object.defineProperty({a: 1}, 'hidden', {value: 2, enumerable: false}))).toBe(false);
	});

	it('keeps no snapshot of a dataset JSON would change, and loads it cold every time', async () => {
		const cache = cacheIn();
		const loaded = await loadDataset(files.bundled, {cache: false});
		if (!loaded.ok) {
			throw new Error('the bundled dataset did not load');
		}

		const hash = contentHashOf(readFileSync(files.bundled));
		const changed = {...loaded.dataset, session: {...loaded.dataset.session, title: undefined}};
		expect(await writeSnapshot(cache, hash, {dataset: changed as unknown as typeof loaded.dataset, warnings: []})).toBe(false);
		expect(existsSync(snapshotFile(cache, hash))).toBe(false);
	});

	it('is written in ASCII, which JSON.parse reads back as the same text', () => {
		const value = {zh: '国际电信联盟', ar: 'الاتحاد الدولي للاتصالات', ru: 'Союз', emoji: '🛰️', lone: '\uD800', controls: '\u007F\u0085\u2028\u0000\n', quote: '"\\u0041"', ['ключ']: 1};
		// What the paged body (snapshot-pages.ts) writes each JSON text through.
		const text = escapeToAscii(JSON.stringify(value));
		expect(/^[\u0020-\u007E]*$/.test(text)).toBe(true);
		expect(JSON.parse(text)).toEqual(value);
		expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(value));
	});

	it('stays UTF-8 for a text mostly in Chinese, read back as it was validated', async () => {
		const chinese = syntheticDataset({items: 60, delegations: 10, positions: 60});
		const file = write('chinese.json', {...chinese, documents: chinese.documents.map(document => ({...document, sections: document.sections.map(section => ({...section, paragraphs: section.paragraphs.map(paragraph => ({...paragraph, text: '国际电信联盟理事会审议了本文件。'.repeat(12)}))}))}))});
		const cache = cacheIn();
		const cold = answers(await loadDataset(file, {cache: false}));
		await loadDataset(file, {cache});
		const bytes = readFileSync(snapshotFile(cache, contentHashOf(readFileSync(file))));
		expect(bytes.includes(Buffer.from('国际电信联盟', 'utf8'))).toBe(true);
		expect(answers(await loadDataset(file, {cache}))).toEqual(cold);
	});

	it('holds ASCII on disk, read back as it was validated', async () => {
		const cache = cacheIn();
		const cold = await loadDataset(files.synthetic, {cache});
		const bytes = readFileSync(snapshotFile(cache, contentHashOf(readFileSync(files.synthetic))));
		expect(bytes.every(byte => byte === 0x0A || (byte >= 0x20 && byte <= 0x7E))).toBe(true);
		const warm = await loadDataset(files.synthetic, {cache});
		expect(cold.ok && warm.ok && JSON.stringify(warm.dataset) === JSON.stringify(cold.dataset) && /[\u0400-\u04FF]/.test(JSON.stringify(warm.dataset))).toBe(true);
	});

	it('removes the snapshots of the earlier format (SHA256.v8) when it writes one', async () => {
		const cache = cacheIn();
		await loadDataset(files.bundled, {cache});
		const folder = path.join(cache.folder, 'datasets');
		const old = path.join(folder, `${'a'.repeat(64)}.v8`);
		const notOurs = path.join(folder, 'notes.v8');
		writeFileSync(old, 'council-dataset-cache 1\n{}\n');
		writeFileSync(notOurs, 'kept');
		await loadDataset(files.synthetic, {cache});
		expect(existsSync(old)).toBe(false);
		expect(existsSync(notOurs)).toBe(true);
		expect(readdirSync(folder).filter(name => name.endsWith('.snapshot'))).toHaveLength(2);
	});
});

describe('where the cache lives', () => {
	it('is COUNCIL_CACHE_DIR when set, "off" turns it off, else the user\'s cache folder', () => {
		expect(cacheFolder({COUNCIL_CACHE_DIR: '/tmp/x'})).toBe('/tmp/x');
		expect(defaultCacheOptions({COUNCIL_CACHE_DIR: '/tmp/x'})?.folder).toBe('/tmp/x');
		expect(defaultCacheOptions({COUNCIL_CACHE_DIR: 'off'})).toBeUndefined();
		expect(cacheFolder({})).toMatch(/council/);
		// Unbundled code (this test) has no build hash to key a snapshot with: off unless asked for.
		expect(defaultCacheOptions({})).toBeUndefined();
	});

	it('council lookup (the built CLI) answers the same cold and warm, from COUNCIL_CACHE_DIR', () => {
		const cli = path.join(process.cwd(), 'dist', 'cli.js');
		// Above the 512 KB floor.
		const file = write('cli-synthetic.json', syntheticDataset({items: 1000, delegations: 100, positions: 2000}));
		const folder = path.join(scratch, 'cli-cache');
		const run = (query: string, ...more: string[]) => spawnSync(process.execPath, [cli, 'lookup', '--data', file, ...more, query], {encoding: 'utf8', env: {...process.env, COUNCIL_CACHE_DIR: folder}});
		const queries = ['Res 71', 'item-999', 'Resolution 99999', 'PL 1.01'];
		const cold = queries.flatMap(query => [run(query), run(query, '--json')]).map(({status, stdout, stderr}) => ({status, stdout, stderr}));
		// The dataset's snapshot and, beside it, its lookup snapshot (test/dataset/lookup-cache.test.ts).
		expect(readdirSync(path.join(folder, 'datasets')).map(name => path.extname(name)).sort()).toEqual(['.lookup', '.snapshot']);
		const warm = queries.flatMap(query => [run(query), run(query, '--json')]).map(({status, stdout, stderr}) => ({status, stdout, stderr}));
		expect(warm).toEqual(cold);
		expect(cold[2]).toMatchObject({status: 0, stdout: expect.stringContaining('item-999') as unknown});
		expect(cold[4]).toMatchObject({status: 1});
		// The bundled dataset (89 KB) is above the 16 KB floor: kept too, and answered the same from its snapshot.
		const small = path.join(scratch, 'cli-cache-small');
		const bundledRun = () => spawnSync(process.execPath, [cli, 'lookup', 'Res 71'], {encoding: 'utf8', env: {...process.env, COUNCIL_CACHE_DIR: small, COUNCIL_CONFIG_DIR: path.join(scratch, 'config')}});
		const bundledCold = bundledRun();
		expect(bundledCold.status).toBe(0);
		// Its snapshot and its lookup snapshot (test/dataset/lookup-cache.test.ts).
		expect(readdirSync(path.join(small, 'datasets')).map(name => path.extname(name)).sort()).toEqual(['.lookup', '.snapshot']);
		expect(bundledRun()).toMatchObject({status: 0, stdout: bundledCold.stdout, stderr: bundledCold.stderr});
		// A dataset under the floor is validated every time: no snapshot.
		const tiny = path.join(scratch, 'cli-cache-tiny');
		const full = bundled as unknown as {agendaItems: Array<{id: string}>; delegations: unknown[]};
		const tinyFile = write('tiny.json', {...bundled, agendaItems: full.agendaItems.slice(0, 1).map(item => ({...item, documents: []})), documents: [], instruments: [], resolutions: [], reports: [], proposals: [], principles: [], positions: [], delegations: full.delegations.slice(0, 1)});
		// It loads (the item is found), and leaves nothing in the cache.
		expect(spawnSync(process.execPath, [cli, 'lookup', '--data', tinyFile, full.agendaItems[0]!.id], {encoding: 'utf8', env: {...process.env, COUNCIL_CACHE_DIR: tiny}}).status).toBe(0);
		expect(existsSync(path.join(tiny, 'datasets'))).toBe(false);
		const off = spawnSync(process.execPath, [cli, 'lookup', '--data', file, 'Res 71'], {encoding: 'utf8', env: {...process.env, COUNCIL_CACHE_DIR: 'off'}});
		expect(off.stdout).toBe(cold[0]!.stdout);
	});
});
