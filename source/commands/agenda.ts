import path from 'node:path';
import {parseCommandLine} from '../cli/parse.js';
import {UsageError} from '../cli/usage-error.js';
import type {Dataset} from '../dataset/schema.js';
import {resolveJournalPath} from '../journal/location.js';
import {readJournal} from '../journal/read.js';
import type {JournalEntry} from '../journal/schema.js';
import {t, tLine} from '../i18n/translate.js';
import {sanitizeLine} from '../text/sanitize.js';
import {applyToDataset} from '../prepare/apply.js';
import {entriesOnItem} from '../prepare/entries-on-item.js';
import {findItem, planAgendaAdd, planAgendaMove, planAgendaRemove, planAgendaSort} from '../prepare/agenda-plan.js';
import {refused, type Plan} from '../prepare/plan.js';
import type {CommandIo} from './io.js';

/*
`council agenda add|move|remove|sort … --data FILE`: the agenda without
editing JSON. Each is a pure plan (prepare/agenda-plan.ts) applied by
prepare/apply.ts: printed, then written atomically with a backup, or not at
all with --dry-run. `remove` reads the session's journal first: an item that
has entries is kept unless --force.
*/

const agendaOptions = [
	{name: 'action', type: 'string', valueName: 'KIND', description: 'add: what the Council is asked to do'},
	{name: 'wording', type: 'string', valueName: 'TEXT', description: 'add: the action required as written'},
	{name: 'document', type: 'string', valueName: 'SYMBOL', description: 'add: a document the item takes up (repeatable)', isRepeatable: true},
	{name: 'before', type: 'string', valueName: 'NUMBER', description: 'move: put the item before this one'},
	{name: 'after', type: 'string', valueName: 'NUMBER', description: 'move: put the item after this one'},
	{name: 'journal', type: 'string', valueName: 'PATH', description: 'remove: the journal to check (default: the session\'s)'},
	{name: 'force', type: 'boolean', description: 'remove: even when the journal has entries on the item'},
	{name: 'dry-run', type: 'boolean', description: 'show the change; write nothing'},
] as const;

const verbs = ['add', 'move', 'remove', 'sort'] as const;

export async function run(args: readonly string[], io: CommandIo): Promise<number> {
	const {values, positionals} = parseCommandLine(args, agendaOptions, 'agenda');
	const [verbWord, ...rest] = positionals;
	const verb = verbs.find(known => known === verbWord);
	if (verb === undefined) {
		throw new UsageError(verbWord === undefined ? t('cli.common.say-what-to-do', {actions: verbs.join(', ')}) : tLine('cli.agenda.unknown-command', {command: verbWord, actions: verbs.join(', ')}), 'agenda');
	}

	const data = values['data'];
	if (typeof data !== 'string') {
		throw new UsageError(t('cli.common.dataset-to-change'), 'agenda');
	}

	const text = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined);
	const file = path.resolve(io.cwd, data);
	const options = {command: `agenda ${verb}`, file, isDryRun: values['dry-run'] === true, io};
	const arity = {add: 2, move: 1, remove: 1, sort: 0}[verb];
	if (rest.length !== arity) {
		throw new UsageError(arity === 0 ? t('cli.agenda.takes-nothing', {verb}) : t('cli.agenda.takes', {verb, arguments: ['NUMBER', 'NUMBER TITLE'][arity - 1] ?? ''}), 'agenda');
	}

	const [first = '', second = ''] = rest;
	switch (verb) {
		case 'add': {
			const documents = (values as Readonly<Record<string, unknown>>)['document'];
			return applyToDataset(options, dataset => planAgendaAdd(dataset, {
				number: sanitizeLine(first),
				title: sanitizeLine(second),
				action: text('action'),
				wording: text('wording') === undefined ? undefined : sanitizeLine(text('wording') ?? ''),
				documents: Array.isArray(documents) ? documents.filter((value): value is string => typeof value === 'string') : [],
			}));
		}

		case 'move': {
			const before = text('before');
			const after = text('after');
			if ((before === undefined) === (after === undefined)) {
				throw new UsageError(t('cli.agenda.move-one-of'), 'agenda');
			}

			return applyToDataset(options, dataset => planAgendaMove(dataset, first, {before, after}));
		}

		case 'remove': {
			return applyToDataset(options, async (dataset: Dataset): Promise<Plan> => {
				const found = findItem(dataset, first);
				if (!found.ok) {
					return refused(found.message);
				}

				const journal = resolveJournalPath({journal: text('journal'), sessionId: dataset.session.id, cwd: io.cwd, env: io.env});
				let entries: readonly JournalEntry[];
				try {
					({entries} = await readJournal(journal.path));
				} catch (error: unknown) {
					const code = error !== null && typeof error === 'object' && 'code' in error ? String(error.code) : 'unreadable';
					return refused(tLine('cli.agenda.journal-unreadable', {path: journal.path, code, number: found.item.number}));
				}

				const onItem = entriesOnItem(dataset, entries, found.item.id);
				return planAgendaRemove(dataset, first, {journalEntries: onItem, journalPath: journal.path, isForced: values['force'] === true});
			});
		}

		case 'sort': {
			return applyToDataset(options, dataset => planAgendaSort(dataset));
		}
	}
}
