import {readFileSync, writeFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {readDatasetVersion, watchDataset, type DatasetReload} from '../../source/dataset/watch-dataset.js';
import {workspace} from './helpers.js';

/** Collects what the watcher reports; `next()` waits for the next report. */
function collector() {
	const seen: DatasetReload[] = [];
	let waiting: ((reload: DatasetReload) => void) | undefined;
	return {
		seen,
		onChange(reload: DatasetReload) {
			seen.push(reload);
			waiting?.(reload);
			waiting = undefined;
		},
		async next(): Promise<DatasetReload> {
			return new Promise((resolve, reject) => {
				const timeout = setTimeout(() => reject(new Error(`no report; so far: ${JSON.stringify(seen.map(reload => reload.ok))}`)), 5000);
				waiting = reload => {
					clearTimeout(timeout);
					resolve(reload);
				};
			});
		},
	};
}

describe.each([true, false])('watching the dataset file (fs.watch: %s)', useFsWatch => {
	it('reports each new version, validated; a broken one with why (once); a touch is no change', async () => {
		const {run, file} = workspace();
		await run('new', 's.json', '--title', 'Council 2025');
		const first = await readDatasetVersion(file('s.json'));
		expect(first.ok).toBe(true);
		const reports = collector();
		const stop = watchDataset(file('s.json'), {sha256: first.ok ? first.sha256 : '', name: 's.json', onChange: reports.onChange, pollMs: 50, settleMs: 20, useFsWatch});
		try {
			const added = reports.next();
			await run('agenda', 'add', 'PL 1', 'Opening', '--data', 's.json');
			const reload = await added;
			expect(reload.ok && reload.dataset.agendaItems.map(item => item.number)).toEqual(['PL 1']);

			const good = readFileSync(file('s.json'), 'utf8');
			const broken = reports.next();
			writeFileSync(file('s.json'), good.replace('"title": "Opening"', '"title": 5'));
			expect(await broken).toEqual({ok: false, message: expect.stringMatching(/^s\.json:\d+:\d+ agendaItems\[0\]\.title must be text, not 5$/)});

			const back = reports.next();
			writeFileSync(file('s.json'), good.replace('"title": "Opening"', '"title": 5').replace('"formatVersion": 1', '"formatVersion": 1 '));
			writeFileSync(file('s.json'), good);
			const restored = await back;
			expect(restored.ok && restored.dataset.agendaItems[0]?.title).toBe('Opening');
			// The same broken content was not reported a second time.
			expect(reports.seen.filter(seen => !seen.ok)).toHaveLength(1);
		} finally {
			stop();
		}
	});
});

describe('reading a version', () => {
	it('says why a missing or broken file cannot be used, listing the first problems', async () => {
		const {file} = workspace();
		expect(await readDatasetVersion(file('none.json'), 'none.json')).toEqual({ok: false, message: 'none.json cannot be read (ENOENT)'});
		writeFileSync(file('bad.json'), '{"formatVersion": 2, "session": 1, "agendaItems": 3, "documents": 4, "x": 5}');
		const bad = await readDatasetVersion(file('bad.json'), 'bad.json');
		expect(bad).toEqual({ok: false, message: expect.stringMatching(/^bad\.json:1:\d+ .*; and \d+ more \(council validate lists them\)$/)});
	});
});
