import {randomBytes} from 'node:crypto';
import {lstat, open, stat} from 'node:fs/promises';
import path from 'node:path';
import {displayPath} from '../cli/dataset-path.js';
import {parseCommandLine} from '../cli/parse.js';
import {UsageError} from '../cli/usage-error.js';
import {loadMemberStates, memberStateDelegation} from '../dataset/member-states.js';
import {makeSessionId} from '../dataset/session-id.js';
import {looksLikeJournal} from '../journal/read.js';
import {t, tLine} from '../i18n/translate.js';
import {sanitizeLine} from '../text/sanitize.js';
import {exitRefused, writePlanned} from '../prepare/apply.js';
import {parseSessionDates, type SessionDates} from '../prepare/dates.js';
import {planNewDataset} from '../prepare/new-dataset.js';
import type {CommandIo} from './io.js';

/*
`council new FILE --title T [--body B] [--place P] [--dates START/END]`: a new
dataset for a session, with its own session id (so its own journal), every
Member State and no items. An existing FILE is refused unless --force (the old
one is then kept as FILE.bak).
*/

export const newOptions = [
	{name: 'title', type: 'string', valueName: 'TITLE', description: 'the session\'s title'},
	{name: 'body', type: 'string', valueName: 'BODY', description: 'the body meeting (default: ITU Council)'},
	{name: 'place', type: 'string', valueName: 'PLACE', description: 'where it meets'},
	{name: 'dates', type: 'string', valueName: 'START/END', description: 'first and last day, e.g. 2025-06-17/2025-06-27'},
	{name: 'force', type: 'boolean', description: 'replace an existing FILE (kept as FILE.bak)'},
	{name: 'dry-run', type: 'boolean', description: 'show what would be written; write nothing'},
] as const;

function text(values: Readonly<Record<string, unknown>>, name: string): string | undefined {
	const value = values[name];
	return typeof value === 'string' ? value : undefined;
}

export async function run(args: readonly string[], io: CommandIo): Promise<number> {
	const {values, positionals} = parseCommandLine(args, newOptions, 'new');
	const [target, extra] = positionals;
	if (target === undefined || extra !== undefined) {
		throw new UsageError(target === undefined ? t('cli.new.name-file') : tLine('cli.error.unexpected-argument-quoted', {argument: sanitizeLine(extra ?? '')}), 'new');
	}

	if (typeof values['data'] === 'string') {
		throw new UsageError(t('cli.new.not-data'), 'new');
	}

	const title = text(values, 'title');
	if (title === undefined) {
		throw new UsageError(t('cli.new.say-title'), 'new');
	}

	const refuse = (message: string) => {
		io.stderr(`council new: ${sanitizeLine(message)}\ncouncil new: ${t('cli.common.nothing-written')}\n`);
		return exitRefused;
	};

	let dates: SessionDates | undefined;
	const datesText = text(values, 'dates');
	if (datesText !== undefined) {
		const parsed = parseSessionDates(datesText);
		if (!parsed.ok) {
			return refuse(parsed.message);
		}

		dates = parsed.dates;
	}

	const file = path.resolve(io.cwd, target);
	const name = displayPath(file, io.cwd);
	const existing = await lstat(file).catch(() => undefined);
	if (existing !== undefined) {
		if (values['force'] !== true) {
			return refuse(tLine('cli.new.exists', {name}));
		}

		// Followed through a symlink: what matters is what would be replaced.
		const target = await stat(file).catch(() => undefined);
		if (target === undefined || !target.isFile()) {
			return refuse(tLine(target?.isDirectory() === true ? 'cli.new.is-folder' : 'cli.new.not-regular', {name}));
		}

		// A journal holds what the session recorded: --force is for an old dataset, never for that.
		if (target.size > 0 && await isJournal(file)) {
			return refuse(tLine('cli.new.is-journal', {name}));
		}
	}

	const states = await loadMemberStates();
	if (!states.ok) {
		return refuse(tLine('cli.new.member-states', {message: states.message}));
	}

	const clean = (value: string | undefined) => (value === undefined ? undefined : sanitizeLine(value).replace(/\s+/g, ' ').trim());
	const cleanTitle = clean(title) ?? '';
	const body = clean(text(values, 'body')) ?? 'ITU Council';
	const place = clean(text(values, 'place'));
	for (const [field, value] of [['title', cleanTitle], ['body', body], ['place', place]] as const) {
		if (value !== undefined && (value === '' || value.length > 500)) {
			return refuse(t('cli.new.field-length', {field}));
		}
	}

	const plan = planNewDataset({
		sessionId: makeSessionId(cleanTitle, randomBytes(6), dates?.start.slice(0, 4)),
		title: cleanTitle,
		body,
		place,
		dates,
		delegations: states.file.memberStates.map(state => memberStateDelegation(state)),
		memberStatesSource: states.file.source,
	});
	if (!plan.ok) {
		return refuse(plan.problems.join('; '));
	}

	return writePlanned(file, plan, {command: 'new', file, isDryRun: values['dry-run'] === true, io, isNew: existing === undefined});
}

async function isJournal(file: string): Promise<boolean> {
	const handle = await open(file, 'r').catch(() => undefined);
	if (handle === undefined) {
		return false;
	}

	try {
		const head = Buffer.alloc(4096);
		const {bytesRead} = await handle.read(head, 0, head.length, 0);
		return looksLikeJournal(head.subarray(0, bytesRead).toString('utf8'), bytesRead < head.length);
	} finally {
		await handle.close();
	}
}
