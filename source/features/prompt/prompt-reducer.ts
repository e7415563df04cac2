import {closeTop, replaceTop} from '../../state/overlays.js';
import {t} from '../../i18n/translate.js';
import {topOverlay, type Overlay, type State} from '../../state/state.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {applyFilter} from '../filter/filter-reducer.js';
import {lookUp} from '../lookup/lookup-reducer.js';

/*
The one-line input in the footer, for `/` (filter) and `#` (lookup): typing,
Backspace, Ctrl+U, Enter and Esc.
*/

type Prompt = Extract<Overlay, {kind: 'prompt'}>;

const maxInputLength = 200;

function editPrompt(state: State, overlay: Prompt, text: string): State {
	const next = replaceTop(state, {...overlay, text});
	// The filter is live: the agenda narrows with every key.
	return overlay.purpose === 'filter' ? applyFilter(next, text) : next;
}

export function typeText(state: State, typed: string): State {
	const overlay = topOverlay(state);
	if (overlay?.kind !== 'prompt') {
		return state;
	}

	// Typed and pasted text is untrusted like any data: no escape sequence reaches the screen.
	const clean = sanitizeLine(typed);
	if (clean === '') {
		return state;
	}

	return editPrompt(state, overlay, (overlay.text + clean).slice(0, maxInputLength));
}

export function cancelInput(state: State, overlay: Prompt): State {
	const closed = closeTop(state);
	return overlay.purpose === 'filter' ? applyFilter(closed, overlay.before) : closed;
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
			return editPrompt(state, overlay, [...overlay.text].slice(0, -1).join(''));
		}

		case 'clear-input': {
			return editPrompt(state, overlay, '');
		}
	}
}
