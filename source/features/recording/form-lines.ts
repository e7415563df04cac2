import {segment, type Line} from '../../format/line.js';
import {editorLines, type Editor} from '../../state/editor.js';
import {wrap as wrapText} from '../../text/width.js';

/*
Pieces of a recording form's screen lines. The cursor of a text is drawn as a
block (the terminal's own cursor is hidden while the dashboard runs), and the
text is wrapped to the width so a long decision stays on screen.
*/

export const cursor = '█';

/** The text with its cursor, wrapped; the lines hold the block wherever it falls. */
export function textLines(editor: Editor, width: number, hasCursor: boolean): Line[] {
	const lines: Line[] = [];
	for (const row of editorLines(editor)) {
		const text = row.hasCursor && hasCursor ? `${row.before}${cursor}${row.after}` : `${row.before}${row.after}`;
		const wrapped = text === '' ? [''] : wrapText(text, Math.max(10, width - 4));
		for (const part of wrapped) {
			lines.push([segment(`    ${part}`)]);
		}
	}

	return lines;
}

export function choiceLine(label: string, isChosen: boolean, number: number): Line {
	return [segment(isChosen ? '  > ' : '    '), segment(`${number} `, 'key'), segment(label, isChosen ? 'current' : undefined)];
}
