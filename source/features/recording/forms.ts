import type {DatasetIndex} from '../../dataset/build-index.js';
import {cancelDecision, decisionKey, isDecisionChanged, saveDecision, type DecisionForm} from '../record-decision/decision-form.js';
import {delegationAdded, isPositionChanged, positionKey, savePosition, type PositionForm} from '../record-position/position-form.js';
import {saveStatus, statusKey, type StatusForm} from '../record-status/status-form.js';
import {saveUndo, undoKey, type UndoForm} from '../record-undo/undo-form.js';
import {isVoteChanged, nextVoteField, saveVote, voteKey, type VoteForm} from '../record-vote/vote-form.js';
import {withForm, type Step} from './form-parts.js';

/*
The recording overlays (d decision, s status, p position, u undo) as plain data
and a pure step function: a key in, the next form or "save this draft" or
"close" out. Each form is its own folder; this routes to it by kind. The write
happens at the edge, which answers with `recorded` (saved or failed) so the form
says "saved" only once the entry is on disk, and keeps the text when it was not.
*/

export {decisionForm, type DecisionForm} from '../record-decision/decision-form.js';
export {positionForm, positionMatches, type PositionForm} from '../record-position/position-form.js';
export {statusForm, type StatusForm} from '../record-status/status-form.js';
export {undoDescription, undoForm, type UndoForm} from '../record-undo/undo-form.js';
export type {Phase} from './form-parts.js';

export type RecordingForm = DecisionForm | StatusForm | PositionForm | UndoForm | VoteForm;

/** What a key did to a form. */
export type FormStep = Step<RecordingForm>;

/** Has the user typed or chosen anything Esc would throw away? */
export function isChanged(form: RecordingForm): boolean {
	switch (form.kind) {
		case 'decision': {
			return isDecisionChanged(form);
		}

		case 'position': {
			return isPositionChanged(form);
		}

		case 'vote': {
			return isVoteChanged(form);
		}

		default: {
			return false;
		}
	}
}

/** Ctrl+S: the entry this form would record, if it is complete. */
export function saveForm(index: DatasetIndex, form: RecordingForm): FormStep {
	switch (form.kind) {
		case 'decision': {
			return saveDecision(form);
		}

		case 'status': {
			return saveStatus(form);
		}

		case 'position': {
			return savePosition(index, form);
		}

		case 'undo': {
			return saveUndo(form);
		}

		case 'vote': {
			return saveVote(form);
		}
	}
}

/** Esc: close, or (a changed decision) ask first. */
export function cancelForm(form: RecordingForm): FormStep {
	return form.kind === 'decision' ? cancelDecision(form) : {kind: 'close'};
}

const nextDecisionField = {text: 'outcome', outcome: 'number', number: 'text'} as const;

/** Tab: a decision's text → outcomes → number → text. */
export function nextField(form: RecordingForm): FormStep {
	if (form.kind === 'vote') {
		return withForm(nextVoteField(form));
	}

	return form.kind === 'decision' ? withForm({...form, field: nextDecisionField[form.field]}) : withForm(form);
}

/** Any other key: `key` is the keymap name, `text` the characters typed or pasted. */
export function formKey(index: DatasetIndex, form: RecordingForm, key: string, text: string | undefined): FormStep {
	if (form.phase.kind === 'saving') {
		// Nothing changes under a save in flight: the draft on its way is what the form shows.
		return withForm(form);
	}

	switch (form.kind) {
		case 'decision': {
			return decisionKey(form, key, text);
		}

		case 'status': {
			return statusKey(form, key);
		}

		case 'position': {
			return positionKey(index, form, key, text);
		}

		case 'undo': {
			return undoKey(form, key);
		}

		case 'vote': {
			return voteKey(form, key, text);
		}
	}
}

/** The edge answered: saved closes the form (the caller shows the notice); a failure keeps everything typed. */
export function formSaved(form: RecordingForm, result: {readonly ok: boolean; readonly message: string}): RecordingForm | undefined {
	// A delegation added from the position picker: the form goes on to its stance.
	if (form.kind === 'position' && form.adding !== undefined) {
		return result.ok ? delegationAdded(form) : {...form, adding: undefined, phase: {kind: 'failed', message: result.message}};
	}

	if (result.ok) {
		return undefined;
	}

	return {...form, phase: {kind: 'failed', message: result.message}};
}
