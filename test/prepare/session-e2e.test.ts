import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {startCouncil} from '../helpers/council.js';
import type {PtySession} from '../helpers/pty.js';
import {root, workspace} from './helpers.js';

/*
A real session prepared from nothing, then run: `council new`, `agenda add`
and imports build a 40-item agenda; two dashboards (the built CLI, each in its
own pseudo-terminal) open it; one adds the Holy See from the picker and
records its position, the other shows it. And the dataset reloading under a
running dashboard, in a real terminal.
*/

const sessions: PtySession[] = [];
afterEach(() => {
	for (const session of sessions.splice(0)) {
		session.kill('SIGKILL');
	}
});

const imports = [
	'/work/shared/seeds/000_9f34eb15caf9eba2.txt',
	path.join(root, 'test/fixtures/import-revision.txt'),
	path.join(root, 'test/fixtures/import-sg-approve.txt'),
	path.join(root, 'test/fixtures/import-no-references.txt'),
];

async function fortyItems() {
	const space = workspace('council-e2e-prepare-');
	expect(await space.run('new', 'session.json', '--title', 'Council 2025', '--place', 'Geneva', '--dates', '2025-06-17/2025-06-27')).toMatchObject({code: 0});
	for (let n = 1; n <= 30; n++) {
		// eslint-disable-next-line no-await-in-loop
		expect(await space.run('agenda', 'add', `PL 1.${n}`, `Report number ${n} to the Council`, '--action', n % 2 === 0 ? 'approve' : 'take-note', '--data', 'session.json')).toMatchObject({code: 0});
	}

	const imported = await space.run('import', ...imports, '--into', 'session.json');
	expect(imported).toMatchObject({code: 0});
	// However many items the imports made, the agenda is filled to 40 with ADM items.
	for (let n = 1; space.read('session.json').agendaItems.length < 40; n++) {
		// eslint-disable-next-line no-await-in-loop
		expect(await space.run('agenda', 'add', `ADM ${20 + n}`, `Administration item ${20 + n}`, '--data', 'session.json')).toMatchObject({code: 0});
	}

	expect(await space.run('agenda', 'sort', '--data', 'session.json')).toMatchObject({code: 0});
	const dataset = space.read('session.json');
	expect(dataset.agendaItems).toHaveLength(40);
	expect(dataset.delegations.length).toBeGreaterThanOrEqual(194);
	return space;
}

function dashboard(space: ReturnType<typeof workspace>, role: 'secretary' | 'viewer', author: string) {
	const session = startCouncil([space.file('session.json'), '--journal', space.file('session.jsonl'), '--role', role, '--author', author], {cols: 100, rows: 30, env: {COUNCIL_DATA_DIR: space.env.COUNCIL_DATA_DIR}});
	sessions.push(session);
	return session;
}

describe('a session prepared from nothing, in real terminals', () => {
	it('40 items from new, agenda add and imports; two dashboards; the Holy See added live with its position', async () => {
		const space = await fortyItems();
		const [secretary, screen] = [dashboard(space, 'secretary', 'Ana'), dashboard(space, 'viewer', 'Projector')];
		await Promise.all([secretary.waitForReady('q quit'), screen.waitForReady('quit')]);
		const first = await secretary.screenText();
		expect(first).toContain('ITU Council · Council 2025 · Geneva, 2025-06-17 to 2025-06-27');
		expect(first).toContain('──[ Agenda 1/40 ]');
		// Both to item PL 1.1 by its title, as a person would.
		for (const council of [secretary, screen]) {
			council.write('/');
			for (const key of 'number 1 to') {
				council.write(key);
			}

			council.write('\r');
		}

		await Promise.all([secretary, screen].map(async council => council.waitFor(/>\s+PL 1\.1 +Report number 1 to the Council/)));
		secretary.write('p');
		await secretary.waitFor('> Delegation (type part of its name, any language');
		for (const key of 'Holy See') {
			secretary.write(key);
		}

		await secretary.waitFor('+ Enter: add “Holy See” as a new delegation');
		secretary.write('\r');
		await secretary.waitFor('Delegation: Holy See', 20_000);
		await secretary.waitFor('> Stance');
		secretary.write('1');
		await secretary.waitFor('> Note');
		secretary.write('\r');
		await secretary.waitFor('saved: position on item PL 1.1', 20_000);
		await secretary.waitFor(/Holy See +\+ supports/);

		// The other screen has both the new delegation and its position within a second.
		await screen.waitFor(/Holy See +\+ supports/, 1000);
		expect(await screen.screenText()).toContain('Positions on item PL 1.1: 1 in support');

		const lines = readFileSync(space.file('session.jsonl'), 'utf8').trim().split('\n').map(line => JSON.parse(line) as Record<string, any>);
		expect(lines.map(line => line['kind'] ?? (line['councilJournal'] === 1 ? 'header' : '?'))).toEqual(['header', 'delegation', 'position']);
		expect(lines[2]).toMatchObject({author: {name: 'Ana', role: 'secretary'}, payload: {delegation: 'holy-see', on: 'item-pl-1-1', stance: 'supports'}});
		// The dataset file was not written during the session.
		expect(JSON.stringify(space.read('session.json'))).not.toContain('holy-see');

		const log = await space.run('log', '--journal', 'session.jsonl');
		expect(log.stdout).toContain('Ana (secretary)  delegation added: Holy See (observer, id holy-see)');
		expect(log.stdout).toContain('Ana (secretary)  position of Holy See on PL 1.1 Report number 1 to the Council: supports');
	});

	it('reloads the dataset when it changes under a running dashboard, and keeps it when the change is broken', async () => {
		const space = await fortyItems();
		const council = dashboard(space, 'secretary', 'Ana');
		await council.waitForReady('q quit');
		council.write('/');
		for (const key of 'Report number') {
			council.write(key);
		}

		council.write('\r');
		await council.waitFor('──[ Agenda 1/30 · filter “Report number” ]');
		council.write('j');
		council.write('j');
		await council.waitFor(/>\s+PL 1\.3 /);
		expect(await council.screenText()).toContain('○ 40 pending');

		await space.run('agenda', 'add', 'PL 0.5', 'Report number 0.5, the opening', '--data', 'session.json');
		await space.run('agenda', 'sort', '--data', 'session.json');
		await council.waitFor('○ 41 pending', 20_000);
		const reloaded = await council.screenText();
		// Still filtered, still on PL 1.3, which the new item pushed one row down.
		expect(reloaded).toContain('──[ Agenda 4/31 · filter “Report number” ]');
		expect(reloaded).toMatch(/>\s+PL 1\.3 /);
		expect(reloaded).toContain('Dataset reloaded: the file changed');

		const good = readFileSync(space.file('session.json'), 'utf8');
		writeFileSync(space.file('session.json'), good.replace('"title": "Report number 0.5, the opening"', '"title": ""'));
		await council.waitFor('Dataset not reloaded, the screen keeps the previous version:', 20_000);
		expect(await council.screenText()).toContain('○ 41 pending');
		council.write('q');
		expect((await council.exited).exitCode).toBe(0);
	});

	it('refuses to open a journal of another session, naming both, exit 1', async () => {
		const space = workspace('council-e2e-bind-');
		await space.run('new', 'a.json', '--title', 'Council 2025');
		await space.run('new', 'b.json', '--title', 'Council 2026');
		await space.run('agenda', 'add', 'PL 1', 'Opening', '--data', 'a.json');
		await space.run('record', 'current', 'PL 1', '--data', 'a.json', '--journal', 'j.jsonl', '--author', 'Ana', '--role', 'secretary');
		const council = startCouncil([space.file('b.json'), '--journal', space.file('j.jsonl')], {cols: 100, rows: 30, env: {COUNCIL_DATA_DIR: space.env.COUNCIL_DATA_DIR}});
		sessions.push(council);
		const exit = await council.exited;
		expect(exit.exitCode).toBe(1);
		// As written (the terminal's wrapping aside).
		const screen = council.rawOutput();
		expect(screen).toContain(`belongs to session "${space.read('a.json').session.id}"`);
		expect(screen).toContain(`not to session "${space.read('b.json').session.id}"`);
	});
});
