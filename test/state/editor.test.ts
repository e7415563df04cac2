import {describe, expect, it} from 'vitest';
import {createEditor, cursorPlace, deleteBackward, editorLines, insertText, moveHorizontally, moveToLineEdge, moveVertically} from '../../source/state/editor.js';

describe('the multi-line editor', () => {
	it('starts with the cursor after the text and inserts at the cursor', () => {
		const editor = insertText(moveHorizontally(createEditor('The Council approved.'), -1), ' X', 100);
		expect(editor.text).toBe('The Council approved X.');
	});

	it('steps and deletes by grapheme, so a CJK character or an accented letter is one key', () => {
		let editor = createEditor('中国e\u0301');
		expect(editor.cursor).toBe(3);
		editor = deleteBackward(editor);
		expect(editor.text).toBe('中国');
		editor = deleteBackward(moveHorizontally(editor, -1));
		expect(editor.text).toBe('国');
	});

	it('keeps the display column when moving between lines of different scripts', () => {
		// "中国" is 4 columns wide: moving up from column 4 of "abcdef" lands after 国.
		let editor = createEditor('中国x\nabcdef');
		editor = moveHorizontally(moveToLineEdge(editor, 'start'), 4);
		expect(cursorPlace(editor)).toEqual({row: 1, column: 4});
		editor = moveVertically(editor, -1);
		expect(cursorPlace(editor)).toEqual({row: 0, column: 4});
		expect(editorLines(editor)[0]).toEqual({before: '中国', after: 'x', hasCursor: true});
	});

	it('removes control characters and escape sequences from pasted text, keeps newlines, and honours the length limit', () => {
		const editor = insertText(createEditor(''), 'a\u001B[2Jb\r\nc\u0007', 100);
		expect(editor.text).toBe('ab\nc');
		expect(insertText(createEditor('abc'), 'def', 4).text).toBe('abcd');
	});
});
