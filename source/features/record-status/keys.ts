import {type Binding, panes} from '../../keymap/bindings.js';

export const statusKeys: readonly Binding[] = [
	{command: 'record-status', records: true, keys: ['s'], label: 's', short: 'status', description: 'Change the selected item\'s status (pending, under consideration, decided, deferred)', where: panes, footer: ['agenda'], priority: 2},
	// Keys the status form reads itself (status-form.ts), listed for its footer and ?.
	{command: 'form-key', keys: ['up', 'down', '1', '2', '3', '4'], label: '↑↓/1-4', short: 'choose', description: 'Choose the status (↑/↓, 1-4); Enter saves it', where: ['record'], footer: ['record'], forms: ['status'], priority: 1},
	{command: 'form-key', keys: ['return'], label: 'Enter', short: 'save', description: 'Save the chosen status, or the position once its note is typed', where: ['record'], footer: ['record'], forms: ['status', 'position'], priority: 1},
];
