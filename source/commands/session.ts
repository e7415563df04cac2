import path from 'node:path';
import {parseCommandLine} from '../cli/parse.js';
import {UsageError} from '../cli/usage-error.js';
import {t, tLine} from '../i18n/translate.js';
import {sanitizeLine} from '../text/sanitize.js';
import {applyToDataset, exitRefused} from '../prepare/apply.js';
import {parseSessionDates, type SessionDates} from '../prepare/dates.js';
import {planSessionSet} from '../prepare/session-plan.js';
import type {CommandIo} from './io.js';

/*
`council session set [--title T] [--place P] [--dates START/END] [--body B] --data FILE`:
the session frame, written the way the agenda commands write.
*/

const sessionOptions = [
	{name: 'title', type: 'string', valueName: 'TITLE', description: 'the session\'s title'},
	{name: 'body', type: 'string', valueName: 'BODY', description: 'the body meeting'},
	{name: 'place', type: 'string', valueName: 'PLACE', description: 'where it meets'},
	{name: 'dates', type: 'string', valueName: 'START/END', description: 'first and last day, e.g. 2025-06-17/2025-06-27'},
	{name: 'dry-run', type: 'boolean', description: 'show the change; write nothing'},
] as const;

export async function run(args: readonly string[], io: CommandIo): Promise<number> {
	const {values, positionals} = parseCommandLine(args, sessionOptions, 'session');
	const [verb, extra] = positionals;
	if (verb !== 'set' || extra !== undefined) {
		throw new UsageError(verb === 'set' ? tLine('cli.error.unexpected-argument-quoted', {argument: sanitizeLine(extra ?? '')}) : t('cli.session.synopsis'), 'session');
	}

	const data = values['data'];
	if (typeof data !== 'string') {
		throw new UsageError(t('cli.common.dataset-to-change'), 'session');
	}

	const text = (name: string) => (typeof values[name] === 'string' ? sanitizeLine(values[name]) : undefined);
	if (['title', 'body', 'place', 'dates'].every(name => text(name) === undefined)) {
		throw new UsageError(t('cli.session.say-what'), 'session');
	}

	let dates: SessionDates | undefined;
	const datesText = text('dates');
	if (datesText !== undefined) {
		const parsed = parseSessionDates(datesText);
		if (!parsed.ok) {
			io.stderr(`council session set: ${sanitizeLine(parsed.message)}\ncouncil session set: ${t('cli.common.nothing-written')}\n`);
			return exitRefused;
		}

		dates = parsed.dates;
	}

	const file = path.resolve(io.cwd, data);
	return applyToDataset({command: 'session set', file, isDryRun: values['dry-run'] === true, io}, dataset => planSessionSet(dataset, {title: text('title'), body: text('body'), place: text('place'), dates}));
}
