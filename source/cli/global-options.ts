/*
Options every invocation accepts, before or after the subcommand. One table:
the argument parser and the help text both read it. Another option for every
subcommand (say `--journal FILE`) is one more row here; the command reads it
from the parsed values.
*/

export type OptionSpec = {
	readonly name: string;
	readonly short?: string;
	readonly type: 'string' | 'boolean';
	/** Shown in help after the option: `--data FILE`. */
	readonly valueName?: string;
	readonly description: string;
};

export const globalOptions: readonly OptionSpec[] = [
	{name: 'data', type: 'string', valueName: 'FILE', description: 'the dataset to use (default: the bundled One ITU session)'},
	{name: 'help', short: 'h', type: 'boolean', description: 'show help (for a subcommand: council SUBCOMMAND --help)'},
	{name: 'version', short: 'v', type: 'boolean', description: 'show the version'},
];
