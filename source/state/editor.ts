import {sanitizeText} from '../text/sanitize.js';
import {displayWidth} from '../text/width.js';

/*
A multi-line text being edited, as plain data: the text and a cursor counted in
graphemes, so a Chinese character, an Arabic letter with its marks or an emoji
is one step of the arrow keys and one Backspace. Up and down keep the display
column (a CJK character is two columns), the way terminal editors do.
*/

export type Editor = {
	readonly text: string;
	/** Position in graphemes, 0 to the text's length in graphemes. */
	readonly cursor: number;
};

// Made on first use (as in format/footer.ts): loading ICU's break rules is no part of a start.
let segmenter: Intl.Segmenter | undefined;

function graphemes(text: string): string[] {
	return Array.from((segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'})).segment(text), part => part.segment);
}

export function createEditor(text: string): Editor {
	const clean = sanitizeText(text);
	return {text: clean, cursor: graphemes(clean).length};
}

/** Inserts typed or pasted text at the cursor; control characters never get in (a paste may carry them). */
export function insertText(editor: Editor, typed: string, maxLength: number): Editor {
	const clean = sanitizeText(typed.replaceAll('\r\n', '\n').replaceAll('\r', '\n'));
	const parts = graphemes(editor.text);
	const added = graphemes(clean).slice(0, Math.max(0, maxLength - parts.length));
	if (added.length === 0) {
		return editor;
	}

	parts.splice(editor.cursor, 0, ...added);
	return {text: parts.join(''), cursor: editor.cursor + added.length};
}

export function deleteBackward(editor: Editor): Editor {
	if (editor.cursor === 0) {
		return editor;
	}

	const parts = graphemes(editor.text);
	parts.splice(editor.cursor - 1, 1);
	return {text: parts.join(''), cursor: editor.cursor - 1};
}

export function moveHorizontally(editor: Editor, delta: number): Editor {
	const length = graphemes(editor.text).length;
	const cursor = Math.min(length, Math.max(0, editor.cursor + delta));
	return cursor === editor.cursor ? editor : {...editor, cursor};
}

type Row = {readonly start: number; readonly parts: readonly string[]};

function rowsOf(text: string): Row[] {
	const rows: Row[] = [];
	let start = 0;
	for (const line of text.split('\n')) {
		const parts = graphemes(line);
		rows.push({start, parts});
		start += parts.length + 1;
	}

	return rows;
}

/** The row and display column of the cursor. */
export function cursorPlace(editor: Editor): {row: number; column: number} {
	const rows = rowsOf(editor.text);
	for (const [row, {start, parts}] of rows.entries()) {
		if (editor.cursor <= start + parts.length) {
			return {row, column: displayWidth(parts.slice(0, editor.cursor - start).join(''))};
		}
	}

	return {row: rows.length - 1, column: 0};
}

export function moveVertically(editor: Editor, delta: number): Editor {
	const rows = rowsOf(editor.text);
	const {row, column} = cursorPlace(editor);
	const target = rows[row + delta];
	if (target === undefined) {
		return moveToLineEdge(editor, delta < 0 ? 'start' : 'end');
	}

	let offset = 0;
	let used = 0;
	for (const part of target.parts) {
		const width = displayWidth(part);
		if (used + width > column) {
			break;
		}

		used += width;
		offset++;
	}

	return {...editor, cursor: target.start + offset};
}

export function moveToLineEdge(editor: Editor, edge: 'start' | 'end'): Editor {
	const rows = rowsOf(editor.text);
	const {row} = cursorPlace(editor);
	const current = rows[row];
	if (current === undefined) {
		return editor;
	}

	const cursor = edge === 'start' ? current.start : current.start + current.parts.length;
	return cursor === editor.cursor ? editor : {...editor, cursor};
}

/** The text's lines with the cursor drawn as a block after the grapheme it follows. */
export function editorLines(editor: Editor): Array<{before: string; after: string; hasCursor: boolean}> {
	const {row} = cursorPlace(editor);
	return rowsOf(editor.text).map(({start, parts}, index) => {
		if (index !== row) {
			return {before: parts.join(''), after: '', hasCursor: false};
		}

		const at = editor.cursor - start;
		return {before: parts.slice(0, at).join(''), after: parts.slice(at).join(''), hasCursor: true};
	});
}

/** Delete: the grapheme under the cursor (the next one), as readline's Ctrl+D/Delete. */
export function deleteForward(editor: Editor): Editor {
	const parts = graphemes(editor.text);
	if (editor.cursor >= parts.length) {
		return editor;
	}

	parts.splice(editor.cursor, 1);
	return {text: parts.join(''), cursor: editor.cursor};
}

/** Removes graphemes [from, to) and leaves the cursor at `from`. */
function removeRange(editor: Editor, from: number, to: number): Editor {
	if (to <= from) {
		return editor;
	}

	const parts = graphemes(editor.text);
	parts.splice(from, to - from);
	return {text: parts.join(''), cursor: from};
}

function lineBounds(editor: Editor): {start: number; end: number} {
	const {row} = cursorPlace(editor);
	const current = rowsOf(editor.text)[row];
	return current === undefined ? {start: 0, end: 0} : {start: current.start, end: current.start + current.parts.length};
}

/** Ctrl+U: from the start of the line to the cursor (all of a one-line input typed at its end). */
export function killToLineStart(editor: Editor): Editor {
	return removeRange(editor, lineBounds(editor).start, editor.cursor);
}

/** Ctrl+K: from the cursor to the end of the line; at the end of a line, the line break. */
export function killToLineEnd(editor: Editor): Editor {
	const {end} = lineBounds(editor);
	const length = graphemes(editor.text).length;
	return removeRange(editor, editor.cursor, end > editor.cursor ? end : Math.min(length, end + 1));
}

const isWordPart = (part: string) => /[\p{L}\p{N}\p{M}_]/u.test(part);
const isSpace = (part: string) => /^\s+$/u.test(part);

/** Where a word starts before the cursor (Alt+B) or ends after it (Alt+F): letters and digits in any script. */
export function wordEdge(editor: Editor, direction: -1 | 1): number {
	const parts = graphemes(editor.text);
	let at = editor.cursor;
	if (direction < 0) {
		while (at > 0 && !isWordPart(parts[at - 1] ?? '')) {
			at--;
		}

		while (at > 0 && isWordPart(parts[at - 1] ?? '')) {
			at--;
		}

		return at;
	}

	while (at < parts.length && !isWordPart(parts[at] ?? '')) {
		at++;
	}

	while (at < parts.length && isWordPart(parts[at] ?? '')) {
		at++;
	}

	return at;
}

export function moveByWord(editor: Editor, direction: -1 | 1): Editor {
	const cursor = wordEdge(editor, direction);
	return cursor === editor.cursor ? editor : {...editor, cursor};
}

/** Ctrl+W: back to the previous whitespace, as readline's unix-word-rubout. */
export function deleteWordBackward(editor: Editor): Editor {
	const parts = graphemes(editor.text);
	let at = editor.cursor;
	while (at > 0 && isSpace(parts[at - 1] ?? '')) {
		at--;
	}

	while (at > 0 && !isSpace(parts[at - 1] ?? '')) {
		at--;
	}

	return removeRange(editor, at, editor.cursor);
}

/** Alt+Backspace and Alt+D: a word before or after the cursor. */
export function deleteWord(editor: Editor, direction: -1 | 1): Editor {
	const edge = wordEdge(editor, direction);
	return direction < 0 ? removeRange(editor, edge, editor.cursor) : removeRange(editor, editor.cursor, edge);
}
