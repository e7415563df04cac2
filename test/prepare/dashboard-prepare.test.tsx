import {readFileSync, writeFileSync} from 'node:fs';
import {cleanup} from 'ink-testing-library';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {loadDataset} from '../../source/dataset/load.js';
import {bindJournal} from '../../source/journal/header.js';
import {keys} from '../ui/dashboard-harness.js';
import {openJournalDashboard, removeJournalFolders} from '../ui/journal-dashboard.js';
import {workspace} from './helpers.js';

/*
The dashboard's new edges in-process (ink-testing-library), with the real feed:
real dataset and journal files, recordEntry with fsync, the journal and
dataset watchers. Waiting is for what the screen shows, never a fixed time.
*/

beforeAll(() => {
	process.env['TZ'] = 'UTC';
});

afterEach(async () => {
	cleanup();
	await removeJournalFolders();
});

async function session() {
	const space = workspace('council-dash-');
	await space.run('new', 's.json', '--title', 'Council 2025', '--place', 'Geneva');
	for (const [number, title] of [['PL 1', 'Opening of the session'], ['PL 2', 'Report on the strategic plan'], ['PL 3', 'Draft budget']] as const) {
		await space.run('agenda', 'add', number, title, '--data', 's.json');
	}

	return space;
}

async function open(space: Awaited<ReturnType<typeof session>>) {
	const file = space.file('s.json');
	const journal = space.file('s.jsonl');
	const loaded = await loadDataset(file);
	if (!loaded.ok) {
		throw new Error('fixture dataset does not load');
	}

	const bound = await bindJournal(journal, file, loaded.dataset.session.id);
	if (!bound.ok) {
		throw new Error(bound.message);
	}

	const screen = await openJournalDashboard({index: loaded.index, journalPath: journal, feed: {datasetPath: file, dataset: loaded.dataset, exportFolder: undefined, journalHeader: bound.header, datasetHash: bound.header.dataset.sha256}});
	return {...screen, journal};
}

function journalLines(file: string): Array<Record<string, any>> {
	return readFileSync(file, 'utf8').trim().split('\n').map(line => JSON.parse(line) as Record<string, any>);
}

describe('the picker adds a delegation the dataset lacks', () => {
	it('offers "Enter: add", records the delegation in the journal (after its header), then takes its stance', async () => {
		const space = await session();
		const screen = await open(space);
		await screen.press('p', ...'Holy See');
		expect(screen.frame()).toContain([
			'> Delegation (type part of its name, any language; ↑/↓, Enter):',
			'    Holy See█',
			'    No delegation matches “Holy See”',
			'  > + Enter: add “Holy See” as a new delegation (recorded in the journal for every screen)',
		].join('\n'));
		await screen.press(keys.enter);
		await screen.waitFor('  Delegation: Holy See\n> Stance');
		const [header, added] = journalLines(screen.journal);
		expect(header).toMatchObject({councilJournal: 1, session: space.read('s.json').session.id});
		expect(added).toMatchObject({kind: 'delegation', author: {name: 'Ana', role: 'secretary'}, payload: {id: 'holy-see', name: 'Holy See', kind: 'observer'}});
		await screen.press('3', ...'Awaiting instructions', keys.enter);
		await screen.waitFor('saved: position on item PL 1');
		// "saved" comes once the entry is fsynced; the row once the follower has read it back (its watcher
		// or the re-read after recording): two events, in either order, so each is awaited.
		await screen.waitFor(/ {2}Holy See {4}! reservation {7}Awaiting instructions/);
		expect(journalLines(screen.journal).at(-1)).toMatchObject({kind: 'position', payload: {delegation: 'holy-see', on: 'item-pl-1', stance: 'reservation', note: 'Awaiting instructions'}});
		// Now it is a delegation like another: typing its name picks it, nothing to add.
		await screen.press('j', 'p', ...'holy see');
		expect(screen.frame()).toContain('  > Holy See\n');
		expect(screen.frame()).not.toContain('Enter: add');
	});

	it('offers the addition below partial matches, and lists a Member State typed in full without any offer', async () => {
		const space = await session();
		const screen = await open(space);
		await screen.press('p', ...'Franc');
		expect(screen.frame()).toContain('  > France  فرنسا · 法国\n    + Enter: add “Franc” as a new delegation');
		await screen.press('e');
		expect(screen.frame()).toContain('  > France  فرنسا · 法国\n');
		expect(screen.frame()).not.toContain('Enter: add');
		await screen.press(keys.escape, 'p', ...'Франция');
		expect(screen.frame()).toContain('  > France  فرنسا · 法国\n');
	});
});

describe('the dashboard reloads its dataset when the file changes', () => {
	it('shows an item added by council agenda add, keeping the selection, the filter and an open form', async () => {
		const space = await session();
		const screen = await open(space);
		await screen.press('j', 'c');
		await screen.press('/', ...'Report', keys.enter);
		expect(screen.frame()).toContain('──[ Agenda 1/1 · filter “Report” ]');
		expect(screen.frame()).toMatch(/>\* PL 2 +Report on the strategic plan/);
		await screen.press('s');
		expect(screen.frame()).toContain('[ Status of item PL 2 ]');
		await space.run('agenda', 'add', 'PL 1.5', 'Report of the Council Working Group', '--data', 's.json');
		await space.run('agenda', 'sort', '--data', 's.json');
		await screen.waitFor('Dataset reloaded: the file changed');
		// The form is still open, on the same item.
		expect(screen.frame()).toContain('[ Status of item PL 2 ]');
		await screen.press(keys.escape);
		expect(screen.frame()).toContain('──[ Agenda 2/2 · filter “Report” ]');
		expect(screen.frame()).toMatch(/ {3}PL 1\.5 Report of the Council Working Group/);
		expect(screen.frame()).toMatch(/>\* PL 2 +Report on the strategic plan/);
		expect(screen.frame()).toContain('current: * PL 2 Report on the strategic plan');
	});

	it('keeps the version it has when the new one does not load, and says why', async () => {
		const space = await session();
		const screen = await open(space);
		const good = readFileSync(space.file('s.json'), 'utf8');
		writeFileSync(space.file('s.json'), good.replace('"title": "Draft budget"', '"title": 5'));
		await screen.waitFor('Dataset not reloaded, the screen keeps the previous version:');
		expect(screen.frame()).toContain('PL 3 Draft budget');
		writeFileSync(space.file('s.json'), good.replace('"title": "Draft budget"', '"title": "Draft budget of the Union"'));
		await screen.waitFor('PL 3 Draft budget of the Union');
	});
});
