import type {CommandEntry} from '../commands/registry.js';
import {en} from '../i18n/en.js';
import {t, type MessageKey} from '../i18n/translate.js';
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

/** A catalogue entry when there is one; the table's English otherwise (test/i18n/cli.test.ts fails until it is added). */
function translated(key: string, english: string): string {
	return key in en ? t(key as MessageKey) : english;
}

export function commandSummary(command: CommandEntry): string {
	return translated(`cli.summary.${command.name}`, command.summary);
}

export function optionDescription(spec: OptionSpec): string {
	return translated(`cli.option.${spec.name}`, spec.description);
}

function optionLabel(spec: OptionSpec): string {
	const long = `--${spec.name}${spec.valueName === undefined ? '' : ` ${spec.valueName}`}`;
	return spec.short === undefined ? `    ${long}` : `-${spec.short}, ${long}`;
}

function columns(rows: ReadonlyArray<readonly [string, string]>, indent = 2): string[] {
	const width = Math.max(0, ...rows.map(([left]) => left.length));
	return rows.map(([left, right]) => `${' '.repeat(indent)}${left.padEnd(width)}  ${right}`);
}

export function optionLines(specs: readonly OptionSpec[]): string[] {
	return columns(specs.map(spec => [optionLabel(spec), optionDescription(spec)]));
}

export function generalHelp(context: HelpContext): string {
	const lines = [
		t('cli.help.title', {version: context.version}),
		'',
		t('cli.help.usage'),
		...columns([['council [DATASET]', t('cli.help.usage-dashboard')], ['council SUBCOMMAND [ARGS]', t('cli.help.usage-subcommand')]]),
		'',
		t('cli.help.subcommands'),
		...columns(context.commands.map(command => [command.name, commandSummary(command)])),
		'',
		t('cli.help.options'),
		...optionLines(globalOptions),
		'',
		t('cli.help.dashboard-options'),
		...optionLines(startOptions),
	];
	if (context.locations !== undefined && context.locations.length > 0) {
		lines.push('', t('cli.help.files'), ...columns(context.locations));
	}

	lines.push('', t('cli.help.footer'));
	return `${lines.join('\n')}\n`;
}

export function commandHelp(command: CommandEntry): string {
	const lines = [
		`council ${command.name}: ${commandSummary(command)}`,
		'',
		t('cli.help.usage'),
		...`${command.synopsis}\n\n${t(`cli.usage.${command.name}` as MessageKey)}`.split('\n').map(line => (line === '' ? '' : `  ${line}`)),
		'',
		t('cli.help.options'),
		...optionLines(globalOptions),
	];
	return `${lines.join('\n')}\n`;
}
