import {say} from '../cli/message.js';
import {jsonText} from '../text/json-text.js';
import type {CommandIo} from './io.js';
import {parseCommandLine} from '../cli/parse.js';
import {UsageError} from '../cli/usage-error.js';
import {openSessionJournal, stringOption} from '../journal/command-context.js';
import {formatLogLine} from '../journal/describe.js';
import {formatIsoDateTime} from '../format/time.js';
import {isEntryInEffect, replay} from '../journal/replay.js';
import type {JournalEntry} from '../journal/schema.js';
import {t, tLine} from '../i18n/translate.js';
import {problemJson, problemText} from '../journal/read-line.js';

/*
`council log`: the journal's entries as recorded (who, when, what), for audit,
and every line that was skipped and why. Undone entries are listed too (the
journal is history), marked "(undone)"; entries the dataset cannot apply
(an unknown item, a viewer's) are marked with the reason.
*/

export async function run(args: readonly string[], io: CommandIo): Promise<number> {
	const {values, positionals} = parseCommandLine(args, [
		{name: 'journal', type: 'string', valueName: 'PATH', isPath: true, description: 'the journal'},
		{name: 'json', type: 'boolean', description: 'JSON output'},
		{name: 'share', type: 'string', valueName: 'URL', description: 'the shared journal'},
	], 'log');
	if (positionals.length > 0) {
		throw new UsageError(tLine('cli.error.unexpected-argument-quoted', {argument: positionals[0] ?? ''}), 'log');
	}

	if (typeof values['share'] === 'string' && values['share'].trim() === '') {
		throw new UsageError(t('cli.common.empty-share'), 'log');
	}

	if (values['share'] !== undefined) {
		// The shared journal's log, in the server's order, with the machine of each entry (source/share/log.ts).
		return (await import('../share/log-command.js')).runSharedLog(values, io);
	}

	const opened = await openSessionJournal({data: stringOption(values, 'data'), journal: stringOption(values, 'journal')}, io, 'log');
	if (!opened.ok) {
		return opened.code;
	}

	const {session, chunk} = opened;

	// Replayed, so the audit also says which entries no longer count and why.
	const records = replay(session.dataset, chunk.entries);
	const ignored = new Map(records.ignored.map(({entryId, reason}) => [entryId, reason]));
	const undone = chunk.entries.filter(entry => !ignored.has(entry.id) && !isEntryInEffect(records, entry.id)).map(entry => entry.id);
	if (values['json'] === true) {
		io.stdout(jsonText({journal: session.journal.path, entries: chunk.entries, problems: chunk.problems.map(problemJson), undone, ignored: records.ignored}));
		return 0;
	}

	const isUndone = new Set(undone);
	const byId = new Map<string, JournalEntry>(chunk.entries.map(entry => [entry.id, entry]));
	const count = chunk.entries.length;
	io.stdout(`${tLine('cli.log.heading', {path: session.journal.path, count})}\n`);
	for (const entry of chunk.entries) {
		const reason = ignored.get(entry.id);
		const note = reason === undefined ? (isUndone.has(entry.id) ? `  ${t('cli.log.undone')}` : '') : `  ${t('cli.log.ignored', {reason})}`;
		// Local time with its zone, as the dashboard shows it (format/time.ts); --json keeps the ISO time.
		io.stdout(say`${formatLogLine(entry, session.index, byId, iso => formatIsoDateTime(iso))}${note}\n`);
	}

	for (const problem of chunk.problems) {
		io.stderr(`${tLine('cli.common.warning', {message: problemText(problem, tLine)})}\n`);
	}

	return 0;
}
