import type {DatasetIndex} from '../dataset/build-index.js';
import {t} from '../i18n/translate.js';
import {recordingCommands, resolveKey, type CommandId} from '../keymap/keymap.js';
import {datasetChanged} from './dataset-reload/reload-reducer.js';
import type {TerminalSize} from '../state/layout.js';
import type {SessionRecords} from '../state/records.js';
import {contextOf, topOverlay, type State} from '../state/state.js';
import {runCommand} from './commands.js';
import {promptKey, typeText} from './prompt/prompt-reducer.js';
import {isChanged} from './recording/forms.js';
import {recordKey, recorded} from './recording/recording-reducer.js';
import {settle} from './settle.js';
import {floorFormInput, floorRecordedResult} from './floor/floor-reducer.js';

/*
The dashboard's one reducer: it routes. Key presses, clock ticks, resizes and
the journal's records all arrive here as actions; nothing here reads a clock, a
file or the terminal. A key is resolved through the keymap table for the
current context (so what `?` shows is what the key does) and run by its
feature (commands.ts); a recording form on top takes every key.
*/

export type Action =
	/** A key press: its canonical name (keymap/key-name.ts) and, when printable, the text typed. */
	| {readonly type: 'key'; readonly key: string; readonly text?: string}
	| {readonly type: 'command'; readonly command: CommandId}
	| {readonly type: 'tick'; readonly now: number}
	| {readonly type: 'resize'; readonly size: TerminalSize}
	/** The journal replayed new entries (source/journal/replay.ts). */
	| {readonly type: 'records-changed'; readonly records: SessionRecords}
	/** The dataset shown changed (its file was replaced, or the journal added a delegation): a new index and the records replayed on it. */
	| {readonly type: 'dataset-changed'; readonly index: DatasetIndex; readonly records: SessionRecords; readonly notice?: string}
	/** The edge has taken the first `count` intents of the outbox. */
	| {readonly type: 'intents-taken'; readonly count: number}
	/** A message from the edge for the footer ("saved", a failed write); an error stays until a key. */
	| {readonly type: 'notice'; readonly text: string; readonly isError?: boolean; /** The answer to a notice saying it was under way ("Writing the minutes…"): it replaces that notice. */ readonly isAnswer?: boolean}
	/** The edge's answer to a `record` intent: on disk (fsync done), or failed and why. */
	| {readonly type: 'recorded'; readonly ok: boolean; readonly text: string};

/** How long a notice that is not an error stays in the footer, counted in clock ticks' time. */
export const noticeLifetimeMs = 5000;

export function reducer(state: State, action: Action): State {
	const next = apply(state, action);
	return next === state ? state : stampNotice(state, settle(next), action);
}

/** A new notice starts its time now; errors (a failed write, a warning from the edge) wait for a key. */
function stampNotice(before: State, after: State, action: Action): State {
	if (after.notice === undefined || (after.notice === before.notice && action.type !== 'notice')) {
		return after;
	}

	const isError = (action.type === 'notice' && action.isError === true) || (action.type === 'recorded' && !action.ok)
		|| (action.type === 'notice' && before.isNoticeError && before.notice !== undefined);
	return {...after, noticeSince: after.now, isNoticeError: isError};
}

function expireNotice(state: State, now: number): State {
	const isExpired = state.notice !== undefined && !state.isNoticeError && now - state.noticeSince >= noticeLifetimeMs;
	return isExpired ? {...state, now, notice: undefined} : {...state, now};
}

function apply(state: State, action: Action): State {
	switch (action.type) {
		case 'tick': {
			return action.now === state.now ? state : expireNotice(state, action.now);
		}

		case 'resize': {
			const {columns, rows} = action.size;
			return columns === state.size.columns && rows === state.size.rows ? state : {...state, size: {columns, rows}};
		}

		case 'records-changed': {
			return recordsChanged(state, action.records);
		}

		case 'dataset-changed': {
			const next = datasetChanged(state, action.index, action.records);
			return action.notice === undefined ? next : {...next, notice: action.notice};
		}

		case 'notice': {
			// Added to what the key said (c's way back stays on screen beside "saved").
			return {...state, notice: state.notice === undefined || action.isAnswer === true ? action.text : `${state.notice} · ${action.text}`};
		}

		case 'recorded': {
			return topOverlay(state)?.kind === 'floor' ? floorRecordedResult(state, action) : recorded(state, action);
		}

		case 'intents-taken': {
			return action.count <= 0 ? state : {...state, outbox: state.outbox.slice(action.count)};
		}

		case 'command': {
			return runCommand({...state, notice: undefined}, action.command);
		}

		case 'key': {
			return key(state, action.key, action.text);
		}
	}
}

function key(state: State, name: string, text: string | undefined): State {
	const context = contextOf(state);
	const top = topOverlay(state);
	if (top?.kind === 'record') {
		// Every key but Ctrl+C belongs to the form: text (a paste whole), arrows, Enter, its commands.
		const command = resolveKey(context, name);
		if (command === 'force-quit') {
			// Typed text is never dropped silently: a first Ctrl+C on a changed decision asks, as Esc does.
			const isAsking = top.form.kind === 'decision' && !top.form.isConfirmingCancel && isChanged(top.form);
			return isAsking ? recordKey({...state, notice: undefined}, top.form, 'cancel-entry', 'escape', undefined) : runCommand(state, command);
		}

		return recordKey({...state, notice: undefined}, top.form, command, name, text);
	}

	if (top?.kind === 'floor' && top.form !== undefined) {
		// A floor form takes every key but Ctrl+C, as a recording form does.
		const command = resolveKey(context, name);
		return command === 'force-quit' ? runCommand(state, command) : floorFormInput({...state, notice: undefined}, top, name, text);
	}

	// Keys typed faster than they are read arrive as one chunk ("/zzz", a paste):
	// outside a prompt each character is its own key press.
	if (context !== 'prompt' && text !== undefined && text.length > 1 && resolveKey(context, name) === undefined) {
		return [...text].reduce<State>((next, character) => settle(apply(next, {type: 'key', key: character, text: character})), state);
	}

	const command = resolveKey(context, name);
	const cleared = state.notice === undefined ? state : {...state, notice: undefined};
	// The keymap's `records` flag, the one list the footer and the ? screen also read.
	if (command !== undefined && state.role === 'viewer' && recordingCommands.has(command)) {
		return {...cleared, notice: t('notice.viewer-refused')};
	}

	if (context === 'prompt' && (command === undefined || command === 'edit-text')) {
		return promptText(cleared, name, text);
	}

	return command === undefined ? cleared : runCommand(cleared, command);
}

/** Text or an editing key typed into the footer's prompt. */
function promptText(cleared: State, name: string, text: string | undefined): State {
	if (text !== undefined) {
		// A chunk ending in Enter ("PP-22/157\r", typed fast or pasted) is text, then Enter.
		const newline = text.search(/[\r\n]/);
		if (newline !== -1) {
			const typed = settle(runCommand(typeText(cleared, text.slice(0, newline)), 'accept-input'));
			const rest = text.slice(newline + 1);
			return rest === '' ? typed : apply(typed, {type: 'key', key: rest, text: rest});
		}

		return typeText(cleared, text);
	}

	return promptKey(cleared, name, undefined);
}

function recordsChanged(state: State, records: SessionRecords): State {
	// The journal's current item wins when it changes (another screen pressed c).
	const currentItem = records.currentItem !== undefined && records.currentItem !== state.records.currentItem
		? records.currentItem
		: state.currentItem;
	return {...state, records, currentItem, openedAt: records.openedAt ?? state.openedAt};
}
