import {describe, expect, it} from 'vitest';
import {commands} from '../../source/commands/registry.js';
import {globalOptions} from '../../source/cli/global-options.js';
import {generalHelp} from '../../source/cli/help.js';
import {main} from '../../source/cli/main.js';
import {parseCommandLine} from '../../source/cli/parse.js';
import {UsageError} from '../../source/cli/usage-error.js';
import {fakeIo} from '../helpers/fake-io.js';

describe('parseCommandLine', () => {
	it('accepts the global options anywhere, and a command\'s own', () => {
		const parsed = parseCommandLine(['71', '--data', 'x.json', '--json'], [{name: 'json', type: 'boolean', description: ''}]);
		expect(parsed.positionals).toEqual(['71']);
		expect(parsed.values).toMatchObject({data: 'x.json', json: true});
	});

	it.each([
		[['--nope'], 'unknown option --nope'],
		[['-x'], 'unknown option -x'],
		[['--data'], 'option --data needs a value'],
		[['--help=yes'], 'option --help takes no value'],
		[['--data', ''], 'option --data needs a file name, not an empty one'],
	])('%j → UsageError "%s"', (args, message) => {
		expect(() => parseCommandLine(args)).toThrow(new UsageError(message));
	});

	it('a negative number is an argument where no option takes it (floor plan -5), a value after one that does, and an option is still refused', () => {
		expect(parseCommandLine(['floor', 'plan', '-5']).positionals).toEqual(['floor', 'plan', '-5']);
		expect(parseCommandLine(['lookup', '-1.5', '--data', 'x.json']).positionals).toEqual(['lookup', '-1.5']);
		const by = {name: 'by', type: 'string', valueName: 'N', description: ''} as const;
		expect(parseCommandLine(['move', 'x', '--by', '-1'], [by])).toMatchObject({positionals: ['move', 'x'], values: {by: '-1'}});
		// After "--" every argument is taken as typed.
		expect(parseCommandLine(['--', '-5', '--data']).positionals).toEqual(['-5', '--data']);
		expect(() => parseCommandLine(['floor', 'plan', '-x5'])).toThrow(new UsageError('unknown option -x'));
	});

	it('8.26: an option given twice is refused, -h and --help count as one option; a repeatable one gives its values in order', () => {
		expect(() => parseCommandLine(['--data', 'a', '--data', 'b'])).toThrow(new UsageError('option --data is given 2 times; give it once'));
		expect(() => parseCommandLine(['-h', '--help'])).toThrow(new UsageError('option --help (-h) is given 2 times; give it once'));
		const outcome = {name: 'outcome', type: 'string', valueName: 'OUTCOME', description: '', isRepeatable: true} as const;
		expect(parseCommandLine(['--outcome', 'approved', '--outcome', 'noted'], [outcome]).values['outcome']).toEqual(['approved', 'noted']);
		expect(parseCommandLine(['--outcome', 'approved'], [outcome]).values['outcome']).toEqual(['approved']);
	});

	it('8.26: an empty value is refused for a path option, kept for a text option', () => {
		const note = {name: 'note', type: 'string', description: ''} as const;
		const output = {name: 'output', type: 'string', description: '', isPath: true} as const;
		expect(parseCommandLine(['--note', ''], [note]).values['note']).toBe('');
		expect(() => parseCommandLine(['--output', ''], [output])).toThrow(new UsageError('option --output needs a file name, not an empty one'));
	});
});

describe('help', () => {
	it('is generated from the registry and the options table', () => {
		const help = generalHelp({version: '9.9.9', commands});
		for (const command of commands) {
			expect(help).toContain(`  ${command.name} `);
			expect(help).toContain(command.summary);
		}

		for (const option of globalOptions) {
			expect(help).toContain(`--${option.name}`);
		}
	});

	it('lists locations when told them', () => {
		expect(generalHelp({version: '1', commands, locations: [['journal', '/tmp/j.jsonl']]})).toMatch(/\nFiles\n {2}journal {2}\/tmp\/j\.jsonl\n/);
	});
});

describe('main, in process', () => {
	it('a usage error returns 2 and writes the error and the help to stderr only', async () => {
		const io = fakeIo();
		expect(await main(['--frobnicate'], io, {isInteractive: false})).toBe(2);
		expect(io.out).toBe('');
		expect(io.err).toMatch(/^council: unknown option --frobnicate\n\ncouncil /);
	});

	it('a terminal on stdout but not on stdin still gets the summary, not the dashboard', async () => {
		const io = fakeIo(true);
		expect(await main([], io, {isInteractive: false})).toBe(0);
		expect(io.out).toMatch(/^ITU Council: /);
	});

	it('"--" ends the options: a dataset named like an option', async () => {
		const io = fakeIo();
		expect(await main(['--', '--odd.json'], io, {isInteractive: false})).toBe(1);
		expect(io.err).toBe('--odd.json  no such file\n');
	});

	it('--data before the subcommand is passed to it', async () => {
		const io = fakeIo();
		expect(await main(['--data', 'missing.json', 'lookup', '71'], io, {isInteractive: false})).toBe(1);
		expect(io.err).toBe('missing.json  no such file\n');
	});
});
