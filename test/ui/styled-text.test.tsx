import chalk from 'chalk';
import {Box, Text} from 'ink';
import {render} from 'ink-testing-library';
import {afterAll, describe, expect, it, vi} from 'vitest';
import {fit, segment, select, type Line, type Tone} from '../../source/format/line.js';
import {compactLine, ScreenView} from '../../source/ui/screen-view.js';
import {palettes, type Palette} from '../../source/ui/theme.js';

/*
A row is handed to Ink as one styled string (source/ui/styled-text.ts) where it
was one nested <Text> per segment. Both are rendered here by Ink and compared
byte for byte: every tone of every theme, selected and not, at every colour
level, in rows mixing tones, scripts and widths.
*/

// Colour on when Ink (and chalk) are first imported; the levels are then set on chalk itself.
const forceColor = vi.hoisted(() => {
	const before = process.env['FORCE_COLOR'];
	process.env['FORCE_COLOR'] = '3';
	return before;
});

const level = chalk.level;
afterAll(() => {
	chalk.level = level;
	if (forceColor === undefined) {
		delete process.env['FORCE_COLOR'];
	} else {
		process.env['FORCE_COLOR'] = forceColor;
	}
});

/** The row as it was drawn before: one nested <Text> per compacted segment. */
function NestedScreen({lines, palette}: {readonly lines: readonly Line[]; readonly palette: Palette}) {
	return (
		<Box flexDirection="column">
			{lines.map((line, row) => {
				const parts = compactLine(line);
				return (
					// eslint-disable-next-line react/no-array-index-key
					<Box key={row} height={1} flexShrink={0}>
						{parts.length === 0 ? undefined : (
							<Text wrap="truncate">
								{parts.map((part, index) => (
									// eslint-disable-next-line react/no-array-index-key
									<Text key={index} {...palette[part.tone ?? 'plain']} inverse={(part.isSelected === true) !== (palette[part.tone ?? 'plain'].inverse === true)}>
										{part.text}
									</Text>
								))}
							</Text>
						)}
					</Box>
				);
			})}
		</Box>
	);
}

function frame(element: React.ReactElement): string {
	const view = render(element);
	const text = view.lastFrame() ?? '';
	view.unmount();
	return text;
}

const tones = Object.keys(palettes.default) as Tone[];
const width = 60;

function rows(): Line[] {
	const lines: Line[] = [];
	for (const tone of tones) {
		lines.push(fit([segment(`  ${tone} text`, tone)], width), select(fit([segment(`> ${tone}`, tone), segment(' after')], width)));
	}

	lines.push(
		[],
		fit([], width),
		fit([segment('── '), segment('[ Agenda 1/12 ]', 'title'), segment(' ──────', 'rule')], width),
		fit([segment('  中国', 'heading'), segment('  + supports', 'supports'), segment('  支持', 'dim'), segment(' مصر ', 'opposes')], width),
		select(fit([segment('> Résolution 71 (Rév. Dubaï, 2018)', 'link'), segment(' match', 'match'), segment(' ▶ ', 'key')], width)),
		fit([segment('d', 'key'), segment(' decide  '), segment('s', 'key'), segment(' status'), segment('  viewers cannot record', 'dim')], width),
		// A row wider than the width: Ink truncates it the same way whatever it was given.
		[segment('x'.repeat(width + 15), 'notice'), segment('tail', 'error')],
	);
	return lines;
}

describe('a row as one styled string', () => {
	for (const [theme, palette] of Object.entries(palettes)) {
		for (const colourLevel of [0, 1, 2, 3] as const) {
			it(`draws the bytes nested <Text>s drew (${theme}, colour level ${colourLevel})`, () => {
				chalk.level = colourLevel;
				const lines = rows();
				const nested = frame(<NestedScreen lines={lines} palette={palette} />);
				const styled = frame(<ScreenView lines={lines} palette={palette} />);
				expect(styled).toBe(nested);
				expect(styled.split('\n')).toHaveLength(lines.length);
				if (colourLevel > 0) {
					// The comparison can fail: the styles are in the frame.
					expect(styled).toContain('\u001B[7m');
				}
			});
		}
	}
});
