import {existsSync} from 'node:fs';
import path from 'node:path';
import packageJson from '../../package.json' with {type: 'json'};
import type {CommandIo} from '../commands/io.js';
import {commands, findCommand, type CommandEntry} from '../commands/registry.js';
import {editDistance} from '../dataset/lookup.js';
import {datasetPath} from './dataset-path.js';
import {globalOptions, startOptions} from './global-options.js';
import {commandHelp, generalHelp, type HelpContext} from './help.js';
import {helpLocations} from './locations.js';
import {say, trusted} from './message.js';
import {parseCommandLine} from './parse.js';
import {start} from './start.js';
import {UsageError} from './usage-error.js';
import {chooseLanguage, parseLanguage} from '../i18n/choose-language.js';
import {languages} from '../i18n/catalogue-types.js';
import {pseudoMessage} from '../i18n/pseudo.js';
import {setLanguage, t, tLine} from '../i18n/translate.js';

/*
argv → one of: help, version, a subcommand, or the dashboard. Exit codes: 0 done,
1 a problem with the data or the query, 2 a mistake in the command line. Nothing
thrown reaches the user as a stack trace.
*/

export type MainOptions = {
	/** stdin is a terminal: the dashboard can read keys. */
	readonly isInteractive: boolean;
};

const stringOptions = new Set([...globalOptions, ...startOptions].filter(spec => spec.type === 'string').flatMap(spec => [`--${spec.name}`, ...(spec.short === undefined ? [] : [`-${spec.short}`])]));

/** Index of the first positional argument, skipping global options and their values. */
function firstPositional(argv: readonly string[]): number {
	for (let index = 0; index < argv.length; index++) {
		const arg = argv[index] ?? '';
		if (arg === '--') {
			return index + 1 < argv.length ? index + 1 : -1;
		}

		if (stringOptions.has(arg)) {
			index++;
		} else if (!arg.startsWith('-') || arg === '-') {
			return index;
		}
	}

	return -1;
}

function helpContext(): HelpContext {
	return {version: packageJson.version, commands, locations: helpLocations()};
}

function nearestCommand(name: string): string | undefined {
	const [best] = commands
		.map(command => ({name: command.name, distance: editDistance(name, command.name)}))
		.sort((a, b) => a.distance - b.distance);
	return best !== undefined && best.distance <= 2 ? best.name : undefined;
}

function asksForHelp(args: readonly string[]): boolean {
	const end = args.indexOf('--');
	return (end === -1 ? args : args.slice(0, end)).some(arg => arg === '--help' || arg === '-h');
}

async function runCommand(command: CommandEntry, args: readonly string[], io: CommandIo): Promise<number> {
	if (asksForHelp(args)) {
		io.stdout(commandHelp(command));
		return 0;
	}

	const module = await command.load();
	return module.run(args, io);
}

async function dispatch(argv: readonly string[], io: CommandIo, options: MainOptions): Promise<number> {
	const at = firstPositional(argv);
	const word = at === -1 ? undefined : argv[at];
	const rest = at === -1 ? argv : [...argv.slice(0, at), ...argv.slice(at + 1)];

	if (word === 'help') {
		const parsed = parseCommandLine(rest);
		const topic = parsed.positionals[0];
		const command = topic === undefined ? undefined : findCommand(topic);
		if (topic !== undefined && command === undefined) {
			throw new UsageError(tLine('cli.error.no-subcommand', {name: topic}));
		}

		io.stdout(command === undefined ? generalHelp(helpContext()) : commandHelp(command));
		return 0;
	}

	const command = word === undefined ? undefined : findCommand(word);
	if (command !== undefined) {
		return runCommand(command, rest, io);
	}

	const parsed = parseCommandLine(argv, startOptions);
	if (parsed.values['help'] === true) {
		io.stdout(generalHelp(helpContext()));
		return 0;
	}

	if (parsed.values['version'] === true) {
		io.stdout(`${packageJson.version}\n`);
		return 0;
	}

	const [dataset, extra] = parsed.positionals;
	if (dataset !== undefined) {
		// A bare word that is no file is a mistyped subcommand, not a dataset.
		const looksLikeFile = /[./\\]/.test(dataset) || existsSync(path.resolve(io.cwd, dataset));
		if (!looksLikeFile) {
			const nearest = nearestCommand(dataset);
			throw new UsageError(`${tLine('cli.error.unknown-command', {name: dataset})}${nearest === undefined ? '' : ` ${t('cli.error.did-you-mean', {name: nearest})}`}`);
		}

		if (typeof parsed.values['data'] === 'string') {
			throw new UsageError(t('cli.error.dataset-twice'));
		}
	}

	if (extra !== undefined) {
		throw new UsageError(tLine('cli.error.unexpected-argument-quoted', {argument: extra}));
	}

	const text = (name: string) => {
		const value = parsed.values[name];
		return typeof value === 'string' ? value : undefined;
	};
	return start({
		datasetPath: datasetPath(dataset ?? parsed.values['data'], io.cwd),
		isInteractive: options.isInteractive,
		journal: text('journal'),
		role: text('role'),
		author: text('author'),
		share: text('share'),
		isDefaultDataset: dataset === undefined && typeof parsed.values['data'] !== 'string',
		isPlain: parsed.values['plain'] === true,
		lang: text('lang'),
	}, io);
}

/** `--lang X` or `--lang=X` before any `--`; checked here so help and errors are already in it. */
function languageFlag(argv: readonly string[]): string | undefined {
	let value: string | undefined;
	for (let index = 0; index < argv.length && argv[index] !== '--'; index++) {
		const arg = argv[index] ?? '';
		if (arg === '--lang') {
			value = argv[index + 1];
			index++;
		} else if (arg.startsWith('--lang=')) {
			value = arg.slice('--lang='.length);
		}
	}

	return value;
}

/** The whole CLI, given its arguments (without node and the script) and the outside world. */
export async function main(argv: readonly string[], io: CommandIo, options: MainOptions): Promise<number> {
	try {
		const flag = languageFlag(argv);
		// The locale first, so a mistyped --lang is refused in the user's own language.
		setLanguage(chooseLanguage({env: io.env}));
		if (flag !== undefined && parseLanguage(flag) === undefined) {
			throw new UsageError(tLine('cli.error.unknown-language', {value: flag, languages: languages.join(', ')}));
		}

		const language = chooseLanguage({flag, env: io.env});
		// For the tests only, not advertised: every message in the pseudo-language, so English that skipped the catalogue shows (test/i18n/cli-pseudo.test.ts).
		setLanguage(language, io.env['COUNCIL_PSEUDO_LANGUAGE'] === '1' ? pseudoMessage : undefined);
		return await dispatch(argv, io, options);
	} catch (error: unknown) {
		if (error instanceof UsageError) {
			const command = error.command === undefined ? undefined : findCommand(error.command);
			// The message is shown through `say` again: one built without it (a value quoted raw) is still made safe.
			io.stderr(say`council: ${error.message}\n\n${trusted(command === undefined ? generalHelp(helpContext()) : commandHelp(command))}`);
			return 2;
		}

		io.stderr(`council: ${tLine('cli.error.unexpected', {message: error instanceof Error ? error.message : String(error)})}\n`);
		return 1;
	}
}
