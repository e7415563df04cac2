import {execFile} from 'node:child_process';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {cliPath, startCouncil} from '../helpers/council.js';
import {command, rawSessions, waitForRaw} from '../helpers/raw-sessions.js';

/*
Line mode (`council --plain`) in a real pseudo-terminal, read as the raw byte
stream a screen reader gets: lines only, not one escape sequence, no carriage
return but the terminal's own before a newline. Each command word is typed as a
user would, and an entry recorded by another process is said within a second.
*/

const run = promisify(execFile);
const dataset = path.join(path.dirname(cliPath), '..', 'test', 'fixtures', 'journal-dataset.json');
const {track, folder} = rawSessions('council-e2e-line-');

async function journalFile(): Promise<string> {
	return path.join(await folder(), 'session.jsonl');
}

function plain(journal: string, args: readonly string[] = ['--plain'], env: Record<string, string> = {}) {
	const session = startCouncil([dataset, ...args, '--journal', journal, '--role', 'secretary', '--author', 'Ana'], {cols: 80, rows: 24, env: {COUNCIL_DATA_DIR: path.dirname(journal), LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env}});
	return track(session);
}

function expectOnlyLines(raw: string): void {
	expect(raw).not.toContain('\u001B');
	expect(raw.replaceAll('\r\n', '')).not.toContain('\r');
	// No other control character either (the terminal's echo of typed text is plain text too).
	// eslint-disable-next-line no-control-regex
	expect(raw.replaceAll('\r\n', '\n')).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
}

describe('council --plain in a real terminal', () => {
	it('says each command\'s effect as lines, with no escape sequence at all', async () => {
		const journal = await journalFile();
		const council = plain(journal);
		await waitForRaw(council, 'help lists the commands.');
		expect(council.rawOutput()).toContain('council, line mode: Council 1999 (test session), 3 agenda items.');
		expect(council.rawOutput()).toContain('Item PL 1.03 is now current: Implementation of the "One ITU" concept');

		expect(await command(council, 'help', 'quit: leave')).toContain('next: select the next agenda item');
		await command(council, 'previous', 'Item PL 1.02: Report on the implementation of the strategic plan, pending');
		await command(council, 'next', 'Item PL 1.03: Implementation of the "One ITU" concept, under consideration');
		// A command always says something: silence would leave the listener guessing.
		await command(council, 'next', 'Already at the last item.');
		await command(council, 'item 1.01', 'Item PL 1.01: Draft budget of the Union, pending');
		const shown = await command(council, 'show', 'End of item PL 1.01.');
		expect(shown).toContain('Item PL 1.01 · Draft budget of the Union');
		await command(council, 'lookup C99/42', 'Cited by (');
		await command(council, 'filter strategic', 'Filter “strategic”: 1 item');
		await command(council, 'filter', 'Filter cleared: every item is shown');
		await command(council, 'current 1.02', 'Item PL 1.02 is now current: Report on the implementation of the strategic plan');
		await waitForRaw(council, 'Current item saved to the journal');
		await command(council, 'decide approved The Council approved the report.', 'Decision recorded on item PL 1.02: approved');
		await waitForRaw(council, 'saved: decision on item PL 1.02 (approved)');
		await command(council, 'position Suisse supports with thanks', 'Position of Switzerland on item PL 1.02: supports; with thanks');
		await command(council, 'undo', 'Position of Switzerland on item PL 1.02 withdrawn (undone)');
		await command(council, 'floor Suisse', 'Switzerland has the floor, 3 minutes');
		await command(council, 'dance', 'Unknown command “dance”; help lists the commands.');
		await command(council, 'filter \u001B[31mred\u001B]0;T\u0007', 'Filter “red”: no item matches');

		// A command whose effect comes with its write is not also called a no-change.
		expect(council.rawOutput()).not.toContain('Nothing changed.');
		const {stdout} = await run(process.execPath, [cliPath, 'log', '--data', dataset, '--journal', journal], {env: {...process.env, COUNCIL_DATA_DIR: path.dirname(journal)}});
		expect(stdout).toMatch(/decision on PL 1\.02 .*approved/);

		await command(council, 'quit', 'council closed.');
		expect((await council.exited).exitCode).toBe(0);
		// The typed escape sequence was echoed by the terminal as ^[ (two printable characters), and said without it.
		expectOnlyLines(council.rawOutput().replaceAll('^[', '').replaceAll('^G', ''));
		expect(council.isAlternateScreen()).toBe(false);
	});

	it('says an entry recorded by another process within a second', async () => {
		const journal = await journalFile();
		const council = plain(journal);
		await waitForRaw(council, 'help lists the commands.');
		const env = {...process.env, COUNCIL_DATA_DIR: path.dirname(journal)};
		for (const [args, said] of [
			[['decision', '1.01', '--outcome', 'deferred', '--text', 'Deferred to the next session.'], 'Decision recorded on item PL 1.01: deferred'],
			[['status', '1.02', 'under-consideration'], 'Status of item PL 1.02: under consideration'],
			[['position', '1.03', '--delegation', 'us', '--stance', 'reservation', '--note', 'pending review'], 'Position of United States on item PL 1.03: reservation; pending review'],
			[['current', '1.01'], 'Item PL 1.01 is now current: Draft budget of the Union'],
		] as const) {
			const from = council.rawOutput().length;
			// eslint-disable-next-line no-await-in-loop
			await run(process.execPath, [cliPath, 'record', ...args, '--data', dataset, '--journal', journal, '--author', 'Ben', '--role', 'secretary'], {env});
			// eslint-disable-next-line no-await-in-loop
			const took = await waitForRaw(council, said, from, 3000);
			expect(took).toBeLessThan(1000);
		}

		// The floor (issue 12) from another process: given, asked for, ended.
		for (const [args, said] of [
			[['give', 'Suisse'], 'Switzerland has the floor, 3 minutes'],
			[['request', 'China', '--point-of-order'], 'China asks for the floor on a point of order on item PL 1.01 (1 on the list)'],
			[['end'], 'Switzerland finished speaking after 0:0'],
		] as const) {
			const from = council.rawOutput().length;
			// eslint-disable-next-line no-await-in-loop
			await run(process.execPath, [cliPath, 'floor', ...args, '--data', dataset, '--journal', journal, '--author', 'Ben', '--role', 'chair'], {env});
			// eslint-disable-next-line no-await-in-loop
			const took = await waitForRaw(council, said, from, 3000);
			expect(took).toBeLessThan(1000);
		}

		expect(await command(council, 'floor', '1. China on a point of order')).toContain('1 speaker on the list on item PL 1.01:');
		await command(council, 'floor next', 'China has the floor on a point of order, 3 minutes');
		council.write('\u0004');
		await waitForRaw(council, 'council closed.');
		expect((await council.exited).exitCode).toBe(0);
		expectOnlyLines(council.rawOutput().replaceAll('^D', ''));
	});

	it('starts in line mode when TERM is dumb, and by the plain preference (in the lang preference\'s language)', async () => {
		const journal = await journalFile();
		const dumb = plain(journal, [], {TERM: 'dumb'});
		await waitForRaw(dumb, 'help lists the commands.');
		dumb.write('quit\r');
		expect((await dumb.exited).exitCode).toBe(0);
		expectOnlyLines(dumb.rawOutput());

		const settings = path.join(path.dirname(journal), 'settings');
		await mkdir(settings);
		await writeFile(path.join(settings, 'settings.json'), JSON.stringify({plain: true, lang: 'fr'}));
		const preferred = plain(journal, [], {COUNCIL_CONFIG_DIR: settings});
		// The lang preference too: line mode in French.
		await waitForRaw(preferred, 'help liste les commandes.');
		expect(preferred.rawOutput()).toContain('council, mode ligne : Council 1999 (test session), 3 points à l’ordre du jour.');
		preferred.write('quit\r');
		expect((await preferred.exited).exitCode).toBe(0);
		expectOnlyLines(preferred.rawOutput());
	});
});
