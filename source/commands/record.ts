import type {CommandIo} from './io.js';
import {recordEntry} from '../journal/append.js';
import {ensureJournalHeader} from '../journal/header.js';
import {newDelegation} from '../journal/journal-delegations.js';
import {delegationKinds} from '../dataset/vocabulary.js';
import type {Delegation} from '../dataset/schema.js';
import {sanitizeLine} from '../text/sanitize.js';
import type {OptionSpec} from '../cli/global-options.js';
import {say, trusted} from '../cli/message.js';
import {t, tLine} from '../i18n/translate.js';
import {parseCommandLine} from '../cli/parse.js';
import {UsageError} from '../cli/usage-error.js';
import {exitFailure, messageOf, openSession, stringOption, type SessionContext} from '../journal/command-context.js';
import {authorOf} from './record-author.js';
import {undoDraft} from './record-undo.js';
import {describeEntry} from '../journal/describe.js';
import {shownWords} from '../i18n/words/words.js';
import {maxNoteLength, type EntryDraft, type JournalEntry} from '../journal/schema.js';
import {resolveDelegation, resolveStance, resolveStatus, resolveTarget, type Resolved} from '../journal/targets.js';
import {listOption, outcomeDraftOf, outcomeOptionSpecs} from '../outcomes/record-options.js';

/*
`council record`: one journal entry from the command line, for scripts and for
a second secretary without the dashboard. Everything named is checked against
the dataset first; the entry is acknowledged ("Recorded …") only once it is on
disk.
*/

const recordOptions: readonly OptionSpec[] = [
	{name: 'outcome', type: 'string', valueName: 'OUTCOME', description: 'a decision\'s outcome (repeatable)', isRepeatable: true},
	...outcomeOptionSpecs,
	{name: 'text', type: 'string', valueName: 'TEXT', description: 'a decision\'s text'},
	{name: 'delegation', type: 'string', valueName: 'DELEGATION', description: 'a position\'s delegation'},
	{name: 'stance', type: 'string', valueName: 'STANCE', description: 'a position\'s stance'},
	{name: 'note', type: 'string', valueName: 'NOTE', description: 'a note on a position'},
	{name: 'journal', type: 'string', valueName: 'PATH', isPath: true, description: 'the journal'},
	{name: 'author', type: 'string', valueName: 'NAME', description: 'who records'},
	{name: 'role', type: 'string', valueName: 'ROLE', description: 'chair, secretary or viewer'},
	{name: 'share', type: 'string', valueName: 'URL', description: 'the shared journal'},
	{name: 'kind', type: 'string', valueName: 'KIND', description: 'a delegation\'s kind'},
];

type Values = {
	readonly outcome?: string | undefined;
	readonly number?: string | undefined;
	readonly yes?: string | undefined;
	readonly no?: string | undefined;
	readonly abstain?: string | undefined;
	readonly absent?: string | undefined;
	readonly roll?: string | undefined;
	readonly majority?: string | undefined;
	readonly text?: string | undefined;
	readonly delegation?: string | undefined;
	readonly stance?: string | undefined;
	readonly note?: string | undefined;
	readonly journal?: string | undefined;
	readonly data?: string | undefined;
	readonly author?: string | undefined;
	readonly role?: string | undefined;
	readonly share?: string | undefined;
	readonly kind?: string | undefined;
};

const kinds = ['decision', 'status', 'position', 'current', 'undo', 'vote', 'delegation'] as const;

/* What each kind takes: its arguments, the options it needs, and the options it also accepts. */
const shapes: Record<(typeof kinds)[number], {readonly arguments: readonly string[]; readonly optional?: string; readonly needs: ReadonlyArray<keyof Values>; readonly accepts: ReadonlyArray<keyof Values>; readonly isLastWords?: boolean}> = {
	decision: {arguments: ['ITEM'], needs: ['outcome', 'text'], accepts: ['number']},
	vote: {arguments: ['ITEM|PROPOSAL'], needs: [], accepts: ['yes', 'no', 'abstain', 'absent', 'roll', 'majority']},
	status: {arguments: ['ITEM', 'STATUS'], needs: [], accepts: []},
	position: {arguments: ['ITEM|PROPOSAL'], needs: ['delegation', 'stance'], accepts: ['note']},
	current: {arguments: ['ITEM'], needs: [], accepts: []},
	undo: {arguments: [], optional: 'ENTRY', needs: [], accepts: []},
	// The name may be typed unquoted: `record delegation Holy See`.
	delegation: {arguments: ['NAME'], needs: [], accepts: ['kind'], isLastWords: true},
};
const valueNames: Partial<Record<keyof Values, string>> = {outcome: 'OUTCOME', text: 'TEXT', delegation: 'DELEGATION', stance: 'STANCE', note: 'NOTE', number: 'NUMBER', yes: 'N', no: 'N', abstain: 'N', absent: 'N', roll: 'ROLL', majority: 'RULE', kind: 'KIND'};
const sessionOptions: ReadonlyArray<keyof Values> = ['journal', 'data', 'author', 'role'];

/** What is missing from, or does not belong to, `record KIND ...`; undefined when its shape is right. */
function shapeProblem(kind: (typeof kinds)[number], positionals: readonly string[], values: Values): string | undefined {
	const shape = shapes[kind];
	const missing = [
		...shape.arguments.slice(positionals.length),
		...shape.needs.filter(name => values[name] === undefined).map(name => `--${name} ${valueNames[name] ?? ''}`.trim()),
	];
	if (missing.length > 0) {
		return t('cli.record.missing', {count: missing.length, things: missing.length === 1 ? missing[0]! : t('cli.common.list-and', {list: missing.slice(0, -1).join(', '), last: missing.at(-1)!})});
	}

	const most = shape.isLastWords === true ? Number.POSITIVE_INFINITY : shape.arguments.length + (shape.optional === undefined ? 0 : 1);
	if (positionals.length > most) {
		return tLine('cli.error.unexpected-argument-quoted', {argument: positionals[most] ?? ''});
	}

	const stray = (Object.keys(valueNames) as Array<keyof Values>).find(name => values[name] !== undefined && !shape.needs.includes(name) && !shape.accepts.includes(name) && !sessionOptions.includes(name));
	return stray === undefined ? undefined : t('cli.record.does-not-apply', {option: `--${stray}`, kind});
}

function draftOf(kind: (typeof kinds)[number], positionals: readonly string[], values: Values, session: SessionContext): Resolved<EntryDraft> | 'usage' {
	const [target, extra] = positionals;
	switch (kind) {
		case 'status': {
			if (target === undefined || extra === undefined || positionals.length > 2) {
				return 'usage';
			}

			const item = resolveTarget(session.index, target, ['agenda-item']);
			const status = resolveStatus(extra);
			if (!item.ok) {
				return item;
			}

			return status.ok ? {ok: true, value: {kind, payload: {item: item.value, status: status.value}}} : status;
		}

		case 'position': {
			if (target === undefined || positionals.length > 1 || values.delegation === undefined || values.stance === undefined) {
				return 'usage';
			}

			const on = resolveTarget(session.index, target, ['agenda-item', 'proposal']);
			const delegation = resolveDelegation(session.dataset, values.delegation);
			const stance = resolveStance(values.stance);
			if (!on.ok) {
				return on;
			}

			if (!delegation.ok) {
				return delegation;
			}

			if (!stance.ok) {
				return stance;
			}

			const note = values.note?.trim();
			if (note !== undefined && note.length > maxNoteLength) {
				return {ok: false, message: t('cli.record.note-too-long', {count: note.length, max: maxNoteLength})};
			}

			return {ok: true, value: {kind, payload: {delegation: delegation.value, on: on.value, stance: stance.value, ...(note === undefined || note === '' ? {} : {note})}}};
		}

		case 'current': {
			if (target === undefined || positionals.length > 1) {
				return 'usage';
			}

			const item = resolveTarget(session.index, target, ['agenda-item']);
			return item.ok ? {ok: true, value: {kind, payload: {item: item.value}}} : item;
		}

		case 'undo':
		case 'decision':
		case 'vote': {
			return 'usage';
		}

		case 'delegation': {
			// The name may be typed unquoted: `record delegation Holy See`.
			if (positionals.length === 0) {
				return 'usage';
			}

			const delegationKind = values.kind ?? 'observer';
			if (!(delegationKinds as readonly string[]).includes(delegationKind)) {
				return {ok: false, message: tLine('cli.record.unknown-delegation-kind', {kind: sanitizeLine(delegationKind), kinds: delegationKinds.join(', ')})};
			}

			const added = newDelegation(session.dataset, sanitizeLine(positionals.join(' ')), delegationKind as Delegation['kind']);
			return added.ok ? {ok: true, value: {kind, payload: added.payload}} : added;
		}
	}
}

export async function run(args: readonly string[], io: CommandIo): Promise<number> {
	const parsed = parseCommandLine(args, recordOptions, 'record');
	const values: Values = {
		...Object.fromEntries(['text', 'delegation', 'stance', 'note', 'journal', 'data', 'author', 'role', 'share', 'number', 'yes', 'no', 'abstain', 'absent', 'roll', 'majority', 'kind'].map(name => [name, stringOption(parsed.values, name)])),
		// --outcome is repeatable: its values are a list (read whole by outcomeDraftOf).
		outcome: listOption(parsed.values, 'outcome')[0],
	};
	const [kindWord, ...positionals] = parsed.positionals;
	const kind = kinds.find(known => known === kindWord);
	if (kind === undefined) {
		throw new UsageError(kindWord === undefined ? t('cli.record.say-what', {kinds: kinds.join(', ')}) : tLine('cli.record.unknown-kind', {kind: kindWord, kinds: kinds.join(', ')}), 'record');
	}

	const shapeError = shapeProblem(kind, positionals, values);
	if (shapeError !== undefined) {
		throw new UsageError(`record ${kind}: ${shapeError}`, 'record');
	}

	const author = await authorOf(values, io);
	if (!author.ok) {
		throw new UsageError(author.message, 'record');
	}

	if (author.value.role === 'viewer') {
		io.stderr(`council record: ${t('cli.common.viewer-cannot-record')}\n`);
		return exitFailure;
	}

	const opened = await openSession(values, io);
	if (!opened.ok) {
		io.stderr(say`council record: ${trusted(opened.message.trimEnd())}\n`);
		return exitFailure;
	}

	const {session} = opened;
	let draft: EntryDraft;
	let undone: JournalEntry | undefined;
	if (kind === 'undo') {
		if (positionals.length > 1) {
			throw new UsageError(t('cli.record.undo-one-entry'), 'record');
		}

		const result = await undoDraft(session, positionals[0]);
		if (!result.ok) {
			io.stderr(say`council record undo: ${result.message}\n`);
			return exitFailure;
		}

		({draft, undone} = result.value);
	} else {
		const result = kind === 'decision' || kind === 'vote' ? await outcomeDraftOf(kind, positionals, parsed.values, session) : draftOf(kind, positionals, values, session);
		if (result === 'usage') {
			throw new UsageError(`record ${kind}: ${t('cli.record.missing-or-extra')}`, 'record');
		}

		if (!result.ok) {
			// A decision's or vote's problems come one per line, each already made visible (outcomes/record-drafts.ts).
			const message = kind === 'decision' || kind === 'vote' ? trusted(result.message) : result.message;
			io.stderr(say`council record ${kind}: ${message}\n`);
			return exitFailure;
		}

		draft = result.value;
	}

	if (values.share?.trim() === '') {
		throw new UsageError(t('cli.common.empty-share'), 'record');
	}

	// --share (or COUNCIL_SHARE): a wrong URL or password refuses before anything is written (source/share/record-share.ts).
	const sharing = values.share === undefined && (io.env['COUNCIL_SHARE'] ?? '') === '' ? undefined : await (await import('../share/record-share.js')).prepareRecordShare(values.share, io, session.dataset.session.id);
	if (sharing?.ok === false) {
		io.stderr(`council record: ${tLine('cli.common.not-recorded', {reason: sharing.message})}\n`);
		return exitFailure;
	}

	let entry: JournalEntry;
	try {
		await ensureJournalHeader(session.journal.path, session.header);
		entry = await recordEntry(session.journal.path, draft, author.value);
	} catch (error: unknown) {
		io.stderr(`council record: ${tLine('cli.common.could-not-write', {path: session.journal.path, error: messageOf(error)})}\n`);
		return exitFailure;
	}

	const byId = undone === undefined ? undefined : new Map([[undone.id, undone]]);
	io.stdout(`${tLine('cli.common.recorded', {what: describeEntry(entry, session.index, byId, shownWords), name: entry.author.name, role: entry.author.role, time: entry.time, id: entry.id, path: session.journal.path})}\n`);
	const shared = await sharing?.share?.push(entry);
	if (shared !== undefined) {
		(shared.isShared ? io.stdout : io.stderr)(say`  ${shared.text}\n`);
	}

	return 0;
}
