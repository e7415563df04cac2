import {type Binding, panes} from '../../keymap/bindings.js';

export const statusKeys: readonly Binding[] = [
	{command: 'record-status', records: true, keys: ['s'], label: 's', short: 'status', description: 'Change the selected item\'s status (pending, under consideration, decided, deferred)', where: panes, footer: ['agenda']},
];
