import type {Key} from 'ink';

/*
Ink's (input, key) pair → one canonical key name, the vocabulary of the keymap
table. Kept apart from the table so the reducer and its tests speak in names
("j", "pagedown", "ctrl-c") and never in Ink's key objects.
*/

type KeyFlags = Pick<Key, 'upArrow' | 'downArrow' | 'leftArrow' | 'rightArrow' | 'pageDown' | 'pageUp' | 'home' | 'end' | 'return' | 'escape' | 'ctrl' | 'shift' | 'tab' | 'backspace' | 'delete' | 'meta'>;

/**
Returns the key's name, or the typed text for printable input (a paste arrives
as one multi-character input). Ink reports the usual Backspace byte (0x7f) as
`delete`; both mean backspace here, as they do to users.
*/
export function keyName(input: string, key: Partial<KeyFlags>): string {
	if (key.upArrow) {
		return 'up';
	}

	if (key.downArrow) {
		return 'down';
	}

	if (key.leftArrow) {
		return 'left';
	}

	if (key.rightArrow) {
		return 'right';
	}

	if (key.pageDown) {
		return 'pagedown';
	}

	if (key.pageUp) {
		return 'pageup';
	}

	if (key.home) {
		return 'home';
	}

	if (key.end) {
		return 'end';
	}

	if (key.return) {
		return 'return';
	}

	if (key.escape) {
		return 'escape';
	}

	if (key.tab) {
		return key.shift ? 'shift-tab' : 'tab';
	}

	if (key.backspace || key.delete) {
		return 'backspace';
	}

	if (key.ctrl && input.length > 0) {
		return `ctrl-${input.toLowerCase()}`;
	}

	if (key.meta && input.length > 0) {
		return `meta-${input}`;
	}

	return input;
}
