import {footerBindings, type Context} from '../keymap/keymap.js';
import {fit, segment, type Line} from './line.js';
import {cellWidth} from './measure.js';

/*
The footer: the keys of the current view (from the keymap table), or a notice,
or the prompt being typed.
*/

// Kept when the footer is too narrow for every key: the way to all keys, and the way out.
const essential = new Set(['help', 'quit', 'back']);

export function keysLine(context: Context, width: number): Line {
	const bindings = footerBindings(context);
	const text = (binding: (typeof bindings)[number]) => binding.footerText ?? `${binding.label} ${binding.short}`;
	const total = () => bindings.reduce((sum, binding, position) => sum + (position === 0 ? 0 : 2) + cellWidth(text(binding)), 0);
	// Drop the last non-essential keys until the rest fits, rather than cutting "q quit" off.
	while (total() > width) {
		const last = bindings.findLastIndex(binding => !essential.has(binding.command));
		if (last === -1) {
			break;
		}

		bindings.splice(last, 1);
	}

	const parts = bindings.flatMap((binding, position) => [
		segment(position === 0 ? '' : '  '),
		segment(text(binding), 'key'),
	]);
	return fit(parts, width);
}

export function noticeLine(notice: string, width: number): Line {
	return fit([segment(notice, 'notice')], width);
}

export function promptLine(purpose: 'filter' | 'lookup', text: string, width: number): Line {
	const lead = purpose === 'filter' ? 'Filter: /' : 'Look up: #';
	const hint = purpose === 'filter' ? '  (Enter keeps, Esc cancels)' : '  (e.g. 71, PP-22/157, an item number; Enter looks up, Esc cancels)';
	// A block stands for the cursor: the real one is hidden while the dashboard runs.
	return fit([segment(lead, 'prompt'), segment(`${text}█`), segment(hint, 'dim')], width);
}
