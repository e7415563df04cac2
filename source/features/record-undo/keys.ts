import {type Binding, panes} from '../../keymap/bindings.js';

export const undoKeys: readonly Binding[] = [
	{command: 'undo-entry', records: true, keys: ['u'], label: 'u', short: 'undo', description: 'Undo the last entry by recording its reversal, after a y/n question (history is kept)', where: panes, footer: ['agenda'], priority: 3},
	// The undo form is a question (undo-form.ts): y records the reversal, n keeps everything.
	{command: 'form-key', keys: ['y', 'n'], label: 'y/n', short: 'undo / keep', description: 'Answer the undo question: y records the reversal, n keeps everything as it is', where: ['record'], footer: ['record'], forms: ['undo'], priority: 1},
];
