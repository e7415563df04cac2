import {describe, expect, test} from 'vitest';
import {buildIndex} from '../../source/dataset/build-index.js';
import {replay} from '../../source/journal/replay.js';
import {minutesJson} from '../../source/minutes/json.js';
import {minutesMarkdown} from '../../source/minutes/markdown.js';
import {buildMinutes} from '../../source/minutes/minutes.js';
import {entryFactory, fixtureDataset} from '../journal/helpers.js';

const dataset = fixtureDataset();
const index = buildIndex(dataset);

function minutesOf(entries: ReturnType<ReturnType<typeof entryFactory>>[], skippedLines = 0) {
	return buildMinutes(index, replay(dataset, entries), {
		...(entries[0] === undefined ? {} : {first: entries[0].time}),
		...(entries.at(-1) === undefined ? {} : {last: entries.at(-1)!.time}),
		skippedLines,
	});
}

describe('buildMinutes', () => {
	test('every agenda item in agenda order, with what was asked beside what was decided', () => {
		const make = entryFactory();
		const minutes = minutesOf([
			make({kind: 'decision', payload: {target: 'item-report', outcome: 'noted', text: 'The Council took note of the report.'}}),
			make({kind: 'status', payload: {item: 'item-budget', status: 'under-consideration'}}),
		]);
		expect(minutes.items.map(item => item.number)).toEqual(['PL 1.01', 'PL 1.02', 'PL 1.03']);
		const [budget, report, oneItu] = minutes.items;
		expect(report?.actionRequired).toEqual({kind: 'take-note', wording: 'The Council is invited to take note of this report.'});
		expect(report?.decision).toMatchObject({outcome: 'noted', text: 'The Council took note of the report.', time: '2026-04-12T09:00:01.000Z', author: {name: 'Ana Secretary', role: 'secretary'}});
		expect(report?.status).toBe('decided');
		expect(budget?.status).toBe('under-consideration');
		expect(budget?.decision).toBeNull();
		expect(oneItu?.statusRecorded).toBeNull();
		expect(oneItu?.positions).toEqual([{delegation: 'cn', delegationName: 'China', stance: 'supports', note: 'Proposer', source: 'dataset'}]);
		expect(oneItu?.proposals.map(proposal => proposal.id)).toEqual(['prop-1', 'prop-2']);
		expect(minutes.journal).toEqual({entries: 2, first: '2026-04-12T09:00:01.000Z', last: '2026-04-12T09:00:02.000Z', skippedLines: 0, ignoredEntries: 0});
	});

	test('an empty journal gives the dataset\'s state and says nothing was recorded', () => {
		const minutes = minutesOf([]);
		expect(minutes.journal.first).toBeNull();
		expect(minutes.items.every(item => item.decision === null)).toBe(true);
		const markdown = minutesMarkdown(minutes);
		expect(markdown).toContain('Summary of the session: no entries were recorded in the journal.');
		expect(markdown).toContain('No decision recorded.');
		expect(markdown).not.toContain('### Proposal');
	});

	test('the JSON is the minutes object, and identical for identical input', () => {
		const make = entryFactory();
		const entries = [make({kind: 'position', payload: {delegation: 'ch', on: 'prop-2', stance: 'opposes'}})];
		const json = minutesJson(minutesOf(entries));
		expect(JSON.parse(json)).toEqual(minutesOf(entries));
		expect(minutesJson(minutesOf(entries))).toBe(json);
		expect(json.endsWith('}\n')).toBe(true);
	});
});

describe('minutesMarkdown', () => {
	test('a decision\'s text is quoted line by line, so it cannot open a heading; escapes are removed', () => {
		const make = entryFactory();
		const markdown = minutesMarkdown(minutesOf([
			make({kind: 'decision', payload: {target: 'item-budget', outcome: 'adopted', text: 'Adopted.\n# Not a heading\n\nThird \u001B]52;c;ZXZpbA==\u0007line'}}),
			make({kind: 'position', payload: {delegation: 'us', on: 'prop-1', stance: 'neutral', note: 'a \u001B[2Jnote'}}),
		], 2));
		expect(markdown).toContain('**Decision: adopted** (2026-04-12 09:00:01Z, Ana Secretary, secretary)\n\n> Adopted.\n> \\# Not a heading\n>\n> Third line\n');
		expect(markdown).toContain('- United States: neutral — a note (2026-04-12 09:00:02Z, Ana Secretary, secretary)');
		expect(markdown).toContain('### Proposal 1) of C99/42');
		expect(markdown).not.toContain('\u001B');
		expect(markdown).toContain('2 journal lines were skipped');
		// The status a decision set is not stamped twice.
		expect(markdown).toContain('Status: decided\n');
	});
});
