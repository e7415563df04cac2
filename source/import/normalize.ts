import {sanitizeText} from '../text/sanitize.js';

/*
The plain-text export of a Word contribution (and our .docx conversion, which
writes the same form) carries markup of its own: footnote bodies written inline
as `[1: ...]` after the paragraph that cites them, `[footnoteRef:1]` where they
are cited, `[bookmark: _Hlk...]` anchors, tabs after numbers and bullets, and
lines of underscores drawn as separators. This turns it into clean lines plus
the footnotes; `[footnoteRef:N]` stays in the lines so that the paragraph that
cites a footnote can be told later.
*/

export type NormalizedText = {
	readonly lines: readonly string[];
	readonly footnotes: ReadonlyArray<{readonly number: number; readonly text: string}>;
};

const bookmark = /\[bookmark:[^\]]*\]/g;
const separatorLine = /^[_\-=–—\s]{3,}$/;

export function collapse(value: string): string {
	return value.replace(/[ \t\u00A0\u2007\u202F]+/g, ' ').trim();
}

/** Removes `[N: body]` footnote bodies (brackets may nest inside), returning them. */
function extractFootnoteBodies(text: string): {text: string; footnotes: Array<{number: number; text: string}>} {
	const footnotes: Array<{number: number; text: string}> = [];
	let out = '';
	let index = 0;
	const start = /\[(\d{1,3}):/g;
	for (let match = start.exec(text); match !== null; match = start.exec(text)) {
		let depth = 1;
		let end = match.index + match[0].length;
		while (end < text.length && depth > 0) {
			const char = text[end];
			if (char === '[') {
				depth++;
			} else if (char === ']') {
				depth--;
			}

			end++;
		}

		if (depth !== 0) {
			// An unclosed body is not footnote markup: leave the text as it is.
			continue;
		}

		out += text.slice(index, match.index);
		footnotes.push({number: Number(match[1]), text: collapse(text.slice(match.index + match[0].length, end - 1).replace(/\s*\n\s*/g, ' '))});
		index = end;
		start.lastIndex = end;
	}

	return {text: out + text.slice(index), footnotes};
}

export function normalizeText(raw: string): NormalizedText {
	// Tabs matter no more once lines are split; sanitizeText turns them into spaces
	// and removes control characters and escape sequences (imported text is untrusted).
	const clean = sanitizeText(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')).replace(bookmark, '');
	const {text, footnotes} = extractFootnoteBodies(clean);
	const lines = text
		.split('\n')
		.map(line => collapse(line))
		.filter(line => line !== '' && !separatorLine.test(line));
	return {lines, footnotes};
}

const footnoteRef = /\s*\[footnoteRef:(\d+)\]/g;

/** A line's text without its footnote markers, and the footnote numbers it cites. */
export function splitFootnoteRefs(line: string): {text: string; footnotes: number[]} {
	const footnotes = [...line.matchAll(footnoteRef)].map(match => Number(match[1]));
	return {text: collapse(line.replace(footnoteRef, '')), footnotes};
}
