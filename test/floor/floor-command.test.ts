import {execFile} from 'node:child_process';
import {appendFile, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {main} from '../../source/cli/main.js';
import {fakeIo} from '../helpers/fake-io.js';
import {floorDatasetInput} from './fixture.js';

/*
`council floor` in-process (through main, as the CLI runs it) on real files:
each action recorded once checked, the rules' refusals exit 1 with nothing
written, usage mistakes exit 2, and nothing hostile reaches the terminal.
*/

let folder: string;
let data: string;
beforeAll(async () => {
	folder = await mkdtemp(path.join(os.tmpdir(), 'council-floor-cli-'));
	data = path.join(folder, 'session.json');
	await writeFile(data, JSON.stringify(floorDatasetInput()));
});
afterAll(async () => {
	await rm(folder, {recursive: true, force: true});
});

let journalCount = 0;
async function session() {
	const journal = path.join(folder, `journal-${++journalCount}.jsonl`);
	const council = async (...args: string[]) => {
		const io = fakeIo();
		const code = await main([...args, '--data', data, '--journal', journal, '--author', 'Ana', '--role', 'secretary'], {...io, env: {COUNCIL_CONFIG_DIR: folder, COUNCIL_DATA_DIR: folder}}, {isInteractive: false});
		return {code, out: io.out, err: io.err};
	};

	// The entries, without the journal's header line (journal/header.ts).
	const lines = async () => (await readFile(journal, 'utf8').catch(() => '')).split('\n').filter(line => line !== '' && !line.startsWith('{"councilJournal"')).map(line => JSON.parse(line) as {kind: string; payload: Record<string, unknown>});
	await council('record', 'current', '1');
	return {journal, council, lines};
}

describe('council floor', () => {
	it('records each action, and list shows the result in speaking order', async () => {
		const {council, lines} = await session();
		expect((await council('floor', 'request', 'mexico')).code).toBe(0);
		expect((await council('floor', 'request', 'suisse')).out).toMatch(/^Recorded Switzerland asks for the floor on item 1\n {2}by Ana \(secretary\) at .*, entry .*\n {2}in .*journal-1\.jsonl\n$/);
		expect((await council('floor', 'request', 'مصر', '--point-of-order')).code).toBe(0);
		expect((await council('floor', 'request', 'cn', '--reply', '--item', '2')).code).toBe(0);
		expect((await council('floor', 'move', 'mexico', '--up')).err).toBe('council floor move: Mexico cannot move up: first of its place on the list; nothing recorded\n');
		expect((await council('floor', 'next')).out).toContain('Recorded floor given to Egypt on item 1');
		expect((await council('floor', 'statement', 'egypt', 'raised a point of order on the order of speakers', '--stance', 'neutral')).code).toBe(0);
		expect((await council('floor', 'give', 'mexico')).out).toContain('floor given to Mexico');
		expect((await council('floor', 'end')).out).toContain('Recorded floor of Mexico ended on item 1');
		expect((await council('floor', 'close')).out).toContain('list of speakers closed on item 1');
		expect((await lines()).map(entry => entry.kind)).toEqual(['current', 'floor-request', 'floor-request', 'floor-request', 'floor-request', 'floor-give', 'floor-statement', 'floor-give', 'floor-end', 'floor-close']);
		const list = await council('floor', 'list');
		expect(list.code).toBe(0);
		expect(list.out.split('\n').slice(0, 7)).toEqual([
			'Item 1 Implementation of the "One ITU" concept · list closed',
			'Floor: nobody',
			'List of speakers: 1 waiting',
			'  1. Switzerland  councillor',
			expect.stringMatching(/^Spoke on this item: Egypt once \(0:0\d\), Mexico once \(0:0\d\)$/),
			'Statements, in speaking order',
			'  Egypt: raised a point of order on the order of speakers (neutral)',
		]);
		const json = JSON.parse((await council('floor', 'list', '--json', '--item', '2')).out) as {item: {id: string}; queue: Array<{delegation: string; kind: string}>; speaker: unknown};
		expect(json).toMatchObject({item: {id: 'item-2'}, queue: [{delegation: 'cn', kind: 'reply'}], speaker: null});
	});

	it('refuses what the rules refuse, with exit 1 and nothing written', async () => {
		const {council, lines} = await session();
		await council('floor', 'close');
		const before = (await lines()).length;
		expect(await council('floor', 'request', 'brazil')).toEqual({code: 1, out: '', err: 'council floor request: the list of speakers is closed (a point of order or a right of reply may still be asked); nothing recorded\n'});
		expect((await council('floor', 'request', 'brazil', '--reply')).code).toBe(0);
		expect((await council('floor', 'give', 'mexico')).code).toBe(0);
		expect((await council('floor', 'end')).code).toBe(0);
		await council('floor', 'open');
		expect((await council('floor', 'request', 'mexico')).err).toContain('Mexico is an observer and has already spoken on this item');
		expect((await council('floor', 'end')).err).toBe('council floor end: nobody has the floor\n');
		expect((await council('floor', 'withdraw', 'china')).err).toBe('council floor withdraw: China is not on the list of speakers; nothing recorded\n');
		expect((await council('floor', 'request', 'atlantis')).code).toBe(1);
		expect((await council('floor', 'statement', 'brazil', '   ')).err).toBe('council floor statement: a statement needs some text\n');
		expect((await lines()).length).toBe(before + 4);
	});

	it('takes a negative --by as written, "--by -1" as "--by=-1" (the README\'s "N negative is up")', async () => {
		const {council, lines} = await session();
		expect((await council('floor', 'request', 'brazil')).code).toBe(0);
		expect((await council('floor', 'request', 'suisse')).code).toBe(0);
		const moved = await council('floor', 'move', 'suisse', '--by', '-1');
		expect(moved.err).toBe('');
		expect(moved.code).toBe(0);
		expect((await lines()).at(-1)).toMatchObject({kind: 'floor-move', payload: {by: -1}});
		// A negative count is still judged by the command, not taken for an option.
		expect((await council('record', 'vote', '1', '--yes', '-1', '--no', '2', '--abstain', '0')).err).toBe('council record vote: --yes must be a whole number from 0 to 1000, not "-1"\n');
		// A negative number of minutes is refused for what it is, not taken for an unknown option -5.
		const plan = await council('floor', 'plan', '-5');
		expect(plan.code).toBe(1);
		expect(plan.err).toBe('council floor plan: a planned duration is a number of minutes (up to 1440), not "-5"\n');
	});

	it('says what is wrong with the command line, exit 2', async () => {
		const {council} = await session();
		expect((await council('floor')).code).toBe(2);
		expect((await council('floor', 'shout')).err).toMatch(/^council: unknown action "shout": request, withdraw, move, give, next, end, statement, close, open, plan, list\n/);
		expect((await council('floor', 'give')).err).toMatch(/^council: floor give: takes one DELEGATION/);
		expect((await council('floor', 'request', 'brazil', '--reply', '--point-of-order')).code).toBe(2);
		expect((await council('floor', 'give', 'brazil', '--reply')).code).toBe(2);
		expect((await council('floor', 'request', 'brazil')).code).toBe(0);
		expect((await council('floor', 'move', 'brazil', '--up', '--down')).code).toBe(2);
		expect((await council('floor', 'move', 'brazil', '--by', 'two')).err).toBe('council floor move: --by takes a whole number of places, not "two" (negative is up)\n');
	});

	it('plan sets the item\'s planned duration, over the dataset\'s, and refuses what is not minutes', async () => {
		const {council} = await session();
		expect((await council('floor', 'plan', '25')).out).toContain('Recorded item 1 planned for 25 minutes');
		expect((await council('floor', 'list')).out.split('\n')[0]).toBe('Item 1 Implementation of the "One ITU" concept · list open · planned 25:00');
		expect(JSON.parse((await council('floor', 'list', '--json')).out)).toMatchObject({item: {plannedMinutes: 25}});
		expect((await council('floor', 'plan', 'soon')).err).toBe('council floor plan: a planned duration is a number of minutes (up to 1440), not "soon"\n');
		expect((await council('floor', 'plan', '0')).code).toBe(1);
		expect((await council('floor', 'plan')).err).toMatch(/^council: floor plan: takes MINUTES/);
		expect((await council('record', 'undo')).out).toContain('undo of');
		expect(JSON.parse((await council('floor', 'list', '--json')).out)).toMatchObject({item: {plannedMinutes: null}});
	});

	it('keeps a viewer from recording, and needs a current item or --item', async () => {
		const {council} = await session();
		const io = fakeIo();
		const code = await main(['floor', 'request', 'brazil', '--data', data, '--journal', path.join(folder, 'viewer.jsonl'), '--role', 'viewer'], {...io, env: {COUNCIL_CONFIG_DIR: folder}}, {isInteractive: false});
		expect(code).toBe(1);
		expect(io.err).toContain('a viewer cannot record');
		const fresh = fakeIo();
		expect(await main(['floor', 'list', '--data', data, '--journal', path.join(folder, 'empty.jsonl')], {...fresh, env: {COUNCIL_CONFIG_DIR: folder}}, {isInteractive: false})).toBe(1);
		expect(fresh.err).toBe('council floor list: no agenda item is current: name one with --item ITEM (or council record current ITEM)\n');
		expect((await council('floor', 'list', '--item', 'PL 99')).code).toBe(1);
	});

	it('lets nothing hostile reach the terminal, in text or JSON', async () => {
		const {council, lines} = await session();
		const unknown = await council('floor', 'request', 'bra\u001B]52;c;cGF3bmVk\u0007zil\u001B[2J');
		expect(unknown.code).toBe(1);
		expect(unknown.err).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
		const said = await council('floor', 'statement', 'brazil', 'said \u001B[31mred\u001B[0m\u009B2J things\u2028more');
		expect(said.code).toBe(0);
		expect(said.out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
		expect((await lines()).at(-1)?.payload['text']).toBe('said red things more');
		const text = await council('floor', 'list');
		expect(text.out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028]/);
		const json = (await council('floor', 'list', '--json')).out;
		expect(json).toContain('said red things more');
		// A journal written by another tool may still hold one: JSON writes it escaped.
		const {jsonText} = await import('../../source/text/json-text.js');
		expect(jsonText({text: 'a\u2028b\u009Bc'})).toBe('{\n  "text": "a\\u2028b\\u009bc"\n}\n');
		expect(json).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028]/);
	});

	it('reports a journal it cannot use, exit 1', async () => {
		const directory = path.join(folder, 'a-directory');
		await mkdir(directory, {recursive: true});
		const io = fakeIo();
		const code = await main(['floor', 'request', 'brazil', '--item', '1', '--data', data, '--journal', directory, '--role', 'chair', '--author', 'A'], {...io, env: {COUNCIL_CONFIG_DIR: folder}}, {isInteractive: false});
		expect(code).toBe(1);
		// The journal check every recording command shares (source/journal/location.ts).
		expect(io.err).toMatch(/^council floor: The journal .*a-directory is a folder, not a journal file\.\n$/);
		// A FIFO would block the read for ever: refused at once.
		const fifo = path.join(folder, 'a-fifo');
		await promisify(execFile)('mkfifo', [fifo]);
		const piped = fakeIo();
		expect(await main(['floor', 'list', '--item', '1', '--data', data, '--journal', fifo], {...piped, env: {COUNCIL_CONFIG_DIR: folder}}, {isInteractive: false})).toBe(1);
		expect(piped.err).toMatch(/a-fifo is a named pipe \(FIFO\), not a journal file: only regular files are read\.\n$/);
		// Lines that are not entries are reported, and the rest is used.
		const mixed = path.join(folder, 'mixed.jsonl');
		// (A file whose first line is not an entry is not a journal at all: refused above, by the shared check.)
		expect(await main(['floor', 'request', 'brazil', '--item', '1', '--data', data, '--journal', mixed, '--role', 'chair', '--author', 'A'], {...fakeIo(), env: {COUNCIL_CONFIG_DIR: folder}}, {isInteractive: false})).toBe(0);
		await appendFile(mixed, 'not json\n');
		const reported = fakeIo();
		expect(await main(['floor', 'list', '--item', '1', '--data', data, '--journal', mixed], {...reported, env: {COUNCIL_CONFIG_DIR: folder}}, {isInteractive: false})).toBe(0);
		expect(reported.err).toMatch(/^council floor: warning: .*mixed\.jsonl: line 2 is not JSON and was skipped/);
	});
});

describe('council floor, the built CLI', () => {
	it('is listed in council --help and has its own help', async () => {
		const {cliPath} = await import('../helpers/council.js');
		const {stdout} = await promisify(execFile)(process.execPath, [cliPath, 'floor', '--help']);
		expect(stdout).toContain('council floor request DELEGATION [--point-of-order|--reply]');
		const general = await promisify(execFile)(process.execPath, [cliPath, '--help']);
		expect(general.stdout).toMatch(/floor +the list of speakers/);
	});
});
