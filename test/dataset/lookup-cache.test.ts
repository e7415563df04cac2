import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, lstatSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {syntheticDataset} from '../../bench/synthetic.js';
import type {CacheOptions} from '../../source/dataset/cache.js';
import type {DatasetIndex} from '../../source/dataset/index-types.js';
import {answerFromLookupSnapshot, keepLookupSnapshot, lookupCacheKey, type LookupCacheKey} from '../../source/dataset/lookup-cache.js';
import {lookupSnapshotFile, openLookupSnapshot, writeLookupSnapshot} from '../../source/dataset/lookup-snapshot.js';
import {lookupRecords} from '../../source/dataset/snapshot-index.js';
import {loadDataset} from '../../source/dataset/load.js';
import {lookup} from '../../source/dataset/lookup.js';
import {lookupJson} from '../../source/format/lookup-json.js';
import {lookupText} from '../../source/format/lookup-text.js';
import {jsonText} from '../../source/text/json-text.js';
import {cacheFixtures} from './cache-fixtures.js';

/*
The lookup snapshot (source/dataset/lookup-snapshot.ts, lookup-cache.ts) never
changes an answer: every lookup key and id of a fixture, misses with their
suggestions, delegations by their names in six languages and hostile queries
give the same text and JSON from the snapshot as from the dataset, in-process
and through the built CLI. A damaged, truncated or foreign snapshot, a FIFO or
a symlink in its place is ignored (and rebuilt), never followed.
*/

const {scratch, cacheIn, write, bundled, files} = cacheFixtures('council-lookup-cache-test-');

async function loaded(file: string): Promise<DatasetIndex> {
	const result = await loadDataset(file, {cache: false});
	if (!result.ok) {
		throw new Error(`${file} did not load`);
	}

	return result.index;
}

/** Every query worth asking of a dataset: its keys, its ids, its delegations' names in every language, misses and hostile text. */
function queriesOf(index: DatasetIndex): string[] {
	// Every delegation's names in the official languages: those with Arabic, Chinese and Cyrillic names first, a few dozen in all.
	const named = index.dataset.delegations.filter(delegation => delegation.names !== undefined);
	const names = [...named.slice(0, 12), ...index.dataset.delegations.slice(0, 12)].flatMap(delegation => [delegation.name, ...Object.values(delegation.names ?? {}), ...(delegation.aliases ?? [])]);
	return [
		...index.keys.keys(),
		...index.entities.keys(),
		...names,
		'Res 99999', 'nothing at all', 'Resolution 71 (Rev. Nowhere, 2099)', 'C99/99999', 'Фра', '法', 'فرنسا',
		'x'.repeat(1000), '7'.repeat(60_000), 'Res 71\u001B[2J\u001B]0;forged\u0007', '\u202Eevil', '',
	];
}

/** What `council lookup` prints for each query, as text and as JSON. */
function answersOf(index: DatasetIndex, queries: readonly string[]): Array<[string, string, string]> {
	return queries.map(query => {
		const result = lookup(index, query);
		return [query, lookupText(index, result), jsonText(lookupJson(result, index.entities))];
	});
}

async function keyWithSnapshot(file: string, cache: CacheOptions): Promise<LookupCacheKey> {
	const key = lookupCacheKey(file, cache);
	expect(key).toBeDefined();
	expect(await keepLookupSnapshot(key!, await loaded(file))).toBe(true);
	return key!;
}

/** Whether this index is the snapshot's: it holds no list of agenda items. */
function isSnapshotIndex(index: DatasetIndex): boolean {
	try {
		return index.dataset.agendaItems.length < 0;
	} catch {
		return true;
	}
}

describe('the lookup snapshot never changes an answer', () => {
	for (const [name, file] of Object.entries(files)) {
		it(`answers every key, id, name and miss of ${name} as the dataset does, text and JSON`, async () => {
			const index = await loaded(file);
			const queries = queriesOf(index);
			const cold = answersOf(index, queries);
			const key = await keyWithSnapshot(file, cacheIn());
			const warm = answerFromLookupSnapshot(key, snapshot => (isSnapshotIndex(snapshot) ? answersOf(snapshot, queries) : undefined));
			expect(warm).toBeDefined();
			expect(warm).toEqual(cold);
			// The misses did suggest something: the comparison covers suggestions.
			expect(cold.find(([query]) => query === 'Res 99999')?.[1]).toMatch(/^no match for "Res 99999"\nnearest:\n {2}\S/);
		});
	}

	it('is keyed as the dataset cache is: the file\'s SHA-256 and the program\'s version', () => {
		const cache = cacheIn();
		const key = lookupCacheKey(files.synthetic, cache);
		expect(key?.contentHash).toBe(execFileSync('sha256sum', [files.synthetic], {encoding: 'utf8'}).split(' ')[0]);
		expect(lookupCacheKey(files.synthetic, {...cache, minBytes: 100 * 1024 * 1024})).toBeUndefined();
		expect(lookupCacheKey(path.join(scratch, 'missing.json'), cache)).toBeUndefined();
		expect(lookupCacheKey(files.synthetic, undefined)).toBeUndefined();
	});
});

describe('a lookup snapshot is used only under its key, and only when whole', () => {
	// Another dataset's records under this file's key: only the snapshot could answer with them.
	async function plant(cache: CacheOptions): Promise<{key: LookupCacheKey; file: string}> {
		const key = lookupCacheKey(files.bundled, cache)!;
		expect(await writeLookupSnapshot(cache, key.contentHash, lookupRecords(await loaded(files.synthetic)))).toBe(true);
		return {key, file: lookupSnapshotFile(cache, key.contentHash)};
	}

	const planted = (key: LookupCacheKey) => answerFromLookupSnapshot(key, index => lookupText(index, lookup(index, 'item-150')));

	it('reads a planted snapshot whose key matches (which is how the tests below can tell it was ignored)', async () => {
		const {key} = await plant(cacheIn());
		expect(planted(key)).toMatch(/id item-150/);
	});

	it('ignores a snapshot of another build', async () => {
		const cache = cacheIn('build-a');
		const {key} = await plant(cache);
		expect(planted({...key, cache: {...cache, version: 'build-b'}})).toBeUndefined();
	});

	it('ignores a snapshot of other contents renamed to this key', async () => {
		const cache = cacheIn();
		const {file} = await plant(cache);
		const other = lookupCacheKey(files.warnings, cache)!;
		writeFileSync(lookupSnapshotFile(cache, other.contentHash), readFileSync(file));
		expect(planted(other)).toBeUndefined();
	});

	const flip = (bytes: Buffer, at: number): Buffer => {
		const copy = Buffer.from(bytes);
		copy[at] = copy[at]! ^ 0x20;
		return copy;
	};

	const damages: Array<[string, (bytes: Buffer) => Buffer]> = [
		['a flipped byte in every page in turn', bytes => bytes],
		['a flipped byte in its directory', bytes => flip(bytes, bytes.indexOf(0x0A, 30) + 20)],
		['a flipped byte in its key', bytes => flip(bytes, bytes.indexOf('"content":"') + 11)],
		['another first line', bytes => Buffer.concat([Buffer.from('council-lookup-cache 2'), bytes.subarray(22)])],
		['truncated', bytes => bytes.subarray(0, Math.floor(bytes.length / 2))],
		['one byte short', bytes => bytes.subarray(0, bytes.length - 1)],
		['one byte more', bytes => Buffer.concat([bytes, Buffer.from([0])])],
		['truncated to its header', bytes => bytes.subarray(0, bytes.indexOf(0x0A, 30) + 1)],
		['empty', () => Buffer.alloc(0)],
		['random bytes', bytes => Buffer.from(bytes.map((_, index) => (index * 7919) % 251))],
	];

	for (const [what, damage] of damages) {
		it(`ignores a snapshot with ${what}`, async () => {
			const {key, file} = await plant(cacheIn());
			const whole = readFileSync(file);
			if (what.includes('every page')) {
				// A flip anywhere in the pages: every answer is the intact snapshot's, or none (when the lookup read the flipped page).
				const synthetic = await loaded(files.synthetic);
				const queries = queriesOf(synthetic).filter(query => query.length < 100);
				const intact = answerFromLookupSnapshot(key, index => answersOf(index, queries));
				expect(intact).toEqual(answersOf(synthetic, queries));
				const start = whole.indexOf(0x0A, 30) + 1;
				let caught = 0;
				for (let at = start; at < whole.length; at += Math.floor((whole.length - start) / 40)) {
					writeFileSync(file, flip(whole, at));
					const answers = answerFromLookupSnapshot(key, index => answersOf(index, queries));
					if (answers === undefined) {
						caught++;
					} else {
						expect(answers).toEqual(intact);
					}
				}

				expect(caught).toBeGreaterThanOrEqual(38);
				return;
			}

			writeFileSync(file, damage(whole));
			expect(planted(key)).toBeUndefined();
		});
	}

	it('never opens a FIFO in its place (no hang), and a new one is written as a regular file', async () => {
		const cache = cacheIn();
		const {key, file} = await plant(cache);
		rmSync(file);
		execFileSync('mkfifo', [file]);
		expect(planted(key)).toBeUndefined();
		expect(await keepLookupSnapshot(key, await loaded(files.bundled))).toBe(true);
		expect(lstatSync(file).isFile()).toBe(true);
	});

	it('never follows a symlink in its place, nor writes through it', async () => {
		const cache = cacheIn();
		const {key, file} = await plant(cache);
		// A valid planted snapshot elsewhere, linked in: following the link would answer with it.
		const elsewhere = path.join(scratch, `elsewhere-${path.basename(cache.folder)}.lookup`);
		writeFileSync(elsewhere, readFileSync(file));
		rmSync(file);
		symlinkSync(elsewhere, file);
		expect(openLookupSnapshot(cache, key.contentHash)).toBeUndefined();
		expect(planted(key)).toBeUndefined();
		const before = readFileSync(elsewhere);
		expect(await keepLookupSnapshot(key, await loaded(files.bundled))).toBe(true);
		expect(lstatSync(file).isSymbolicLink()).toBe(false);
		expect(readFileSync(elsewhere).equals(before)).toBe(true);
		expect(planted(key)).toMatch(/no match for "item-150"/);
	});
});

describe('council lookup (the built CLI) from its lookup snapshot', () => {
	const cli = path.join(process.cwd(), 'dist', 'cli.js');
	// Well above the 16 KB floor the CLI caches from.
	const file = write('cli-synthetic.json', syntheticDataset({items: 1000, delegations: 100, positions: 2000}));
	const run = (folder: string, ...args: string[]) => {
		const {status, stdout, stderr} = spawnSync(process.execPath, [cli, 'lookup', '--data', file, ...args], {encoding: 'utf8', env: {...process.env, COUNCIL_CACHE_DIR: folder, COUNCIL_DATA_DIR: path.join(scratch, 'no-journals'), NO_COLOR: '1'}});
		return {status, stdout, stderr};
	};

	it('answers the same with no cache, while writing the snapshot and from it, text and --json', () => {
		const folder = path.join(scratch, 'cli-cache');
		const queries = ['Res 7', 'item-999', 'C99/999', 'Resolution 99999', 'x\u001B[2Jy'];
		const ask = (where: string) => queries.flatMap(query => [run(where, query), run(where, query, '--json')]);
		const cold = ask('off');
		const writing = [run(folder, queries[0]!), run(folder, queries[0]!, '--json')];
		const names = readdirSync(path.join(folder, 'datasets')).sort();
		expect(names.map(name => path.extname(name))).toEqual(['.lookup', '.snapshot']);
		const snapshot = path.join(folder, 'datasets', names[0]!);
		const written = statSync(snapshot).mtimeMs;
		const warm = ask(folder);
		expect(writing).toEqual(cold.slice(0, 2));
		expect(warm).toEqual(cold);
		expect(cold[0]).toMatchObject({status: 0, stdout: expect.stringMatching(/^Resolution 7 /) as unknown});
		expect(cold[6]).toMatchObject({status: 1, stdout: expect.stringContaining('nearest:') as unknown});
		// The snapshot holds no words: written by an English run, it answers in French as the dataset does.
		for (const query of ['Res 7', 'Resolution 99999']) {
			expect(run(folder, query, '--lang', 'fr')).toEqual(run('off', query, '--lang', 'fr'));
		}

		expect(run(folder, 'Res 7', '--lang', 'fr').stdout).toMatch(/^Résolution 7 /);
		// The warm runs read the snapshot; none wrote it again.
		expect(statSync(snapshot).mtimeMs).toBe(written);
		// A damaged snapshot: the same answer, and a whole one written in its place.
		writeFileSync(snapshot, readFileSync(snapshot).subarray(0, 1000));
		expect(run(folder, 'Res 7')).toEqual(cold[0]);
		expect(statSync(snapshot).size).toBeGreaterThan(1000);
		expect(run(folder, 'Res 7')).toEqual(cold[0]);
	}, 120_000);

	it('still finds a decision the Council numbered in the journal, with --journal and the session\'s own', () => {
		const folder = path.join(scratch, 'cli-cache-journal');
		const data = path.join(scratch, 'cli-data');
		const journal = path.join(scratch, 'cli-journal.jsonl');
		const env = {...process.env, COUNCIL_CACHE_DIR: folder, COUNCIL_DATA_DIR: data, COUNCIL_CONFIG_DIR: data, NO_COLOR: '1'};
		const cliRun = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8', env});
		expect(cliRun('lookup', '--data', file, 'Res 7').status).toBe(0);
		expect(readdirSync(path.join(folder, 'datasets')).some(name => name.endsWith('.lookup'))).toBe(true);
		const recorded = cliRun('record', 'decision', 'PL 1.01', '--outcome', 'approved', '--text', 'Approved.', '--number', 'Decision 650 (C25)', '--data', file, '--journal', journal, '--author', 'Ana');
		expect(recorded.stderr).toBe('');
		const found = cliRun('lookup', '--data', file, '--journal', journal, 'Decision 650 (C25)');
		expect(found.status).toBe(0);
		expect(found.stdout.split('\n')[0]).toMatch(/^Decision 650 \(C25\): decision on PL 1\.01 .*\(from the journal\)$/);
		expect(cliRun('record', 'decision', 'PL 1.02', '--outcome', 'approved', '--text', 'Approved.', '--number', 'Decision 651 (C25)', '--data', file, '--author', 'Ana').stderr).toBe('');
		const own = cliRun('lookup', '--data', file, 'D 651');
		expect(own.status).toBe(0);
		expect(own.stdout.split('\n')[0]).toMatch(/^Decision 651 \(C25\): decision on PL 1\.02 .*\(from the journal\)$/);
		// Not in the journal: the dataset's answer, from the snapshot.
		expect(cliRun('lookup', '--data', file, '--journal', journal, 'Res 7').stdout).toBe(run('off', 'Res 7').stdout);
	}, 120_000);

	it('leaves no snapshot when the cache is off, and none for a dataset under the size floor', () => {
		expect(run('off', 'Res 7').status).toBe(0);
		// One agenda item and one delegation: under the cache's 16 KB floor.
		const full = bundled as unknown as {agendaItems: Array<{id: string}>; delegations: unknown[]};
		const tiny = write('lookup-tiny.json', {...bundled, agendaItems: full.agendaItems.slice(0, 1).map(item => ({...item, documents: []})), documents: [], instruments: [], resolutions: [], reports: [], proposals: [], principles: [], positions: [], delegations: full.delegations.slice(0, 1)});
		const small = path.join(scratch, 'cli-cache-small');
		expect(spawnSync(process.execPath, [cli, 'lookup', '--data', tiny, full.agendaItems[0]!.id], {encoding: 'utf8', env: {...process.env, COUNCIL_CACHE_DIR: small}}).status).toBe(0);
		expect(existsSync(path.join(small, 'datasets'))).toBe(false);
	});
});
