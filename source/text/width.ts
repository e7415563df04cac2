import stringWidth from 'string-width';
import {graphemes} from './graphemes.js';

/*
Terminal columns, not string length: 中国 is 2 characters and 4 columns, an
Arabic name with combining marks has more characters than columns. Every
layout decision (truncation, padding, table columns) goes through these.
*/

/*
Called for every segment of every frame, so it must be cheap: string-width took
~10 ms of a 120x40 frame (box rules, titles, CJK names), over half the 16 ms
budget. Most screen text is printable ASCII, whose width is its length; the
rest repeats from frame to frame, so its width is remembered (bounded).
*/
// eslint-disable-next-line no-control-regex
const printableAscii = /^[\u0020-\u007E]*$/;
const widths = new Map<string, number>();
const widthsLimit = 20_000;

export function displayWidth(value: string): number {
	if (printableAscii.test(value)) {
		return value.length;
	}

	let width = widths.get(value);
	if (width === undefined) {
		if (widths.size >= widthsLimit) {
			widths.clear();
		}

		width = stringWidth(value);
		widths.set(value, width);
	}

	return width;
}

// ICU's segmenter only for text that needs it (graphemes.ts): a command that measures no such text never makes one.
const segmenter = {segment: graphemes};

/** Cuts `value` to at most `width` columns, ending with `…` when cut; never splits a wide character or grapheme. */
export function truncate(value: string, width: number): string {
	if (width <= 0) {
		return '';
	}

	if (printableAscii.test(value)) {
		return value.length <= width ? value : `${value.slice(0, width - 1)}…`;
	}

	if (displayWidth(value) <= width) {
		return value;
	}

	let result = '';
	let used = 0;
	for (const {segment} of segmenter.segment(value)) {
		const segmentWidth = displayWidth(segment);
		if (used + segmentWidth > width - 1) {
			break;
		}

		result += segment;
		used += segmentWidth;
	}

	return `${result}…`;
}

/** Pads (or truncates) to exactly `width` columns. */
export function padEnd(value: string, width: number): string {
	const cut = truncate(value, width);
	return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
}

export function padStart(value: string, width: number): string {
	const cut = truncate(value, width);
	return ' '.repeat(Math.max(0, width - displayWidth(cut))) + cut;
}

/** Word-wraps to `width` columns by display width; long words are broken. Keeps explicit newlines. */
export function wrap(value: string, width: number): string[] {
	const lines: string[] = [];
	const safeWidth = Math.max(1, width);
	for (const paragraph of value.split('\n')) {
		let line = '';
		let lineWidth = 0;
		for (const word of paragraph.split(/ +/)) {
			if (word === '') {
				continue;
			}

			const wordWidth = displayWidth(word);
			if (lineWidth > 0 && lineWidth + 1 + wordWidth <= safeWidth) {
				line += ` ${word}`;
				lineWidth += 1 + wordWidth;
				continue;
			}

			if (lineWidth > 0) {
				lines.push(line);
			}

			if (wordWidth <= safeWidth) {
				line = word;
				lineWidth = wordWidth;
				continue;
			}

			// A word wider than the line (a URL, a CJK run without spaces) is broken by grapheme.
			line = '';
			lineWidth = 0;
			for (const {segment} of segmenter.segment(word)) {
				const segmentWidth = displayWidth(segment);
				if (lineWidth + segmentWidth > safeWidth) {
					lines.push(line);
					line = '';
					lineWidth = 0;
				}

				line += segment;
				lineWidth += segmentWidth;
			}
		}

		lines.push(line);
	}

	return lines;
}
