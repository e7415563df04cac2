/*
Grapheme segments, as Intl.Segmenter gives them, without making one for text
whose every code point is a grapheme of its own beside any other (Latin, Greek,
Cyrillic, Arabic letters without their marks, punctuation, box drawing, CJK
ideographs, kana, fullwidth forms): making the first Segmenter of a process
loads ICU's break rules (7-8 ms), which the 5,000-item session's first frame
paid to cut its header's title ("·" is not ASCII). Any other text goes to ICU.
The ranges are scripts/string-width-fast.js's, which the bundle measures widths
with (test/text/graphemes.test.ts checks they are the same, and the segments
ICU's).
*/

export const simpleTextRanges = {
	narrow: '\u00A0-\u00A8\u00AA-\u00AC\u00AF-\u024F\u0370-\u0482\u048A-\u052F\u0606-\u060F\u061B\u061D-\u064A\u0660-\u066F\u0671-\u06D5\u06DE\u06E5\u06E6\u06E9\u06EE-\u06FF\u2010-\u2029\u202F-\u203B\u203D-\u2048\u204A-\u205E\u20A0-\u20C0\u2100-\u2121\u2123-\u2138\u213A-\u214F\u2190-\u2193\u219A-\u21A8\u21AB-\u22FF\u2500-\u25A9\u25AC-\u25B5\u25B7-\u25BF\u25C1-\u25FA\u25FF\u303F\u3040\u3097\u3098',
	wide: '\u3000-\u3029\u3031-\u303C\u303E\u3041-\u3096\u309B-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uFF01-\uFF60',
};

const simpleText = new RegExp(`^[\\u0020-\\u007E${simpleTextRanges.narrow}${simpleTextRanges.wide}]*$`);
let icu: Intl.Segmenter | undefined;

function * codeUnits(text: string): Generator<{segment: string}> {
	for (const segment of text) {
		yield {segment};
	}
}

/** The grapheme clusters of `text`, in order. */
export function graphemes(text: string): Iterable<{segment: string}> {
	if (simpleText.test(text)) {
		return codeUnits(text);
	}

	icu ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	return icu.segment(text);
}
