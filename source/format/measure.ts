import {displayWidth, truncate} from '../text/width.js';

/*
width.ts, made cheap enough to call for every segment of every frame. Measured:
string-width took ~10 ms of a 120x40 frame (box rules, titles, CJK names), over
half the 16 ms budget. Most screen text is printable ASCII, whose width is its
length; the rest repeats from frame to frame, so its width is remembered.
*/

// eslint-disable-next-line no-control-regex
const printableAscii = /^[\u0020-\u007E]*$/;
const cache = new Map<string, number>();
const cacheLimit = 20_000;

export function cellWidth(text: string): number {
	if (printableAscii.test(text)) {
		return text.length;
	}

	let width = cache.get(text);
	if (width === undefined) {
		if (cache.size >= cacheLimit) {
			cache.clear();
		}

		width = displayWidth(text);
		cache.set(text, width);
	}

	return width;
}

/** Like width.ts `truncate`: at most `width` columns, ending with `…` when cut. */
export function cut(text: string, width: number): string {
	if (width <= 0) {
		return '';
	}

	if (printableAscii.test(text)) {
		return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
	}

	return cellWidth(text) <= width ? text : truncate(text, width);
}

/** Like width.ts `padEnd`: exactly `width` columns. */
export function pad(text: string, width: number): string {
	const result = cut(text, width);
	return result + ' '.repeat(Math.max(0, width - cellWidth(result)));
}

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/**
Like width.ts `wrap` (same rules: words, long words broken by grapheme, explicit
newlines kept) with the cheap measure: the detail of an item is wrapped when it
is first shown, on the key press that selects it.
*/
export function wrapText(value: string, width: number): string[] {
	const lines: string[] = [];
	const safeWidth = Math.max(1, width);
	for (const paragraph of value.split('\n')) {
		let line = '';
		let used = 0;
		for (const word of paragraph.split(/ +/)) {
			if (word === '') {
				continue;
			}

			const wordWidth = cellWidth(word);
			if (used > 0 && used + 1 + wordWidth <= safeWidth) {
				line += ` ${word}`;
				used += 1 + wordWidth;
				continue;
			}

			if (used > 0) {
				lines.push(line);
			}

			if (wordWidth <= safeWidth) {
				line = word;
				used = wordWidth;
				continue;
			}

			line = '';
			used = 0;
			for (const {segment} of segmenter.segment(word)) {
				const segmentWidth = cellWidth(segment);
				if (used + segmentWidth > safeWidth) {
					lines.push(line);
					line = '';
					used = 0;
				}

				line += segment;
				used += segmentWidth;
			}
		}

		lines.push(line);
	}

	return lines;
}
