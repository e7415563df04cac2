import {type Binding, panes} from '../../keymap/bindings.js';

/** The minutes, and the keys of every recording form. */
export const recordingKeys: readonly Binding[] = [
	{command: 'export-minutes', keys: ['e'], label: 'e', short: 'export', description: 'Write the summary record to a file in the current folder, in the minutesFormat preference\'s format (md, text, json or docx), and show its path', where: panes, footer: ['agenda'], priority: 4},
	{command: 'save-entry', keys: ['ctrl-s'], label: 'Ctrl+S', short: 'save', description: 'Save the entry; "saved" shows once it is on disk', where: ['record'], footer: ['record'], forms: ['decision', 'status', 'position', 'vote'], priority: 1},
	{command: 'next-field', keys: ['tab'], label: 'Tab', short: 'outcome/text', description: 'Move between a decision\'s text (Enter is a new line), its outcome (←/→, 1-9 or its first letter; Space adds another: noted + approved) and its Council number', where: ['record'], footer: ['record'], forms: ['decision'], priority: 2},
	{command: 'cancel-entry', keys: ['escape'], label: 'Esc', short: 'cancel', description: 'Cancel recording (asks first if the decision text was changed)', where: ['record'], footer: ['record'], priority: 3},
];
