import {execFileSync} from 'node:child_process';
import {chmodSync, chownSync, existsSync, linkSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildIndex} from '../../source/dataset/build-index.js';
import {writeFileAtomic} from '../../source/io/atomic-write.js';
import {minutesFileName} from '../../source/minutes/render.js';
import {exportMinutesFile} from '../../source/minutes/write.js';
import {entryLine} from '../../source/journal/append.js';
import {entryFactory, fixtureDataset as loadFixture} from '../journal/helpers.js';
import {stopMidWrite} from '../helpers/mid-write.js';
import {startFixture, waitForLine} from '../journal/processes.js';
import {council, fixtureDataset, revisionFixture, scratch} from './helpers.js';

/*
Issue 8, items 1 and 16: what council writes never replaces what it reads
from, nor an existing file unasked, and writing a file keeps what the user set
up around it (a symlink, a mode, a read-only bit) and leaves no temporary file.
Real files, links, modes and signals; we run as root, so a read-only file is
refused by council's own check, not by the kernel.
*/

const seedPath = '/work/shared/seeds/000_9f34eb15caf9eba2.txt';
const make = entryFactory();

function session(folder: string): {journal: string; dataset: string; journalText: string} {
	const journal = path.join(folder, 'j.jsonl');
	const journalText = entryLine(make({kind: 'current', payload: {item: 'item-budget'}}));
	writeFileSync(journal, journalText);
	const dataset = path.join(folder, 'd.json');
	writeFileSync(dataset, readFileSync(fixtureDataset));
	return {journal, dataset, journalText};
}

function temporaries(folder: string): string[] {
	return readdirSync(folder).filter(name => name.endsWith('.tmp'));
}

describe('8.1: export --output never replaces the journal or dataset in use, nor an existing file unasked', () => {
	it('8.1: --output naming the journal is refused, by path, through a symlink, a hard link and a ../ detour, even with --force', async () => {
		const folder = scratch();
		const {journal, dataset, journalText} = session(folder);
		symlinkSync(journal, path.join(folder, 'link.md'));
		linkSync(journal, path.join(folder, 'hard.md'));
		mkdirSync(path.join(folder, 'sub'));
		for (const output of ['j.jsonl', 'link.md', 'hard.md', 'sub/../j.jsonl', path.join(folder, 'j.jsonl')]) {
			for (const force of [[], ['--force']]) {
				// eslint-disable-next-line no-await-in-loop
				const run = await council(['export', '--data', dataset, '--journal', 'j.jsonl', '--output', output, ...force], {cwd: folder});
				expect(run.code).toBe(1);
				expect(run.stderr).toBe(`council export: --output ${output} is the journal in use: not overwritten (choose another file)\n`);
			}
		}

		expect(readFileSync(journal, 'utf8')).toBe(journalText);
		expect(lstatSync(path.join(folder, 'link.md')).isSymbolicLink()).toBe(true);
	});

	it('8.1: --output naming the dataset is refused; a journal not created yet is still the journal', async () => {
		const folder = scratch();
		const {dataset} = session(folder);
		const before = readFileSync(dataset, 'utf8');
		const run = await council(['export', '--data', 'd.json', '--journal', 'j.jsonl', '--output', 'd.json', '--force'], {cwd: folder});
		expect(run.code).toBe(1);
		expect(run.stderr).toBe('council export: --output d.json is the dataset in use: not overwritten (choose another file)\n');
		expect(readFileSync(dataset, 'utf8')).toBe(before);
		const fresh = await council(['export', '--data', 'd.json', '--journal', 'new.jsonl', '--output', './new.jsonl'], {cwd: folder});
		expect(fresh.code).toBe(1);
		expect(fresh.stderr).toContain('is the journal in use');
		expect(existsSync(path.join(folder, 'new.jsonl'))).toBe(false);
	});

	it('8.1: an existing file is refused without --force and replaced with it', async () => {
		const folder = scratch();
		session(folder);
		writeFileSync(path.join(folder, 'minutes.md'), 'my notes\n');
		const refused = await council(['export', '--data', 'd.json', '--journal', 'j.jsonl', '--output', 'minutes.md'], {cwd: folder});
		expect(refused.code).toBe(1);
		expect(refused.stderr).toBe(`council export: cannot write ${path.join(folder, 'minutes.md')}: already exists: not replaced (--force replaces it)\n`);
		expect(readFileSync(path.join(folder, 'minutes.md'), 'utf8')).toBe('my notes\n');
		const forced = await council(['export', '--data', 'd.json', '--journal', 'j.jsonl', '--output', 'minutes.md', '--force'], {cwd: folder});
		expect(forced.code).toBe(0);
		expect(readFileSync(path.join(folder, 'minutes.md'), 'utf8')).toContain('Draft budget of the Union');
		const created = await council(['export', '--data', 'd.json', '--journal', 'j.jsonl', '--output', 'new.md'], {cwd: folder});
		expect(created.code).toBe(0);
		expect(temporaries(folder)).toEqual([]);
	});
});

describe('8.1: the dashboard\'s minutes file', () => {
	it('8.1: a symlink planted at the minutes\' name and pointing at the journal is refused', async () => {
		const folder = scratch();
		const {journal, journalText} = session(folder);
		const index = buildIndex(loadFixture());
		const now = Date.UTC(2026, 3, 12, 9, 30);
		symlinkSync(journal, path.join(folder, minutesFileName('c99-test', 'md', now)));
		await expect(exportMinutesFile({index, journalPath: journal, format: 'md', folder, now})).rejects.toThrow('is the journal in use: not overwritten');
		expect(readFileSync(journal, 'utf8')).toBe(journalText);
	});
});

describe('8.1: --output that is not a regular file', () => {
	it('8.1: a FIFO, /dev/null, /dev/stdout or a folder is refused by what it is, --force or not', async () => {
		const folder = scratch();
		session(folder);
		execFileSync('mkfifo', [path.join(folder, 'pipe.md')]);
		mkdirSync(path.join(folder, 'folder.md'));
		for (const [output, kind] of [['pipe.md', 'a named pipe (FIFO)'], ['/dev/null', 'a device'], ['/dev/stdout', 'a socket'], ['folder.md', 'a folder']] as const) {
			for (const force of [[], ['--force']]) {
				// eslint-disable-next-line no-await-in-loop
				const run = await council(['export', '--data', 'd.json', '--journal', 'j.jsonl', '--output', output, ...force], {cwd: folder, timeoutMs: 5000});
				expect(run.code).toBe(1);
				expect(run.stderr).toBe(`council export: cannot write ${path.resolve(folder, output)}: is ${kind}, not a regular file: not replaced\n`);
			}
		}

		expect(temporaries(folder)).toEqual([]);
	});
});

describe('8.16: one atomic writer keeps links, modes and read-only files, and cleans up', () => {
	it('8.16: import --into a symlinked dataset writes the link\'s target, and the link stays a link', async () => {
		const folder = scratch();
		mkdirSync(path.join(folder, 'shared'));
		const target = path.join(folder, 'shared', 'real.json');
		const first = await council(['import', seedPath, '--into', target], {cwd: folder, timeoutMs: 20_000});
		expect(first.code).toBe(0);
		symlinkSync('shared/real.json', path.join(folder, 'session.json'));
		const again = await council(['import', revisionFixture, '--into', 'session.json'], {cwd: folder, timeoutMs: 20_000});
		expect(again.code).toBe(0);
		expect(lstatSync(path.join(folder, 'session.json')).isSymbolicLink()).toBe(true);
		expect(readlinkSync(path.join(folder, 'session.json'))).toBe('shared/real.json');
		expect(readFileSync(target, 'utf8')).toContain('rev-1');
		expect(existsSync(`${target}.bak`)).toBe(true);
		expect(again.stdout).toContain(`wrote shared/real.json (previous version: shared/real.json.bak)`);
	});

	it('8.16: a 0600 dataset stays 0600 (and its backup too), a 0600 minutes file too', async () => {
		const folder = scratch();
		const dataset = path.join(folder, 'private.json');
		expect((await council(['import', seedPath, '--into', dataset], {cwd: folder, timeoutMs: 20_000})).code).toBe(0);
		chmodSync(dataset, 0o600);
		expect((await council(['import', revisionFixture, '--into', dataset], {cwd: folder, timeoutMs: 20_000})).code).toBe(0);
		expect(statSync(dataset).mode & 0o7777).toBe(0o600);
		expect(statSync(`${dataset}.bak`).mode & 0o7777).toBe(0o600);
		// Root may give the file back to its owner: it does.
		if (process.getuid?.() === 0) {
			chownSync(dataset, 1234, 5678);
			expect((await council(['import', seedPath, '--into', dataset], {cwd: folder, timeoutMs: 20_000})).code).toBe(0);
			expect(statSync(dataset)).toMatchObject({uid: 1234, gid: 5678});
		}
		session(folder);
		writeFileSync(path.join(folder, 'm.md'), 'old');
		chmodSync(path.join(folder, 'm.md'), 0o600);
		expect((await council(['export', '--data', 'd.json', '--journal', 'j.jsonl', '--output', 'm.md', '--force'], {cwd: folder})).code).toBe(0);
		expect(statSync(path.join(folder, 'm.md')).mode & 0o7777).toBe(0o600);
	});

	it('8.16: a read-only (0444) dataset or minutes file is refused clearly, even for root, and left as it was', async () => {
		const folder = scratch();
		const dataset = path.join(folder, 'locked.json');
		expect((await council(['import', seedPath, '--into', dataset], {cwd: folder, timeoutMs: 20_000})).code).toBe(0);
		chmodSync(dataset, 0o444);
		const before = readFileSync(dataset, 'utf8');
		const run = await council(['import', revisionFixture, '--into', 'locked.json'], {cwd: folder, timeoutMs: 20_000});
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('council import: locked.json: could not be written (is read-only (mode 0444): not replaced (make it writable first, e.g. chmod u+w)): the dataset is unchanged');
		expect(readFileSync(dataset, 'utf8')).toBe(before);
		expect(existsSync(`${dataset}.bak`)).toBe(false);
		session(folder);
		writeFileSync(path.join(folder, 'm.md'), 'kept');
		chmodSync(path.join(folder, 'm.md'), 0o444);
		const exported = await council(['export', '--data', 'd.json', '--journal', 'j.jsonl', '--output', 'm.md', '--force'], {cwd: folder});
		expect(exported.code).toBe(1);
		expect(exported.stderr).toContain('is read-only (mode 0444)');
		expect(readFileSync(path.join(folder, 'm.md'), 'utf8')).toBe('kept');
		expect(temporaries(folder)).toEqual([]);
	});

	it('8.16: a re-import that changes nothing writes nothing and keeps the backup, the real previous version', async () => {
		const folder = scratch();
		const dataset = path.join(folder, 's.json');
		expect((await council(['import', seedPath, '--into', dataset], {cwd: folder, timeoutMs: 20_000})).code).toBe(0);
		const original = readFileSync(dataset, 'utf8');
		expect((await council(['import', revisionFixture, '--into', dataset], {cwd: folder, timeoutMs: 20_000})).code).toBe(0);
		expect(readFileSync(`${dataset}.bak`, 'utf8')).toBe(original);
		const {ino, mtimeMs} = statSync(dataset);
		const again = await council(['import', revisionFixture, '--into', dataset], {cwd: folder, timeoutMs: 20_000});
		expect(again.code).toBe(0);
		expect(again.stdout).toContain('unchanged: s.json already holds this (nothing written)');
		expect(statSync(dataset)).toMatchObject({ino, mtimeMs});
		expect(readFileSync(`${dataset}.bak`, 'utf8')).toBe(original);
	});

	it('8.16: a failure after the temporary file exists removes it (exclusive write losing a race)', async () => {
		const folder = scratch();
		const file = path.join(folder, 'race.md');
		const writing = writeFileAtomic(file, 'x'.repeat(2_000_000), {exclusive: true});
		// The file appears while the temporary one is being written: link() then fails with EEXIST.
		writeFileSync(file, 'theirs');
		await expect(writing).rejects.toThrow(/already exists/);
		expect(readFileSync(file, 'utf8')).toBe('theirs');
		expect(temporaries(folder)).toEqual([]);
	});

	it('8.16: a writer stopped by SIGTERM, SIGINT or SIGHUP mid-write leaves no temporary file and the old file whole', async () => {
		const folder = scratch();
		const size = 4_000_000;
		for (const [round, signal] of (['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGTERM', 'SIGINT', 'SIGHUP'] as const).entries()) {
			const file = path.join(folder, `signalled-${round}.json`);
			const child = startFixture('import-atomic-writer.ts', [file, String(size)]);
			// eslint-disable-next-line no-await-in-loop
			await waitForLine(child, /^wrote 2$/);
			// Signalled while a temporary file of its is there (frozen at that instant), whatever the machine's load.
			// eslint-disable-next-line no-await-in-loop
			expect((await stopMidWrite(child, folder, `.signalled-${round}.json`)).length).toBeGreaterThan(0);
			const exited = new Promise<NodeJS.Signals | null>(resolve => {
				child.once('exit', (_code, how) => resolve(how));
			});
			child.kill(signal);
			child.kill('SIGCONT');
			// eslint-disable-next-line no-await-in-loop
			expect(await exited).toBe(signal);
			const value = JSON.parse(readFileSync(file, 'utf8')) as {version: number; filler: string};
			expect(value.filler).toHaveLength(size);
		}

		expect(temporaries(folder)).toEqual([]);
		// Twelve fsynced 4 MB versions before the six signals: 2 s alone, 7-10 s beside two CPU hogs and two
		// other runs; vitest's 30 s default would decide by the load. The same ceiling as atomic.test.ts's writer.
	}, 120_000);
});
