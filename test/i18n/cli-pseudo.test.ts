import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {globalOptions, startOptions} from '../../source/cli/global-options.js';
import {main} from '../../source/cli/main.js';
import {commands} from '../../source/commands/registry.js';
import {setLanguage} from '../../source/i18n/translate.js';
import {zip} from '../io/zip.js';

/*
Every subcommand's help, usage errors and refusals, run in-process through
main() in the pseudo-language (COUNCIL_PSEUDO_LANGUAGE=1, for the tests only:
each catalogue message's letters accented, source/i18n/pseudo.ts). What is left
in plain ASCII is the interface as typed (council, the command words, option
names, PLACEHOLDERS), what the command line gave, or English that skipped the
catalogue: the last fails here, naming the line.
*/

type Run = {code: number; stdout: string; stderr: string};

let folder: string;

beforeAll(() => {
	folder = mkdtempSync(path.join(os.tmpdir(), 'council-cli-pseudo-'));
	copyFileSync('data/one-itu.json', path.join(folder, 'data.json'));
	copyFileSync('data/one-itu.json', path.join(folder, 'copy.json'));
	mkdirSync(path.join(folder, 'folder'));
	// A contribution's text with a non-breaking hyphen and no "Action required": two of the importer's warnings.
	writeFileSync(path.join(folder, 'note.txt'), 'Council 2025\nDocument C25/99-E\n1 June 2025\nOriginal: English\nNote by the Secretary-General\nA TITLE\nSome text\u2011here.\n');
	writeFileSync(path.join(folder, 'empty.txt'), '');
	// A dataset with a wrong type, a missing field, a value not allowed and an unknown field.
	const broken = JSON.parse(readFileSync('data/one-itu.json', 'utf8')) as {session: Record<string, unknown>; agendaItems: Array<Record<string, unknown>>};
	broken.session['title'] = 5;
	delete broken.session['body'];
	broken.agendaItems[0]!['status'] = 'zzq';
	broken.agendaItems[0]!['titel'] = 'x';
	writeFileSync(path.join(folder, 'broken.json'), JSON.stringify(broken, null, 2));
	writeFileSync(path.join(folder, 'malformed.json'), '{"formatVersion": 1,');
});

afterAll(() => {
	setLanguage('en');
	rmSync(folder, {recursive: true, force: true});
});

async function council(...argv: string[]): Promise<Run> {
	let stdout = '';
	let stderr = '';
	const env = {PATH: process.env['PATH'], COUNCIL_PSEUDO_LANGUAGE: '1', COUNCIL_CONFIG_DIR: path.join(folder, 'config'), COUNCIL_DATA_DIR: path.join(folder, 'journals')};
	const code = await main(argv, {stdout: text => {
		stdout += text;
	}, stderr: text => {
		stderr += text;
	}, env, cwd: folder, isTty: false}, {isInteractive: false});
	return {code, stdout, stderr};
}

/** Words the data holds (titles, names): shown as they are, in any language. */
function dataWords(value: unknown, into: Set<string>): Set<string> {
	if (typeof value === 'string') {
		for (const word of value.match(/[A-Za-z]+/g) ?? []) {
			into.add(word);
		}
	} else if (value !== null && typeof value === 'object') {
		for (const item of Object.values(value)) {
			dataWords(item, into);
		}
	}

	return into;
}

/** The interface as typed (the program, its command words, the roles) and the dataset's own words. */
const allowed = dataWords(JSON.parse(readFileSync('data/one-itu.json', 'utf8')), new Set(['council', ...commands.map(command => command.name), 'chair', 'secretary', 'viewer', 'UTC']));
/*
Phrases excused: the journal's file extension, typed as it is after the
translated <session id> of the help's Files. (The atomic writer's refusals,
the preparation commands' changes, the share reasons and an entry as described
went through the catalogue since.)
*/
const foreign = ['.jsonl'];
const synopses = new Set(commands.flatMap(command => command.synopsis.split('\n')));

/** The words of a line that are neither accented (the catalogue's) nor typed nor given: English that skipped the catalogue. */
function strayWords(line: string, given: readonly string[]): string[] {
	if (synopses.has(line.trim())) {
		return [];
	}

	let rest = line;
	for (const phrase of foreign) {
		rest = rest.replaceAll(phrase, '');
	}

	rest = rest
		.replaceAll(/\S*[/\d]\S*/g, ' ')
		.replaceAll(/--?[a-z][a-z-]*/g, ' ')
		.replaceAll(/\b[A-Z][A-Z_/|.]+\b/g, ' ');
	return (rest.match(/[A-Za-z]{3,}/g) ?? []).filter(word => !allowed.has(word) && !given.some(value => value.includes(word)));
}

function strays(run: Run, given: readonly string[]): string[] {
	return `${run.stdout}${run.stderr}`.split('\n').filter(line => strayWords(line, given).length > 0);
}

describe('the CLI in the pseudo-language: nothing skips the catalogue', () => {
	for (const command of commands) {
		it(`council ${command.name} --help`, async () => {
			const run = await council(command.name, '--help');
			expect(run.code).toBe(0);
			for (const line of command.synopsis.split('\n')) {
				expect(run.stdout).toContain(`  ${line}\n`);
			}

			expect(strays(run, [])).toEqual([]);
		});

		it(`council ${command.name} --zzq-option: an unknown option, exit 2 with the command's help`, async () => {
			const run = await council(command.name, '--zzq-option');
			expect(run.code).toBe(2);
			expect(run.stderr).toContain('--zzq-option');
			expect(strays(run, [])).toEqual([]);
		});
	}

	const cases: ReadonlyArray<{argv: string[]; code: number; given?: string[]}> = [
		// Missing arguments and unknown words (exit 2).
		{argv: ['record'], code: 2, given: ['decision, status, position, current, undo, vote, delegation']},
		{argv: ['record', 'zzq'], code: 2, given: ['decision, status, position, current, undo, vote, delegation']},
		{argv: ['record', 'position', '1'], code: 2},
		{argv: ['record', 'decision'], code: 2},
		{argv: ['record', 'status', '1', 'pending', '--stance', 'supports'], code: 2, given: ['status']},
		{argv: ['record', 'undo', 'a', 'b'], code: 2},
		{argv: ['record', 'current', '1', '--role', 'zzq'], code: 2, given: ['chair, secretary, viewer']},
		{argv: ['record', 'current', '1', '--share', ''], code: 2},
		{argv: ['record', 'current', '1', '--journal', 'a.jsonl', '--journal', 'b.jsonl'], code: 2},
		{argv: ['floor'], code: 2, given: ['request, withdraw, move, give, next, end, statement, close, open, plan, list']},
		{argv: ['floor', 'next', 'zzq'], code: 2, given: ['next']},
		{argv: ['floor', 'statement', 'France'], code: 2, given: ['statement']},
		{argv: ['floor', 'request', 'France', '--point-of-order', '--reply'], code: 2},
		{argv: ['floor', 'give', 'France', '--reply'], code: 2, given: ['give']},
		{argv: ['agenda'], code: 2, given: ['add, move, remove, sort']},
		{argv: ['agenda', 'zzq', '--data', 'data.json'], code: 2, given: ['add, move, remove, sort']},
		{argv: ['agenda', 'add', '1'], code: 2},
		{argv: ['agenda', 'sort', 'zzq', '--data', 'data.json'], code: 2, given: ['sort']},
		{argv: ['agenda', 'add', '1', '--data', 'data.json'], code: 2, given: ['add']},
		{argv: ['agenda', 'move', '1', '--data', 'data.json'], code: 2},
		{argv: ['new'], code: 2},
		{argv: ['new', 'zzq.json'], code: 2},
		{argv: ['new', 'a.json', 'zzq'], code: 2},
		{argv: ['new', 'a.json', '--data', 'b.json'], code: 2},
		{argv: ['session'], code: 2},
		{argv: ['session', 'set'], code: 2},
		{argv: ['session', 'set', '--data', 'data.json'], code: 2},
		{argv: ['export', 'a.json', '--data', 'b.json'], code: 2},
		{argv: ['matrix', '--format', 'zzq'], code: 2},
		{argv: ['log', 'zzq'], code: 2},
		{argv: ['log', '--share', ''], code: 2},
		{argv: ['import'], code: 2},
		{argv: ['share'], code: 2, given: ['init, push, pull, status']},
		{argv: ['share', 'zzq'], code: 2, given: ['init, push, pull, status']},
		{argv: ['share', 'push'], code: 2, given: ['push']},
		{argv: ['share', 'init', 'postgres://zzq@h/d', '--share', 'postgres://zzq@h/d'], code: 2},
		{argv: ['share', 'init', 'postgres://zzq@h/d', '--viewer-role', 'zzq'], code: 2},
		{argv: ['zzq-command'], code: 2},
		{argv: ['help', 'zzq'], code: 2},
		// Refusals (exit 1).
		{argv: ['record', 'current', '1', '--role', 'viewer'], code: 1},
		{argv: ['floor', 'request', 'France', '--role', 'viewer'], code: 1},
		{argv: ['floor', 'end', '--item', '1', '--author', 'Ann'], code: 1},
		{argv: ['floor', 'next', '--item', '1', '--author', 'Ann'], code: 1},
		{argv: ['floor', 'plan', 'zzq', '--item', '1', '--author', 'Ann'], code: 1},
		{argv: ['floor', 'statement', 'France', ' ', '--item', '1', '--author', 'Ann'], code: 1},
		{argv: ['floor', 'statement', 'France', 'y'.repeat(3000), '--item', '1', '--author', 'Ann'], code: 1},
		{argv: ['floor', 'move', 'France', '--by', 'zzq', '--item', '1', '--author', 'Ann'], code: 1},
		{argv: ['record', 'undo', 'zzqq', '--author', 'Ann'], code: 1},
		{argv: ['record', 'position', '1', '--delegation', 'France', '--stance', 'supports', '--note', 'n'.repeat(6000), '--author', 'Ann'], code: 1},
		{argv: ['record', 'delegation', 'Holy', 'See', '--kind', 'zzq', '--author', 'Ann'], code: 1, given: ['member-state, sector-member, observer, secretariat, other']},
		{argv: ['new', 'data.json', '--title', 'T'], code: 1},
		{argv: ['new', 'x.json', '--title', ' '], code: 1, given: ['title']},
		{argv: ['validate', 'data.json'], code: 0},
		{argv: ['record', 'current', '1', '--author', 'Ann'], code: 0},
		{argv: ['log'], code: 0, given: ['Ann']},
		{argv: ['export', '--output', 'data.json'], code: 1},
		// Modules outside commands/: the preparation plans, the share reasons, file refusals (issue 16).
		{argv: ['new', 'fresh.json', '--title', 'T', '--place', 'Geneva', '--dates', '2025-06-17/2025-06-27', '--dry-run'], code: 0},
		{argv: ['new', 'fresh.json', '--title', 'T', '--dates', '2025-06-17/2025-06-10'], code: 1},
		{argv: ['new', 'fresh.json', '--title', 'T', '--dates', '2025-02-30'], code: 1},
		{argv: ['new', 'fresh.json', '--title', 'T', '--dates', '2025-06-17/2025-06-18/2025-06-19'], code: 1},
		{argv: ['agenda', 'add', '1', 'Again', '--data', 'data.json'], code: 1},
		{argv: ['agenda', 'add', '9.9', 'x'.repeat(600), '--action', 'zzq', '--document', 'C99/999', '--data', 'data.json'], code: 1, given: ['approve, adopt, consider, take-note, decide, elect, other']},
		{argv: ['agenda', 'add', '2', 'Second', '--data', 'data.json', '--dry-run'], code: 0, given: ['consider']},
		{argv: ['agenda', 'move', 'zzq', '--before', '1', '--data', 'data.json'], code: 1},
		{argv: ['agenda', 'move', '1', '--after', '1', '--data', 'data.json'], code: 1},
		{argv: ['agenda', 'remove', '1', '--data', 'data.json'], code: 1},
		{argv: ['agenda', 'remove', '1', '--force', '--data', 'data.json', '--dry-run'], code: 0},
		{argv: ['agenda', 'sort', '--data', 'data.json', '--dry-run'], code: 0},
		{argv: ['agenda', 'sort', '--data', 'folder'], code: 1},
		{argv: ['agenda', 'sort', '--data', 'zzq.json'], code: 1},
		{argv: ['session', 'set', '--title', ' ', '--data', 'data.json'], code: 1},
		{argv: ['session', 'set', '--title', 'New title', '--place', 'Geneva', '--dates', '2025-06-17/2025-06-27', '--data', 'data.json', '--dry-run'], code: 0},
		{argv: ['session', 'set', '--title', 'New title', '--data', 'copy.json'], code: 0, given: ['copy.json.bak']},
		{argv: ['share', 'status', '--share', 'postgres://ana:secret@127.0.0.1:1/x', '--data', 'data.json'], code: 1},
		{argv: ['share', 'status', '--share', 'http://zzq', '--data', 'data.json'], code: 1},
		{argv: ['share', 'status', '--share', 'postgres://h/d?sslmode=zzq', '--data', 'data.json'], code: 1, given: ['disable, allow, prefer, require, verify-ca, verify-full']},
		{argv: ['share', 'status', '--share', 'postgres://h/d?zzq=1', '--data', 'data.json'], code: 1},
		{argv: ['share', 'status', '--share', 'postgres://h:99999/d', '--data', 'data.json'], code: 1},
		{argv: ['export', '--output', 'folder'], code: 1},
		{argv: ['import', 'note.txt', '--dry-run'], code: 0, given: ['Council', 'Document', 'June', 'Original', 'English', 'Note by the Secretary-General', 'TITLE', 'Some text here']},
		{argv: ['import', 'empty.txt'], code: 1},
		{argv: ['import', 'folder'], code: 1},
		{argv: ['validate', 'broken.json'], code: 1, given: ['zzq', 'title', 'body', 'status', 'titel', 'pending', 'under-consideration', 'decided', 'deferred', 'session', 'agendaItems']},
		{argv: ['validate', 'malformed.json'], code: 1, given: ['JSON']},
	];
	for (const {argv, code, given = []} of cases) {
		it(`council ${argv.map(arg => (arg.length > 20 ? `${arg.slice(0, 8)}…` : arg)).join(' ')}: exit ${code}`, async () => {
			const run = await council(...argv);
			expect(run.code, run.stderr).toBe(code);
			expect(strays(run, [...argv, ...given])).toEqual([]);
		});
	}

	// The problems of council's own files (source/i18n/problems/): a journal's bad line, the journal refused, a lying .docx, --report's headings.
	it('council log on a journal with a line that is not JSON, and a journal that is the dataset: no English', async () => {
		expect((await council('record', 'current', '1', '--journal', 'bad.jsonl', '--author', 'Ann')).code).toBe(0);
		writeFileSync(path.join(folder, 'bad.jsonl'), `${readFileSync(path.join(folder, 'bad.jsonl'), 'utf8')}not json {\n`);
		const logged = await council('log', '--journal', 'bad.jsonl');
		expect(logged.code).toBe(0);
		expect(logged.stderr).not.toBe('');
		expect(strays(logged, ['Ann', 'not json'])).toEqual([]);
		const refused = await council('log', '--journal', 'data.json', '--data', 'data.json');
		expect(refused.code).toBe(1);
		expect(strays(refused, ['data.json'])).toEqual([]);
	});

	it('council import --report, and a .docx whose zip lies: no English but the document\'s', async () => {
		const report = await council('import', 'note.txt', '--report');
		expect(report.code).toBe(0);
		expect(strays(report, ['Council', 'Document', 'June', 'Original', 'English', 'Note by the Secretary-General', 'TITLE', 'Some text here', 'note.txt',
			// What the importer writes into the dataset (the same bytes in every language): the title as it reads it, an action's kind and placeholder.
			'A title', 'other', 'Not stated in the document'])).toEqual([]);
		writeFileSync(path.join(folder, 'lying.docx'), zip([{name: 'word/document.xml', data: Buffer.from('<w:document>'.repeat(200)), declared: 10}]));
		const lying = await council('import', 'lying.docx');
		expect(lying.code).toBe(1);
		expect(strays(lying, ['lying.docx', 'word/document.xml'])).toEqual([]);
	});

	it('the option labels of every help are the options as typed', () => {
		expect([...globalOptions, ...startOptions].every(option => /^[a-z][a-z-]*$/.test(option.name))).toBe(true);
	});
});
