import {parseArgs} from 'node:util';
import {t, tLine} from '../i18n/translate.js';
import {globalOptions, type OptionSpec} from './global-options.js';
import {say} from './message.js';
import {UsageError} from './usage-error.js';

/*
Strict parsing of a command line: the global options plus a command's own, so an
unknown option or a missing value is a UsageError (exit 2), never a stack trace.
The global options' values are then checked against what they must be (by hand,
not with zod: every command's start would otherwise load zod for three fields).
An option given twice is refused (`--role viewer --role chair` would otherwise
silently record as chair) unless its spec says `isRepeatable` (its values then
come as a list); an empty file name (`--journal ''`) is refused, never taken to
mean the default. Every message echoing the command line goes through `say`.
*/

export type ParsedArgs = {
	readonly values: Readonly<Record<string, string | boolean | readonly string[] | readonly boolean[] | undefined>>;
	readonly positionals: readonly string[];
};

/** The global option that is not what it must be (--data a non-empty file name, --help and --version flags), first in that order; others pass. */
function globalValuesProblem(values: ParsedArgs['values']): 'data' | 'help' | 'version' | undefined {
	if (values['data'] !== undefined && (typeof values['data'] !== 'string' || values['data'] === '')) {
		return 'data';
	}

	return (['help', 'version'] as const).find(name => values[name] !== undefined && typeof values[name] !== 'boolean');
}

type ParseArgsConfig = Record<string, {type: 'string' | 'boolean'; short?: string; multiple?: boolean}>;

function optionConfig(specs: readonly OptionSpec[]): ParseArgsConfig {
	return Object.fromEntries(specs.map(spec => [spec.name, {
		type: spec.type,
		...(spec.short === undefined ? {} : {short: spec.short}),
		// Every option is parsed as a list, so a repetition can be seen and refused.
		multiple: true,
	}]));
}

/** Node's parseArgs messages are long and name internals; keep the gist. */
function usageMessage(error: unknown): string {
	const code = error !== null && typeof error === 'object' && 'code' in error ? String(error.code) : '';
	const message = error instanceof Error ? error.message : String(error);
	// "Option '--data <value>' argument missing", "Option '-h, --help' does not take an argument".
	const option = /'(?:-\w, )?(-[^' ]*)/.exec(message)?.[1];
	switch (code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
			return option === undefined ? t('cli.error.unknown-option-bare') : tLine('cli.error.unknown-option', {option});
		}

		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
			return /argument missing/.test(message) ? tLine('cli.error.needs-value', {option: option ?? ''}) : tLine('cli.error.takes-no-value', {option: option ?? ''});
		}

		case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
			return tLine('cli.error.unexpected-argument', {argument: /'([^']*)'/.exec(message)?.[1] ?? ''}).trim();
		}

		default: {
			return say`${message.split('\n')[0] ?? message}`;
		}
	}
}

/**
A negative number after an option that takes a value is that value
(`floor move X --by -1`): parseArgs would take "-1" for an option and call the
value missing. Anywhere else it is an argument (`floor plan -5`, which the
command then refuses for what it is, rather than "unknown option -5"): it is
handed to parseArgs behind a NUL, which no argument can hold, and given back
as typed. No option is spelled with a digit, so nothing else is changed.
*/
const negativeMark = '\u0000';

function withNegativeValues(args: readonly string[], specs: readonly OptionSpec[]): string[] {
	const valued = new Set(specs.filter(spec => spec.type === 'string').flatMap(spec => [`--${spec.name}`, ...(spec.short === undefined ? [] : [`-${spec.short}`])]));
	const result: string[] = [];
	for (let index = 0; index < args.length; index++) {
		const arg = args[index]!;
		const next = args[index + 1];
		if (arg === '--') {
			result.push(...args.slice(index));
			break;
		}

		if (valued.has(arg) && next !== undefined && /^-\d/.test(next)) {
			result.push(arg.startsWith('--') ? `${arg}=${next}` : arg + next);
			index++;
		} else {
			result.push(/^-\d/.test(arg) ? `${negativeMark}${arg}` : arg);
		}
	}

	return result;
}

export function parseCommandLine(args: readonly string[], commandOptions: readonly OptionSpec[] = [], command?: string): ParsedArgs {
	const specs = [...globalOptions, ...commandOptions];
	let parsed: ReturnType<typeof parseArgs>;
	try {
		parsed = parseArgs({
			args: withNegativeValues(args, specs),
			options: optionConfig(specs),
			strict: true,
			allowPositionals: true,
		});
	} catch (error: unknown) {
		throw new UsageError(usageMessage(error), command);
	}

	const values: Record<string, string | boolean | readonly string[] | readonly boolean[] | undefined> = {};
	for (const spec of specs) {
		const given = parsed.values[spec.name] as ReadonlyArray<string | boolean> | undefined;
		if (given === undefined) {
			continue;
		}

		const shown = spec.short === undefined ? `--${spec.name}` : `--${spec.name} (-${spec.short})`;
		if (given.length > 1 && spec.isRepeatable !== true) {
			throw new UsageError(tLine('cli.error.given-twice', {option: shown, count: given.length}), command);
		}

		if (spec.isPath === true && given.includes('')) {
			throw new UsageError(tLine('cli.error.empty-path', {option: `--${spec.name}`}), command);
		}

		values[spec.name] = spec.isRepeatable === true ? given as readonly string[] | readonly boolean[] : given[0];
	}

	const problem = globalValuesProblem(values);
	if (problem !== undefined) {
		// The one check there (--data not empty) is met by isPath above; any other refusal is named generally.
		throw new UsageError(problem === 'data' ? tLine('cli.error.empty-path', {option: '--data'}) : t('cli.error.invalid-option'), command);
	}

	return {values, positionals: parsed.positionals.map(positional => (positional.startsWith(negativeMark) ? positional.slice(negativeMark.length) : positional))};
}
