import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {syntheticDataset} from '../../bench/synthetic.js';
import {contentHashOf, type CacheOptions} from '../../source/dataset/cache.js';
import {readLastContent} from '../../source/dataset/last-content.js';
import {loadDataset} from '../../source/dataset/load.js';
import {cacheFixtures} from './cache-fixtures.js';

/*
The hint of which content a dataset file had when last loaded
(last-content.ts): the load reads that content's snapshot while it hashes the
file, and uses it only if the file's hash is that content. A hint that is
wrong (the file changed; it names another dataset's good snapshot), damaged,
or not a regular file never changes an answer.
*/

const {cacheIn, write, files} = cacheFixtures('council-last-content-test-');

const hintFile = (cache: CacheOptions, file: string) => path.join(cache.folder, 'datasets', `${createHash('sha256').update(path.resolve(file)).digest('hex')}.last`);

async function titlesOf(file: string, cache: CacheOptions): Promise<string[]> {
	const result = await loadDataset(file, {cache});
	if (!result.ok) {
		throw new Error(`${file} did not load`);
	}

	return result.dataset.agendaItems.map(item => item.title);
}

const first = syntheticDataset({items: 40, delegations: 10, positions: 50, seed: 1});
const second = syntheticDataset({items: 45, delegations: 10, positions: 60, seed: 2});

describe('the hint of a dataset file\'s last content', () => {
	it('is written by a load, and names the content the file has', async () => {
		const cache = cacheIn();
		const file = write('hinted.json', first);
		await titlesOf(file, cache);
		expect(await readLastContent(cache, file)).toBe(contentHashOf(readFileSync(file)));
		expect(readFileSync(hintFile(cache, file), 'latin1')).toBe(contentHashOf(readFileSync(file)));
	});

	it('is not used when the file changed: the new content is loaded, and the hint follows it', async () => {
		const cache = cacheIn();
		const file = write('changing.json', first);
		const before = await titlesOf(file, cache);
		write('changing.json', second);
		const after = await titlesOf(file, cache);
		expect(after).toHaveLength(45);
		expect(after).not.toEqual(before);
		expect(await titlesOf(file, cache)).toEqual(after);
		expect(await readLastContent(cache, file)).toBe(contentHashOf(readFileSync(file)));
		// Back to the first content: its snapshot is still kept, and used (same answer as cold).
		write('changing.json', first);
		expect(await titlesOf(file, cache)).toEqual(before);
	});

	it('never makes a load answer from another dataset\'s snapshot it names', async () => {
		const cache = cacheIn();
		const mine = write('mine.json', first);
		const other = write('other.json', second);
		const mineTitles = await titlesOf(mine, cache);
		await titlesOf(other, cache);
		// The hint of mine.json now names other.json's content, whose snapshot is good.
		writeFileSync(hintFile(cache, mine), contentHashOf(readFileSync(other)));
		expect(await titlesOf(mine, cache)).toEqual(mineTitles);
		expect(await readLastContent(cache, mine)).toBe(contentHashOf(readFileSync(mine)));
	});

	const hostile: Array<[string, (hint: string) => void]> = [
		['garbage', hint => {
			writeFileSync(hint, '\u001B[2J not a hash');
		}],
		['a hash in upper case with a newline', hint => {
			writeFileSync(hint, `${'A'.repeat(64)}\n`);
		}],
		['a huge file', hint => {
			writeFileSync(hint, 'a'.repeat(5_000_000));
		}],
		['a FIFO', hint => {
			rmSync(hint, {force: true});
			execFileSync('mkfifo', [hint]);
		}],
		['a symlink to a file holding the right hash', hint => {
			const target = `${hint}.target`;
			writeFileSync(target, readFileSync(hint));
			rmSync(hint, {force: true});
			symlinkSync(target, hint);
		}],
		['a folder', hint => {
			rmSync(hint, {force: true});
			mkdirSync(path.join(hint, 'inside'), {recursive: true});
		}],
	];

	for (const [what, plant] of hostile) {
		it(`with ${what} in its place: the same answer, no hang, and a regular hint written back`, async () => {
			const cache = cacheIn();
			const file = write(`hostile-${what.replaceAll(/\W/g, '-')}.json`, first);
			const cold = await titlesOf(file, {...cache, folder: `${cache.folder}-cold`});
			await titlesOf(file, cache);
			plant(hintFile(cache, file));
			expect(await titlesOf(file, cache)).toEqual(cold);
			expect(await readLastContent(cache, file)).toBe(contentHashOf(readFileSync(file)));
		}, 20_000);
	}

	it('is kept for eight files at most, beside their snapshots', async () => {
		const cache = cacheIn();
		for (let count = 0; count < 11; count++) {
			// eslint-disable-next-line no-await-in-loop -- one load after the other, as the user opens them
			await titlesOf(write(`many-${count}.json`, syntheticDataset({items: 5 + count, delegations: 3, positions: 4, seed: count})), cache);
		}

		const names = readdirSync(path.join(cache.folder, 'datasets'));
		expect(names.filter(name => name.endsWith('.last'))).toHaveLength(8);
		expect(names.filter(name => name.endsWith('.snapshot'))).toHaveLength(8);
	});

	it('is neither read nor written without a cache, nor for the bundled dataset below the size floor', async () => {
		const cache = {...cacheIn(), minBytes: 10 * 1024 * 1024};
		const result = await loadDataset(files.bundled, {cache});
		expect(result.ok).toBe(true);
		expect(existsSync(hintFile(cache, files.bundled))).toBe(false);
	});
});
