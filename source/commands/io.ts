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

export function processIo(): CommandIo {
	return {
		stdout: text => process.stdout.write(text),
		stderr: text => process.stderr.write(text),
		env: process.env,
		cwd: process.cwd(),
		isTty: Boolean(process.stdout.isTTY),
	};
}
