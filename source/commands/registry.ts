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
];

export function findCommand(name: string): CommandEntry | undefined {
	return commands.find(command => command.name === name);
}
