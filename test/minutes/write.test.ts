import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {buildIndex} from '../../source/dataset/build-index.js';
import {minutesFileName} from '../../source/minutes/render.js';
import {exportMinutesFile, writeFileAtomically} from '../../source/minutes/write.js';
import {fixtureDataset, fixtureDatasetPath, temporaryFolder} from '../journal/helpers.js';
import {runCli} from '../journal/processes.js';

const fixtures = path.dirname(fixtureDatasetPath);
const journal = path.join(fixtures, 'journal-session.jsonl');

describe('writing the minutes to a file', () => {
	test('file names sort by time and carry the format', () => {
		expect(minutesFileName('c99-test', 'md', Date.UTC(2026, 3, 13, 9, 15, 42))).toBe('c99-test-minutes-2026-04-13-0915.md');
		expect(minutesFileName('c99-test', 'json', Date.UTC(2026, 11, 1, 23, 5))).toBe('c99-test-minutes-2026-12-01-2305.json');
		expect(minutesFileName('c99-test', 'text', Date.UTC(2026, 11, 1, 23, 5))).toBe('c99-test-minutes-2026-12-01-2305.txt');
		expect(minutesFileName('c99-test', 'docx', Date.UTC(2026, 11, 1, 23, 5))).toBe('c99-test-minutes-2026-12-01-2305.docx');
	});

	test('an atomic write replaces the file whole and leaves no temporary file behind', async () => {
		const folder = temporaryFolder('council-minutes-');
		const file = path.join(folder, 'sub', 'minutes.md');
		await writeFileAtomically(file, 'first\n');
		await writeFileAtomically(file, 'second\n');
		expect(readFileSync(file, 'utf8')).toBe('second\n');
		expect(readdirSync(path.dirname(file))).toEqual(['minutes.md']);
	});

	test('the dashboard\'s export: the same document as `council export`, in a time-stamped file', async () => {
		const folder = temporaryFolder('council-minutes-');
		const {file, problems} = await exportMinutesFile({index: buildIndex(fixtureDataset()), journalPath: journal, format: 'md', folder, now: Date.UTC(2026, 3, 13, 12), timeZone: 'Europe/Zurich'});
		expect(file).toBe(path.join(folder, 'c99-test-minutes-2026-04-13-1200.md'));
		expect(readFileSync(file, 'utf8')).toBe(readFileSync(path.join(fixtures, 'journal-session-minutes.md'), 'utf8'));
		expect(problems.map(problem => problem.line)).toEqual([10]);
	});

	test('council export --output FILE writes the file and says where', async () => {
		const folder = temporaryFolder('council-minutes-');
		const result = await runCli(['export', '--format', 'json', '--journal', journal, '--data', fixtureDatasetPath, '--time-zone', 'Europe/Zurich', '--output', path.join(folder, 'out.json')], {COUNCIL_DATA_DIR: folder, COUNCIL_CONFIG_DIR: folder});
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(`Minutes written to ${path.join(folder, 'out.json')}\n`);
		expect(readFileSync(path.join(folder, 'out.json'), 'utf8')).toBe(readFileSync(path.join(fixtures, 'journal-session-minutes.json'), 'utf8'));
	});
});
