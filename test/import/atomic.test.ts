import {execFile, spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {syntheticDataset} from '../../bench/synthetic.js';
import {dataset as datasetSchema} from '../../source/dataset/schema.js';
import {writeFileAtomic} from '../../source/import/write-atomic.js';
import {cliPath} from '../helpers/council.js';
import {stopMidWrite} from '../helpers/mid-write.js';
import {startFixture, waitForLine} from '../journal/processes.js';

/*
The merge must never lose or corrupt the dataset, even when killed mid-write:
after a SIGKILL at any instant the file is the old version or the new one,
whole, and the backup is a whole earlier version. Real processes, real kills.
*/

const folder = mkdtempSync(path.join(os.tmpdir(), 'council-atomic-'));
afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

const seedPath = '/work/shared/seeds/000_9f34eb15caf9eba2.txt';

function wholeVersion(file: string, size: number): number {
	const value = JSON.parse(readFileSync(file, 'utf8')) as {version: number; filler: string};
	expect(value.filler).toBe(String(value.version % 10).repeat(size));
	return value.version;
}

async function sleep(ms: number): Promise<void> {
	return new Promise(resolve => {
		setTimeout(resolve, ms);
	});
}

describe('writeFileAtomic', () => {
	it('writes, keeps the previous version as .bak, leaves no temporary file', async () => {
		const file = path.join(folder, 'plain.json');
		await writeFileAtomic(file, 'one', {backup: true});
		expect(existsSync(`${file}.bak`)).toBe(false);
		await writeFileAtomic(file, 'two', {backup: true});
		expect(readFileSync(file, 'utf8')).toBe('two');
		expect(readFileSync(`${file}.bak`, 'utf8')).toBe('one');
		expect(readdirSync(folder).filter(name => name.endsWith('.tmp'))).toEqual([]);
	});

	it('a writer killed at random instants always leaves a whole file and a whole backup', async () => {
		const size = 4_000_000;
		let killedMidWrite = 0;
		for (let round = 0; round < 8; round++) {
			const file = path.join(folder, `killed-${round}.json`);
			const child = startFixture('import-atomic-writer.ts', [file, String(size)]);
			// eslint-disable-next-line no-await-in-loop
			await waitForLine(child, /^wrote 2$/);
			if (round % 2 === 0) {
				// eslint-disable-next-line no-await-in-loop
				await sleep(Math.floor(Math.random() * 120));
			} else {
				// A random delay may fall before the next write on a busy machine: every other kill is
				// made while a temporary file is there (the writer frozen at that instant).
				// eslint-disable-next-line no-await-in-loop
				await stopMidWrite(child, folder, `.killed-${round}.json`);
			}

			const exited = new Promise(resolve => {
				child.once('exit', resolve);
			});
			child.kill('SIGKILL');
			// eslint-disable-next-line no-await-in-loop
			await exited;

			const version = wholeVersion(file, size);
			const backup = wholeVersion(`${file}.bak`, size);
			expect([version - 1, version]).toContain(backup);
			// A temporary file left behind is the trace of a kill during a write.
			killedMidWrite += readdirSync(folder).filter(name => name.startsWith(`.killed-${round}.json`) && name.endsWith('.tmp')).length;
		}

		// At least the four kills made while a temporary file was there landed mid-write.
		expect(killedMidWrite).toBeGreaterThanOrEqual(4);
		// The next write clears what the killed writers left.
		for (let round = 0; round < 8; round++) {
			// eslint-disable-next-line no-await-in-loop
			await writeFileAtomic(path.join(folder, `killed-${round}.json`), 'after', {backup: true});
		}

		expect(readdirSync(folder).filter(name => name.endsWith('.tmp'))).toEqual([]);
	}, 120_000);
});

describe('council import --into, killed while it works', () => {
	it('leaves the old dataset intact or the new one complete, with the backup', async () => {
		const old = `${JSON.stringify(syntheticDataset({items: 3000, paragraphs: 6}), undefined, 2)}\n`;
		const run = async (file: string, killAfter?: number): Promise<void> => new Promise(resolve => {
			const child = spawn(process.execPath, [cliPath, 'import', seedPath, '--into', file], {stdio: 'ignore'});
			child.once('exit', () => {
				resolve();
			});
			if (killAfter !== undefined) {
				setTimeout(() => child.kill('SIGKILL'), killAfter);
			}
		});

		// How long a whole run takes here, to spread the kills over it.
		const timed = path.join(folder, 'timed.json');
		writeFileSync(timed, old);
		const start = performance.now();
		await run(timed);
		const duration = performance.now() - start;
		const expected = readFileSync(timed, 'utf8');
		expect(datasetSchema.parse(JSON.parse(expected)).documents.some(document => document.id === 'doc-cn-one-itu')).toBe(true);

		const outcomes = {old: 0, new: 0};
		for (let round = 0; round < 8; round++) {
			const file = path.join(folder, `dataset-${round}.json`);
			writeFileSync(file, old);
			// eslint-disable-next-line no-await-in-loop
			await run(file, Math.floor(duration * (0.4 + (round / 8))));
			const now = readFileSync(file, 'utf8');
			if (now === old) {
				outcomes.old++;
			} else {
				expect(now).toBe(expected);
				expect(readFileSync(`${file}.bak`, 'utf8')).toBe(old);
				outcomes.new++;
			}
		}

		expect(outcomes.old + outcomes.new).toBe(8);
		// The file is still a dataset the CLI accepts.
		const check = await new Promise<number>(resolve => {
			execFile(process.execPath, [cliPath, 'validate', path.join(folder, 'dataset-7.json')], error => {
				resolve(error === null ? 0 : Number(error.code));
			});
		});
		expect(check).toBe(0);
	}, 180_000);
});
