import {parseArgs} from 'node:util';
import {z} from 'zod';
import {globalOptions, type OptionSpec} from './global-options.js';
import {UsageError} from './usage-error.js';

/*
Strict parsing of a command line: the global options plus a command's own, so an
unknown option or a missing value is a UsageError (exit 2), never a stack trace.
Values are then checked with zod, as the entry of every Ink CLI we follow does.
*/

export type ParsedArgs = {
	readonly values: Readonly<Record<string, string | boolean | undefined>>;
	readonly positionals: readonly string[];
};

const globalValues = z.object({
	data: z.string().min(1, '--data needs a file name').optional(),
	help: z.boolean().optional(),
	version: z.boolean().optional(),
}).loose();

function optionConfig(specs: readonly OptionSpec[]): Record<string, {type: 'string' | 'boolean'; short?: string}> {
	return Object.fromEntries(specs.map(spec => [spec.name, spec.short === undefined ? {type: spec.type} : {type: spec.type, short: spec.short}]));
}

/** Node's parseArgs messages are long and name internals; keep the gist. */
function usageMessage(error: unknown): string {
	const code = error !== null && typeof error === 'object' && 'code' in error ? String(error.code) : '';
	const message = error instanceof Error ? error.message : String(error);
	// "Option '--data <value>' argument missing", "Option '-h, --help' does not take an argument".
	const option = /'(?:-\w, )?(-[^' ]*)/.exec(message)?.[1];
	switch (code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
			return `unknown option ${option ?? ''}`.trim();
		}

		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
			return /argument missing/.test(message) ? `option ${option ?? ''} needs a value` : `option ${option ?? ''} takes no value`;
		}

		case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
			return `unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''}`.trim();
		}

		default: {
			return message.split('\n')[0] ?? message;
		}
	}
}

export function parseCommandLine(args: readonly string[], commandOptions: readonly OptionSpec[] = [], command?: string): ParsedArgs {
	let parsed: ReturnType<typeof parseArgs>;
	try {
		parsed = parseArgs({
			args: [...args],
			options: optionConfig([...globalOptions, ...commandOptions]),
			strict: true,
			allowPositionals: true,
		});
	} catch (error: unknown) {
		throw new UsageError(usageMessage(error), command);
	}

	const checked = globalValues.safeParse(parsed.values);
	if (!checked.success) {
		throw new UsageError(checked.error.issues[0]?.message ?? 'invalid option', command);
	}

	return {values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals};
}
