import type {ParsedArgs} from '../cli/parse.js';
import {say, trusted} from '../cli/message.js';
import type {CommandIo} from '../commands/io.js';
import {exitFailure, openSession, stringOption} from '../journal/command-context.js';
import {parseShareUrl} from './config.js';
import {sharedLog} from './log.js';

/** `council log --share URL [--json] [--data FILE]`: the options, then the shared log. */
export async function runSharedLog(values: ParsedArgs['values'], io: CommandIo): Promise<number> {
	const target = parseShareUrl(stringOption(values, 'share') ?? '', io.env);
	if (!target.ok) {
		io.stderr(say`council log: --share: ${target.message}\n`);
		return exitFailure;
	}

	const opened = await openSession({data: stringOption(values, 'data')}, io);
	if (!opened.ok) {
		io.stderr(say`council log: ${trusted(opened.message.trimEnd())}\n`);
		return exitFailure;
	}

	return sharedLog({target: target.value, dataset: opened.session.dataset, index: opened.session.index, json: values['json'] === true}, io);
}
