import {type Binding, lists, panes} from '../../keymap/bindings.js';

/** The movement keys of every scrolling list (scrolling.ts runs them). */
export const listKeys: readonly Binding[] = [
	{command: 'move-down', keys: ['down', 'j'], label: '↓/j', short: 'down', description: 'Move the selection (or the cursor in a pane) down one row', where: lists, footer: ['agenda', 'detail', 'positions', 'lookup-result', 'help'], footerText: '↑↓/jk move', priority: 1},
	{command: 'move-up', keys: ['up', 'k'], label: '↑/k', short: 'up', description: 'Move up one row', where: lists},
	{command: 'page-down', keys: ['pagedown', 'ctrl-d', 'ctrl-f'], label: 'PgDn', short: 'page', description: 'Move down one page (also Ctrl+D, Ctrl+F)', where: lists},
	{command: 'page-up', keys: ['pageup', 'ctrl-u', 'ctrl-b'], label: 'PgUp', short: 'page up', description: 'Move up one page (also Ctrl+U, Ctrl+B)', where: lists},
	{command: 'first', keys: ['g', 'home'], label: 'g/Home', short: 'first', description: 'Go to the first row', where: lists},
	{command: 'last', keys: ['G', 'end'], label: 'G/End', short: 'last', description: 'Go to the last row', where: lists},
];

/** Focus, Enter and Esc. */
export const paneKeys: readonly Binding[] = [
	{command: 'next-pane', keys: ['tab'], label: 'Tab', short: 'pane', description: 'Focus the next pane (agenda, detail, positions)', where: panes, footer: panes, priority: 4},
	{command: 'previous-pane', keys: ['shift-tab'], label: 'S-Tab', short: 'pane back', description: 'Focus the previous pane', where: panes},
	{command: 'open', keys: ['return'], label: 'Enter', short: 'open', description: 'Open: the item\'s detail, the reference or proposal under the cursor, the delegation of a position, or jump to a lookup entry', where: [...panes, 'lookup-result'], footer: ['agenda', 'detail', 'positions', 'lookup-result'], priority: 3},
	{command: 'back', keys: ['escape'], label: 'Esc', short: 'back', description: 'Close the overlay or go back; on the agenda, clear the filter', where: ['global'], footer: ['detail', 'positions', 'lookup-result', 'help'], priority: 2},
];

/** The item under discussion. */
export const currentItemKeys: readonly Binding[] = [
	{command: 'make-current', keys: ['c'], label: 'c', short: 'current', description: 'Make the selected item the current one (the item under discussion)', where: panes, footer: ['agenda'], priority: 3},
	{command: 'select-current', keys: ['.'], label: '.', short: 'to current', description: 'Select the current item', where: panes},
];

/** The detail's headings, the positions' targets, jump-back. */
export const detailKeys: readonly Binding[] = [
	{command: 'next-section', keys: ['}'], label: '}', short: 'next section', description: 'Jump to the next heading of the detail (purpose, references, proposals, footnotes...)', where: ['detail']},
	{command: 'previous-section', keys: ['{'], label: '{', short: 'prev section', description: 'Jump to the previous heading of the detail', where: ['detail']},
	{command: 'next-target', keys: [']', 'right'], label: ']/→', short: 'proposal', description: 'Positions on the next proposal of the item', where: ['positions'], footer: ['positions'], priority: 2},
	{command: 'previous-target', keys: ['[', 'left'], label: '[/←', short: 'prev proposal', description: 'Positions on the previous proposal, back to the item itself', where: ['positions']},
	{command: 'jump-back', keys: ['backspace', 'ctrl-o'], label: 'Bksp', short: 'jump back', description: 'Return to the item selected before the last jump (also Ctrl+O)', where: panes},
];
