// A grapheme segmenter with Intl.Segmenter's answers, that creates Intl.Segmenter
// only for text that needs it. Creating the first Intl.Segmenter of a process loads
// ICU's break rules: 7-8 ms of every start (measured), which the dashboard's first
// frame paid because @alcalzone/ansi-tokenize (every line Ink writes), slice-ansi and
// wrap-ansi's string-width 7 each create one when they are imported. Text made only
// of code points that are each a grapheme of their own beside any other (ESC,
// printable ASCII and the ranges of scripts/string-width-fast.js: Latin, Cyrillic,
// Arabic letters, box drawing, CJK...) is cut into its code units here, which is
// what ICU does with it; any other text goes to ICU. scripts/bundle-plugins.mjs puts
// this in those packages in place of their `new Intl.Segmenter(...)`
// (test/ui/graphemes-fast.test.ts compares the segments with ICU's).
import {simpleTextRanges} from './string-width-fast.js';

const simpleText = new RegExp(`^[\\u001B\\u0020-\\u007E${simpleTextRanges.narrow}${simpleTextRanges.wide}]*$`);
let icu;

/** Intl's Segments for text of one code unit per grapheme: iterated, or asked which segment holds an index. */
class CodeUnitSegments {
	#text;

	constructor(text) {
		this.#text = text;
	}

	containing(index = 0) {
		const at = Math.trunc(Number(index));
		return at >= 0 && at < this.#text.length ? {segment: this.#text[at], index: at, input: this.#text} : undefined;
	}

	* [Symbol.iterator]() {
		for (let index = 0; index < this.#text.length; index++) {
			yield {segment: this.#text[index], index, input: this.#text};
		}
	}
}

/** What the packages use of an Intl.Segmenter of graphemes: segment(text). */
export const graphemeSegmenter = {
	segment(text) {
		const value = String(text);
		if (simpleText.test(value)) {
			return new CodeUnitSegments(value);
		}

		icu ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
		return icu.segment(value);
	},
};
