import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {fixtureDatasetPath, temporaryFolder} from '../journal/helpers.js';
import {runCli} from '../journal/processes.js';

/*
A recorded session with the new kinds (test/fixtures/record-session.jsonl): a
decision with two outcomes and a Council number, then amended; a roll-call vote
and the decision it supports; a counted vote undone; an afternoon meeting with
a two-thirds vote and a numbered decision. Its summary record through the built
CLI, compared with the expected md (the whole session), text (the morning
meeting) and json documents.
*/

const fixtures = path.dirname(fixtureDatasetPath);
const journal = path.join(fixtures, 'record-session.jsonl');
const common = ['--data', fixtureDatasetPath, '--journal', journal, '--time-zone', 'Europe/Zurich'];
const env = () => {
	const folder = temporaryFolder('council-record-session-');
	return {COUNCIL_DATA_DIR: folder, COUNCIL_CONFIG_DIR: folder};
};

const expected = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');

describe('the summary record of a session with votes, numbers and an amendment', () => {
	test('md: the whole session', async () => {
		const result = await runCli(['export', ...common], env());
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe(expected('record-session-minutes.md'));
	});

	test('text: the morning meeting only', async () => {
		const result = await runCli(['export', '--format', 'text', '--meeting', '1', ...common], env());
		expect(result.stdout).toBe(expected('record-session-meeting-1.txt'));
		expect(result.stdout).toContain('Summary record of the first meeting\n');
		expect(result.stdout).not.toContain('Draft budget of the Union (agenda item');
	});

	test('json: motions with their vote events, the amended decision as history, the undone vote absent', async () => {
		const result = await runCli(['export', '--format', 'json', ...common], env());
		expect(result.stdout).toBe(expected('record-session-minutes.json'));
		const record = JSON.parse(result.stdout) as {event: {meetings: number}; items: Array<{number: string; motions: Array<{identifier: string | null; classification: string[]; manner: string; result: string; history: Array<{entry: string}>; voteEvents: Array<{result: string; requirement: string; votes: unknown[]}>}>}>};
		expect(record.event.meetings).toBe(2);
		expect(record.items.map(item => [item.number, item.motions.map(motion => [motion.identifier, motion.classification.join('+'), motion.manner, motion.result, motion.voteEvents.map(event => `${event.result} ${event.requirement} ${event.votes.length}`)])])).toEqual([
			['PL 1.02', [['Decision 650 (C26)', 'noted+instructed', 'consensus', 'decided', []]]],
			['PL 1.03', [['Resolution 1420 (C26)', 'adopted+instructed', 'vote', 'adopted', ['pass simple 4']]]],
			['PL 1.01', [['Decision 651 (C26)', 'approved', 'vote', 'adopted', ['pass two-thirds 0']]]],
		]);
		expect(record.items[0]?.motions[0]?.history.map(earlier => earlier.entry)).toEqual(['0mnx0a200-b30000000003']);
	});

	test('lookup finds both numbers, and what they decided on', async () => {
		const decision = await runCli(['lookup', 'Decision 650', ...common.slice(0, 4)], env());
		expect(decision.code).toBe(0);
		expect(decision.stdout.split('\n')[0]).toBe('Decision 650 (C26): decision on PL 1.02 Report on the implementation of the strategic plan (from the journal)');
		expect(decision.stdout).toContain('  Amends decision on PL 1.02');
		const resolution = await runCli(['lookup', 'Res 1420', ...common.slice(0, 4)], env());
		expect(resolution.stdout.split('\n')[0]).toBe('Resolution 1420 (C26): decision on proposal 2) of C99/42 (from the journal)');
	});
});
