import {editKey} from '../../state/edit-keys.js';
import {closeTop, replaceTop} from '../../state/overlays.js';
import {t} from '../../i18n/translate.js';
import {topOverlay, type Overlay, type State} from '../../state/state.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {applyFilter} from '../filter/filter-reducer.js';
import {lookUp} from '../lookup/lookup-reducer.js';

/*
The one-line input in the footer, for `/` (filter) and `#` (lookup): typing and
editing through the line editor every input shares (state/edit-keys.ts: Ctrl+A/E/U/K/W,
Delete, Alt+←/→ ...), Enter and Esc.
*/

type Prompt = Extract<Overlay, {kind: 'prompt'}>;

const maxInputLength = 200;

function editPrompt(state: State, overlay: Prompt, edited: {readonly text: string; readonly cursor: number}): State {
	if (edited.text === overlay.text && edited.cursor === overlay.cursor) {
		return state;
	}

	const next = replaceTop(state, {...overlay, text: edited.text, cursor: edited.cursor});
	// The filter is live: the agenda narrows with every key.
	return overlay.purpose === 'filter' && edited.text !== overlay.text ? applyFilter(next, edited.text) : next;
}

/** A key typed into the prompt: text (a paste whole) or an editing key. */
export function promptKey(state: State, key: string, typed: string | undefined): State {
	const overlay = topOverlay(state);
	if (overlay?.kind !== 'prompt') {
		return state;
	}

	// Typed and pasted text is untrusted like any data: no escape sequence reaches the screen.
	const text = typed === undefined ? undefined : sanitizeLine(typed);
	if (text === '') {
		return state;
	}

	return editPrompt(state, overlay, editKey(overlay, key, text, {maxLength: maxInputLength, isMultiline: false}));
}

export function typeText(state: State, typed: string): State {
	return promptKey(state, typed, typed);
}

export function cancelInput(state: State, overlay: Prompt): State {
	const closed = closeTop(state);
	if (overlay.purpose !== 'filter') {
		return closed;
	}

	// The agenda returns to what it was, selection included (typing had moved it to what matched).
	const restored = applyFilter(closed, overlay.before);
	// The same filter gives the same rows, so the cursor and scroll of then are valid now.
	return overlay.beforeAgenda === undefined ? restored : {...restored, agenda: overlay.beforeAgenda};
}

function acceptInput(state: State): State {
	const overlay = topOverlay(state);
	if (overlay?.kind !== 'prompt') {
		return state;
	}

	const closed = closeTop(state);
	if (overlay.purpose === 'filter') {
		const count = state.rows.length;
		return {...closed, focus: 'agenda', notice: overlay.text === '' ? undefined : t('notice.filter-matches', {count, filter: overlay.text})};
	}

	const query = overlay.text.trim();
	return query === '' ? closed : lookUp(closed, query);
}

export type PromptCommand = 'accept-input' | 'cancel-input' | 'delete-char' | 'clear-input';

export function runPromptCommand(state: State, command: PromptCommand): State {
	if (command === 'accept-input') {
		return acceptInput(state);
	}

	const overlay = topOverlay(state);
	if (overlay?.kind !== 'prompt') {
		return state;
	}

	switch (command) {
		case 'cancel-input': {
			return cancelInput(state, overlay);
		}

		case 'delete-char': {
			return promptKey(state, 'backspace', undefined);
		}

		case 'clear-input': {
			return promptKey(state, 'ctrl-u', undefined);
		}
	}
}
