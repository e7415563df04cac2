import {describe, expect, it} from 'vitest';
import {detailLines} from '../../source/features/panes/detail-lines.js';
import {makeEntry} from '../../source/journal/entry-id.js';
import {textWidth} from '../../source/state/layout.js';
import {createEditor, cursorPlace, moveVertically} from '../../source/state/editor.js';
import {reducer} from '../../source/features/reducer.js';
import {emptyRecords} from '../../source/state/records.js';
import {cancelForm, decisionForm, formKey, formSaved, nextField, positionForm, saveForm, type FormStep, type RecordingForm} from '../../source/features/recording/forms.js';
import {contextOf, createInitialState, layoutOf, topOverlay, type State} from '../../source/state/state.js';
import type {Role} from '../../source/settings/schema.js';
import {fixtureIndex} from './fixture.js';

/*
The recording forms without Ink: keys in, the next form or the draft to save out.
*/

const index = fixtureIndex();

function formOf(step: FormStep): RecordingForm {
	if (step.kind === 'close') {
		throw new Error('the form closed');
	}

	return step.form;
}

function keysOn(form: RecordingForm, ...keys: string[]): RecordingForm {
	return keys.reduce((next, key) => formOf(formKey(index, next, key, key.length === 1 || /^\P{ASCII}/u.test(key) ? key : undefined)), form);
}

const draft = () => decisionForm({target: 'item-1', label: 'item PL 1.01', actionKind: 'approve', draft: 'The Council approved the report.'});

describe('decision form', () => {
	it('starts on the draft, cursor at its end, outcome from the action kind, unchanged', () => {
		const form = draft();
		expect(form).toMatchObject({outcome: 'approved', field: 'text', editor: {text: 'The Council approved the report.', cursor: 32}});
		expect(cancelForm(form)).toEqual({kind: 'close'});
		expect(saveForm(index, form)).toMatchObject({kind: 'save', draft: {kind: 'decision', payload: {target: 'item-1', outcome: 'approved', text: 'The Council approved the report.'}}});
	});

	it('edits on several lines; Esc on changed text asks, n or Esc keeps, y closes', () => {
		let form = keysOn(draft(), 'return', '文', 'x', 'backspace', 'left', '中');
		expect(form.kind === 'decision' && form.editor.text).toBe('The Council approved the report.\n中文');
		form = formOf(cancelForm(form));
		expect(form.kind === 'decision' && form.isConfirmingCancel).toBe(true);
		expect(formOf(formKey(index, form, 'n', 'n'))).toMatchObject({isConfirmingCancel: false});
		expect(formOf(cancelForm(form))).toMatchObject({isConfirmingCancel: false});
		expect(formKey(index, form, 'y', 'y')).toEqual({kind: 'close'});
	});

	it('picks the outcome by arrows, number or first letter on the outcome field (Tab)', () => {
		let form = formOf(nextField(draft()));
		expect(form).toMatchObject({field: 'outcome'});
		form = keysOn(form, 'right', 'right');
		expect(form).toMatchObject({outcome: 'noted', field: 'outcome'});
		// Twelve kinds, as council record takes them: ← from the first wraps to the last.
		form = keysOn(form, 'left', 'left', 'left');
		expect(form).toMatchObject({outcome: 'instructed'});
		expect(keysOn(formOf(nextField(draft())), '9')).toMatchObject({outcome: 'confirmed'});
		expect(keysOn(formOf(nextField(draft())), 'i')).toMatchObject({outcome: 'instructed'});
		// A pick stays on the outcomes (Space may keep it and another be picked); Enter goes to the text.
		expect(keysOn(formOf(nextField(draft())), '7')).toMatchObject({outcome: 'referred', field: 'outcome'});
		expect(keysOn(formOf(nextField(draft())), 'e')).toMatchObject({outcome: 'endorsed', field: 'outcome'});
		expect(keysOn(formOf(nextField(draft())), 'e', 'return')).toMatchObject({outcome: 'endorsed', field: 'text'});
	});

	it('ignores keys while saving, and keeps everything typed when the save failed', () => {
		const typed = keysOn(draft(), ' ', 'O', 'K');
		const saving = formOf(saveForm(index, typed));
		expect(saving.phase).toEqual({kind: 'saving'});
		expect(keysOn(saving, 'x')).toBe(saving);
		const failed = formSaved(saving, {ok: false, message: 'disk full'});
		expect(failed).toMatchObject({phase: {kind: 'failed', message: 'disk full'}, editor: {text: 'The Council approved the report. OK'}});
		expect(formSaved(saving, {ok: true, message: 'saved'})).toBeUndefined();
	});
});

describe('the editor keeps the display column across CJK lines', () => {
	it('moves up from column 4 of a Latin line to after the second CJK character', () => {
		const editor = {...createEditor('中文字\nabcdef'), cursor: 8};
		expect(cursorPlace(editor)).toEqual({row: 1, column: 4});
		const up = moveVertically(editor, -1);
		expect(up.cursor).toBe(2);
		expect(cursorPlace(up)).toEqual({row: 0, column: 4});
	});
});

describe('position form', () => {
	it('finds a delegation by part of a name in Arabic or Chinese, then stance, then an optional note', () => {
		let form = keysOn(positionForm('item-2', 'item PL 1.02'), 'م');
		expect(form).toMatchObject({step: 'delegation', query: {text: 'م'}});
		form = keysOn(form, 'return');
		expect(form).toMatchObject({step: 'stance', delegation: 'eg'});
		form = keysOn(form, 'r');
		expect(form).toMatchObject({step: 'note', stance: 'reservation'});
		const step = formKey(index, form, 'return', undefined);
		expect(step).toMatchObject({kind: 'save', draft: {kind: 'position', payload: {delegation: 'eg', on: 'item-2', stance: 'reservation'}}});
		expect(step.kind === 'save' && 'note' in step.draft.payload).toBe(false);

		const chinese = keysOn(positionForm('item-2', 'item PL 1.02'), '中', 'return', 'down', 'return', 'n', 'o');
		expect(saveForm(index, chinese)).toMatchObject({draft: {payload: {delegation: 'cn', stance: 'opposes', note: 'no'}}});
	});

	it('says when nothing matches: Enter offers to add what was typed as a delegation; Ctrl+S will not save without one', () => {
		const typed = keysOn(positionForm('item-2', 'x'), 'z', 'z', 'z');
		expect(formKey(index, typed, 'return', undefined)).toMatchObject({kind: 'save', draft: {kind: 'delegation', payload: {id: 'zzz', name: 'zzz', kind: 'observer'}}});
		expect(saveForm(index, typed)).toMatchObject({kind: 'form', form: {phase: {kind: 'failed', message: 'Pick a delegation first: type part of its name'}}});
	});
});

describe('recording keys in the reducer', () => {
	const start = (role?: Role, records = emptyRecords): State =>
		createInitialState(index, {size: {columns: 100, rows: 30}, now: 0, records, ...(role === undefined ? {} : {role})});
	const press = (state: State, ...keys: string[]) => keys.reduce((next, key) => reducer(next, key.length === 1 ? {type: 'key', key, text: key} : {type: 'key', key}), state);

	it('refuses a viewer and a screen without a journal, with the reason', () => {
		for (const key of ['d', 's', 'p', 'u']) {
			const viewer = press(start('viewer'), key);
			expect(viewer.overlays).toEqual([]);
			expect(viewer.notice).toContain('viewers cannot record');
			expect(press(start(), key).notice).toContain('No journal');
		}
	});

	it('d on an item whose documents ask several things pre-marks every outcome they ask, as its draft text says them', () => {
		const several = fixtureIndex({edit(input) {
			input.agendaItems![0] = {...input.agendaItems![0]!, action: {kind: 'approve', wording: 'The Council is invited to take note of this report and to approve the draft Decision in Annex A.'}, actions: [{kind: 'take-note', wording: 'The Council is invited to take note of this report'}, {kind: 'approve', wording: 'to approve the draft Decision in Annex A.'}]};
		}});
		let state = press(createInitialState(several, {size: {columns: 100, rows: 30}, now: 0, records: emptyRecords, role: 'secretary'}), 'd');
		expect(topOverlay(state)).toMatchObject({form: {marked: ['noted'], outcome: 'approved', editor: {text: 'The Council took note of the report and approved the draft Decision in Annex A.'}}});
		// Pre-marked is not a change: Esc closes without asking.
		expect(press(state, 'escape').overlays).toEqual([]);
		state = press(state, 'ctrl-s');
		expect(state.outbox).toMatchObject([{kind: 'record', draft: {kind: 'decision', payload: {target: 'item-1', outcome: 'noted', outcomes: [{kind: 'noted'}, {kind: 'approved'}]}}}]);
	});

	it('d then Ctrl+S queues the entry, says saving, and closes only when the edge says saved', () => {
		let state = press(start('secretary'), 'd');
		expect(contextOf(state)).toBe('record');
		state = press(state, 'ctrl-s');
		expect(state.outbox).toMatchObject([{kind: 'record', draft: {kind: 'decision', payload: {target: 'item-1'}}}]);
		expect(topOverlay(state)).toMatchObject({kind: 'record', form: {phase: {kind: 'saving'}}});
		// A key pressed meanwhile changes nothing, and q does not quit under a form.
		expect(press(state, 'q').isQuitting).toBe(false);
		const failed = reducer(state, {type: 'recorded', ok: false, text: 'EROFS'});
		expect(topOverlay(failed)).toMatchObject({form: {phase: {kind: 'failed', message: 'EROFS'}}});
		const saved = reducer(state, {type: 'recorded', ok: true, text: 'saved: decision on item PL 1.01 (approved)'});
		expect(saved.overlays).toEqual([]);
		expect(saved.notice).toBe('saved: decision on item PL 1.01 (approved)');
	});

	it('Ctrl+C on a changed decision asks before the text is lost; a second Ctrl+C quits; an untouched form quits at once', () => {
		const typed = press(start('secretary'), 'd', 'X');
		const asked = press(typed, 'ctrl-c');
		expect(asked.isQuitting).toBe(false);
		expect(topOverlay(asked)).toMatchObject({kind: 'record', form: {isConfirmingCancel: true}});
		expect(press(asked, 'ctrl-c').isQuitting).toBe(true);
		expect(press(start('secretary'), 'd', 'ctrl-c').isQuitting).toBe(true);
	});

	it('u names the entry it would undo and records an undo of it on y', () => {
		const entry = makeEntry({kind: 'decision', payload: {target: 'item-1', outcome: 'approved', text: 'Done.'}}, {name: 'Ana', role: 'secretary'}, 0, new Uint8Array(6));
		expect(press(start('chair'), 'u').notice).toBe('Nothing to undo');
		let state = press(start('chair', {...emptyRecords, lastUndoable: entry}), 'u');
		expect(topOverlay(state)).toMatchObject({form: {kind: 'undo', description: 'decision on item PL 1.01 (approved)'}});
		state = press(state, 'y');
		expect(state.outbox).toEqual([{kind: 'record', draft: {kind: 'undo', payload: {entry: entry.id}}, what: 'undo of the decision on item PL 1.01 (approved)'}]);
		expect(press(press(start('chair', {...emptyRecords, lastUndoable: entry}), 'u'), 'n').overlays).toEqual([]);
	});

	it('d in the detail records on the proposal under the cursor, on the item elsewhere', () => {
		let state = press(start('secretary'), 'j', 'tab');
		const item = index.dataset.agendaItems[1]!;
		const lines = detailLines(index, state.records, item, textWidth(layoutOf(state)));
		const proposalLine = lines.findIndex(line => line.target?.kind === 'positions' && line.target.on === 'prop-2-2');
		expect(proposalLine).toBeGreaterThan(0);
		state = press(state, ...Array.from({length: proposalLine}, () => 'j'), 'd');
		expect(topOverlay(state)).toMatchObject({form: {kind: 'decision', target: 'prop-2-2', label: 'proposal 2) of C26/12'}});
		expect(topOverlay(press(start('secretary'), 'j', 'd'))).toMatchObject({form: {target: 'item-2'}});
	});

	it('e asks the edge for the minutes, for a viewer too', () => {
		expect(press(start('viewer'), 'e').outbox).toEqual([{kind: 'export-minutes'}]);
	});
});
