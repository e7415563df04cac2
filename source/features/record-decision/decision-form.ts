import type {ActionKind} from '../../dataset/schema.js';
import {draftDecision} from '../../journal/draft-decision.js';
import {maxTextLength, outcomes, type Outcome} from '../../journal/schema.js';
import {createEditor, type Editor} from '../../state/editor.js';
import {selectedItem, type State} from '../../state/state.js';
import {cycle, editKey, editing, pickByKey, saving, withForm, type Phase, type Step} from '../recording/form-parts.js';
import {shortTargetLabel, targetOf} from '../recording/target.js';

/* `d`: a decision's outcome and text, the text pre-filled from the action required. */

export type DecisionForm = {
	readonly kind: 'decision';
	readonly target: string;
	/** "item 1.02" or "proposal 1) of C26/42", for the title and the notice. */
	readonly label: string;
	readonly outcome: Outcome;
	readonly initialOutcome: Outcome;
	readonly field: 'outcome' | 'text';
	readonly editor: Editor;
	readonly initialText: string;
	/** Esc was pressed on changed text: the form asks before throwing it away. */
	readonly isConfirmingCancel: boolean;
	readonly phase: Phase;
};

/** The outcome a decision most likely has, from the kind of action required. */
const likelyOutcome: Record<ActionKind, Outcome> = {
	approve: 'approved',
	adopt: 'adopted',
	consider: 'noted',
	'take-note': 'noted',
	decide: 'approved',
	elect: 'other',
	other: 'other',
};

export function decisionForm(options: {readonly target: string; readonly label: string; readonly actionKind: ActionKind; readonly draft: string}): DecisionForm {
	const editor = createEditor(options.draft);
	const outcome = likelyOutcome[options.actionKind];
	return {kind: 'decision', target: options.target, label: options.label, outcome, initialOutcome: outcome, field: 'text', editor, initialText: editor.text, isConfirmingCancel: false, phase: editing};
}

/** The form `d` opens on the state, or why it cannot. */
export function decisionFormFor(state: State): DecisionForm | string {
	const item = selectedItem(state);
	const target = targetOf(state);
	if (item === undefined || target === undefined) {
		return 'No item selected';
	}

	const label = shortTargetLabel(state.index, target);
	// A proposal has no action of its own: its draft names it under the item's kind of action.
	const draft = target === item.id ? draftDecision(item.action) : draftDecision({kind: item.action.kind, wording: ''}, label);
	return decisionForm({target, label, actionKind: item.action.kind, draft});
}

export function isDecisionChanged(form: DecisionForm): boolean {
	return form.editor.text !== form.initialText || form.outcome !== form.initialOutcome;
}

export function saveDecision(form: DecisionForm): Step<DecisionForm> {
	const text = form.editor.text.trim();
	return {kind: 'save', form: {...form, phase: saving, isConfirmingCancel: false}, draft: {kind: 'decision', payload: {target: form.target, outcome: form.outcome, text}}};
}

/** Esc: close, or ask first when typed text would be lost; a second Esc (or n) keeps editing. */
export function cancelDecision(form: DecisionForm): Step<DecisionForm> {
	if (form.isConfirmingCancel) {
		return withForm({...form, isConfirmingCancel: false});
	}

	return isDecisionChanged(form) ? withForm({...form, isConfirmingCancel: true}) : {kind: 'close'};
}

export function decisionKey(form: DecisionForm, key: string, text: string | undefined): Step<DecisionForm> {
	const clear = form.phase.kind === 'failed' ? {phase: editing} : {};
	if (form.isConfirmingCancel) {
		return key === 'y' || key === 'Y' ? {kind: 'close'} : withForm({...form, isConfirmingCancel: false});
	}

	if (form.field === 'outcome') {
		if (key === 'left' || key === 'up') {
			return withForm({...form, ...clear, outcome: cycle(outcomes, form.outcome, -1)});
		}

		if (key === 'right' || key === 'down') {
			return withForm({...form, ...clear, outcome: cycle(outcomes, form.outcome, 1)});
		}

		if (key === 'return') {
			return withForm({...form, field: 'text'});
		}

		const picked = pickByKey(outcomes, key);
		return picked === undefined ? withForm(form) : withForm({...form, ...clear, outcome: picked, field: 'text'});
	}

	const editor = editKey(form.editor, key, text, {maxLength: maxTextLength, isMultiline: true});
	return editor === form.editor ? withForm(form) : withForm({...form, ...clear, editor});
}
