import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {fixtureDatasetPath, temporaryFolder} from '../journal/helpers.js';
import {runCli} from '../journal/processes.js';

/*
`council matrix` through the built CLI: the recorded session's stances, the
three formats, and hostile names (a formula, an escape sequence, a line break)
that must reach neither a spreadsheet nor a terminal as anything but text.
*/

const fixtures = path.dirname(fixtureDatasetPath);
const journal = path.join(fixtures, 'journal-session.jsonl');

function hostileDataset(folder: string): string {
	const value = JSON.parse(readFileSync(fixtureDatasetPath, 'utf8')) as {delegations: Array<Record<string, unknown>>};
	value.delegations.push(
		{id: 'xx', kind: 'member-state', name: '=HYPERLINK("http://evil","click")'},
		{id: 'yy', kind: 'member-state', name: 'Evil \u001B]52;c;ZXZpbA==\u0007State, "quoted"'},
	);
	const file = path.join(folder, 'hostile.json');
	writeFileSync(file, JSON.stringify(value));
	return file;
}

describe('council matrix', () => {
	const env = () => {
		const folder = temporaryFolder('council-matrix-');
		return {folder, env: {COUNCIL_DATA_DIR: folder, COUNCIL_CONFIG_DIR: folder}};
	};

	test('text: the stances in effect after the journal, the objections counted, the legend; skipped lines on stderr', async () => {
		const {env: environment} = env();
		const result = await runCli(['matrix', '--journal', journal, fixtureDatasetPath], environment);
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('warning: line 10 is not JSON and was skipped: this line was damaged by hand\n');
		expect(result.stdout.split('\n').slice(0, 6)).toEqual([
			'Delegation               PL 1.01     PL 1.02     PL 1.03  PL 1.03/1)  PL 1.03/2)',
			'  China                        .           .           +           .           .',
			'  Switzerland                  .           .           .           !           .',
			'  United States                .           ?           .           .           .',
			'  United Arab Emirates         .           .           .           .           +',
			'  objections                  ok          ok          ok          1!          ok',
		]);
		expect(result.stdout).toContain('+ supports  - opposes  ! reservation  ? more info  = neutral  s spoke  . none\n');
	});

	test('csv and json: quoted, formula cells defused, escapes removed; a bad format is a usage error', async () => {
		const {folder, env: environment} = env();
		const data = hostileDataset(folder);
		const csv = await runCli(['matrix', '--format', 'csv', '--journal', journal, '--data', data], environment);
		expect(csv.code).toBe(0);
		expect(csv.stdout).not.toContain('\u001B');
		const lines = csv.stdout.split('\n');
		expect(lines).toContain('"\'=HYPERLINK(""http://evil"",""click"")",,,,,');
		expect(lines).toContain('"Evil State, ""quoted""",,,,,');
		expect(lines).toContain('Switzerland,,,,reservation,');
		const json = await runCli(['matrix', '--format', 'json', '--journal', journal, '--data', data], environment);
		const parsed = JSON.parse(json.stdout) as {rows: Array<{name: string; cells: unknown[]}>};
		expect(parsed.rows.map(row => row.name)).toContain('Evil State, "quoted"');
		const bad = await runCli(['matrix', '--format', 'xlsx'], environment);
		expect(bad.code).toBe(2);
		expect(bad.stderr).toContain('unknown format "xlsx" (text, csv or json)');
	});
});
