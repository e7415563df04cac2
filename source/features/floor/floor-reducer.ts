import {draftOfEvent} from '../../journal/floor/floor-payloads.js';
import {describeFloorEvent, floorLabels} from '../../journal/floor/floor-words.js';
import {resolveKey, type CommandId} from '../../keymap/keymap.js';
import {closeTop, pushOverlay, replaceTop} from '../../state/overlays.js';
import {selectedItem, topOverlay, type Intent, type State} from '../../state/state.js';
import {t} from '../../i18n/translate.js';
import {floorFormKey} from './floor-form-keys.js';
import {floorCommand, floorOverlay, floorPaneCommand, floorRecorded, type FloorCommand, type FloorOverlay, type FloorStep} from './floor-overlay.js';
import {floorWorld} from './floor-world.js';

/*
The floor's keys on the dashboard's state: open or close the floor overlay, run
a list command (from a pane or from the overlay), feed a form its keys, queue
the entry for the edge, and hear back. Pure; the steps are floor-overlay.ts's.
*/

/** The item whose list the keys act on: the one under discussion, else the one selected. */
export function floorItemOf(state: State): string | undefined {
	return state.currentItem ?? selectedItem(state)?.id;
}

function refusal(state: State): string | undefined {
	if (state.role === undefined) {
		return t('notice.no-journal-to-record');
	}

	return state.role === 'viewer' ? t('notice.viewer-refused') : undefined;
}

/** f: the floor overlay on the current item, or closed when it is on top. */
export function toggleFloor(state: State): State {
	if (topOverlay(state)?.kind === 'floor') {
		return closeTop(state);
	}

	const item = floorItemOf(state);
	return item === undefined ? {...state, notice: t('floor.no-item')} : pushOverlay(state, floorOverlay(item));
}

function applyStep(state: State, step: FloorStep, isOnTop: boolean): State {
	let next = state;
	if (isOnTop) {
		next = step.overlay === undefined ? closeTop(state) : replaceTop(state, step.overlay);
	} else if (step.overlay !== undefined) {
		next = pushOverlay(state, step.overlay);
	}

	if (step.event !== undefined) {
		const intent: Intent = {kind: 'record', draft: draftOfEvent(step.event), what: describeFloorEvent(step.event, floorLabels(state.index))};
		next = {...next, outbox: [...next.outbox, intent]};
	}

	return step.notice === undefined ? next : {...next, notice: step.notice};
}

const stepCommands: Partial<Record<CommandId, FloorCommand>> = {
	'floor-add': 'floor-add',
	'floor-next': 'floor-next',
	'floor-give': 'floor-give',
	'floor-end': 'floor-end',
	'floor-remove': 'floor-remove',
	'floor-move-up': 'floor-move-up',
	'floor-move-down': 'floor-move-down',
	'floor-statement': 'floor-statement',
	'floor-close-open': 'floor-close-open',
	'floor-plan': 'floor-plan',
	'floor-down': 'move-down',
	'floor-up': 'move-up',
};

/** A floor key: in the overlay on its list, in a pane on the current item's. */
export function runFloorCommand(state: State, command: CommandId): State {
	const step = stepCommands[command];
	if (step === undefined) {
		return state;
	}

	// Moving the cursor records nothing: a viewer may look down the list.
	const refused = step === 'move-down' || step === 'move-up' ? undefined : refusal(state);
	if (refused !== undefined) {
		return {...state, notice: refused};
	}

	const top = topOverlay(state);
	if (top?.kind === 'floor') {
		return top.phase.kind === 'saving' ? state : applyStep(state, floorCommand(top, step, floorWorld(state)), true);
	}

	const item = floorItemOf(state);
	return item === undefined ? {...state, notice: t('floor.no-current-item')} : applyStep(state, floorPaneCommand(item, step, floorWorld(state)), false);
}

/** A key while a floor form is on top: Enter, Tab and Esc are its commands; anything else is typing. */
export function floorFormInput(state: State, overlay: FloorOverlay, name: string, text: string | undefined): State {
	const world = floorWorld(state);
	const command = resolveKey('floor-form', name);
	const run = (current: State, key: Parameters<typeof floorFormKey>[1], typed = ''): State => {
		const top = topOverlay(current);
		return top?.kind === 'floor' ? applyStep(current, floorFormKey(top, key, typed, world), true) : current;
	};

	switch (command) {
		case 'floor-save': {
			return run(state, 'accept');
		}

		case 'floor-cancel': {
			return run(state, 'cancel');
		}

		case 'floor-next-field': {
			return run(state, 'next-field');
		}

		default: {
			break;
		}
	}

	if (name === 'backspace' || name === 'ctrl-u' || name === 'up' || name === 'down') {
		return run(state, name === 'ctrl-u' ? 'clear' : name === 'backspace' ? 'backspace' : name);
	}

	if (text === undefined || overlay.form === undefined) {
		return state;
	}

	// Keys typed faster than they are read (or a paste) arrive as one chunk: a tab in it is Tab, a line end Enter.
	let next = state;
	for (const part of text.split(/(\t|\r\n|\r|\n)/)) {
		if (part === '\t') {
			next = run(next, 'next-field');
		} else if (part === '\r' || part === '\n' || part === '\r\n') {
			next = run(next, 'accept');
		} else if (part !== '') {
			// A field that takes one character (the stance) takes them one by one.
			next = [...part].reduce((current, character) => run(current, 'text', character), next);
		}
	}

	return next;
}

/** The edge's answer to a floor entry: a form closes once saved, or keeps its text with the error. */
export function floorRecordedResult(state: State, result: {readonly ok: boolean; readonly text: string}): State {
	const top = topOverlay(state);
	if (top?.kind !== 'floor' || top.phase.kind !== 'saving') {
		return {...state, notice: result.text};
	}

	const overlay = floorRecorded(top, {ok: result.ok, message: result.text});
	return {...(overlay === undefined ? closeTop(state) : replaceTop(state, overlay)), notice: result.text};
}
