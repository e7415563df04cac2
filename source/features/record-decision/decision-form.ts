import type {ActionKind} from '../../dataset/schema.js';
import {t} from '../../i18n/translate.js';
import {draftDecision} from '../../journal/draft-decision.js';
import {maxTextLength} from '../../journal/entry-kinds/entry-limits.js';
import {outcomeKinds, type OutcomeKind} from '../../outcomes/outcome-kinds.js';
import {maxNumberLength, numberProblem} from '../../outcomes/council-number.js';
import {legacyOutcome} from '../../outcomes/record-drafts.js';
import {createEditor, type Editor} from '../../state/editor.js';
import type {DecisionRecord} from '../../state/records.js';
import {selectedItem, type State} from '../../state/state.js';
import {cycle, editKey, editing, pickByKey, saving, withForm, type Phase, type Step} from '../recording/form-parts.js';
import {shortTargetLabel, targetOf} from '../recording/target.js';

/*
`d`: a decision's outcomes, text and Council number, the text pre-filled from
the action required. Every outcome kind council knows is offered, as `council
record` takes them (1-9 or a first letter pick, ←/→ reach all twelve). The outcome under the cursor is the decision's; Space
marks it and keeps it while the cursor picks another, so "took note of the
report and approved the draft Decision" is Tab, n, Space, a (noted + approved).
Tab goes text → outcomes → number → text.
*/

export type DecisionForm = {
	readonly kind: 'decision';
	readonly target: string;
	/** "item 1.02" or "proposal 1) of C26/42", for the title and the notice. */
	readonly label: string;
	readonly outcome: OutcomeKind;
	readonly initialOutcome: OutcomeKind;
	/** Outcomes marked with Space, in the order marked; the cursor's outcome is added to them on save. */
	readonly marked: readonly OutcomeKind[];
	/** What was marked when the form opened (the item's several actions): not a change. */
	readonly initialMarked: readonly OutcomeKind[];
	readonly field: 'outcome' | 'text' | 'number';
	readonly editor: Editor;
	/** The Council's number, "Decision 650 (C25)"; empty for none. */
	readonly number: Editor;
	readonly initialText: string;
	/** The decision entry in effect on the target, which this one amends. */
	readonly amends?: string;
	/** The decision already recorded on the target, which saving amends (shown, and its text is the start). */
	readonly recorded?: DecisionRecord;
	/** Esc was pressed on changed text: the form asks before throwing it away. */
	readonly isConfirmingCancel: boolean;
	readonly phase: Phase;
};

/** The outcome a decision most likely has, from the kind of action required. */
const likelyOutcome: Record<ActionKind, OutcomeKind> = {
	approve: 'approved',
	adopt: 'adopted',
	consider: 'noted',
	'take-note': 'noted',
	decide: 'approved',
	elect: 'other',
	other: 'other',
};

export function decisionForm(options: {readonly target: string; readonly label: string; readonly actionKind: ActionKind; readonly draft: string; readonly actionKinds?: readonly ActionKind[]; readonly recorded?: DecisionRecord}): DecisionForm {
	const {recorded} = options;
	// A decision already recorded is the start, to amend or add to; else the draft from the action required.
	const editor = createEditor(recorded?.text ?? options.draft);
	// An item asking several things ("take note of the report and approve the draft Decision"): its draft says each, so its outcomes are each, the last under the cursor.
	const asked = recorded === undefined ? [...new Set((options.actionKinds ?? []).map(kind => likelyOutcome[kind]))] : [];
	// A decision recorded with several outcomes starts with each of them (those the form offers), the last under the cursor.
	const given = (recorded?.outcomes ?? []).filter((kind): kind is OutcomeKind => (outcomeKinds as readonly string[]).includes(kind));
	const several = given.length > 0 ? given : (asked.length > 1 ? asked : []);
	const recordedOutcome = (outcomeKinds as readonly string[]).includes(recorded?.outcome ?? '') ? recorded!.outcome as OutcomeKind : undefined;
	const outcome = several.at(-1) ?? recordedOutcome ?? likelyOutcome[options.actionKind];
	const marked = several.slice(0, -1);
	return {kind: 'decision', target: options.target, label: options.label, outcome, initialOutcome: outcome, marked, initialMarked: marked, field: 'text', editor, number: createEditor(''), initialText: editor.text, isConfirmingCancel: false, phase: editing, ...(recorded === undefined ? {} : {recorded})};
}

/** The form `d` opens on the state, or why it cannot. */
export function decisionFormFor(state: State): DecisionForm | string {
	const item = selectedItem(state);
	const target = targetOf(state);
	if (item === undefined || target === undefined) {
		return t('notice.no-item-selected');
	}

	const label = shortTargetLabel(state.index, target);
	// A proposal has no action of its own: its draft names it under the item's kind of action.
	const draft = target === item.id ? draftDecision(item.action) : draftDecision({kind: item.action.kind, wording: ''}, label);
	// The records the journal hands the screen carry each decision's entry id (replay's RecordedDecision).
	const recorded = state.records.decisions.get(target);
	const amends = (recorded as {readonly entryId?: string} | undefined)?.entryId;
	const actionKinds = target === item.id ? (item.actions ?? []).map(action => action.kind) : [];
	return {...decisionForm({target, label, actionKind: item.action.kind, draft, actionKinds, ...(recorded === undefined ? {} : {recorded})}), ...(amends === undefined ? {} : {amends})};
}

export function isDecisionChanged(form: DecisionForm): boolean {
	return form.editor.text !== form.initialText || form.outcome !== form.initialOutcome || form.marked.join() !== form.initialMarked.join() || form.number.text !== '';
}

/** The decision's outcomes: those marked, then the cursor's. */
export function chosenOutcomes(form: DecisionForm): OutcomeKind[] {
	return form.marked.includes(form.outcome) ? [...form.marked] : [...form.marked, form.outcome];
}

export function saveDecision(form: DecisionForm): Step<DecisionForm> {
	const text = form.editor.text.trim();
	const number = form.number.text.trim();
	const problem = number === '' ? undefined : numberProblem(number);
	if (problem !== undefined) {
		return withForm({...form, field: 'number', phase: {kind: 'failed', message: `Not saved: ${problem}`}});
	}

	const chosen = chosenOutcomes(form);
	const payload = {
		target: form.target,
		outcome: legacyOutcome({kind: chosen[0] ?? form.outcome}),
		text,
		// One outcome of the journal's first eight is written as journals always had it; several, or a later kind, are listed too.
		...(chosen.length > 1 || legacyOutcome({kind: chosen[0] ?? form.outcome}) !== (chosen[0] ?? form.outcome) ? {outcomes: chosen.map(kind => ({kind}))} : {}),
		...(number === '' ? {} : {number}),
		...(form.amends === undefined ? {} : {amends: form.amends}),
	};
	return {kind: 'save', form: {...form, phase: saving, isConfirmingCancel: false}, draft: {kind: 'decision', payload}};
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
			return withForm({...form, ...clear, outcome: cycle(outcomeKinds, form.outcome, -1)});
		}

		if (key === 'right' || key === 'down') {
			return withForm({...form, ...clear, outcome: cycle(outcomeKinds, form.outcome, 1)});
		}

		if (key === 'return') {
			return withForm({...form, field: 'text'});
		}

		if (key === ' ') {
			const marked = form.marked.includes(form.outcome) ? form.marked.filter(outcome => outcome !== form.outcome) : [...form.marked, form.outcome];
			return withForm({...form, ...clear, marked});
		}

		// A pick stays on the outcomes, as ←/→ do, so Space can keep it and another be picked (n, Space, a); Enter or Tab leaves.
		const picked = pickByKey(outcomeKinds, key);
		return picked === undefined ? withForm(form) : withForm({...form, ...clear, outcome: picked});
	}

	if (form.field === 'number') {
		if (key === 'return') {
			return withForm({...form, field: 'text'});
		}

		const number = editKey(form.number, key, text, {maxLength: maxNumberLength, isMultiline: false});
		return number === form.number ? withForm(form) : withForm({...form, ...clear, number});
	}

	const editor = editKey(form.editor, key, text, {maxLength: maxTextLength, isMultiline: true});
	return editor === form.editor ? withForm(form) : withForm({...form, ...clear, editor});
}
