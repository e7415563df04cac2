import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {fixtureDatasetPath, temporaryFolder} from '../journal/helpers.js';
import {runCli} from '../journal/processes.js';

/*
`council export` of a recorded session (test/fixtures/journal-session.jsonl: a
morning of the test session, with an undone decision, a multi-line decision,
positions replacing the dataset's and one damaged line) compared with the
expected documents, through the built CLI.
*/

const fixtures = path.dirname(fixtureDatasetPath);
const journal = path.join(fixtures, 'journal-session.jsonl');

describe('council export', () => {
	const env = () => {
		const folder = temporaryFolder('council-export-');
		return {COUNCIL_DATA_DIR: folder, COUNCIL_CONFIG_DIR: folder};
	};

	test('md: the expected summary record, and the skipped line reported on stderr', async () => {
		const result = await runCli(['export', '--journal', journal, fixtureDatasetPath], env());
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(readFileSync(path.join(fixtures, 'journal-session-minutes.md'), 'utf8'));
		expect(result.stderr).toBe('warning: line 10 is not JSON and was skipped: this line was damaged by hand\n');
	});

	test('json: the expected document', async () => {
		const result = await runCli(['export', '--format', 'json', '--journal', journal, '--data', fixtureDatasetPath], env());
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(readFileSync(path.join(fixtures, 'journal-session-minutes.json'), 'utf8'));
		const minutes = JSON.parse(result.stdout) as {items: Array<{id: string; status: string; decision: {outcome: string} | null}>};
		expect(minutes.items.map(item => [item.id, item.status, item.decision?.outcome ?? null])).toEqual([
			['item-budget', 'decided', 'approved'],
			['item-report', 'deferred', 'deferred'],
			['item-one-itu', 'under-consideration', null],
		]);
	});

	test('what `council record` writes is what `council export` prints', async () => {
		const environment = env();
		const data = ['--data', fixtureDatasetPath];
		expect((await runCli(['record', 'decision', 'PL 1.02', '--outcome', 'noted', '--text', 'Noted with thanks.', '--author', 'Ana', ...data], environment)).code).toBe(0);
		expect((await runCli(['record', 'position', 'PL 1.02', '--delegation', 'Suisse', '--stance', 'supports', '--note', 'Welcomed the report', ...data], environment)).code).toBe(0);
		const result = await runCli(['export', ...data], environment);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/## 2\. PL 1\.02 Report on the implementation of the strategic plan\n\nDocuments: C99\/11\n\nAction required: The Council is invited to take note of this report\.\n\n\*\*Decision: noted\*\* \(\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ, Ana, chair\)\n\n> Noted with thanks\.\n\nStatus: decided\n\nPositions:\n\n- Switzerland: supports — Welcomed the report \(/);
	});

	test('a bad format or option is a usage error', async () => {
		const result = await runCli(['export', '--format', 'pdf'], env());
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('unknown format "pdf"');
		expect((await runCli(['export', '--colour'], env())).code).toBe(2);
	});
});
