// Ink's Output turns its grid of styled characters into text with
// @alcalzone/ansi-tokenize's styledCharsToString, which for every character (every
// cell of every row, on every frame) builds three Sets and several arrays to diff
// the styles of a character with those of the one before it: on a 100x30 dashboard,
// ~3,000 diffs a frame, almost all between equal styles, whose diff is always empty.
// scripts/build.mjs gives Ink's output.js this module instead of the package: the same
// functions, and a styledCharsToString that skips the diff when two neighbours' styles
// hold the same codes in the same order (the diff then has nothing in it) and
// otherwise calls the package's own diff. The text is the same, byte for byte
// (test/ui/ansi-tokenize-fast.test.ts compares it with the package's).
//
// Ink also tokenizes every line of every frame again (its caches live for one frame):
// here a line already seen gets the same tokens and the same styled characters back.
// Both are pure functions of the line, and Ink only reads what they return (output.js
// places the characters in its grid and reads them back); the memory is bounded.
import {ansiCodesToString, diffAnsiCodes, styledCharsFromTokens as packageStyledCharsFromTokens, tokenize as packageTokenize} from '@alcalzone/ansi-tokenize';

export * from '@alcalzone/ansi-tokenize';

/** Lines remembered: a few screens' worth (a 120x40 frame writes ~150 texts); then forgotten all at once. */
const maxLines = 4096;
const tokensByLine = new Map();
const charsByTokens = new WeakMap();

export function tokenize(line, endChar) {
	if (endChar !== undefined) {
		return packageTokenize(line, endChar);
	}

	let tokens = tokensByLine.get(line);
	if (tokens === undefined) {
		if (tokensByLine.size >= maxLines) {
			tokensByLine.clear();
		}

		tokens = packageTokenize(line);
		tokensByLine.set(line, tokens);
	}

	return tokens;
}

export function styledCharsFromTokens(tokens) {
	let chars = charsByTokens.get(tokens);
	if (chars === undefined) {
		chars = packageStyledCharsFromTokens(tokens);
		charsByTokens.set(tokens, chars);
	}

	return chars;
}

function sameCodes(a, b) {
	if (a === b) {
		return true;
	}

	if (a.length !== b.length) {
		return false;
	}

	for (let index = 0; index < a.length; index++) {
		if (a[index].code !== b[index].code || a[index].endCode !== b[index].endCode) {
			return false;
		}
	}

	return true;
}

export function styledCharsToString(chars) {
	let text = '';
	for (let index = 0; index < chars.length; index++) {
		const char = chars[index];
		if (index === 0) {
			text += ansiCodesToString(char.styles);
		} else {
			const previous = chars[index - 1].styles;
			if (!sameCodes(previous, char.styles)) {
				text += ansiCodesToString(diffAnsiCodes(previous, char.styles));
			}
		}

		text += char.value;
		// Reset the active styles at the end of the string.
		if (index === chars.length - 1 && char.styles.length > 0) {
			text += ansiCodesToString(diffAnsiCodes(char.styles, []));
		}
	}

	return text;
}
