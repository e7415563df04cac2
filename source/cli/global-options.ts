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
	/** May be given more than once (its values come as a list); any other option given twice is a usage error. */
	readonly isRepeatable?: boolean;
	/** Names a file: an empty value (`--journal ''`) is a usage error, never "the default". */
	readonly isPath?: boolean;
};

export const globalOptions: readonly OptionSpec[] = [
	{name: 'data', type: 'string', valueName: 'FILE', isPath: true, description: 'the dataset to use (default: the bundled One ITU session)'},
	{name: 'help', short: 'h', type: 'boolean', description: 'show help (for a subcommand: council SUBCOMMAND --help)'},
	{name: 'version', short: 'v', type: 'boolean', description: 'show the version'},
	{name: 'lang', type: 'string', valueName: 'LANG', description: 'the interface language: en, fr, es, ar, zh or ru (default: the lang preference, else LC_ALL, LC_MESSAGES or LANG)'},
];

/** Options of `council [DATASET]` (the dashboard) only: who records, and where. */
export const startOptions: readonly OptionSpec[] = [
	{name: 'journal', type: 'string', valueName: 'PATH', isPath: true, description: 'the session journal to follow and record in (default: one per session, see Files)'},
	{name: 'role', type: 'string', valueName: 'ROLE', description: 'chair, secretary or viewer (a viewer cannot record); default: the role preference'},
	{name: 'author', type: 'string', valueName: 'NAME', description: 'the name entries are recorded under (default: the preference, else your user name)'},
	{name: 'plain', type: 'boolean', description: 'line mode for screen readers: every change said as a line, commands typed as words (also when TERM is dumb, or the plain preference)'},
];
