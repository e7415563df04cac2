import type {Binding} from '../../keymap/bindings.js';

export const promptKeys: readonly Binding[] = [
	{command: 'accept-input', keys: ['return'], label: 'Enter', short: 'accept', description: 'Accept what was typed (filter: keep it; lookup: look it up)', where: ['prompt'], footer: ['prompt']},
	{command: 'cancel-input', keys: ['escape'], label: 'Esc', short: 'cancel', description: 'Cancel typing (the filter returns to what it was)', where: ['prompt'], footer: ['prompt']},
	{command: 'delete-char', keys: ['backspace'], label: 'Bksp', short: 'delete', description: 'Delete the last character typed', where: ['prompt']},
	{command: 'clear-input', keys: ['ctrl-u'], label: 'Ctrl+U', short: 'clear', description: 'Clear what was typed', where: ['prompt'], footer: ['prompt']},
];
