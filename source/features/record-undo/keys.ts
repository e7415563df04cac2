import {type Binding, panes} from '../../keymap/bindings.js';

export const undoKeys: readonly Binding[] = [
	{command: 'undo-entry', records: true, keys: ['u'], label: 'u', short: 'undo', description: 'Undo the last entry by recording its reversal, after a y/n question (history is kept)', where: panes},
];
