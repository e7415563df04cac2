import {keymap, type Binding, type Where} from '../../keymap/keymap.js';
import {languageVersion, t, type MessageKey} from '../../i18n/translate.js';
import {keyHelp} from '../../i18n/key-words.js';
import {padEnd, wrap} from '../../text/width.js';
import {segment, type Line} from '../../format/line.js';

/*
The `?` screen, generated from the keymap table: what you read here is what the
keys do. One line per binding, with where it works.
*/

/** The legend under the keys, in the interface's language (read when the screen is drawn). */
export function legend(): readonly string[] {
	return [t('help.legend-status'), t('help.legend-positions'), t('help.legend-marks')];
}

const paneNames = ['agenda', 'detail', 'positions'] as const;

/** "everywhere", "panes", "positions", "panes, lookup", ... */
export function whereWords(binding: Binding): string {
	if (binding.where.includes('global')) {
		return t('help.where-everywhere');
	}

	const isAllPanes = paneNames.every(pane => binding.where.includes(pane));
	const words: string[] = isAllPanes ? [t('help.where-panes')] : binding.where.filter(where => (paneNames as readonly string[]).includes(where)).map(where => whereWord(where));
	for (const where of binding.where) {
		if (!(paneNames as readonly string[]).includes(where)) {
			words.push(whereWord(where));
		}
	}

	return words.join(', ');
}

export const keyColumnWidth = Math.max(...keymap.map(binding => binding.label.length)) + 2;

function whereWord(where: Where): string {
	return t(`help.where-${where}` as MessageKey);
}

// Per width and language: the language is fixed for the process, the tests switch it.
const cache = new Map<string, Line[]>();

/** The help screen's lines at a width (descriptions wrapped under their column); cached per width. */
export function helpLines(width: number): readonly Line[] {
	const cacheKey = `${width} ${languageVersion()}`;
	let lines = cache.get(cacheKey);
	if (lines !== undefined) {
		return lines;
	}

	lines = [[segment(t('help.keys'), 'heading')]];
	const indent = 2 + keyColumnWidth;
	for (const binding of keymap) {
		const parts = wrap(`${keyHelp(binding)} (${whereWords(binding)})`, Math.max(10, width - indent));
		for (const [index, part] of parts.entries()) {
			lines.push([
				segment(index === 0 ? `  ${padEnd(binding.label, keyColumnWidth)}` : ' '.repeat(indent), 'key'),
				segment(part),
			]);
		}
	}

	lines.push([segment(t('help.legend'), 'heading')]);
	for (const text of legend()) {
		for (const part of wrap(text, Math.max(10, width - 2))) {
			lines.push([segment(`  ${part}`)]);
		}
	}

	cache.set(cacheKey, lines);
	return lines;
}
