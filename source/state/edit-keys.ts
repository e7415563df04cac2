import {
	deleteBackward,
	deleteForward,
	deleteWord,
	deleteWordBackward,
	insertText,
	killToLineEnd,
	killToLineStart,
	moveByWord,
	moveHorizontally,
	moveToLineEdge,
	moveVertically,
	type Editor,
} from './editor.js';

/*
The one line editor every input shares (the filter and lookup prompt, the
delegation picker, the decision's text, the position's note): the keys
readline users expect, by keymap name. A key it does not know leaves the
editor as it was (the same object), so a caller can tell "not mine".
*/

export type EditOptions = {
	readonly maxLength: number;
	/** Enter makes a new line (the decision's text); otherwise a newline in a paste becomes a space. */
	readonly isMultiline: boolean;
};

/** The keys edit-keys handles besides typed text, for the keymap's documentation row. */
export const editingKeys = [
	'left', 'right', 'home', 'end', 'ctrl-a', 'ctrl-e', 'ctrl-b', 'ctrl-f', 'meta-b', 'meta-f', 'meta-left', 'meta-right', 'ctrl-left', 'ctrl-right',
	'delete', 'ctrl-w', 'ctrl-k', 'meta-backspace', 'meta-d',
] as const;

export function editKey(editor: Editor, key: string, text: string | undefined, options: EditOptions): Editor {
	switch (key) {
		case 'left':
		case 'ctrl-b': {
			return moveHorizontally(editor, -1);
		}

		case 'right':
		case 'ctrl-f': {
			return moveHorizontally(editor, 1);
		}

		case 'up': {
			return options.isMultiline ? moveVertically(editor, -1) : editor;
		}

		case 'down': {
			return options.isMultiline ? moveVertically(editor, 1) : editor;
		}

		case 'home':
		case 'ctrl-a': {
			return moveToLineEdge(editor, 'start');
		}

		case 'end':
		case 'ctrl-e': {
			return moveToLineEdge(editor, 'end');
		}

		case 'meta-b':
		case 'meta-left':
		case 'ctrl-left': {
			return moveByWord(editor, -1);
		}

		case 'meta-f':
		case 'meta-right':
		case 'ctrl-right': {
			return moveByWord(editor, 1);
		}

		case 'backspace': {
			return deleteBackward(editor);
		}

		case 'delete': {
			return deleteForward(editor);
		}

		case 'ctrl-u': {
			return killToLineStart(editor);
		}

		case 'ctrl-k': {
			return killToLineEnd(editor);
		}

		case 'ctrl-w': {
			return deleteWordBackward(editor);
		}

		case 'meta-backspace': {
			return deleteWord(editor, -1);
		}

		case 'meta-d': {
			return deleteWord(editor, 1);
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
