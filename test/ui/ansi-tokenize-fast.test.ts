import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {Chalk} from 'chalk';
import {styledCharsFromTokens, styledCharsToString as packageStyledCharsToString, tokenize, type StyledChar} from '@alcalzone/ansi-tokenize';
import {describe, expect, it} from 'vitest';
import widestLine from 'widest-line';
// @ts-expect-error: a plain JS module of the build, without types.
import {styledCharsFromTokens as fastStyledCharsFromTokens, styledCharsToString as fastStyledCharsToString, tokenize as fastTokenize} from '../../scripts/ansi-tokenize-fast.js';
// @ts-expect-error: a plain JS module of the build, without types.
import rememberedWidestLine from '../../scripts/widest-line-memo.js';
import {bundlePlugins} from '../../scripts/bundle-plugins.mjs';

/*
scripts/ansi-tokenize-fast.js stands in for @alcalzone/ansi-tokenize in Ink's
output.js in the bundle, and scripts/widest-line-memo.js for widest-line in Ink's
render-node-to-output.js (scripts/bundle-plugins.mjs). They must give the
packages' answers exactly: styledCharsToString the same text byte for byte,
checked on rows built the way Ink's Output builds them (blank cells with their own
empty styles, then the characters of styled text written over them) for every
style the themes use; tokenize and styledCharsFromTokens the same values, also
once remembered; widest-line the same widths, also past its memory's bound.
*/

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
const chalk = new Chalk({level: 3});
const fast = fastStyledCharsToString as (chars: StyledChar[]) => string;
const fastChars = (line: string) => (fastStyledCharsFromTokens as (tokens: unknown) => StyledChar[])((fastTokenize as (text: string) => unknown)(line));
const widest = rememberedWidestLine as (text: string) => number;

/** A small deterministic generator, so a failure repeats. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
		return state / 2_147_483_648;
	};
}

const styles: Array<(text: string) => string> = [
	text => text,
	chalk.bold,
	chalk.dim,
	chalk.inverse,
	chalk.underline,
	chalk.cyan,
	chalk.yellow.bold,
	chalk.green.inverse,
	chalk.bgBlue.white,
	chalk.redBright.dim,
	chalk.bold.dim,
	chalk.hex('#ff8800'),
	chalk.bgHex('#123456').bold,
	text => chalk.bold(`a${chalk.dim(text)}b`),
	text => chalk.inverse(chalk.cyan(text) + text),
];
const words = ['', ' ', 'Agenda', '── ', '中国', 'مجلس', 'Совет', '○', '·', '…', 'x', '   '];

function blankRow(width: number): StyledChar[] {
	return Array.from({length: width}, () => ({type: 'char', value: ' ', fullWidth: false, styles: []}));
}

describe('the bundle\'s styledCharsToString', () => {
	it('gives the package\'s text for 3,000 rows of mixed styles, over blank cells as Ink lays them', () => {
		const next = random(42);
		for (let row = 0; row < 3000; row++) {
			const cells = blankRow(60);
			let x = Math.floor(next() * 5);
			for (let part = 0; part < 1 + Math.floor(next() * 6) && x < 60; part++) {
				const style = styles[Math.floor(next() * styles.length)]!;
				const text = style(words[Math.floor(next() * words.length)]! + words[Math.floor(next() * words.length)]!);
				for (const char of styledCharsFromTokens(tokenize(text))) {
					if (x < 60) {
						cells[x] = char;
					}

					x++;
				}
			}

			const chars = next() < 0.2 ? cells.slice(0, Math.floor(next() * 60)) : cells;
			expect(fast(chars)).toBe(packageStyledCharsToString(chars));
		}
	});

	it('gives the package\'s text for the edge cases: nothing, one cell, a style to the last cell', () => {
		const styled = styledCharsFromTokens(tokenize(chalk.bold.cyan('ab')));
		for (const chars of [[], blankRow(1), styled, [...blankRow(2), ...styled], [...styled, ...blankRow(2)]]) {
			expect(fast(chars)).toBe(packageStyledCharsToString(chars));
		}
	});

	it('tokenizes and styles a line as the package does, the first time and from memory', () => {
		const next = random(7);
		for (let count = 0; count < 2000; count++) {
			const style = styles[Math.floor(next() * styles.length)]!;
			const line = style(words[Math.floor(next() * words.length)]! + String(Math.floor(next() * 50)));
			const expected = styledCharsFromTokens(tokenize(line));
			expect(fastChars(line)).toEqual(expected);
			expect(fastChars(line)).toEqual(expected);
		}
	});

	it('measures texts as widest-line does, beyond the 4,096 it remembers', () => {
		const next = random(9);
		for (let count = 0; count < 6000; count++) {
			const style = styles[Math.floor(next() * styles.length)]!;
			const text = `${style(words[Math.floor(next() * words.length)]!)}${count % 3 === 0 ? '\n中国中国' : ''}${count}`;
			expect(widest(text)).toBe(widestLine(text));
			expect(widest(text)).toBe(widestLine(text));
		}
	});

	it('is given to Ink\'s output.js and render-node-to-output.js alone, which still import what it replaces', () => {
		const require = createRequire(import.meta.url);
		const output = path.join(path.dirname(require.resolve('ink')), 'output.js');
		// An Ink that no longer imports styledCharsToString from the package makes the swap pointless: caught here.
		expect(readFileSync(output, 'utf8')).toMatch(/import \{[^}]*\bstyledCharsToString\b[^}]*\} from '@alcalzone\/ansi-tokenize'/);
		const plugin = bundlePlugins(root).find(item => item.name === 'ink-fast-styled-chars');
		let resolve: ((args: {importer: string; path: string}) => unknown) | undefined;
		plugin?.setup({onResolve: (_options: unknown, callback: typeof resolve) => {
			resolve = callback;
		}} as never);
		expect(resolve?.({importer: output, path: '@alcalzone/ansi-tokenize'})).toEqual({path: path.join(root, 'scripts', 'ansi-tokenize-fast.js')});
		expect(resolve?.({importer: path.join(path.dirname(output), 'sanitize-ansi.js'), path: '@alcalzone/ansi-tokenize'})).toBeUndefined();
		const renderNode = path.join(path.dirname(output), 'render-node-to-output.js');
		expect(readFileSync(renderNode, 'utf8')).toMatch(/import widestLine from 'widest-line'/);
		const widths = bundlePlugins(root).find(item => item.name === 'ink-remembered-widths');
		widths?.setup({onResolve: (_options: unknown, callback: typeof resolve) => {
			resolve = callback;
		}} as never);
		expect(resolve?.({importer: renderNode, path: 'widest-line'})).toEqual({path: path.join(root, 'scripts', 'widest-line-memo.js')});
		expect(resolve?.({importer: path.join(path.dirname(output), 'measure-text.js'), path: 'widest-line'})).toBeUndefined();
	});
});
