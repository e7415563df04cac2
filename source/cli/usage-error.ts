/** A mistake in the command line: reported in one line plus the help, exit code 2. */
export class UsageError extends Error {
	override readonly name = 'UsageError';

	/** The subcommand whose help to show; undefined for the general help. */
	readonly command: string | undefined;

	constructor(message: string, command?: string) {
		super(message);
		this.command = command;
	}
}
