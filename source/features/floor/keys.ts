import {type Binding, panes} from '../../keymap/bindings.js';

/*
The floor's keys. A chair with one hand on the keyboard runs the floor from any
pane, without opening anything (Zakim's q+, ack, q-): a adds a speaker, Space
gives the floor to the next one, x ends it, t types what was said. f shows the
list itself, where the cursor picks a request to give, move or remove.
*/
export const floorKeys: readonly Binding[] = [
	{command: 'floor-show', keys: ['f'], label: 'f', short: 'floor', description: 'Show the floor: the current item\'s list of speakers, who spoke and how often, time per delegation (f or Esc closes)', where: [...panes, 'floor'], footer: ['floor']},
	{command: 'floor-add', records: true, keys: ['a'], label: 'a', short: 'add speaker', description: 'Add a speaker to the list, found by part of its name in any language (Tab: a point of order or a right of reply, which go to the head)', where: [...panes, 'floor'], footer: ['floor']},
	{command: 'floor-next', records: true, keys: [' '], label: 'Space', short: 'next', description: 'Give the floor to the next speaker on the list (the speaker\'s clock starts; whoever spoke stops)', where: panes},
	{command: 'floor-next', records: true, keys: ['n', ' '], label: 'n', short: 'next', description: 'Give the floor to the next speaker on the list (also Space)', where: ['floor'], footer: ['floor']},
	{command: 'floor-end', records: true, keys: ['x'], label: 'x', short: 'end floor', description: 'End the floor: the speaker\'s clock stops', where: [...panes, 'floor'], footer: ['floor']},
	{command: 'floor-statement', records: true, keys: ['t'], label: 't', short: 'statement', description: 'Type what the speaker (or the last one) said, one line for the summary record, and its stance if any', where: [...panes, 'floor'], footer: ['floor']},
	{command: 'floor-give', records: true, keys: ['return'], label: 'Enter', short: 'give', description: 'Give the floor to the delegation under the cursor', where: ['floor'], footer: ['floor']},
	{command: 'floor-down', keys: ['down', 'j'], label: '↓/j', short: 'down', description: 'Next request on the list', where: ['floor'], footer: ['floor'], footerText: '↑↓/jk move'},
	{command: 'floor-up', keys: ['up', 'k'], label: '↑/k', short: 'up', description: 'Previous request on the list', where: ['floor']},
	{command: 'floor-move-up', records: true, keys: ['K'], label: 'K', short: 'move up', description: 'Move the request under the cursor up the list (within its place: points of order first, observers after councillors)', where: ['floor']},
	{command: 'floor-move-down', records: true, keys: ['J'], label: 'J', short: 'move down', description: 'Move the request under the cursor down the list', where: ['floor']},
	{command: 'floor-remove', records: true, keys: ['-', 'backspace'], label: '-/Bksp', short: 'remove', description: 'Take the request under the cursor off the list (withdrawn)', where: ['floor'], footer: ['floor']},
	{command: 'floor-close-open', records: true, keys: ['l'], label: 'l', short: 'close/open list', description: 'Close the list of speakers, or reopen it (a point of order or a right of reply may still be asked)', where: ['floor']},
	{command: 'floor-plan', records: true, keys: ['m'], label: 'm', short: 'plan', description: 'Set the item\'s planned duration in minutes (over the time-management plan\'s): the header\'s expected end follows', where: ['floor']},
	{command: 'floor-save', keys: ['return'], label: 'Enter', short: 'save', description: 'Save the speaker or the statement; "saved" shows once it is on disk', where: ['floor-form'], footer: ['floor-form']},
	{command: 'floor-next-field', keys: ['tab'], label: 'Tab', short: 'kind/stance', description: 'Picker: speak, point of order, right of reply. Statement: between the text and the stance (1-5 or its first letter, 0 none)', where: ['floor-form'], footer: ['floor-form']},
	{command: 'floor-cancel', keys: ['escape'], label: 'Esc', short: 'cancel', description: 'Cancel the speaker or the statement', where: ['floor-form'], footer: ['floor-form']},
];
