import {memo} from 'react';
import {Box, Text} from 'ink';
import type {Line, Segment} from '../format/line.js';
import {styledSegments} from './styled-text.js';
import {theme, type Palette} from './theme.js';

/*
Lays out the lines screen.ts computed: one <Text> per line, nothing else. A line
equal to the previous frame's is not re-rendered (memo), and Ink's incremental
rendering then rewrites only the lines that changed.
*/

function isSameLine(a: Line, b: Line): boolean {
	if (a === b) {
		return true;
	}

	if (a.length !== b.length) {
		return false;
	}

	return a.every((part, index) => {
		const other = b[index];
		return other !== undefined && part.text === other.text && part.tone === other.tone && part.isSelected === other.isSelected;
	});
}

/*
One <Text> per segment in a row, not one per line: Ink measures each text node
with string-width on every frame, which is instant for printable ASCII and
~1-2 µs a character for anything else (a 120-column line holding one "○" cost
~200 µs, a frame ~20 ms). Segments keep the non-ASCII runs short.
*/
/**
What Ink is given for a line: neighbours of the same style merged, and the
trailing padding dropped (Ink fills the rest of the row with spaces anyway, and
every character handed to it is tokenized on every frame). A selected row keeps
its padding, which is what shows the selection bar.
*/
export function compactLine(line: Line): Segment[] {
	const merged: Segment[] = [];
	for (const part of line) {
		const last = merged.at(-1);
		if (last !== undefined && last.tone === part.tone && last.isSelected === part.isSelected) {
			merged[merged.length - 1] = {...last, text: last.text + part.text};
		} else if (part.text !== '') {
			merged.push(part);
		}
	}

	for (let last = merged.at(-1); last !== undefined; last = merged.at(-1)) {
		if (last.isSelected === true) {
			break;
		}

		const trimmed = last.text.trimEnd();
		if (trimmed !== '') {
			merged[merged.length - 1] = {...last, text: trimmed};
			break;
		}

		merged.pop();
	}

	return merged;
}

/*
One <Text> per row holding the row's one styled string (styled-text.ts): a row is
two Yoga nodes (the box and its text) and three React nodes whatever its
segments, measured and written to Ink's output once. The characters and their
styles are the bytes the segments as nested <Text>s made.
*/
const LineView = memo(
	function LineView({line, palette}: {readonly line: Line; readonly palette: Palette}) {
		const parts = compactLine(line);
		return parts.length === 0 ? <Box height={1} flexShrink={0} /> : <Text wrap="truncate">{styledSegments(parts, palette)}</Text>;
	},
	(previous, next) => previous.palette === next.palette && isSameLine(previous.line, next.line),
);

export function ScreenView({lines, palette = theme}: {readonly lines: readonly Line[]; readonly palette?: Palette}) {
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				// Rows are positions on the screen: the index is the right key.
				// eslint-disable-next-line react/no-array-index-key
				<LineView key={index} line={line} palette={palette} />
			))}
		</Box>
	);
}
