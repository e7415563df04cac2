import type {CommandId} from '../../keymap/keymap.js';
import {t} from '../../i18n/translate.js';
import {decisionOutcomeWords} from '../../format/status.js';
import {topOverlay, type Intent, type State} from '../../state/state.js';
import {chosenOutcomes, decisionFormFor} from '../record-decision/decision-form.js';
import {positionFormFor} from '../record-position/position-form.js';
import {statusFormFor} from '../record-status/status-form.js';
import {undoFormFor} from '../record-undo/undo-form.js';
import {voteFormFor} from '../record-vote/vote-form.js';
import {cancelForm, formKey, formSaved, nextField, saveForm, type FormStep, type RecordingForm} from './forms.js';

/*
The recording keys (d, s, p, u, e) on the dashboard's state: open a form, feed
it keys, queue the write for the edge, and hear back. Pure, like the reducer
that calls it; each form is in its own folder (record-decision/, ...).
*/

export const viewerRefusal = 'viewers cannot record';

/** Why this screen cannot record, if it cannot. */
function refusal(state: State): string | undefined {
	if (state.role === undefined) {
		return t('notice.no-journal-to-record');
	}

	return state.role === 'viewer' ? t('notice.viewer-refused') : undefined;
}

function open(state: State, makeForm: () => RecordingForm | string): State {
	const refused = refusal(state);
	if (refused !== undefined) {
		return {...state, notice: refused};
	}

	const form = makeForm();
	return typeof form === 'string' ? {...state, notice: form} : {...state, overlays: [...state.overlays, {kind: 'record', form}]};
}

export const openDecision = (state: State) => open(state, () => decisionFormFor(state));
export const openStatus = (state: State) => open(state, () => statusFormFor(state));
export const openPosition = (state: State) => open(state, () => positionFormFor(state));
export const openUndo = (state: State) => open(state, () => undoFormFor(state));
export const openVote = (state: State) => open(state, () => voteFormFor(state));

/** e: the minutes are read from the journal at the edge; anyone may export, a viewer too. */
export function requestExport(state: State): State {
	if (state.role === undefined) {
		return {...state, notice: t('notice.no-journal-to-export')};
	}

	return {...state, notice: t('notice.writing-minutes'), outbox: [...state.outbox, {kind: 'export-minutes'}]};
}

function whatOf(form: RecordingForm): string {
	switch (form.kind) {
		case 'decision': {
			return t('what.decision', {target: form.label, outcome: decisionOutcomeWords({outcome: form.outcome, outcomes: chosenOutcomes(form)})});
		}

		case 'status': {
			return t('what.status', {target: form.label});
		}

		case 'position': {
			return form.adding === undefined ? t('what.position', {target: form.label}) : `delegation ${form.adding.name} added`;
		}

		case 'undo': {
			return t('what.undo', {what: form.description});
		}

		case 'vote': {
			return `vote on ${form.label}`;
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
