/*
The one keymap table. Input handling (state/reducer.ts via resolveKey), the
footer and the `?` help screen all read it, so a key cannot do one thing and be
documented as another (lazygit's keybindings-as-data).

Key names are the canonical names produced by key-name.ts: a printable character
as itself ("j", "G", "/"), or "up", "down", "pageup", "pagedown", "home", "end",
"tab", "shift-tab", "return", "escape", "backspace", "ctrl-c", ...
*/

/** Where a binding applies: a focused pane, an overlay, or everywhere. */
export const contexts = ['agenda', 'detail', 'positions', 'help', 'lookup-result', 'prompt', 'record'] as const;
export type Context = (typeof contexts)[number];
export type Where = Context | 'global';

export const commandIds = [
	'move-down',
	'move-up',
	'page-down',
	'page-up',
	'first',
	'last',
	'next-pane',
	'previous-pane',
	'open',
	'back',
	'filter',
	'lookup',
	'make-current',
	'select-current',
	'next-match',
	'previous-match',
	'next-section',
	'previous-section',
	'next-target',
	'previous-target',
	'jump-back',
	'help',
	'quit',
	'force-quit',
	'accept-input',
	'cancel-input',
	'delete-char',
	'clear-input',
	'record-decision',
	'record-status',
	'record-position',
	'undo-entry',
	'export-minutes',
	'save-entry',
	'next-field',
	'cancel-entry',
	'agenda-smaller',
	'agenda-larger',
	'positions-taller',
	'positions-shorter',
	'reset-panes',
	'cycle-theme',
] as const;
export type CommandId = (typeof commandIds)[number];

export type Binding = {
	readonly command: CommandId;
	readonly keys: readonly string[];
	/** How the keys are written in the footer and help, e.g. "↑/k". */
	readonly label: string;
	/** One short verb phrase for the footer. */
	readonly short: string;
	/** The sentence for the help screen and README. */
	readonly description: string;
	readonly where: readonly Where[];
	/** Shown in the footer of these contexts (the footer has room for a few only). */
	readonly footer?: readonly Where[];
	/** How the footer writes it when that differs from `label short`, e.g. "↑↓/jk move" for both moves. */
	readonly footerText?: string;
};

const panes: readonly Where[] = ['agenda', 'detail', 'positions'];
const lists: readonly Where[] = [...panes, 'help', 'lookup-result'];

export const keymap: readonly Binding[] = [
	{command: 'move-down', keys: ['down', 'j'], label: '↓/j', short: 'down', description: 'Move the selection (or the cursor in a pane) down one row', where: lists, footer: ['agenda', 'detail', 'positions', 'lookup-result', 'help'], footerText: '↑↓/jk move'},
	{command: 'move-up', keys: ['up', 'k'], label: '↑/k', short: 'up', description: 'Move up one row', where: lists},
	{command: 'page-down', keys: ['pagedown', 'ctrl-d', 'ctrl-f'], label: 'PgDn', short: 'page', description: 'Move down one page (also Ctrl+D, Ctrl+F)', where: lists},
	{command: 'page-up', keys: ['pageup', 'ctrl-u', 'ctrl-b'], label: 'PgUp', short: 'page up', description: 'Move up one page (also Ctrl+U, Ctrl+B)', where: lists},
	{command: 'first', keys: ['g', 'home'], label: 'g/Home', short: 'first', description: 'Go to the first row', where: lists},
	{command: 'last', keys: ['G', 'end'], label: 'G/End', short: 'last', description: 'Go to the last row', where: lists},
	{command: 'next-pane', keys: ['tab'], label: 'Tab', short: 'pane', description: 'Focus the next pane (agenda, detail, positions)', where: panes, footer: panes},
	{command: 'previous-pane', keys: ['shift-tab'], label: 'S-Tab', short: 'pane back', description: 'Focus the previous pane', where: panes},
	{command: 'open', keys: ['return'], label: 'Enter', short: 'open', description: 'Open: the item\'s detail, the reference or proposal under the cursor, the delegation of a position, or jump to a lookup entry', where: [...panes, 'lookup-result'], footer: ['agenda', 'detail', 'positions', 'lookup-result']},
	{command: 'back', keys: ['escape'], label: 'Esc', short: 'back', description: 'Close the overlay or go back; on the agenda, clear the filter', where: ['global'], footer: ['detail', 'positions', 'lookup-result', 'help']},
	{command: 'filter', keys: ['/'], label: '/', short: 'filter', description: 'Filter the agenda by any text (titles, documents, references, proposals), live as you type', where: panes, footer: ['agenda']},
	{command: 'lookup', keys: ['#'], label: '#', short: 'lookup', description: 'Look up a reference (71, PP-22/157, an item number, a document symbol) and everything that cites it', where: [...panes, 'lookup-result'], footer: ['agenda', 'detail']},
	{command: 'make-current', keys: ['c'], label: 'c', short: 'current', description: 'Make the selected item the current one (the item under discussion)', where: panes, footer: ['agenda']},
	{command: 'select-current', keys: ['.'], label: '.', short: 'to current', description: 'Select the current item', where: panes},
	{command: 'next-match', keys: ['n'], label: 'n', short: 'next match', description: 'Next item matching the filter; in the detail, the next line holding it (wraps around)', where: panes},
	{command: 'previous-match', keys: ['N'], label: 'N', short: 'prev match', description: 'Previous item matching the filter, or line in the detail (wraps around)', where: panes},
	{command: 'next-section', keys: ['}'], label: '}', short: 'next section', description: 'Jump to the next heading of the detail (purpose, references, proposals, footnotes...)', where: ['detail']},
	{command: 'previous-section', keys: ['{'], label: '{', short: 'prev section', description: 'Jump to the previous heading of the detail', where: ['detail']},
	{command: 'next-target', keys: [']', 'right'], label: ']/→', short: 'proposal', description: 'Positions on the next proposal of the item', where: ['positions'], footer: ['positions']},
	{command: 'previous-target', keys: ['[', 'left'], label: '[/←', short: 'prev proposal', description: 'Positions on the previous proposal, back to the item itself', where: ['positions']},
	{command: 'jump-back', keys: ['backspace', 'ctrl-o'], label: 'Bksp', short: 'jump back', description: 'Return to the item selected before the last jump (also Ctrl+O)', where: panes},
	{command: 'help', keys: ['?'], label: '?', short: 'help', description: 'Show all keys; ? or Esc closes', where: [...panes, 'help', 'lookup-result'], footer: ['agenda', 'detail', 'positions']},
	{command: 'quit', keys: ['q'], label: 'q', short: 'quit', description: 'Quit and leave the terminal as it was', where: [...panes, 'help', 'lookup-result'], footer: ['agenda', 'detail', 'positions']},
	{command: 'force-quit', keys: ['ctrl-c'], label: 'Ctrl+C', short: 'quit', description: 'Quit from anywhere, even while typing', where: ['global']},
	{command: 'accept-input', keys: ['return'], label: 'Enter', short: 'accept', description: 'Accept what was typed (filter: keep it; lookup: look it up)', where: ['prompt'], footer: ['prompt']},
	{command: 'cancel-input', keys: ['escape'], label: 'Esc', short: 'cancel', description: 'Cancel typing (the filter returns to what it was)', where: ['prompt'], footer: ['prompt']},
	{command: 'delete-char', keys: ['backspace'], label: 'Bksp', short: 'delete', description: 'Delete the last character typed', where: ['prompt']},
	{command: 'clear-input', keys: ['ctrl-u'], label: 'Ctrl+U', short: 'clear', description: 'Clear what was typed', where: ['prompt'], footer: ['prompt']},
	// Recording (issue 4): only where an item is selected; a viewer sees them refused with the reason.
	{command: 'record-decision', keys: ['d'], label: 'd', short: 'decide', description: 'Record a decision on the selected item (in the detail: on the proposal under the cursor; in the positions pane: on what it shows), pre-filled from its action required', where: panes, footer: ['agenda', 'positions']},
	{command: 'record-status', keys: ['s'], label: 's', short: 'status', description: 'Change the selected item\'s status (pending, under consideration, decided, deferred)', where: panes, footer: ['agenda']},
	{command: 'record-position', keys: ['p'], label: 'p', short: 'position', description: 'Record a delegation\'s position, the delegation found by part of its name in any language', where: panes, footer: ['agenda', 'positions']},
	{command: 'undo-entry', keys: ['u'], label: 'u', short: 'undo', description: 'Undo the last entry by recording its reversal, after a y/n question (history is kept)', where: panes},
	{command: 'export-minutes', keys: ['e'], label: 'e', short: 'export', description: 'Write the minutes (Markdown) to a file in the current folder and show its path', where: panes},
	{command: 'save-entry', keys: ['ctrl-s'], label: 'Ctrl+S', short: 'save', description: 'Save the entry; "saved" shows once it is on disk', where: ['record'], footer: ['record']},
	{command: 'next-field', keys: ['tab'], label: 'Tab', short: 'outcome/text', description: 'Switch between a decision\'s outcome (←/→, 1-8 or its first letter) and its text (Enter is a new line)', where: ['record'], footer: ['record']},
	{command: 'cancel-entry', keys: ['escape'], label: 'Esc', short: 'cancel', description: 'Cancel recording (asks first if the decision text was changed)', where: ['record'], footer: ['record']},
	// Preferences, saved to the settings file (issue 3).
	{command: 'agenda-smaller', keys: ['<'], label: '<', short: 'agenda smaller', description: 'Give the agenda fewer rows and the detail more (saved in the settings)', where: panes},
	{command: 'agenda-larger', keys: ['>'], label: '>', short: 'agenda larger', description: 'Give the agenda more rows and the detail fewer (saved in the settings)', where: panes},
	{command: 'positions-taller', keys: ['+'], label: '+', short: 'positions taller', description: 'Make the positions pane taller (saved in the settings)', where: panes},
	{command: 'positions-shorter', keys: ['-'], label: '-', short: 'positions shorter', description: 'Make the positions pane shorter (saved in the settings)', where: panes},
	{command: 'reset-panes', keys: ['='], label: '=', short: 'reset panes', description: 'Put the pane sizes back to the defaults', where: panes},
	{command: 'cycle-theme', keys: ['T'], label: 'T', short: 'theme', description: 'Next theme: default, high contrast, mono (no colour) (saved in the settings)', where: panes},
];

// Context → key name → command, built once: resolving a key press is two Map.get.
const byContext = new Map<Where, Map<string, CommandId>>();
for (const binding of keymap) {
	for (const where of binding.where) {
		let keys = byContext.get(where);
		if (keys === undefined) {
			keys = new Map();
			byContext.set(where, keys);
		}

		for (const key of binding.keys) {
			// The first binding listed wins; the table test checks there are no clashes.
			if (!keys.has(key)) {
				keys.set(key, binding.command);
			}
		}
	}
}

/** The command a key runs in a context: bindings of the context first, then global ones. */
export function resolveKey(context: Context, key: string): CommandId | undefined {
	return byContext.get(context)?.get(key) ?? byContext.get('global')?.get(key);
}

/** The bindings that apply in a context (its own, then global), in table order. */
export function bindingsFor(context: Context): Binding[] {
	return keymap.filter(binding => binding.where.includes(context) || binding.where.includes('global'));
}

/** The bindings the footer shows in a context, in table order. */
export function footerBindings(context: Context): Binding[] {
	return keymap.filter(binding => binding.footer?.includes(context));
}
