import {guardOutput} from '../cli/output.js';

/** What a subcommand may touch of the outside world; tests pass their own. */
export type CommandIo = {
	readonly stdout: (text: string) => void;
	readonly stderr: (text: string) => void;
	readonly env: NodeJS.ProcessEnv;
	readonly cwd: string;
	/** True when stdout is a terminal (colour, dashboard); false for pipes and files. */
	readonly isTty: boolean;
};

export type CommandModule = {
	run(args: readonly string[], io: CommandIo): Promise<number>;
};

/** The real process's streams, through the one output path (cli/output.ts): EPIPE ends quietly, other write errors in one line. */
export function processIo(): CommandIo {
	const output = guardOutput(process.stdout, process.stderr, process);
	return {
		stdout: output.stdout,
		stderr: output.stderr,
		env: process.env,
		cwd: process.cwd(),
		isTty: Boolean(process.stdout.isTTY),
	};
}
