import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {bundledDatasetPath} from '../../source/dataset/bundled.js';
import {bundlePlugins} from '../../scripts/bundle-plugins.mjs';
// @ts-expect-error: a plain JS module of the build, without types.
import fastStringWidth, {simpleTextRanges} from '../../scripts/string-width-fast.js';

/*
scripts/string-width-fast.js is string-width 8.3.0 with one test added: a grapheme
is matched against \p{RGI_Emoji} only when it holds a non-ASCII code point with the
Emoji property or a keycap mark. Checked here: that no grapheme without one is an
RGI emoji (every code point, alone and with each mark an emoji sequence can add),
and that the fork measures what the package measures.
*/

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
const fast = fastStringWidth as (text: string, options?: {ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean}) => number;
const mayBeRgiEmoji = /\u20E3|(?![\u0000-\u007F])\p{Emoji}/u;
// Built at run time: TypeScript targets ES2022, before the v flag.
const rgiEmoji = new RegExp(String.raw`^\p{RGI_Emoji}$`, 'v');
// What an emoji sequence adds to its first code point: presentation, keycap, joiner, skin tone, tag, regional indicator.
const marks = ['', '\uFE0F', '\u20E3', '\uFE0F\u20E3', '\u200D', '\u{1F3FB}', '\u{E0067}\u{E007F}', '\u{1F1EB}', '\uFE0F\u200D'];

describe('the bundle\'s string-width', () => {
	it('skips only graphemes that are no RGI emoji: every code point, with every mark', () => {
		const wrong: string[] = [];
		for (let codePoint = 0; codePoint <= 0x10_FFFF; codePoint++) {
			const character = String.fromCodePoint(codePoint);
			for (const mark of marks) {
				const text = character + mark;
				if (!mayBeRgiEmoji.test(text) && rgiEmoji.test(text)) {
					wrong.push(text);
				}
			}
		}

		expect(wrong).toEqual([]);
	}, 120_000);

	it('measures what string-width measures: every code point from U+0000 to U+FFFF, a sample of the others, emoji of every kind', () => {
		const differ: string[] = [];
		const check = (text: string) => {
			for (const options of [undefined, {ambiguousIsNarrow: false}]) {
				if (fast(text, options) !== stringWidth(text, options)) {
					differ.push(text);
				}
			}
		};

		for (let codePoint = 0; codePoint <= 0xFFFF; codePoint++) {
			check(String.fromCodePoint(codePoint));
			if (codePoint % 5 === 0) {
				check(`a${String.fromCodePoint(codePoint)}\uFE0F`);
			}
		}

		for (let codePoint = 0x1_0000; codePoint <= 0x2_FFFF; codePoint += 7) {
			check(String.fromCodePoint(codePoint));
		}

		for (const text of ['😀', '#️⃣', '1⃣', '🇫🇷', '👩‍👩‍👧', '👍🏽', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '❤️', '☺', '©️', '™', '‼️', '⌚', '🧑‍💻', '\u001B[31m中国\u001B[39m', '각', 'Совет', 'المجلس', '── Agenda ·', '…', '○ ◐ ● »']) {
			check(text);
		}

		expect(differ).toEqual([]);
	}, 120_000);

	it('counts its simple text as string-width does: each code point a grapheme of its own, of width 1 or 2, beside any other', () => {
		const {narrow, wide} = simpleTextRanges as {narrow: string; wide: string};
		const inClass = (ranges: string) => {
			const pattern = new RegExp(`[${ranges}]`);
			const found: string[] = [];
			for (let code = 0x80; code <= 0xFFFF; code++) {
				if (pattern.test(String.fromCharCode(code))) {
					found.push(String.fromCharCode(code));
				}
			}

			return found;
		};

		const narrowCharacters = inClass(narrow);
		const wideCharacters = inClass(wide);
		expect(narrowCharacters.length).toBeGreaterThan(1500);
		expect(wideCharacters.length).toBeGreaterThan(20_000);
		const graphemes = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
		const count = (text: string) => [...graphemes.segment(text)].length;
		const wrong: string[] = [];
		for (const [characters, width] of [[narrowCharacters, 1], [wideCharacters, 2]] as const) {
			for (const character of characters) {
				// Its width alone; no emoji; and a grapheme of its own beside ASCII and beside itself (no Prepend, Extend, jamo or regional indicator).
				if (stringWidth(character) !== width || /\p{Emoji}|\p{Extended_Pictographic}/u.test(character) || count(`a${character}a`) !== 3 || count(character + character) !== 2) {
					wrong.push(character);
				}
			}
		}

		expect(wrong).toEqual([]);
		// A spread of pairs, in both orders (each block's first and last among them): no grapheme spans two.
		const sample = [...narrowCharacters.filter((_character, index) => index % 5 === 0), ...wideCharacters.filter((_character, index) => index % 499 === 0), ...narrowCharacters.slice(-3), ...wideCharacters.slice(-3)];
		const joined = sample.filter(first => count(sample.map(second => first + second).join('')) !== sample.length * 2);
		expect(joined).toEqual([]);
		// Mixed with ASCII and ANSI colour, measured whole, as the package measures it.
		let seed = 7;
		const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
		const pool = [...sample, 'a', ' ', '[', '~', '\u001B[31m', '\u001B[39m'];
		for (let round = 0; round < 500; round++) {
			const text = Array.from({length: 1 + (next() % 40)}, () => pool[next() % pool.length]).join('');
			expect(fast(text)).toBe(stringWidth(text));
			expect(fast(text, {ambiguousIsNarrow: false})).toBe(stringWidth(text, {ambiguousIsNarrow: false}));
		}
	}, 120_000);

	it('measures every text of the bundled dataset as string-width does', () => {
		const texts = readFileSync(bundledDatasetPath(), 'utf8').match(/"(?:[^"\\]|\\.)*"/g) ?? [];
		expect(texts.length).toBeGreaterThan(500);
		for (const quoted of texts) {
			const text = JSON.parse(quoted) as string;
			expect(fast(text)).toBe(stringWidth(text));
		}
	});

	it('is the fork of the string-width installed, given to every importer of string-width 8 but itself', () => {
		const require = createRequire(import.meta.url);
		const installed = JSON.parse(readFileSync(path.join(path.dirname(require.resolve('string-width')), 'package.json'), 'utf8')) as {version: string};
		// Another version: fork it again (scripts/string-width-fast.js says how), then update this line.
		expect(installed.version).toBe('8.3.0');
		const plugin = bundlePlugins(root).find(item => item.name === 'string-width-fast');
		let resolve: ((args: {importer: string; path: string}) => unknown) | undefined;
		plugin?.setup({onResolve: (_options: unknown, callback: typeof resolve) => {
			resolve = callback;
		}} as never);
		const fork = path.join(root, 'scripts', 'string-width-fast.js');
		expect(resolve?.({importer: path.join(root, 'node_modules', 'ink', 'build', 'output.js'), path: 'string-width'})).toEqual({path: fork});
		expect(resolve?.({importer: path.join(root, 'source', 'text', 'width.ts'), path: 'string-width'})).toEqual({path: fork});
		expect(resolve?.({importer: fork, path: 'string-width'})).toBeUndefined();
		// wrap-ansi has its own string-width 7 (node_modules/wrap-ansi/node_modules): left as it is.
		expect(resolve?.({importer: path.join(root, 'node_modules', 'wrap-ansi', 'index.js'), path: 'string-width'})).toBeUndefined();
	});
});
