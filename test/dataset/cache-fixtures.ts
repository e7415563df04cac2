import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll} from 'vitest';
import {syntheticDataset} from '../../bench/synthetic.js';
import type {CacheOptions} from '../../source/dataset/cache.js';
import {bundledDatasetPath} from '../../source/dataset/bundled.js';

/*
What the dataset cache's and the lookup snapshot's tests share: a scratch
folder removed after the file's tests, a fresh cache folder per call, and three
datasets to compare cold and warm answers on (the bundled one, one whose
loading warns, a synthetic one of 150 items).
*/

export function cacheFixtures(prefix: string) {
	const scratch = mkdtempSync(path.join(os.tmpdir(), prefix));
	afterAll(() => {
		rmSync(scratch, {recursive: true, force: true});
	});

	let folders = 0;
	const cacheIn = (version = 'test-1'): CacheOptions => {
		folders++;
		return {folder: path.join(scratch, `cache-${folders}`), version, minBytes: 0};
	};

	const write = (name: string, content: unknown): string => {
		const file = path.join(scratch, name);
		writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
		return file;
	};

	const bundled = JSON.parse(readFileSync(bundledDatasetPath(), 'utf8')) as {agendaItems: Array<Record<string, unknown>>};
	const withWarnings = structuredClone(bundled);
	withWarnings.agendaItems.push({...withWarnings.agendaItems[0]!, id: 'item-copy', title: 'Copy \u001B[2J with an escape'});
	const files = {
		bundled: bundledDatasetPath(),
		warnings: write('warnings.json', withWarnings),
		synthetic: write('synthetic.json', syntheticDataset({items: 150, delegations: 40, positions: 300})),
	};
	return {scratch, cacheIn, write, bundled, files};
}
