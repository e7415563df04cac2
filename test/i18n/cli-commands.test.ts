import {execFile} from 'node:child_process';
import {copyFileSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {commandHelp} from '../../source/cli/help.js';
import {commands} from '../../source/commands/registry.js';
import {en, type MessageKey} from '../../source/i18n/en.js';
import {catalogueOf, setLanguage} from '../../source/i18n/translate.js';
import {displayWidth} from '../../source/text/width.js';
import {cliPath} from '../helpers/council.js';

/*
The subcommands in French and Spanish, as processes (the built CLI): their help
under the synopsis, which stays as typed, usage errors (exit 2) and refusals
(exit 1) in the user's language, on the same stream with the same exit code
as in English. And each help's explanation fits 80 columns by display width.
*/

const run = promisify(execFile);
let folder: string;

beforeAll(() => {
	folder = mkdtempSync(path.join(os.tmpdir(), 'council-cli-languages-'));
	copyFileSync('data/one-itu.json', path.join(folder, 'data.json'));
});

afterAll(() => {
	setLanguage('en');
	rmSync(folder, {recursive: true, force: true});
});

async function council(args: readonly string[], locale: Record<string, string> = {}) {
	const env: Record<string, string | undefined> = {
		...process.env, CI: undefined, LC_ALL: undefined, LC_MESSAGES: undefined, LANG: undefined, LANGUAGE: undefined,
		COUNCIL_CONFIG_DIR: path.join(folder, 'config'), COUNCIL_DATA_DIR: path.join(folder, 'journals'), ...locale,
	};
	try {
		const {stdout, stderr} = await run(process.execPath, [cliPath, ...args], {env: env as NodeJS.ProcessEnv, cwd: folder});
		return {code: 0, stdout, stderr};
	} catch (error: unknown) {
		const failed = error as {code: number; stdout: string; stderr: string};
		return {code: failed.code, stdout: failed.stdout, stderr: failed.stderr};
	}
}

describe('the subcommands in French and Spanish', () => {
	it('council record --help --lang fr: the synopsis as typed, the explanation in French', async () => {
		const {code, stdout, stderr} = await council(['record', '--help', '--lang', 'fr']);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		expect(stdout).toMatch(/^council record: consigner une décision/);
		expect(stdout).toContain('\nUtilisation\n  council record decision ITEM --outcome OUTCOME --text TEXT');
		expect(stdout).toContain('\n  ITEM est l’identifiant ou le numéro d’un point de l’ordre du jour\n');
		expect(stdout).toContain('\n    --journal PATH   le journal (par défaut : le fichier de la session dans le\n');
		expect(stdout).toContain('\n  ("PL 1.07") ; DELEGATION un identifiant');
		expect(stdout).toContain(' STANCE : supports, opposes,\n');
		expect(stdout).not.toContain('the journal (default');
	});

	it('LANG=es_ES.UTF-8 council floor --help is in Spanish', async () => {
		const {code, stdout} = await council(['floor', '--help'], {LANG: 'es_ES.UTF-8'});
		expect(code).toBe(0);
		expect(stdout).toMatch(/^council floor: la lista de oradores/);
		expect(stdout).toContain('\nUso\n  council floor request DELEGATION [--point-of-order|--reply]\n');
		expect(stdout).toContain('\n  Actúa sobre la lista de oradores del punto actual del orden del día (o de\n');
		expect(stdout).toContain('\n    --role ROLE      chair, secretary o viewer; un viewer no puede registrar\n');
	});

	it('a usage error in French and one in Spanish: exit 2, the message then the command\'s help, on standard error', async () => {
		const french = await council(['agenda', 'move', '1', '--data', 'data.json', '--lang', 'fr']);
		expect(french.code).toBe(2);
		expect(french.stdout).toBe('');
		expect(french.stderr).toMatch(/^council: agenda move prend une seule des options --before NUMBER ou --after NUMBER\n\ncouncil agenda: /);
		const spanish = await council(['record', 'position', '1'], {LC_ALL: 'es_ES.UTF-8'});
		expect(spanish.code).toBe(2);
		expect(spanish.stderr).toMatch(/^council: record position: faltan --delegation DELEGATION y --stance STANCE\n\ncouncil record: /);
	});

	it('a refusal in French and in Spanish: exit 1, one line on standard error, nothing on standard output', async () => {
		const french = await council(['record', 'current', '1', '--role', 'viewer', '--lang', 'fr']);
		expect(french).toEqual({code: 1, stdout: '', stderr: 'council record: un lecteur ne consigne rien. Utilisez --role chair ou --role secretary (ou changez la préférence role).\n'});
		const spanish = await council(['floor', 'end', '--item', '1', '--author', 'Ana', '--lang', 'es']);
		expect(spanish).toEqual({code: 1, stdout: '', stderr: 'council floor end: nadie tiene la palabra\n'});
	});

	it('what is recorded is acknowledged in French, the data and the typed words as they are', async () => {
		const {code, stdout} = await council(['record', 'current', '1', '--author', 'Anne', '--lang', 'fr']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^Consigné : point en cours : 1 Implementation of the "One ITU" concept\n {2}par Anne \(chair\) à \d{4}-\d\d-\d\dT[\d:.]+Z, inscription \S+\n {2}dans \S+\.jsonl\n$/);
		const log = await council(['log', '--lang', 'es']);
		expect(log.stdout).toMatch(/^Diario \S+: 1 entrada\n/);
	});

	it('a hostile argument echoed in a translated message is shown on one visible line', async () => {
		const {code, stderr} = await council(['record', 'zz\u001B]0;pwned\u0007\nok: forged', '--lang', 'fr']);
		expect(code).toBe(2);
		expect(stderr).toMatch(/^council: type inconnu « zz\S*\\nok: forged » : decision, status/);
		expect(stderr).not.toContain('\u001B');
		expect(stderr).not.toContain('\u0007');
	});
});

describe('the subcommands\' help in the catalogue', () => {
	it('every subcommand\'s explanation is a catalogue entry, in French and Spanish too', () => {
		for (const command of commands) {
			const key = `cli.usage.${command.name}` as MessageKey;
			expect(en[key]?.note, command.name).toBeDefined();
			expect(typeof catalogueOf('fr')[key], command.name).toBe('string');
			expect(typeof catalogueOf('es')[key], command.name).toBe('string');
		}
	});

	for (const language of ['fr', 'es'] as const) {
		it(`${language}: every line of each explanation fits 80 columns (2 of indent), by display width`, () => {
			setLanguage(language);
			const wide: string[] = [];
			for (const command of commands) {
				const help = commandHelp(command).split('\n');
				const explanation = (catalogueOf(language)[`cli.usage.${command.name}` as MessageKey] as string).split('\n');
				for (const line of explanation) {
					expect(help, command.name).toContain(line === '' ? '' : `  ${line}`);
					if (displayWidth(line) > 78) {
						wide.push(`${command.name}: ${line}`);
					}
				}
			}

			setLanguage('en');
			expect(wide).toEqual([]);
		});
	}
});
