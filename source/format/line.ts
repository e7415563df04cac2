import {displayWidth, truncate} from '../text/width.js';

/*
A screen line as data: segments of text, each with a tone the theme turns into
a style. Every pane is a pure function to lines of an exact display width, so
frames can be compared as strings and the component only lays them out.
Tones carry emphasis only: anything a tone says is also said in text (a glyph,
a word, a marker), because NO_COLOR removes every style.
*/

export type Tone =
	| 'plain'
	| 'title'
	| 'heading'
	| 'rule'
	| 'dim'
	| 'link'
	| 'current'
	| 'illustrative'
	| 'pending'
	| 'under-consideration'
	| 'decided'
	| 'deferred'
	| 'supports'
	| 'opposes'
	| 'reservation'
	| 'more-information'
	| 'neutral'
	| 'key'
	| 'notice'
	| 'error'
	| 'prompt'
	/** The filter's text found in the detail (format/highlight.ts). */
	| 'match';

export type Segment = {
	readonly text: string;
	readonly tone?: Tone;
	/** The selected row (reverse video when colour is on; the row also carries a text marker). */
	readonly isSelected?: boolean;
};

export type Line = readonly Segment[];

export function segment(text: string, tone?: Tone): Segment {
	return tone === undefined ? {text} : {text, tone};
}

export function lineWidth(line: Line): number {
	let width = 0;
	for (const part of line) {
		width += displayWidth(part.text);
	}

	return width;
}

/** Cuts or pads a line to exactly `width` columns; the padding takes the last segment's style. */
export function fit(line: Line, width: number): Line {
	const result: Segment[] = [];
	let used = 0;
	for (const part of line) {
		if (used >= width) {
			break;
		}

		const partWidth = displayWidth(part.text);
		if (used + partWidth <= width) {
			result.push(part);
			used += partWidth;
			continue;
		}

		const cut = truncate(part.text, width - used);
		result.push({...part, text: cut});
		used += displayWidth(cut);
		break;
	}

	if (used < width) {
		const last = result.at(-1);
		if (last === undefined) {
			result.push({text: ' '.repeat(width - used)});
		} else {
			result[result.length - 1] = {...last, text: last.text + ' '.repeat(width - used)};
		}
	}

	return result;
}

/** Marks every segment of a line as selected. */
export function select(line: Line): Line {
	return line.map(part => ({...part, isSelected: true}));
}

/** A pane title drawn as a rule across the width: "── Agenda 3/12 ─────". */
export function titleRule(title: string, width: number, isFocused: boolean): Line {
	// Focus is shown by the brackets, not only by colour.
	const label = isFocused ? `[ ${title} ]` : `  ${title}  `;
	const lead = '──';
	const rest = Math.max(0, width - displayWidth(lead) - displayWidth(label));
	return fit([segment(lead, 'rule'), segment(label, isFocused ? 'title' : 'heading'), segment('─'.repeat(rest), 'rule')], width);
}

/** The plain text of a line (for tests, the README capture and the non-TTY summary). */
export function lineText(line: Line): string {
	return line.map(part => part.text).join('');
}
