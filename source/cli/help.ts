import type {CommandEntry} from '../commands/registry.js';
import {globalOptions, startOptions, type OptionSpec} from './global-options.js';

/*
Help generated from the two tables (subcommands in commands/registry.ts,
options in global-options.ts), so it cannot fall behind what the parser accepts.
*/

export type HelpContext = {
	readonly version: string;
	readonly commands: readonly CommandEntry[];
	/** Extra "where things live" lines (the bundled dataset, the journal, settings), added by whoever owns them. */
	readonly locations?: ReadonlyArray<readonly [string, string]>;
};

function optionLabel(spec: OptionSpec): string {
	const long = `--${spec.name}${spec.valueName === undefined ? '' : ` ${spec.valueName}`}`;
	return spec.short === undefined ? `    ${long}` : `-${spec.short}, ${long}`;
}

function columns(rows: ReadonlyArray<readonly [string, string]>, indent = 2): string[] {
	const width = Math.max(0, ...rows.map(([left]) => left.length));
	return rows.map(([left, right]) => `${' '.repeat(indent)}${left.padEnd(width)}  ${right}`);
}

export function optionLines(specs: readonly OptionSpec[]): string[] {
	return columns(specs.map(spec => [optionLabel(spec), spec.description]));
}

export function generalHelp(context: HelpContext): string {
	const lines = [
		`council ${context.version}: a keyboard-driven dashboard for ITU Council sessions`,
		'',
		'Usage',
		'  council [DATASET]            start the dashboard (the bundled One ITU session when no DATASET)',
		'  council SUBCOMMAND [ARGS]    run a subcommand and exit',
		'',
		'Subcommands',
		...columns(context.commands.map(command => [command.name, command.summary])),
		'',
		'Options (every subcommand takes them)',
		...optionLines(globalOptions),
		'',
		'Dashboard options (council [DATASET])',
		...optionLines(startOptions),
	];
	if (context.locations !== undefined && context.locations.length > 0) {
		lines.push('', 'Files', ...columns(context.locations));
	}

	lines.push('', 'Run `council SUBCOMMAND --help` for a subcommand\'s arguments. When standard output is not a terminal, `council` prints the session summary instead of starting the dashboard.');
	return `${lines.join('\n')}\n`;
}

export function commandHelp(command: CommandEntry): string {
	const lines = [
		`council ${command.name}: ${command.summary}`,
		'',
		'Usage',
		...command.usage.split('\n').map(line => (line === '' ? '' : `  ${line}`)),
		'',
		'Options (every subcommand takes them)',
		...optionLines(globalOptions),
	];
	return `${lines.join('\n')}\n`;
}
