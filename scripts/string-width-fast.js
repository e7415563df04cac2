// string-width 8.3.0 (MIT, Sindre Sorhus; its license follows), unchanged but for one
// test: a grapheme is tested against \p{RGI_Emoji} only when it holds a code point
// that can be part of an RGI emoji. That regular expression costs 15-40 ms the first
// time it runs (V8 builds the set of Unicode's emoji sequences), which the dashboard's
// first frame paid for its box rules and Cyrillic, Arabic and Chinese text, none of
// which can be emoji; the answers are the same (test/ui/string-width-fast.test.ts
// compares them with the package's for every code point). scripts/bundle-plugins.mjs
// puts it in the bundle in place of string-width 8.
//
// MIT License
// Copyright (c) Sindre Sorhus <sindresorhus@gmail.com> (https://sindresorhus.com)
// Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:
// The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

import stripAnsi from 'strip-ansi';
import {eastAsianWidth} from 'get-east-asian-width';

/**
Logic:
- Segment graphemes to match how terminals render clusters.
- Width rules:
	1. Skip non-printing clusters (Default_Ignorable, Control, pure nonspacing/enclosing Mark, lone Surrogates). Tabs are ignored by design.
	2. RGI emoji clusters (\p{RGI_Emoji}) are double-width.
	3. Minimally-qualified/unqualified emoji clusters (ZWJ sequences with 2+ Extended_Pictographic, or keycap sequences) are double-width.
	4. Hangul jamo collapse each standard modern Hangul L+V or L+V+T syllable piece to width 2.
	   Unmatched repeated leading/vowel/trailing jamo stay additive because that matches how the terminals we target render them.
	5. Otherwise use East Asian Width of the cluster's first visible code point, and add widths for trailing spacing marks and Halfwidth/Fullwidth Forms within the same cluster (e.g., dakuten/handakuten/prolonged sound mark).
*/

// Made on first use (fork change): creating it loads ICU's break rules, which a start that never measures
// non-ASCII text need not pay.
let graphemes;
const segmenter = {segment: string => (graphemes ??= new Intl.Segmenter()).segment(string)};

// council: each Unicode-property pattern is made on first use (fork change). Made at load, these five
// cost 11-20 ms of every start (measured), paid even by a command that never measures non-ASCII text.
function lazyRegex(source, flags) {
	let made;
	return () => (made ??= new RegExp(source, flags));
}

// Matches a visible (printing) character. Used to find the base scalar of a cluster (skipping leading Prepend/Format/Marks) and to detect whole-cluster zero-width.
// Intentionally a single negated class without a quantifier: a repeated pattern like `^(?:…|…)+$` backtracks exponentially on overlapping properties, and even `^[…]+$` overflows V8's backtrack stack (RangeError) on clusters with millions of marks.
const visibleCharacterRegex = lazyRegex(String.raw`[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]`, 'v');
const spacingMarkRegex = lazyRegex(String.raw`\p{Spacing_Mark}`, 'v');

// RGI emoji sequences
const rgiEmojiRegex = lazyRegex(String.raw`^\p{RGI_Emoji}$`, 'v');

// council: every RGI emoji holds a non-ASCII code point with the Emoji property, or
// is a keycap (U+20E3). A segment with neither is never one, so it is not tested
// against rgiEmojiRegex, whose first use compiles Unicode's emoji sequences.
const mayBeRgiEmojiRegex = lazyRegex(String.raw`\u20E3|(?![\u0000-\u007F])\p{Emoji}`, 'u');

// Detect minimally-qualified/unqualified emoji sequences (missing VS16 but still render as double-width)
const unqualifiedKeycapRegex = /^[\d#*]\u20E3$/;
const extendedPictographicRegex = lazyRegex(String.raw`\p{Extended_Pictographic}`, 'gu');

// council (fork change): code points that are a grapheme of their own beside any other of these, of width
// 1 (narrow) or 2 (wide) with ambiguous characters narrow, and no emoji (no Emoji or Extended_Pictographic
// property): Latin, Greek, Cyrillic, Arabic letters without their marks, punctuation, arrows, mathematical
// operators, box drawing, geometric shapes; CJK ideographs, kana, fullwidth forms. A character class of
// plain ranges, cheap to compile. Derived from string-width itself (test/ui/string-width-fast.test.ts).
const narrowTextRanges = '\u00A0-\u00A8\u00AA-\u00AC\u00AF-\u024F\u0370-\u0482\u048A-\u052F\u0606-\u060F\u061B\u061D-\u064A\u0660-\u066F\u0671-\u06D5\u06DE\u06E5\u06E6\u06E9\u06EE-\u06FF\u2010-\u2029\u202F-\u203B\u203D-\u2048\u204A-\u205E\u20A0-\u20C0\u2100-\u2121\u2123-\u2138\u213A-\u214F\u2190-\u2193\u219A-\u21A8\u21AB-\u22FF\u2500-\u25A9\u25AC-\u25B5\u25B7-\u25BF\u25C1-\u25FA\u25FF\u303F\u3040\u3097\u3098';
const wideTextRanges = '\u3000-\u3029\u3031-\u303C\u303E\u3041-\u3096\u309B-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uFF01-\uFF60';
const simpleTextRegex = new RegExp(`^[\\u0020-\\u007E${narrowTextRanges}${wideTextRanges}]*$`);
const wideTextRegex = new RegExp(`[${wideTextRanges}]`);
export const simpleTextRanges = {narrow: narrowTextRanges, wide: wideTextRanges};

function isDoubleWidthNonRgiEmojiSequence(segment) {
	// Real emoji clusters are < 30 chars; guard against pathological input
	if (segment.length > 50) {
		return false;
	}

	if (unqualifiedKeycapRegex.test(segment)) {
		return true;
	}

	// ZWJ sequences with 2+ Extended_Pictographic
	if (segment.includes('\u200D')) {
		const pictographics = segment.match(extendedPictographicRegex());
		return pictographics !== null && pictographics.length >= 2;
	}

	return false;
}

// Returns the cluster starting at its first visible character, or `undefined` if the whole cluster is zero-width.
function baseVisible(segment) {
	const index = segment.search(visibleCharacterRegex());
	return index === -1 ? undefined : segment.slice(index);
}

function isHangulLeadingJamo(codePoint) {
	return (codePoint >= 0x11_00 && codePoint <= 0x11_5F)
		|| (codePoint >= 0xA9_60 && codePoint <= 0xA9_7C);
}

function isHangulVowelJamo(codePoint) {
	return (codePoint >= 0x11_60 && codePoint <= 0x11_A7)
		|| (codePoint >= 0xD7_B0 && codePoint <= 0xD7_C6);
}

function isHangulTrailingJamo(codePoint) {
	return (codePoint >= 0x11_A8 && codePoint <= 0x11_FF)
		|| (codePoint >= 0xD7_CB && codePoint <= 0xD7_FB);
}

function isHangulJamo(codePoint) {
	return isHangulLeadingJamo(codePoint)
		|| isHangulVowelJamo(codePoint)
		|| isHangulTrailingJamo(codePoint);
}

function hangulClusterWidth(visibleSegment, eastAsianWidthOptions) {
	const codePoints = [];

	for (const character of visibleSegment) {
		if (!visibleCharacterRegex().test(character)) {
			continue;
		}

		codePoints.push(character.codePointAt(0));
	}

	if (codePoints.length === 0) {
		return undefined;
	}

	let width = 0;

	for (let index = 0; index < codePoints.length; index++) {
		const codePoint = codePoints[index];
		if (!isHangulJamo(codePoint)) {
			if (width === 0) {
				return undefined;
			}

			// Mixed cluster (e.g., L + precomposed syllable): use EAW for non-jamo remainder
			for (let remaining = index; remaining < codePoints.length; remaining++) {
				width += eastAsianWidth(codePoints[remaining], eastAsianWidthOptions);
			}

			return width;
		}

		// Modern Hangul L+V(+T) shapes as one syllable block. Unmatched jamo stay additive:
		// U+1100 U+1100 U+1161 => U+1100 + (U+1100 U+1161) => 2 + 2.
		if (
			isHangulLeadingJamo(codePoint)
			&& isHangulVowelJamo(codePoints[index + 1])
		) {
			width += 2;
			index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
			continue;
		}

		width += eastAsianWidth(codePoint, eastAsianWidthOptions);
	}

	return width;
}

function trailingWidth(visibleSegment, eastAsianWidthOptions) {
	let extra = 0;
	let first = true;

	for (const character of visibleSegment) {
		if (first) {
			first = false;
			continue;
		}

		if (
			spacingMarkRegex().test(character)
			|| (character >= '\uFF00' && character <= '\uFFEF')
		) {
			extra += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
		}
	}

	return extra;
}

export default function stringWidth(input, options = {}) {
	if (typeof input !== 'string' || input.length === 0) {
		return 0;
	}

	const {
		ambiguousIsNarrow = true,
		countAnsiEscapeCodes = false,
	} = options;

	let string = input;

	// Avoid calling stripAnsi when there are no ANSI escape sequences (ESC = 0x1B, CSI = 0x9B)
	if (!countAnsiEscapeCodes && (string.includes('\u001B') || string.includes('\u009B'))) {
		string = stripAnsi(string);
	}

	if (string.length === 0) {
		return 0;
	}

	// Fast path: printable ASCII (0x20–0x7E) needs no segmenter, regex, or EAW lookup — width equals length.
	if (/^[\u0020-\u007E]*$/.test(string)) {
		return string.length;
	}

	// council: a second fast path (fork change), for text made only of code points that are each a
	// grapheme of their own, whatever their neighbours, and no emoji: printable ASCII and the narrow ones
	// below count 1, the wide ones 2, as the loop below counts them (test/ui/string-width-fast.test.ts
	// checks every one of them, alone and beside every other). The first frame's box rules, status
	// glyphs and Cyrillic, Arabic and Chinese words are measured without creating the segmenter (8 ms).
	if (ambiguousIsNarrow && simpleTextRegex.test(string)) {
		let wide = 0;
		for (let index = 0; index < string.length; index++) {
			const code = string.charCodeAt(index);
			if (code >= 0x30_00 && wideTextRegex.test(string[index])) {
				wide++;
			}
		}

		return string.length + wide;
	}

	let width = 0;
	const eastAsianWidthOptions = {ambiguousAsWide: !ambiguousIsNarrow};

	for (const {segment} of segmenter.segment(string)) {
		// Zero-width / non-printing clusters
		const visibleSegment = baseVisible(segment);
		if (visibleSegment === undefined) {
			continue;
		}

		// Emoji width logic
		if ((mayBeRgiEmojiRegex().test(segment) && rgiEmojiRegex().test(segment)) || isDoubleWidthNonRgiEmojiSequence(segment)) {
			width += 2;
			continue;
		}

		const hangulWidth = hangulClusterWidth(visibleSegment, eastAsianWidthOptions);
		if (hangulWidth !== undefined) {
			width += hangulWidth;
			continue;
		}

		// Everything else: EAW of the cluster’s first visible scalar
		const codePoint = visibleSegment.codePointAt(0);
		width += eastAsianWidth(codePoint, eastAsianWidthOptions);

		// Add width for trailing spacing marks and Halfwidth/Fullwidth Forms (e.g., ﾞ, ﾟ, ｰ)
		width += trailingWidth(visibleSegment, eastAsianWidthOptions);
	}

	return width;
}
