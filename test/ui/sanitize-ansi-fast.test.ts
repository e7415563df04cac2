import {describe, expect, it} from 'vitest';
import inkSanitizeAnsi from '../../node_modules/ink/build/sanitize-ansi.js';
// @ts-expect-error: a plain JS module of the build, without types.
import sanitizeAnsiFast from '../../scripts/sanitize-ansi-fast.js';
import {bundlePlugins} from '../../scripts/bundle-plugins.mjs';

/*
scripts/sanitize-ansi-fast.js gives back untokenized a text of plain characters
and SGR colours, and sends any other to Ink's sanitize-ansi.js. Checked here on
texts made of every kind of piece Ink's tokenizer tells apart (SGR, other CSI,
OSC, DCS, lone and trailing ESC, C1 controls, BEL, wide and right-to-left text):
the same answer as Ink's function, and the fast path taken for the rows the
screen draws.
*/

const original = inkSanitizeAnsi as (text: string) => string;
const fast = sanitizeAnsiFast as (text: string) => string;

const pieces = [
	'plain', ' ', '中国', 'مصر', 'é', '\u{1F600}', '─', '', '[', 'm', '31m', ';',
	'\u001B[1m', '\u001B[22m', '\u001B[31m', '\u001B[39m', '\u001B[7m', '\u001B[0m', '\u001B[m', '\u001B[38;5;196m', '\u001B[38:2:1:2:3m',
	'\u001B[2J', '\u001B[1;1H', '\u001B[?25l', '\u001B[>1m', '\u001B[1 m', '\u001B[31', '\u001B[', '\u001B', '\u001B\u001B[1m',
	'\u001B]8;;https://x\u0007', '\u001B]0;title\u001B\\', '\u001BP1$r\u001B\\', '\u001B7', '\u001Bc',
	'\u009B31m', '\u009B2J', '\u009D0;x\u0007', '\u0085', '\u009F', '\u0080',
	'\u0007', '\u0000', '\r', '\t', '\u007F',
];

function randomText(random: () => number): string {
	let text = '';
	const count = Math.floor(random() * 8);
	for (let index = 0; index < count; index++) {
		text += pieces[Math.floor(random() * pieces.length)]!;
	}

	return text;
}

/** A small deterministic generator (mulberry32): the same texts on every run. */
function seeded(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6D_2B_79_F5) | 0;
		let value = Math.imul(state ^ (state >>> 15), 1 | state);
		value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
		return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
	};
}

describe('the bundle\'s sanitize-ansi', () => {
	it('answers as Ink\'s sanitize-ansi on every piece, every pair and 50,000 random texts', () => {
		const texts = [...pieces, ...pieces.flatMap(first => pieces.map(second => first + second))];
		const random = seeded(15);
		for (let index = 0; index < 50_000; index++) {
			texts.push(randomText(random));
		}

		const wrong = texts.filter(text => fast(text) !== original(text));
		expect(wrong).toEqual([]);
		// Texts the fast path cannot take are among them: the comparison can fail.
		expect(texts.filter(text => original(text) !== text).length).toBeGreaterThan(1000);
	});

	it('keeps a screen row as it is, and strips what moves the cursor', () => {
		const row = '\u001B[2m──\u001B[22m\u001B[1m[ Agenda 1/12 ]\u001B[22m\u001B[7m> 中国 مصر\u001B[27m';
		expect(fast(row)).toBe(row);
		expect(fast('a\u001B[2Jb\u001B[31mc')).toBe('ab\u001B[31mc');
		expect(fast('a\u009B2Jb')).toBe(original('a\u009B2Jb'));
	});

	it('is a long text\'s answer without growing the stack', () => {
		const long = '\u001B[1mx\u001B[22m'.repeat(200_000);
		expect(fast(long)).toBe(long);
	});

	it('is what the bundle gives Ink\'s squash-text-nodes.js, and only it', async () => {
		const plugin = bundlePlugins('/root').find(each => each.name === 'ink-sanitize-sgr-fast');
		expect(plugin).toBeDefined();
		const resolvers: Array<(args: {importer: string}) => unknown> = [];
		plugin!.setup({onResolve: (_options: unknown, resolve: (args: {importer: string}) => unknown) => resolvers.push(resolve)} as never);
		const [resolve] = resolvers;
		expect(resolve!({importer: '/x/node_modules/ink/build/squash-text-nodes.js'})).toEqual({path: '/root/scripts/sanitize-ansi-fast.js'});
		expect(resolve!({importer: '/x/node_modules/ink/build/other.js'})).toBeUndefined();
	});
});
