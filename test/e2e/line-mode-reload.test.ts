import {execFile} from 'node:child_process';
import {copyFile, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {cliPath, startCouncil} from '../helpers/council.js';
import {command, rawSessions, waitForRaw} from '../helpers/raw-sessions.js';

/*
Line mode (`council --plain`) follows the dataset file as the dashboard does:
another terminal changes it (`council agenda add`), and line mode says so in one
line and uses the new version (the new item can be selected); a change that
does not load is said with its problems and the previous version kept. Read as
the raw byte stream: lines only, no escape sequence.
*/

const run = promisify(execFile);
const fixture = path.join(path.dirname(cliPath), '..', 'test', 'fixtures', 'journal-dataset.json');
const {track, folder: newFolder} = rawSessions('council-e2e-line-reload-');

async function space(): Promise<{folder: string; dataset: string; journal: string}> {
	const folder = await newFolder();
	const dataset = path.join(folder, 'session.json');
	await copyFile(fixture, dataset);
	return {folder, dataset, journal: path.join(folder, 'session.jsonl')};
}

function plain(where: {folder: string; dataset: string; journal: string}, args: readonly string[] = []) {
	const session = startCouncil([where.dataset, '--plain', '--journal', where.journal, '--role', 'secretary', '--author', 'Ana', ...args], {cols: 80, rows: 24, env: {COUNCIL_DATA_DIR: where.folder, COUNCIL_CONFIG_DIR: where.folder, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: ''}});
	return track(session);
}

function expectOnlyLines(raw: string): void {
	expect(raw).not.toContain('\u001B');
	expect(raw.replaceAll('\r\n', '')).not.toContain('\r');
	// eslint-disable-next-line no-control-regex
	expect(raw.replaceAll('\r\n', '\n')).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
}

const cli = async (where: {folder: string}, ...args: string[]) => run(process.execPath, [cliPath, ...args], {env: {...process.env, COUNCIL_DATA_DIR: where.folder, COUNCIL_CONFIG_DIR: where.folder}});

describe('council --plain follows the dataset file', () => {
	it('says a reload in one line and uses the new version; a broken file is said with its problems and the old one kept', async () => {
		const where = await space();
		const council = plain(where);
		await waitForRaw(council, 'help lists the commands.');
		await command(council, 'item 1.02', 'Item PL 1.02: Report on the implementation of the strategic plan, pending');

		let from = council.rawOutput().length;
		await cli(where, 'agenda', 'add', 'PL 1.04', 'Closing of the session', '--data', where.dataset);
		await waitForRaw(council, 'Dataset reloaded: 4 agenda items\r\n', from, 5000);
		// The new item is there to select, and the selection was kept through the reload.
		await command(council, 'show', 'Item PL 1.02 · Report on the implementation of the strategic plan');
		await command(council, 'item 1.04', 'Item PL 1.04: Closing of the session, pending');

		from = council.rawOutput().length;
		const good = await readFile(where.dataset, 'utf8');
		await writeFile(where.dataset, good.replace('"title": "Closing of the session"', '"title": ""'));
		await waitForRaw(council, 'Dataset not reloaded, keeping the previous version: ', from, 5000);
		await waitForRaw(council, '\r\n', council.rawOutput().indexOf('Dataset not reloaded', from));
		const problem = council.rawOutput().slice(council.rawOutput().indexOf('Dataset not reloaded', from)).split('\r\n')[0]!;
		// The file and the field are named, on that one line.
		expect(problem).toContain('session.json');
		expect(problem).toContain('title');
		// The previous version is kept: its items all still there.
		await command(council, 'item 1.01', 'Item PL 1.01: Draft budget of the Union, pending');
		await command(council, 'item 1.04', 'Item PL 1.04: Closing of the session, pending');

		// Back to a good file: reloaded again, said again.
		from = council.rawOutput().length;
		await writeFile(where.dataset, good.replace('"title": "Closing of the session"', '"title": "Closing of the 1999 session"'));
		await waitForRaw(council, 'Dataset reloaded: 4 agenda items\r\n', from, 5000);
		await command(council, 'show', 'Item PL 1.04 · Closing of the 1999 session');

		await command(council, 'quit', 'council closed.');
		expect((await council.exited).exitCode).toBe(0);
		expectOnlyLines(council.rawOutput());
	});

	it('in the interface\'s language, and a hostile title in the new file reaches the terminal without its escapes', async () => {
		const where = await space();
		const council = plain(where, ['--lang', 'fr']);
		await waitForRaw(council, 'help');
		const from = council.rawOutput().length;
		await cli(where, 'agenda', 'add', 'PL 1.04', 'Clôture \u001B]0;owned\u0007\u001B[31mrouge', '--data', where.dataset);
		await waitForRaw(council, 'Données rechargées : 4 points à l’ordre du jour\r\n', from, 5000);
		await command(council, 'item 1.04', 'PL 1.04');
		await command(council, 'quit', 'council fermé.');
		expectOnlyLines(council.rawOutput());
	});
});
