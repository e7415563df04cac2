import type {DatasetIndex} from '../../dataset/build-index.js';
import {t} from '../../i18n/translate.js';
import {stances} from '../../dataset/vocabulary.js';
import type {Stance} from '../../dataset/schema.js';
import {maxNoteLength} from '../../journal/entry-kinds/entry-limits.js';
import {namedDelegations} from '../../dataset/delegation-match.js';
import {newDelegation, type DelegationPayload} from '../../journal/journal-delegations.js';
import {matchDelegations} from '../../journal/targets.js';
import {createEditor, type Editor} from '../../state/editor.js';
import type {State} from '../../state/state.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {cycle, editKey, editing, pickByKey, saving, withForm, type Phase, type Step} from '../recording/form-parts.js';
import {shortTargetLabel, targetOf} from '../recording/target.js';

/* `p`: a delegation (found by part of its name, any language), its stance, a note. */

export type PositionForm = {
	readonly kind: 'position';
	readonly on: string;
	readonly label: string;
	readonly step: 'delegation' | 'stance' | 'note';
	/** What was typed to find the delegation, in any language (the shared line editor). */
	readonly query: Editor;
	/** The highlighted row of the matches. */
	readonly match: number;
	readonly delegation: string | undefined;
	readonly stance: Stance;
	readonly note: Editor;
	readonly phase: Phase;
	/** A delegation being added from the picker ("Enter: add 'Holy See'"): its entry is on its way to the journal. */
	readonly adding?: DelegationPayload | undefined;
	/** The name of a delegation added from the picker, shown until the journal's copy of it reaches the index. */
	readonly addedName?: string | undefined;
};

export function positionForm(on: string, label: string): PositionForm {
	return {kind: 'position', on, label, step: 'delegation', query: createEditor(''), match: 0, delegation: undefined, stance: 'supports', note: createEditor(''), phase: editing};
}

export function positionFormFor(state: State): PositionForm | string {
	const target = targetOf(state);
	return target === undefined ? t('notice.no-item-selected') : positionForm(target, shortTargetLabel(state.index, target));
}

/** The delegations the position form's query matches, best first. */
export function positionMatches(index: DatasetIndex, form: PositionForm) {
	return matchDelegations(index.dataset, form.query.text);
}

/**
The picker's last row: add what was typed as a new delegation, offered when
something is typed that names no delegation outright (typing "Holy See"
offers it; "Fran" lists France and offers nothing to add once "France" is typed).
*/
export function offeredAddition(index: DatasetIndex, form: PositionForm): string | undefined {
	const name = form.query.text.replace(/\s+/g, ' ').trim();
	if (name === '') {
		return undefined;
	}

	return namedDelegations(index.dataset, name).isExact ? undefined : name;
}

/** Rows of the picker: the matches, then the offer to add one. */
function pickerCount(index: DatasetIndex, form: PositionForm): number {
	return positionMatches(index, form).length + (offeredAddition(index, form) === undefined ? 0 : 1);
}

/** The edge recorded the delegation added from the picker: on to its stance. */
export function delegationAdded(form: PositionForm): PositionForm {
	return form.adding === undefined ? form : {...form, delegation: form.adding.id, addedName: form.adding.name, adding: undefined, step: 'stance', phase: editing};
}

export function isPositionChanged(form: PositionForm): boolean {
	return form.query.text !== '' || form.note.text !== '';
}

export function savePosition(index: DatasetIndex, form: PositionForm): Step<PositionForm> {
	const delegation = form.delegation ?? positionMatches(index, form)[form.match]?.id;
	if (delegation === undefined) {
		return withForm({...form, phase: {kind: 'failed', message: t('form.pick-delegation')}});
	}

	const note = form.note.text.trim();
	return {kind: 'save', form: {...form, delegation, phase: saving}, draft: {kind: 'position', payload: {delegation, on: form.on, stance: form.stance, ...(note === '' ? {} : {note})}}};
}

export function positionKey(index: DatasetIndex, form: PositionForm, key: string, text: string | undefined): Step<PositionForm> {
	const clear = form.phase.kind === 'failed' ? {phase: editing} : {};
	switch (form.step) {
		case 'delegation': {
			const count = pickerCount(index, form);
			if (key === 'down' || key === 'up') {
				return withForm({...form, match: count === 0 ? 0 : (form.match + (key === 'down' ? 1 : -1) + count) % count});
			}

			if (key === 'return') {
				const delegation = positionMatches(index, form)[form.match]?.id;
				if (delegation !== undefined) {
					return withForm({...form, ...clear, delegation, step: 'stance'});
				}

				const offered = offeredAddition(index, form);
				if (offered === undefined) {
					return withForm({...form, phase: {kind: 'failed', message: t('form.type-delegation')}});
				}

				const added = newDelegation(index.dataset, offered);
				return added.ok
					? {kind: 'save', form: {...form, adding: added.payload, phase: saving}, draft: {kind: 'delegation', payload: added.payload}}
					: withForm({...form, phase: {kind: 'failed', message: added.message}});
			}

			const query = editKey(form.query, key, text === undefined ? undefined : sanitizeLine(text), {maxLength: 100, isMultiline: false});
			return query === form.query ? withForm(form) : withForm({...form, ...clear, query, match: query.text === form.query.text ? form.match : 0});
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
				return savePosition(index, form);
			}

			if (key === 'backspace' && form.note.text === '') {
				return withForm({...form, step: 'stance'});
			}

			const note = editKey(form.note, key, text, {maxLength: maxNoteLength, isMultiline: false});
			return note === form.note ? withForm(form) : withForm({...form, ...clear, note});
		}
	}
}
