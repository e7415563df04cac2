import {footerBindings, type Context} from '../keymap/keymap.js';
import {fit, segment, type Line} from './line.js';

/*
The footer: the keys of the current view (from the keymap table), or a notice,
or the prompt being typed.
*/

export function keysLine(context: Context, width: number): Line {
	const parts = footerBindings(context).flatMap((binding, position) => [
		segment(position === 0 ? '' : '  '),
		segment(binding.footerText ?? `${binding.label} ${binding.short}`, 'key'),
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
