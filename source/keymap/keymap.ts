import {currentItemKeys, detailKeys, listKeys, paneKeys} from '../features/panes/keys.js';
import {filterKeys, matchKeys} from '../features/filter/keys.js';
import {floorKeys} from '../features/floor/keys.js';
import {helpKeys} from '../features/help/keys.js';
import {lookupKeys} from '../features/lookup/keys.js';
import {matrixKeys} from '../features/matrix/keys.js';
import {preferenceKeys} from '../features/preferences/keys.js';
import {promptKeys} from '../features/prompt/keys.js';
import {decisionKeys} from '../features/record-decision/keys.js';
import {positionKeys} from '../features/record-position/keys.js';
import {statusKeys} from '../features/record-status/keys.js';
import {undoKeys} from '../features/record-undo/keys.js';
import {voteKeys} from '../features/record-vote/keys.js';
import {recordingKeys} from '../features/recording/keys.js';
import type {Binding, CommandId, Context, RecordingFormKind, Where} from './bindings.js';

/*
The one keymap table. Input handling (features/reducer.ts via resolveKey), the
footer, the `?` help screen and the README's key table all read it, so a key
cannot do one thing and be documented as another (lazygit's keybindings-as-data).
Each feature declares its rows (features/NAME/keys.ts); this list puts them in
the order help and the README show them.

Key names are the canonical names produced by key-name.ts: a printable character
as itself ("j", "G", "/"), or "up", "down", "pageup", "pagedown", "home", "end",
"tab", "shift-tab", "return", "escape", "backspace", "ctrl-c", ...
*/

export {commandIds, contexts, type Binding, type CommandId, type Context, type RecordingFormKind, type Where} from './bindings.js';

export const keymap: readonly Binding[] = [
	...listKeys,
	...paneKeys,
	...filterKeys,
	...lookupKeys,
	...currentItemKeys,
	...matchKeys,
	...detailKeys,
	...helpKeys,
	...promptKeys,
	...decisionKeys,
	...statusKeys,
	...positionKeys,
	...undoKeys,
	...voteKeys,
	...recordingKeys,
	...floorKeys,
	...preferenceKeys,
	...matrixKeys,
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

/** Commands that append a journal entry (the rows flagged `records`): what a viewer is refused. */
export const recordingCommands: ReadonlySet<CommandId> = new Set(keymap.filter(binding => binding.records === true).map(binding => binding.command));

/** The keys of those commands in the panes, as the `?` screen lists them for a viewer ("d s p u v a Space x t"). */
export const paneRecordingLabels: readonly string[] = [...new Set(keymap
	.filter(binding => binding.records === true && binding.where.some(where => where === 'agenda' || where === 'detail' || where === 'positions'))
	.map(binding => binding.label))];

/** The command a key runs in a context: bindings of the context first, then global ones. */
export function resolveKey(context: Context, key: string): CommandId | undefined {
	return byContext.get(context)?.get(key) ?? byContext.get('global')?.get(key);
}

/** The bindings that apply in a context (its own, then global), in table order. */
export function bindingsFor(context: Context): Binding[] {
	return keymap.filter(binding => binding.where.includes(context) || binding.where.includes('global'));
}

/**
The bindings the footer shows in a context (for the record context, of that
form only), most used first: by priority, then in table order.
*/
export function footerBindings(context: Context, form?: RecordingFormKind): Binding[] {
	return keymap
		.filter(binding => binding.footer?.includes(context) && (form === undefined || binding.forms === undefined || binding.forms.includes(form)))
		.map((binding, order) => ({binding, order}))
		.sort((a, b) => ((a.binding.priority ?? 5) - (b.binding.priority ?? 5)) || (a.order - b.order))
		.map(({binding}) => binding);
}
