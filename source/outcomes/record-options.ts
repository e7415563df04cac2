import type {OptionSpec} from '../cli/global-options.js';
import {UsageError} from '../cli/usage-error.js';
import type {ParsedArgs} from '../cli/parse.js';
import {stringOption, type SessionContext} from '../journal/command-context.js';
import {readJournal} from '../journal/read.js';
import {replay} from '../journal/replay.js';
import type {EntryDraft} from '../journal/schema.js';
import type {Resolved} from '../journal/targets.js';
import {decisionDraft, voteDraft} from './record-drafts.js';

/*
`council record decision` and `council record vote`: their options, and the
entry they become (checked against the dataset and the journal: a new decision
on a decided target amends the one in effect, a vote is linked to it).
*/

export const outcomeOptionSpecs: readonly OptionSpec[] = [
	{name: 'number', type: 'string', valueName: 'NUMBER', description: 'the Council\'s number, "Decision 650 (C25)"'},
	{name: 'yes', type: 'string', valueName: 'N', description: 'votes in favour'},
	{name: 'no', type: 'string', valueName: 'N', description: 'votes against'},
	{name: 'abstain', type: 'string', valueName: 'N', description: 'abstentions'},
	{name: 'absent', type: 'string', valueName: 'N', description: 'absent'},
	{name: 'roll', type: 'string', valueName: 'ROLL', description: 'a roll call, "France=yes,Brazil=no,..."'},
	{name: 'majority', type: 'string', valueName: 'RULE', description: 'simple or two-thirds'},
];

/** A repeatable option's values (a single value when the parser gives one). */
export function listOption(values: ParsedArgs['values'], name: string): string[] {
	const value: unknown = values[name];
	if (Array.isArray(value)) {
		return value.filter((item): item is string => typeof item === 'string');
	}

	return typeof value === 'string' ? [value] : [];
}

/** The draft of a decision or vote, or 'usage' for missing or extra arguments. */
export async function outcomeDraftOf(kind: 'decision' | 'vote', positionals: readonly string[], values: ParsedArgs['values'], session: SessionContext): Promise<Resolved<EntryDraft> | 'usage'> {
	const [target] = positionals;
	if (target === undefined || positionals.length > 1) {
		return 'usage';
	}

	if (kind === 'vote' && ['yes', 'no', 'abstain', 'absent', 'roll'].every(name => values[name] === undefined)) {
		throw new UsageError('record vote: missing the counts (--yes N --no N --abstain N) or a roll call (--roll "NAME=yes,NAME=no,...")', 'record');
	}

	const {entries} = await readJournal(session.journal.path);
	const records = replay(session.dataset, entries);
	if (kind === 'decision') {
		return decisionDraft(session.index, records, {target, outcomes: listOption(values, 'outcome'), text: stringOption(values, 'text') ?? '', number: stringOption(values, 'number')});
	}

	return voteDraft(session.index, records, {
		target,
		yes: stringOption(values, 'yes'),
		no: stringOption(values, 'no'),
		abstain: stringOption(values, 'abstain'),
		absent: stringOption(values, 'absent'),
		roll: stringOption(values, 'roll'),
		majority: stringOption(values, 'majority'),
	});
}
