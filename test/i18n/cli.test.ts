import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {globalOptions, startOptions} from '../../source/cli/global-options.js';
import {commands} from '../../source/commands/registry.js';
import {en, type MessageKey} from '../../source/i18n/en.js';
import {cliPath} from '../helpers/council.js';

/*
The CLI in the user's language, as processes: `--lang`, then LC_ALL,
LC_MESSAGES and LANG (in that order); a language council does not ship is
English, a mistyped --lang a usage error. Every subcommand's summary and every
option's description is in the catalogue, as the tables write it in English.
*/

const run = promisify(execFile);

/** The built CLI with only the locale variables given (the parent's removed). */
async function council(args: readonly string[], locale: Record<string, string> = {}) {
	const env: Record<string, string | undefined> = {...process.env, LC_ALL: undefined, LC_MESSAGES: undefined, LANG: undefined, LANGUAGE: undefined, ...locale};
	try {
		const {stdout, stderr} = await run(process.execPath, [cliPath, ...args], {env: env as NodeJS.ProcessEnv});
		return {code: 0, stdout, stderr};
	} catch (error: unknown) {
		const failed = error as {code: number; stdout: string; stderr: string};
		return {code: failed.code, stdout: failed.stdout, stderr: failed.stderr};
	}
}

describe('the CLI in the official languages', () => {
	it('council --help --lang fr is in French', async () => {
		const {code, stdout} = await council(['--help', '--lang', 'fr']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^council \d+\.\d+\.\d+ : un tableau de bord au clavier pour les sessions du Conseil de l’UIT\n\nUtilisation\n/);
		expect(stdout).toContain('\nSous-commandes\n');
		expect(stdout).toContain('  lookup    ce que nomme une référence');
		expect(stdout).toContain('      --plain         mode ligne pour lecteurs d’écran');
		expect(stdout).toContain('\nFichiers\n');
		expect(stdout).not.toContain('Subcommands');
	});

	it('LANG=es_ES.UTF-8 council --help is in Spanish; LC_ALL and LC_MESSAGES come first', async () => {
		const spanish = await council(['--help'], {LANG: 'es_ES.UTF-8'});
		expect(spanish.stdout).toMatch(/^council \d+\.\d+\.\d+: un panel manejado con el teclado para las sesiones del Consejo de la UIT\n\nUso\n/);
		expect(spanish.stdout).toContain('\nSubórdenes\n');
		expect((await council(['--help'], {LANG: 'es_ES.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8'})).stdout).toContain('\nSous-commandes\n');
		expect((await council(['--help'], {LANG: 'es_ES.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8', LC_ALL: 'en_GB.UTF-8'})).stdout).toContain('\nSubcommands\n');
		expect((await council(['--help', '--lang', 'en'], {LANG: 'es_ES.UTF-8'})).stdout).toContain('\nSubcommands\n');
		expect((await council(['--help'], {LANG: 'de_DE.UTF-8'})).stdout).toContain('\nSubcommands\n');
	});

	it('usage errors are translated, and a mistyped --lang is refused (exit 2)', async () => {
		const french = await council(['--bogus', '--lang', 'fr']);
		expect(french.code).toBe(2);
		expect(french.stderr).toMatch(/^council: option inconnue --bogus\n\ncouncil \d/);
		const spanish = await council(['lookup', '71', '--data', 'x', '--data', 'y'], {LANG: 'es_ES.UTF-8'});
		expect(spanish.code).toBe(2);
		expect(spanish.stderr).toMatch(/^council: la opción --data aparece 2 veces; indíquela una vez\n/);
		const wrong = await council(['--help', '--lang', 'xx\u001B[31m']);
		expect(wrong.code).toBe(2);
		expect(wrong.stderr).toMatch(/^council: unknown language "xx" \(use one of: en, fr, es, ar, zh, ru\)\n/);
		expect(wrong.stderr).not.toContain('\u001B');
	});

	it('every subcommand\'s summary and every option\'s description is in the catalogue', () => {
		for (const command of commands) {
			expect(en[`cli.summary.${command.name}` as MessageKey]?.message, command.name).toBe(command.summary);
		}

		for (const option of [...globalOptions, ...startOptions]) {
			expect(en[`cli.option.${option.name}` as MessageKey]?.message, option.name).toBe(option.description);
		}
	});
});
