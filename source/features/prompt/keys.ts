import type {Binding} from '../../keymap/bindings.js';

export const promptKeys: readonly Binding[] = [
	{command: 'accept-input', keys: ['return'], label: 'Enter', short: 'accept', description: 'Accept what was typed (filter: keep it; lookup: look it up)', where: ['prompt'], footer: ['prompt']},
	{command: 'cancel-input', keys: ['escape'], label: 'Esc', short: 'cancel', description: 'Cancel typing (the filter returns to what it was)', where: ['prompt'], footer: ['prompt']},
	{command: 'delete-char', keys: ['backspace'], label: 'Bksp', short: 'delete', description: 'Delete the character before the cursor', where: ['prompt', 'record']},
	{command: 'clear-input', keys: ['ctrl-u'], label: 'Ctrl+U', short: 'clear', description: 'Clear what was typed before the cursor (to the start of its line)', where: ['prompt', 'record'], footer: ['prompt']},
	// The line editor every input shares (state/edit-keys.ts), as readline has it; the reducer hands it these keys.
	{command: 'edit-text', keys: ['delete'], label: 'Del', short: 'delete', description: 'Delete the character under the cursor', where: ['prompt', 'record']},
	{command: 'edit-text', keys: ['ctrl-w', 'meta-backspace', 'meta-d'], label: 'Ctrl+W', short: 'delete word', description: 'Delete the word before the cursor (Ctrl+W back to a space, Alt+Backspace back to a word\'s start; Alt+D the word after it)', where: ['prompt', 'record']},
	{command: 'edit-text', keys: ['ctrl-k'], label: 'Ctrl+K', short: 'delete to end', description: 'Delete from the cursor to the end of the line', where: ['prompt', 'record']},
	{command: 'edit-text', keys: ['ctrl-a', 'ctrl-e', 'home', 'end'], label: 'Ctrl+A', short: 'line start/end', description: 'Move the cursor to the start (Ctrl+A, Home) or end (Ctrl+E, End) of the line', where: ['prompt', 'record']},
	{command: 'edit-text', keys: ['meta-left', 'meta-right', 'meta-b', 'meta-f', 'ctrl-left', 'ctrl-right'], label: 'Alt+←', short: 'word', description: 'Move the cursor one word back (Alt+←, Alt+B, Ctrl+←) or forward (Alt+→, Alt+F, Ctrl+→); ←/→ one character', where: ['prompt', 'record']},
];
