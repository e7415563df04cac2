/*
What a key binding is: the contexts, the commands and a binding's fields. The
rows themselves are each feature's (features/NAME/keys.ts); keymap.ts assembles
them into the one table.

Key names are the canonical names produced by key-name.ts: a printable character
as itself ("j", "G", "/"), or "up", "down", "pageup", "pagedown", "home", "end",
"tab", "shift-tab", "return", "escape", "backspace", "ctrl-c", ...
*/

/** Where a binding applies: a focused pane, an overlay, or everywhere. */
export const contexts = ['agenda', 'detail', 'positions', 'help', 'lookup-result', 'prompt', 'record', 'floor', 'floor-form', 'matrix'] as const;
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
	'edit-text',
	'form-key',
	'record-decision',
	'record-status',
	'record-position',
	'undo-entry',
	'record-vote',
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
	// The floor (features/floor/keys.ts).
	'floor-show',
	'floor-add',
	'floor-next',
	'floor-give',
	'floor-end',
	'floor-remove',
	'floor-move-up',
	'floor-move-down',
	'floor-statement',
	'floor-close-open',
	'floor-plan',
	'floor-down',
	'floor-up',
	'floor-save',
	'floor-next-field',
	'floor-cancel',
	// The consensus matrix (features/matrix/keys.ts).
	'matrix',
	'matrix-down',
	'matrix-up',
	'matrix-page-down',
	'matrix-page-up',
	'matrix-first-row',
	'matrix-last-row',
	'matrix-left',
	'matrix-right',
	'matrix-first-column',
	'matrix-last-column',
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
	/** The key appends a journal entry (at once or through the form it opens): refused to a viewer, marked so in the footer and the `?` screen. */
	readonly records?: boolean;
	/**
	The footer's order and what it keeps when narrow: 1 the most used, shown first
	and dropped last (default 5). Help and quit are always kept, at the end.
	*/
	readonly priority?: number;
	/** In the `record` context, the forms the binding belongs to (default: every form). */
	readonly forms?: readonly RecordingFormKind[];
};

/** The recording forms (features/recording/forms.ts), by kind: each has its own footer. */
export type RecordingFormKind = 'decision' | 'status' | 'position' | 'undo' | 'vote';

export const panes: readonly Where[] = ['agenda', 'detail', 'positions'];
export const lists: readonly Where[] = [...panes, 'help', 'lookup-result'];

