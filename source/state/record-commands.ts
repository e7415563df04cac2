import {detailLines} from '../format/detail-lines.js';
import {draftDecision} from '../journal/draft-decision.js';
import type {CommandId} from '../keymap/keymap.js';
import {cancelForm, decisionForm, formKey, formSaved, nextField, positionForm, saveForm, shortTargetLabel, statusForm, undoForm, type FormStep, type RecordingForm} from './recording.js';
import {statusOf} from './selectors.js';
import {textWidth} from './layout.js';
import {layoutOf, selectedItem, topOverlay, type Intent, type State} from './state.js';

/*
The recording keys (d, s, p, u, e) on the dashboard's state: open a form, feed
it keys, queue the write for the edge, and hear back. Pure, like the reducer
that calls it; forms themselves are in recording.ts.
*/

export const viewerRefusal = 'viewers cannot record';

/** Why this screen cannot record, if it cannot. */
function refusal(state: State): string | undefined {
	if (state.role === undefined) {
		return 'No journal to record in (council --journal PATH)';
	}

	return state.role === 'viewer' ? `${viewerRefusal} (role viewer: --role secretary or the role preference)` : undefined;
}

function open(state: State, makeForm: () => RecordingForm | string): State {
	const refused = refusal(state);
	if (refused !== undefined) {
		return {...state, notice: refused};
	}

	const form = makeForm();
	return typeof form === 'string' ? {...state, notice: form} : {...state, overlays: [...state.overlays, {kind: 'record', form}]};
}

/**
What d and p record on: in the detail, the proposal under the cursor; in the
positions pane, the item or proposal it shows; else the selected item.
*/
function targetOf(state: State): string | undefined {
	const item = selectedItem(state);
	if (item === undefined) {
		return undefined;
	}

	if (state.focus === 'detail') {
		const line = detailLines(state.index, state.records, item, textWidth(layoutOf(state)))[state.detail.cursor];
		return line?.target?.kind === 'positions' ? line.target.on : item.id;
	}

	return state.focus === 'positions' && state.positionsOn !== undefined ? state.positionsOn : item.id;
}

export function openDecision(state: State): State {
	return open(state, () => {
		const item = selectedItem(state);
		const target = targetOf(state);
		if (item === undefined || target === undefined) {
			return 'No item selected';
		}

		const label = shortTargetLabel(state.index, target);
		// A proposal has no action of its own: its draft names it under the item's kind of action.
		const draft = target === item.id ? draftDecision(item.action) : draftDecision({kind: item.action.kind, wording: ''}, label);
		return decisionForm({target, label, actionKind: item.action.kind, draft});
	});
}

export function openStatus(state: State): State {
	return open(state, () => {
		const item = selectedItem(state);
		return item === undefined ? 'No item selected' : statusForm(item.id, shortTargetLabel(state.index, item.id), statusOf(state.records, item));
	});
}

export function openPosition(state: State): State {
	return open(state, () => {
		const target = targetOf(state);
		return target === undefined ? 'No item selected' : positionForm(target, shortTargetLabel(state.index, target));
	});
}

export function openUndo(state: State): State {
	return open(state, () => {
		const entry = state.records.lastUndoable;
		return entry === undefined ? 'Nothing to undo' : undoForm(state.index, entry);
	});
}

/** e: the minutes are read from the journal at the edge; anyone may export, a viewer too. */
export function requestExport(state: State): State {
	if (state.role === undefined) {
		return {...state, notice: 'No journal to export from (council --journal PATH)'};
	}

	return {...state, notice: 'Writing the minutes…', outbox: [...state.outbox, {kind: 'export-minutes'}]};
}

function whatOf(form: RecordingForm): string {
	switch (form.kind) {
		case 'decision': {
			return `decision on ${form.label} (${form.outcome})`;
		}

		case 'status': {
			return `status of ${form.label}`;
		}

		case 'position': {
			return `position on ${form.label}`;
		}

		case 'undo': {
			return `undo of the ${form.description}`;
		}
	}
}

function applyStep(state: State, step: FormStep): State {
	const rest = state.overlays.slice(0, -1);
	switch (step.kind) {
		case 'close': {
			return {...state, overlays: rest};
		}

		case 'form': {
			return {...state, overlays: [...rest, {kind: 'record', form: step.form}]};
		}

		case 'save': {
			const intent: Intent = {kind: 'record', draft: step.draft, what: whatOf(step.form)};
			return {...state, overlays: [...rest, {kind: 'record', form: step.form}], outbox: [...state.outbox, intent]};
		}
	}
}

/** A key while a recording form is on top: its own commands first, anything else is typing. */
export function recordKey(state: State, form: RecordingForm, command: CommandId | undefined, key: string, text: string | undefined): State {
	switch (command) {
		case 'save-entry': {
			return form.phase.kind === 'saving' ? state : applyStep(state, saveForm(state.index, form));
		}

		case 'cancel-entry': {
			return form.phase.kind === 'saving' ? state : applyStep(state, cancelForm(form));
		}

		case 'next-field': {
			return applyStep(state, nextField(form));
		}

		default: {
			return applyStep(state, formKey(state.index, form, key, text));
		}
	}
}

/** The edge's answer to a `record` intent: "saved" closes the form, a failure keeps it with the message. */
export function recorded(state: State, result: {readonly ok: boolean; readonly text: string}): State {
	const overlay = topOverlay(state);
	if (overlay?.kind !== 'record' || overlay.form.phase.kind !== 'saving') {
		return {...state, notice: result.text};
	}

	const form = formSaved(overlay.form, {ok: result.ok, message: result.text});
	const rest = state.overlays.slice(0, -1);
	return form === undefined
		? {...state, overlays: rest, notice: result.text}
		: {...state, overlays: [...rest, {kind: 'record', form}]};
}
