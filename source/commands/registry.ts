import type {CommandModule} from './io.js';

export type CommandEntry = {
	readonly name: string;
	readonly summary: string;
	readonly usage: string;
	readonly load: () => Promise<CommandModule>;
};

/*
One table of subcommands: argv dispatch and `council --help` both read it.
Each engineer adds one entry for the subcommand they own.
*/
export const commands: readonly CommandEntry[] = [
	{
		name: 'validate',
		summary: 'check dataset files; list every problem as file:line:column  field  message',
		usage: 'council validate [FILE...]\n\nWithout FILE, checks the --data file or the bundled dataset. Exit 0 when every file is valid, 1 otherwise.',
		load: async () => import('./validate.js'),
	},
	{
		name: 'lookup',
		summary: 'what a reference (Res 71, PP-22/157, Art. 1, an item number, a symbol) names and who cites it',
		usage: 'council lookup REF [--json]\n\n  REF     e.g. 71, "Res 71", "Resolution 71 (Rev. Bucharest, 2022)", PP-22/157, "Art. 1", an agenda item number, a document symbol or an id\n  --json  print the stable JSON shape described in the README\n\nExit 0 when REF names one thing, 1 when it names nothing (nearest names are suggested) or several.',
		load: async () => import('./lookup.js'),
	},
];

export function findCommand(name: string): CommandEntry | undefined {
	return commands.find(command => command.name === name);
}
