import type {DatasetIndex} from '../dataset/build-index.js';
import {itemStatuses, stances, type ActionKind, type ItemStatus, type Stance} from '../dataset/schema.js';
import {statusWord, stanceWord} from '../format/status.js';
import {targetLabel} from '../journal/describe.js';
import {outcomes, outcomeWord, maxNoteLength, maxTextLength, type EntryDraft, type JournalEntry, type Outcome} from '../journal/schema.js';
import {matchDelegations} from '../journal/targets.js';
import {sanitizeLine} from '../text/sanitize.js';
import {createEditor, deleteBackward, insertText, moveHorizontally, moveToLineEdge, moveVertically, type Editor} from './editor.js';

/*
The recording overlays (d decision, s status, p position, u undo) as plain data
and a pure step function: a key in, the next form or "save this draft" or
"close" out. The reducer wraps them in its overlay stack; the write happens at
the edge, which answers with `recorded` (saved or failed) so the form says
"saved" only once the entry is on disk, and keeps the text when it was not.
*/

/** Where a form is in its save: typing, waiting for the disk, or told it failed. */
export type Phase = {readonly kind: 'editing'} | {readonly kind: 'saving'} | {readonly kind: 'failed'; readonly message: string};

const editing: Phase = {kind: 'editing'};

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

export type StatusForm = {
	readonly kind: 'status';
	readonly item: string;
	readonly label: string;
	readonly choice: ItemStatus;
	readonly phase: Phase;
};

export type PositionForm = {
	readonly kind: 'position';
	readonly on: string;
	readonly label: string;
	readonly step: 'delegation' | 'stance' | 'note';
	/** What was typed to find the delegation, in any language. */
	readonly query: string;
	/** The highlighted row of the matches. */
	readonly match: number;
	readonly delegation: string | undefined;
	readonly stance: Stance;
	readonly note: Editor;
	readonly phase: Phase;
};

export type UndoForm = {
	readonly kind: 'undo';
	readonly entry: string;
	/** "decision on item 1 (approved)". */
	readonly description: string;
	readonly phase: Phase;
};

export type RecordingForm = DecisionForm | StatusForm | PositionForm | UndoForm;

/** What a key did to a form. */
export type FormStep =
	| {readonly kind: 'form'; readonly form: RecordingForm}
	| {readonly kind: 'save'; readonly form: RecordingForm; readonly draft: EntryDraft}
	| {readonly kind: 'close'};

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

/** "item 1.02" for an agenda item, the describe.ts label for anything else. */
export function shortTargetLabel(index: DatasetIndex, id: string): string {
	const entity = index.entities.get(id);
	return entity?.kind === 'agenda-item' ? `item ${sanitizeLine(entity.value.number)}` : targetLabel(index, id);
}

export function decisionForm(options: {readonly target: string; readonly label: string; readonly actionKind: ActionKind; readonly draft: string}): DecisionForm {
	const editor = createEditor(options.draft);
	const outcome = likelyOutcome[options.actionKind];
	return {kind: 'decision', target: options.target, label: options.label, outcome, initialOutcome: outcome, field: 'text', editor, initialText: editor.text, isConfirmingCancel: false, phase: editing};
}

export function statusForm(item: string, label: string, current: ItemStatus): StatusForm {
	return {kind: 'status', item, label, choice: current, phase: editing};
}

export function positionForm(on: string, label: string): PositionForm {
	return {kind: 'position', on, label, step: 'delegation', query: '', match: 0, delegation: undefined, stance: 'supports', note: createEditor(''), phase: editing};
}

/** The undo confirmation for the last entry still in effect. */
export function undoForm(index: DatasetIndex, entry: JournalEntry): UndoForm {
	return {kind: 'undo', entry: entry.id, description: undoDescription(index, entry), phase: editing};
}

/** What an undo would reverse, in a few words: "decision on item 1 (approved)". */
export function undoDescription(index: DatasetIndex, entry: JournalEntry): string {
	switch (entry.kind) {
		case 'decision': {
			return `decision on ${shortTargetLabel(index, entry.payload.target)} (${outcomeWord[entry.payload.outcome]})`;
		}

		case 'status': {
			return `status of ${shortTargetLabel(index, entry.payload.item)} (${statusWord[entry.payload.status]})`;
		}

		case 'position': {
			return `position of ${targetLabel(index, entry.payload.delegation)} on ${shortTargetLabel(index, entry.payload.on)} (${stanceWord[entry.payload.stance]})`;
		}

		case 'current': {
			return `current item ${shortTargetLabel(index, entry.payload.item)}`;
		}

		case 'undo': {
			return `undo of ${entry.payload.entry}`;
		}
	}
}

/** Has the user typed or chosen anything Esc would throw away? */
export function isChanged(form: RecordingForm): boolean {
	switch (form.kind) {
		case 'decision': {
			return form.editor.text !== form.initialText || form.outcome !== form.initialOutcome;
		}

		case 'position': {
			return form.query !== '' || form.note.text !== '';
		}

		default: {
			return false;
		}
	}
}

/** The delegations the position form's query matches, best first. */
export function positionMatches(index: DatasetIndex, form: PositionForm) {
	return matchDelegations(index.dataset, form.query);
}

function cycle<T>(values: readonly T[], current: T, delta: number): T {
	const position = Math.max(0, values.indexOf(current));
	return values[(position + delta + values.length) % values.length] ?? current;
}

/** A digit 1-9 picks that choice; a letter picks the first choice starting with it. */
function pickByKey<T extends string>(values: readonly T[], key: string): T | undefined {
	const digit = /^[1-9]$/.test(key) ? values[Number(key) - 1] : undefined;
	if (digit !== undefined) {
		return digit;
	}

	return key.length === 1 && /\p{L}/u.test(key) ? values.find(value => value.startsWith(key.toLowerCase())) : undefined;
}

function withForm(form: RecordingForm): FormStep {
	return {kind: 'form', form};
}

/** Ctrl+S: the entry this form would record, if it is complete. */
export function saveForm(index: DatasetIndex, form: RecordingForm): FormStep {
	const saving: Phase = {kind: 'saving'};
	switch (form.kind) {
		case 'decision': {
			const text = form.editor.text.trim();
			return {kind: 'save', form: {...form, phase: saving, isConfirmingCancel: false}, draft: {kind: 'decision', payload: {target: form.target, outcome: form.outcome, text}}};
		}

		case 'status': {
			return {kind: 'save', form: {...form, phase: saving}, draft: {kind: 'status', payload: {item: form.item, status: form.choice}}};
		}

		case 'position': {
			const delegation = form.delegation ?? positionMatches(index, form)[form.match]?.id;
			if (delegation === undefined) {
				return withForm({...form, phase: {kind: 'failed', message: 'Pick a delegation first: type part of its name'}});
			}

			const note = form.note.text.trim();
			return {kind: 'save', form: {...form, delegation, phase: saving}, draft: {kind: 'position', payload: {delegation, on: form.on, stance: form.stance, ...(note === '' ? {} : {note})}}};
		}

		case 'undo': {
			return {kind: 'save', form: {...form, phase: saving}, draft: {kind: 'undo', payload: {entry: form.entry}}};
		}
	}
}

/** Esc: close, or ask first when typed text would be lost; a second Esc (or n) keeps editing. */
export function cancelForm(form: RecordingForm): FormStep {
	if (form.kind === 'decision' && form.isConfirmingCancel) {
		return withForm({...form, isConfirmingCancel: false});
	}

	if (form.kind === 'decision' && isChanged(form)) {
		return withForm({...form, isConfirmingCancel: true});
	}

	return {kind: 'close'};
}

/** Tab: between the outcome and the text of a decision. */
export function nextField(form: RecordingForm): FormStep {
	return form.kind === 'decision' ? withForm({...form, field: form.field === 'outcome' ? 'text' : 'outcome'}) : withForm(form);
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
			return statusKey(index, form, key);
		}

		case 'position': {
			return positionKey(index, form, key, text);
		}

		case 'undo': {
			if (key === 'y' || key === 'Y' || key === 'return') {
				return saveForm(index, form);
			}

			return key === 'n' || key === 'N' ? {kind: 'close'} : withForm(form);
		}
	}
}

/** Keys that move or edit a text: shared by the decision's text and the position's note. */
function editKey(editor: Editor, key: string, text: string | undefined, options: {readonly maxLength: number; readonly isMultiline: boolean}): Editor {
	switch (key) {
		case 'left': {
			return moveHorizontally(editor, -1);
		}

		case 'right': {
			return moveHorizontally(editor, 1);
		}

		case 'up': {
			return moveVertically(editor, -1);
		}

		case 'down': {
			return moveVertically(editor, 1);
		}

		case 'home':
		case 'ctrl-a': {
			return moveToLineEdge(editor, 'start');
		}

		case 'end':
		case 'ctrl-e': {
			return moveToLineEdge(editor, 'end');
		}

		case 'backspace': {
			return deleteBackward(editor);
		}

		case 'return': {
			return options.isMultiline ? insertText(editor, '\n', options.maxLength) : editor;
		}

		default: {
			if (text === undefined) {
				return editor;
			}

			const typed = options.isMultiline ? text : text.replaceAll(/[\r\n]+/g, ' ');
			return insertText(editor, typed, options.maxLength);
		}
	}
}

function decisionKey(form: DecisionForm, key: string, text: string | undefined): FormStep {
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

function statusKey(index: DatasetIndex, form: StatusForm, key: string): FormStep {
	if (key === 'up' || key === 'k' || key === 'left') {
		return withForm({...form, choice: cycle(itemStatuses, form.choice, -1)});
	}

	if (key === 'down' || key === 'j' || key === 'right') {
		return withForm({...form, choice: cycle(itemStatuses, form.choice, 1)});
	}

	if (key === 'return') {
		return saveForm(index, form);
	}

	const picked = /^[1-4]$/.test(key) ? itemStatuses[Number(key) - 1] : undefined;
	return picked === undefined ? withForm(form) : withForm({...form, choice: picked});
}

function positionKey(index: DatasetIndex, form: PositionForm, key: string, text: string | undefined): FormStep {
	const clear = form.phase.kind === 'failed' ? {phase: editing} : {};
	switch (form.step) {
		case 'delegation': {
			const count = positionMatches(index, form).length;
			if (key === 'down' || key === 'up') {
				return withForm({...form, match: count === 0 ? 0 : (form.match + (key === 'down' ? 1 : -1) + count) % count});
			}

			if (key === 'return') {
				const delegation = positionMatches(index, form)[form.match]?.id;
				return delegation === undefined
					? withForm({...form, phase: {kind: 'failed', message: `No delegation matches “${form.query}”`}})
					: withForm({...form, ...clear, delegation, step: 'stance'});
			}

			if (key === 'backspace') {
				return withForm({...form, ...clear, query: [...form.query].slice(0, -1).join(''), match: 0});
			}

			if (text === undefined) {
				return withForm(form);
			}

			const query = (form.query + sanitizeLine(text)).slice(0, 100);
			return withForm({...form, ...clear, query, match: 0});
		}

		case 'stance': {
			if (key === 'up' || key === 'left') {
				return withForm({...form, stance: cycle(stances, form.stance, -1)});
			}

			if (key === 'down' || key === 'right') {
				return withForm({...form, stance: cycle(stances, form.stance, 1)});
			}

			if (key === 'return') {
				return withForm({...form, step: 'note'});
			}

			if (key === 'backspace') {
				return withForm({...form, step: 'delegation', delegation: undefined});
			}

			const picked = pickByKey(stances, key);
			return picked === undefined ? withForm(form) : withForm({...form, stance: picked, step: 'note'});
		}

		case 'note': {
			// Enter on the last step saves (the note is one line); Backspace on an empty note goes back.
			if (key === 'return') {
				return saveForm(index, form);
			}

			if (key === 'backspace' && form.note.text === '') {
				return withForm({...form, step: 'stance'});
			}

			const note = editKey(form.note, key, text, {maxLength: maxNoteLength, isMultiline: false});
			return note === form.note ? withForm(form) : withForm({...form, ...clear, note});
		}
	}
}

/** The edge answered: saved closes the form (the caller shows the notice); a failure keeps everything typed. */
export function formSaved(form: RecordingForm, result: {readonly ok: boolean; readonly message: string}): RecordingForm | undefined {
	if (result.ok) {
		return undefined;
	}

	return {...form, phase: {kind: 'failed', message: result.message}};
}
