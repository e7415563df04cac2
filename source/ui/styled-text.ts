import chalk from 'chalk';
import type {Segment} from '../format/line.js';
import type {Palette, ToneStyle} from './theme.js';

/*
A row's segments as the one styled string Ink would make of them. A row used to
be a <Text> holding one nested <Text> per segment, which Ink turns into exactly
this: each segment's text through its <Text>'s transform (ink/build/components/
Text.js: dim, colour, bold, underline, inverse, in that order, with Ink's own
chalk, this same module), then concatenated. Handing Ink the string instead
spares React a component, a fiber and a DOM node per segment, and Ink a
squash-and-sanitize pass per segment, on every frame drawn (the first frame had
about 150 of them). test/ui/styled-text.test.tsx renders both ways and compares
the bytes.
*/

/** What Ink's <Text> with these props does to a text. */
export function styleText(text: string, style: ToneStyle, inverse: boolean): string {
	let styled = text;
	if (style.dimColor === true) {
		styled = chalk.dim(styled);
	}

	if (style.color !== undefined) {
		styled = chalk[style.color](styled);
	}

	if (style.bold === true) {
		styled = chalk.bold(styled);
	}

	if (style.underline === true) {
		styled = chalk.underline(styled);
	}

	if (inverse) {
		styled = chalk.inverse(styled);
	}

	return styled;
}

/** The segments (compacted: none empty) as one styled string; a selected segment's tone is shown in reverse video, or out of it if the tone already is. */
export function styledSegments(parts: readonly Segment[], palette: Palette): string {
	let text = '';
	for (const part of parts) {
		const style = palette[part.tone ?? 'plain'];
		text += styleText(part.text, style, (part.isSelected === true) !== (style.inverse === true));
	}

	return text;
}
