import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {defaultSettings, type Role, type Settings} from '../../source/settings/schema.js';
import {fixtureIndex} from '../state/fixture.js';
import {keys} from '../ui/dashboard-harness.js';
import {journalLines, openJournalDashboard, removeJournalFolders} from '../ui/journal-dashboard.js';

/*
Decisions with several outcomes and a Council number, and a roll-call vote,
recorded from the dashboard under ink-testing-library with the real edge
(journalFeed: recordEntry with fsync, the follower) writing a real temporary
journal; then undone with u.
*/

beforeAll(() => {
	process.env['TZ'] = 'UTC';
});

afterEach(async () => {
	cleanup();
	await removeJournalFolders();
});

const ctrlS = '\u0013';
const index = fixtureIndex();
const entries = journalLines;
const open = async (options: {role?: Role; journalPath?: string; settings?: Settings} = {}) => openJournalDashboard({index, folderPrefix: 'council-outcomes-', ...options});

describe('outcomes from the dashboard', () => {
	it('d: Space keeps an outcome while another is picked; a Council number; the entry has both outcomes and the number', async () => {
		const d = await open();
		await d.press('d', keys.tab, '3', ' ', '1');
		expect(d.frame()).toContain('[1 approved]');
		expect(d.frame()).toContain('+3 noted');
		expect(d.frame()).toContain('Outcomes: noted + approved');
		// The picks stayed on the outcomes; Tab is the number.
		await d.press(keys.tab, 'Decision 650 (C26)');
		expect(d.frame()).toContain('Decision 650 (C26)█');
		await d.press(ctrlS);
		await d.waitFor('saved: decision on');
		expect(d.frame()).toContain('(noted + approved)');
		const [entry] = await entries(d.file);
		expect(entry?.['payload']).toMatchObject({outcome: 'noted', outcomes: [{kind: 'noted'}, {kind: 'approved'}], number: 'Decision 650 (C26)'});
		// The detail says both, and d on the decided item starts from both: saving it again keeps both.
		await d.waitFor('Decision: noted + approved');
		await d.press('d');
		expect(d.frame()).toMatch(/Recorded at \d\d:\d\d UTC: noted \+ approved — “/);
		expect(d.frame()).toContain('+3 noted');
		expect(d.frame()).toContain('[1 approved]');
		await d.press(ctrlS);
		await d.waitFor('saved: decision on');
		const [, amended] = await entries(d.file);
		expect(amended?.['payload']).toMatchObject({outcomes: [{kind: 'noted'}, {kind: 'approved'}], amends: entry?.['id']});
	});

	it('d: the outcomes the journal came to know later (confirmed, agreed, decided, instructed) are offered too, and recorded as council record records them', async () => {
		const d = await open();
		await d.press('d', keys.tab, '9');
		expect(d.frame()).toContain('[9 confirmed]');
		await d.press('i');
		expect(d.frame()).toContain('[instructed]');
		await d.press(ctrlS);
		await d.waitFor('saved: decision on');
		const [entry] = await entries(d.file);
		expect(entry?.['payload']).toMatchObject({outcome: 'other', outcomes: [{kind: 'instructed'}]});
		await d.waitFor('Decision: instructed');
	});

	it('d: a number that is not one is refused and the form keeps everything', async () => {
		const d = await open();
		await d.press('d', keys.tab, keys.tab, '650');
		await d.press(ctrlS);
		await d.waitFor('Not saved: "650" is not a Council number');
		expect(await entries(d.file)).toEqual([]);
		expect(d.frame()).toContain('650█');
	});

	it('a second decision on the same target amends the first', async () => {
		const d = await open();
		await d.press('d', ctrlS);
		await d.waitFor('saved: decision on');
		await d.press('d', keys.tab, '4', ctrlS);
		await d.waitFor('(endorsed)');
		const [first, second] = await entries(d.file);
		expect(second?.['payload'].amends).toBe(first?.['id']);
	});

	it('v then c: a counted vote (a show of hands): the counts typed, the rest absent; too many and none are refused, nothing lost', async () => {
		const d = await open();
		const memberStates = index.dataset.delegations.filter(delegation => delegation.kind === 'member-state').length;
		await d.press('v', 'c');
		expect(d.frame()).toContain('Vote on item');
		expect(d.frame()).toContain(': counts');
		await d.press(ctrlS);
		await d.waitFor('Not saved: no count has been typed yet');
		await d.press('9', '9');
		await d.press(ctrlS);
		await d.waitFor(`Not saved: 99 votes typed, more than the ${memberStates} Member States`);
		await d.press(keys.backspace, keys.backspace, '2', keys.tab, '1', keys.tab, '0', keys.tab);
		const lines = d.frame().split('\n');
		expect(lines.slice(4, 8)).toEqual(['  digits the count  Tab/↑↓ field  c roll call  t majority: simple', '    In favour   2', '    Against     1', '  > Abstaining  0█']);
		expect(d.frame()).toContain(`2 yes, 1 no, 0 abstain · ${memberStates - 3} absent of ${memberStates}`);
		await d.press('t');
		expect(d.frame()).toContain('t majority: two-thirds');
		await d.press(ctrlS);
		await d.waitFor('saved: vote on item');
		const [vote] = await entries(d.file);
		expect(vote?.['payload']).toEqual(expect.objectContaining({majority: 'two-thirds', counts: {yes: 2, no: 1, abstain: 0, absent: memberStates - 3}}));
		expect(vote?.['payload']).not.toHaveProperty('roll');
	});

	it('v, c, c: back to the roll call, what was called kept', async () => {
		const d = await open();
		await d.press('v', 'y', 'c', '5', 'c');
		expect(d.frame()).toContain('Roll call on item');
		expect(d.frame()).toContain('1 yes, 0 no, 0 abstain · 1/');
	});

	it('v: a roll call, one key per Member State as called (a fast chunk too), t two-thirds; u undoes it', async () => {
		const d = await open();
		await d.press('v');
		expect(d.frame()).toContain('Roll call on item');
		await d.press(ctrlS);
		await d.waitFor('Not saved: no delegation has been called yet');
		await d.press('y', 'nn', keys.up, 'a', 't');
		expect(d.frame()).toContain('1 yes, 1 no, 1 abstain · 3/');
		expect(d.frame()).toContain('t majority: two-thirds');
		await d.press(ctrlS);
		await d.waitFor('saved: vote on item');
		const [vote] = await entries(d.file);
		const memberStates = index.dataset.delegations.filter(delegation => delegation.kind === 'member-state');
		expect(vote?.['payload']).toMatchObject({majority: 'two-thirds', counts: {yes: 1, no: 1, abstain: 1, absent: memberStates.length - 3}});
		expect(vote?.['payload'].roll.map((cast: {delegation: string}) => cast.delegation)).toEqual(memberStates.map(delegation => delegation.id));
		await d.press('u');
		await d.waitFor('Undo: vote on item');
		await d.press('y');
		await d.waitFor('saved: undo of the vote on item');
		const written = await entries(d.file);
		expect(written[1]).toMatchObject({kind: 'undo', payload: {entry: vote?.['id']}});
	});

	it('e writes the summary record in the minutesFormat preference\'s format', async () => {
		const d = await open({settings: {...defaultSettings, minutesFormat: 'text'}});
		await d.press('d', ctrlS);
		await d.waitFor('saved: decision on');
		await d.press('e');
		await d.waitFor('Minutes written to');
		const written = (await readdir(d.folder)).filter(name => name.includes('-minutes-'));
		expect(written).toHaveLength(1);
		expect(written[0]).toMatch(/-minutes-\d{4}-\d\d-\d\d-\d{4}\.txt$/);
		// The answer replaces "Writing the minutes…", and names the file in the folder it was written to, whole.
		expect(d.frame().split('\n').at(-1)).toBe(`Minutes written to ${written[0]}`);
		const text = await readFile(path.join(d.folder, written[0]!), 'utf8');
		expect(text.startsWith('DRAFT: generated from the session\'s journal')).toBe(true);
		expect(text).not.toContain('**');
	});
});
