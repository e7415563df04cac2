import {footerBindings, type Binding, type CommandId, type Context, type RecordingFormKind} from '../keymap/keymap.js';
import {t} from '../i18n/translate.js';
import {keyFooterText} from '../i18n/key-words.js';
import {fit, segment, type Line} from './line.js';
import {displayWidth as cellWidth} from '../text/width.js';

/*
The footer: the keys of the current view (from the keymap table), or a notice,
or the prompt being typed.
*/

// Kept when the footer is too narrow for every key: the way to all keys, and the way out.
const essential = new Set<CommandId>(['help', 'quit']);

/**
The footer's keys for the focused context (and, in a recording form, that form),
most used first; when they do not fit the width (display width, not length), the
least used go first, never help and quit. `disabled` ones (a viewer's recording
keys) are dropped for one "viewers cannot record" note.
*/
export function keysLine(context: Context, width: number, disabled?: ReadonlySet<CommandId>, form?: RecordingFormKind): Line {
	const all = footerBindings(context, form);
	const shown = disabled === undefined ? all : all.filter(binding => !disabled.has(binding.command));
	// Help and quit close the line, wherever their priority put them.
	const bindings = [...shown.filter(binding => !essential.has(binding.command)), ...shown.filter(binding => essential.has(binding.command))];
	const refusedLabels = all.filter(binding => disabled?.has(binding.command) === true).map(binding => binding.label);
	// The refusal keeps its room like help and quit do: a viewer must see why d does nothing.
	const refused = refusedLabels.length === 0 ? '' : `  ${t('footer.viewers-cannot-record', {keys: refusedLabels.join(' ')})}`;
	// Each binding's words and width once: the loop below sums them again after every drop.
	const texts = new Map(shown.map(binding => [binding, keyFooterText(binding)]));
	const widths = new Map(shown.map(binding => [binding, cellWidth(texts.get(binding)!)]));
	const text = (binding: Binding) => texts.get(binding)!;
	const refusedWidth = cellWidth(refused);
	const total = () => refusedWidth + bindings.reduce((sum, binding, position) => sum + (position === 0 ? 0 : 2) + widths.get(binding)!, 0);
	// Drop the least used keys (highest priority number, the later of equals) until the rest fits.
	while (total() > width) {
		let drop = -1;
		for (const [position, binding] of bindings.entries()) {
			if (!essential.has(binding.command) && (drop === -1 || (binding.priority ?? 5) >= (bindings[drop]!.priority ?? 5))) {
				drop = position;
			}
		}

		if (drop === -1) {
			break;
		}

		bindings.splice(drop, 1);
	}

	const parts = bindings.flatMap((binding, position) => [
		segment(position === 0 ? '' : '  '),
		segment(text(binding), 'key'),
	]);
	if (refused !== '') {
		parts.push(segment(refused, 'dim'));
	}

	return fit(parts, width);
}

export function noticeLine(notice: string, width: number): Line {
	return fit([segment(notice, 'notice')], width);
}

// Made on first use: the first Intl.Segmenter of a process loads ICU's break rules (7-8 ms), which a first frame without a prompt need not pay.
let graphemes: Intl.Segmenter | undefined;

/** The typed text with the cursor drawn as a block before the grapheme at `cursor` (default: the end). */
export function promptLine(purpose: 'filter' | 'lookup', text: string, width: number, cursor?: number): Line {
	const lead = purpose === 'filter' ? `${t('footer.filter')} /` : `${t('footer.lookup')} #`;
	const hint = `  ${purpose === 'filter' ? t('footer.filter-hint') : t('footer.lookup-hint')}`;
	// A block stands for the cursor: the real one is hidden while the dashboard runs.
	const parts = Array.from((graphemes ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'})).segment(text), part => part.segment);
	const at = Math.min(parts.length, cursor ?? parts.length);
	const typed = at === parts.length ? `${text}█` : `${parts.slice(0, at).join('')}█${parts.slice(at).join('')}`;
	return fit([segment(lead, 'prompt'), segment(typed), segment(hint, 'dim')], width);
}
