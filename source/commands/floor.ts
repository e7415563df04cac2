import {stat} from 'node:fs/promises';
import type {CommandIo} from './io.js';
import {authorOf} from './record-author.js';
import type {OptionSpec} from '../cli/global-options.js';
import {say, trusted} from '../cli/message.js';
import {t, tLine} from '../i18n/translate.js';
import {parseCommandLine} from '../cli/parse.js';
import {UsageError} from '../cli/usage-error.js';
import {resolveStance, resolveTarget, resolveDelegation, type Resolved} from '../journal/targets.js';
import {exitFailure, messageOf, openSession, stringOption, type SessionContext} from '../journal/command-context.js';
import {recordEntry} from '../journal/append.js';
import {readJournal} from '../journal/read.js';
import {replay} from '../journal/replay.js';
import type {JournalEntry} from '../journal/schema.js';
import {sanitizeLine} from '../text/sanitize.js';
import type {FloorEvent} from '../journal/floor/floor-events.js';
import {draftOfEvent, maxStatementLength, oneLine} from '../journal/floor/floor-payloads.js';
import {floorContextOf} from '../journal/floor/floor-records.js';
import type {FloorContext, FloorState} from '../journal/floor/floor-state.js';
import {describeFloorEvent, floorLabels} from '../journal/floor/floor-words.js';
import {floorJson, floorText} from '../features/floor/floor-report.js';
import {rulesView} from '../journal/floor/queue.js';
import {floorRejection} from '../journal/floor/rules.js';
import {nextSpeaker} from '../journal/floor/next-speaker.js';
import {problemText} from '../journal/read-line.js';

/*
`council floor`: the list of speakers from the command line, for a second
secretary or a script. Each action is checked against the rules on the floor as
the journal has it now (the same check the dashboard makes), then recorded as
one journal entry, acknowledged once it is on disk. `next` is resolved here to
the delegation at the head of the list, so the entry names who got the floor.
*/

const floorOptions: readonly OptionSpec[] = [
	{name: 'item', type: 'string', valueName: 'ITEM', description: 'the agenda item (default: the current one)'},
	{name: 'point-of-order', type: 'boolean', description: 'request: a point of order'},
	{name: 'reply', type: 'boolean', description: 'request: a right of reply'},
	{name: 'up', type: 'boolean', description: 'move: one place up (the default)'},
	{name: 'down', type: 'boolean', description: 'move: one place down'},
	{name: 'by', type: 'string', valueName: 'N', description: 'move: N places (negative is up)'},
	{name: 'stance', type: 'string', valueName: 'STANCE', description: 'statement: the position it takes'},
	{name: 'json', type: 'boolean', description: 'list: the JSON shape'},
	{name: 'journal', type: 'string', valueName: 'PATH', isPath: true, description: 'the journal'},
	{name: 'author', type: 'string', valueName: 'NAME', description: 'who records'},
	{name: 'role', type: 'string', valueName: 'ROLE', description: 'chair, secretary or viewer'},
];

const actions = ['request', 'withdraw', 'move', 'give', 'next', 'end', 'statement', 'close', 'open', 'plan', 'list'] as const;
type FloorAction = (typeof actions)[number];

/** Positionals each action takes: the delegation, and a statement's text. */
const arity: Record<FloorAction, number> = {request: 1, withdraw: 1, move: 1, give: 1, next: 0, end: 0, statement: 2, close: 0, open: 0, plan: 1, list: 0};

type Opened = {
	readonly session: SessionContext;
	readonly context: FloorContext;
	readonly floor: FloorState;
	readonly item: string;
};

async function openFloor(session: SessionContext, itemOption: string | undefined, io: CommandIo): Promise<Resolved<Opened>> {
	let entries: readonly JournalEntry[];
	try {
		// A FIFO or a device would block the read (or never end): only a regular file, or none yet, is a journal.
		const found = await stat(session.journal.path).catch((error: unknown) => {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
				return undefined;
			}

			throw error;
		});
		if (found !== undefined && !found.isFile()) {
			return {ok: false, message: tLine(found.isDirectory() ? 'cli.floor.journal-is-directory' : 'cli.floor.journal-not-regular', {path: session.journal.path})};
		}

		const chunk = await readJournal(session.journal.path);
		entries = chunk.entries;
		for (const problem of chunk.problems) {
			io.stderr(`council floor: ${tLine('cli.common.journal-warning', {path: session.journal.path, message: problemText(problem, tLine)})}\n`);
		}
	} catch (error: unknown) {
		return {ok: false, message: tLine('cli.common.cannot-read', {path: session.journal.path, error: messageOf(error)})};
	}

	const records = replay(session.dataset, entries);
	const context = floorContextOf(session.dataset);
	const {floor} = records;
	let item: string;
	if (itemOption === undefined) {
		if (records.currentItem === undefined) {
			return {ok: false, message: t('cli.floor.no-current-item')};
		}

		item = records.currentItem;
	} else {
		const found = resolveTarget(session.index, itemOption, ['agenda-item']);
		if (!found.ok) {
			return found;
		}

		item = found.value;
	}

	return {ok: true, value: {session, context, floor, item}};
}

function moveBy(values: ParsedValues): Resolved<number> | 'usage' {
	const chosen = [values.up, values.down, values.by !== undefined].filter(Boolean).length;
	if (chosen > 1) {
		return 'usage';
	}

	if (values.by === undefined) {
		return {ok: true, value: values.down ? 1 : -1};
	}

	const by = Number(values.by);
	return Number.isInteger(by) && by !== 0 && Math.abs(by) <= 1000 ? {ok: true, value: by} : {ok: false, message: tLine('cli.floor.by-not-number', {value: values.by})};
}

type ParsedValues = {
	readonly item?: string | undefined;
	readonly pointOfOrder: boolean;
	readonly reply: boolean;
	readonly up: boolean;
	readonly down: boolean;
	readonly by?: string | undefined;
	readonly stance?: string | undefined;
	readonly json: boolean;
	readonly journal?: string | undefined;
	readonly data?: string | undefined;
	readonly author?: string | undefined;
	readonly role?: string | undefined;
};

/** The event an action records, or why it cannot be (exit 1), or 'usage' (exit 2). */
function eventOf(action: Exclude<FloorAction, 'list'>, positionals: readonly string[], values: ParsedValues, opened: Opened): Resolved<FloorEvent> {
	const {item, session, floor} = opened;
	const delegation = (query: string) => resolveDelegation(session.dataset, query);
	const [who, text] = positionals;
	switch (action) {
		case 'next': {
			const next = nextSpeaker(floor, item);
			return next === undefined ? {ok: false, message: t('cli.floor.list-empty')} : {ok: true, value: {type: 'give', item, delegation: next}};
		}

		case 'end': {
			const speaker = floor.speaker;
			return speaker === undefined ? {ok: false, message: t('cli.floor.nobody-has-floor')} : {ok: true, value: {type: 'end', item: speaker.item, delegation: speaker.delegation}};
		}

		case 'close':
		case 'open': {
			return {ok: true, value: {type: action, item}};
		}

		case 'plan': {
			const minutes = Number(who);
			return Number.isFinite(minutes) && minutes > 0 && minutes <= 24 * 60
				? {ok: true, value: {type: 'plan', item, minutes}}
				: {ok: false, message: tLine('cli.floor.plan-not-minutes', {value: who ?? ''})};
		}

		default: {
			const found = delegation(who!);
			if (!found.ok) {
				return found;
			}

			switch (action) {
				case 'request': {
					return {ok: true, value: {type: 'request', item, delegation: found.value, kind: values.pointOfOrder ? 'point-of-order' : values.reply ? 'reply' : 'speak'}};
				}

				case 'move': {
					const by = moveBy(values);
					if (by === 'usage') {
						throw new UsageError(t('cli.floor.move-one-of'), 'floor');
					}

					return by.ok ? {ok: true, value: {type: 'move', item, delegation: found.value, by: by.value}} : by;
				}

				case 'statement': {
					const line = oneLine(sanitizeLine(text ?? '')).trim();
					if (line === '') {
						return {ok: false, message: t('cli.floor.statement-empty')};
					}

					if (line.length > maxStatementLength) {
						return {ok: false, message: t('cli.floor.statement-too-long', {count: line.length, max: maxStatementLength})};
					}

					if (values.stance === undefined) {
						return {ok: true, value: {type: 'statement', item, delegation: found.value, text: line}};
					}

					const stance = resolveStance(values.stance);
					return stance.ok ? {ok: true, value: {type: 'statement', item, delegation: found.value, text: line, stance: stance.value}} : stance;
				}

				default: {
					return {ok: true, value: {type: action, item, delegation: found.value}};
				}
			}
		}
	}
}

export async function run(args: readonly string[], io: CommandIo): Promise<number> {
	const parsed = parseCommandLine(args, floorOptions, 'floor');
	const {values: raw} = parsed;
	const values: ParsedValues = {
		item: stringOption(raw, 'item'),
		pointOfOrder: raw['point-of-order'] === true,
		reply: raw['reply'] === true,
		up: raw['up'] === true,
		down: raw['down'] === true,
		by: stringOption(raw, 'by'),
		stance: stringOption(raw, 'stance'),
		json: raw['json'] === true,
		journal: stringOption(raw, 'journal'),
		data: stringOption(raw, 'data'),
		author: stringOption(raw, 'author'),
		role: stringOption(raw, 'role'),
	};
	const [actionWord, ...positionals] = parsed.positionals;
	const action = actions.find(known => known === actionWord);
	if (action === undefined) {
		throw new UsageError(actionWord === undefined ? t('cli.common.say-what-to-do', {actions: actions.join(', ')}) : tLine('cli.common.unknown-action', {action: actionWord, actions: actions.join(', ')}), 'floor');
	}

	if (positionals.length !== arity[action]) {
		throw new UsageError(`floor ${action}: ${t(arity[action] === 0 ? 'cli.floor.arity-none' : action === 'plan' ? 'cli.floor.arity-minutes' : arity[action] === 1 ? 'cli.floor.arity-delegation' : 'cli.floor.arity-statement')}`, 'floor');
	}

	if (values.pointOfOrder && values.reply) {
		throw new UsageError(t('cli.floor.request-both'), 'floor');
	}

	if ((values.pointOfOrder || values.reply) && action !== 'request') {
		throw new UsageError(t('cli.floor.request-only', {action}), 'floor');
	}

	const author = action === 'list' ? undefined : await authorOf(values, io);
	if (author !== undefined && !author.ok) {
		throw new UsageError(author.message, 'floor');
	}

	if (author?.value.role === 'viewer') {
		io.stderr(`council floor: ${t('cli.common.viewer-cannot-record')}\n`);
		return exitFailure;
	}

	const session = await openSession(values, io);
	if (!session.ok) {
		io.stderr(`council floor: ${session.message.trimEnd()}\n`);
		return exitFailure;
	}

	const opened = await openFloor(session.session, values.item, io);
	if (!opened.ok) {
		io.stderr(say`council floor ${action}: ${trusted(sanitizeLine(opened.message))}\n`);
		return exitFailure;
	}

	const {index} = session.session;
	if (action === 'list') {
		const report = {index, floor: opened.value.floor, context: opened.value.context, item: opened.value.item, now: Date.now()};
		io.stdout(values.json ? floorJson(report) : floorText(report));
		return 0;
	}

	const event = eventOf(action, positionals, values, opened.value);
	if (!event.ok) {
		io.stderr(say`council floor ${action}: ${trusted(sanitizeLine(event.message))}\n`);
		return exitFailure;
	}

	const reason = floorRejection(rulesView(opened.value.floor), event.value, opened.value.context);
	if (reason !== undefined) {
		io.stderr(`council floor ${action}: ${t('cli.floor.rejected', {reason: sanitizeLine(reason)})}\n`);
		return exitFailure;
	}

	const {journal} = session.session;
	let entry: JournalEntry;
	try {
		entry = await recordEntry(journal.path, draftOfEvent(event.value), author!.value);
	} catch (error: unknown) {
		io.stderr(`council floor: ${tLine('cli.common.could-not-write', {path: journal.path, error: messageOf(error)})}\n`);
		return exitFailure;
	}

	const who = author!.value;
	io.stdout(`${tLine('cli.common.recorded', {what: describeFloorEvent(event.value, floorLabels(index)), name: who.name, role: who.role, time: entry.time, id: entry.id, path: journal.path})}\n`);
	return 0;
}
