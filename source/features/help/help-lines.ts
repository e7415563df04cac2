import {keymap, type Binding} from '../../keymap/keymap.js';
import {padEnd, wrap} from '../../text/width.js';
import {segment, type Line} from '../../format/line.js';

/*
The `?` screen, generated from the keymap table: what you read here is what the
keys do. One line per binding, with where it works.
*/

export const legend: readonly string[] = [
	'Status: ○ pending  ◐ under consideration (considering)  ● decided  » deferred',
	'Positions: + supports  - opposes  ! reservation  ? more information  = neutral',
	'> marks the selected row, * the current item; [ Title ] the focused pane',
];

const paneNames = ['agenda', 'detail', 'positions'] as const;

/** "everywhere", "panes", "positions", "panes, lookup", ... */
export function whereWords(binding: Binding): string {
	if (binding.where.includes('global')) {
		return 'everywhere';
	}

	const isAllPanes = paneNames.every(pane => binding.where.includes(pane));
	const words: string[] = isAllPanes ? ['panes'] : binding.where.filter(where => (paneNames as readonly string[]).includes(where));
	for (const where of binding.where) {
		if (!(paneNames as readonly string[]).includes(where)) {
			words.push(where === 'lookup-result' ? 'lookup' : where === 'prompt' ? 'typing' : where);
		}
	}

	return words.join(', ');
}

export const keyColumnWidth = Math.max(...keymap.map(binding => binding.label.length)) + 2;

const cache = new Map<number, Line[]>();

/** The help screen's lines at a width (descriptions wrapped under their column); cached per width. */
export function helpLines(width: number): readonly Line[] {
	let lines = cache.get(width);
	if (lines !== undefined) {
		return lines;
	}

	lines = [[segment('Keys', 'heading')]];
	const indent = 2 + keyColumnWidth;
	for (const binding of keymap) {
		const parts = wrap(`${binding.description} (${whereWords(binding)})`, Math.max(10, width - indent));
		for (const [index, part] of parts.entries()) {
			lines.push([
				segment(index === 0 ? `  ${padEnd(binding.label, keyColumnWidth)}` : ' '.repeat(indent), 'key'),
				segment(part),
			]);
		}
	}

	lines.push([segment('Legend', 'heading')]);
	for (const text of legend) {
		for (const part of wrap(text, Math.max(10, width - 2))) {
			lines.push([segment(`  ${part}`)]);
		}
	}

	cache.set(width, lines);
	return lines;
}
