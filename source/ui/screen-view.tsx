import {memo} from 'react';
import {Box, Text} from 'ink';
import type {Line} from '../format/line.js';
import {theme} from './theme.js';

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

const LineView = memo(
	function LineView({line}: {readonly line: Line}) {
		return (
			<Text wrap="truncate">
				{line.map((part, index) => (
					// eslint-disable-next-line react/no-array-index-key
					<Text key={index} {...theme[part.tone ?? 'plain']} inverse={part.isSelected === true}>
						{part.text}
					</Text>
				))}
			</Text>
		);
	},
	(previous, next) => isSameLine(previous.line, next.line),
);

export function ScreenView({lines}: {readonly lines: readonly Line[]}) {
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				// Rows are positions on the screen: the index is the right key.
				// eslint-disable-next-line react/no-array-index-key
				<LineView key={index} line={line} />
			))}
		</Box>
	);
}
