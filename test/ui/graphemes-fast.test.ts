import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {lazyGraphemeConstructions, lazyGraphemeFiles} from '../../scripts/bundle-plugins.mjs';
// @ts-expect-error: a plain JS module of the build, without types.
import {graphemeSegmenter} from '../../scripts/graphemes-fast.js';
// @ts-expect-error: a plain JS module of the build, without types.
import {simpleTextRanges} from '../../scripts/string-width-fast.js';

/*
scripts/graphemes-fast.js stands in for the Intl.Segmenter that three packages of
the bundle make when imported (scripts/bundle-plugins.mjs): it must give ICU's
segments for every text, iterated or asked which segment holds an index.
*/

type Segment = {segment: string; index: number; input: string};
type Segments = Iterable<Segment> & {containing(index?: number): Segment | undefined};
const fast = graphemeSegmenter as {segment(text: string): Segments};
const icu = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));

function sameAsIcu(text: string): boolean {
	const mine = fast.segment(text);
	const theirs = icu.segment(text);
	const plain = (segments: Iterable<Segment>) => Array.from(segments, ({segment, index, input}) => ({segment, index, input}));
	if (JSON.stringify(plain(mine)) !== JSON.stringify(plain(theirs as Iterable<Segment>))) {
		return false;
	}

	for (let index = -1; index <= text.length; index++) {
		const a = mine.containing(index);
		const b = theirs.containing(index);
		if (JSON.stringify(a === undefined ? undefined : {segment: a.segment, index: a.index}) !== JSON.stringify(b === undefined ? undefined : {segment: b.segment, index: b.index})) {
			return false;
		}
	}

	return true;
}

describe('the bundle\'s grapheme segmenter', () => {
	it('cuts text as ICU does: text of its simple characters, mixed with ASCII and ANSI codes', () => {
		const {narrow, wide} = simpleTextRanges as {narrow: string; wide: string};
		const pattern = new RegExp(`[${narrow}${wide}]`);
		const characters: string[] = [];
		for (let code = 0x80; code <= 0xFFFF; code++) {
			if (pattern.test(String.fromCharCode(code))) {
				characters.push(String.fromCharCode(code));
			}
		}

		// Each beside ASCII, ESC and itself.
		const wrong = characters.filter(character => !sameAsIcu(`a${character}\u001B[1m${character}${character} `));
		expect(wrong).toEqual([]);
		let seed = 11;
		const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
		const pool = [...characters.filter((_character, index) => index % 13 === 0), 'a', ' ', '~', '\u001B[31m', '\u001B[39m', '\u001B]8;;https://itu.int\u0007'];
		for (let round = 0; round < 500; round++) {
			const text = Array.from({length: next() % 50}, () => pool[next() % pool.length]).join('');
			expect(sameAsIcu(text)).toBe(true);
		}
	});

	it('leaves any other text to ICU: marks, emoji, jamo, flags, CR LF, controls', () => {
		for (const text of ['', 'e\u0301', 'ب\u064E', '👍🏽', '👩‍👩‍👧', '#️⃣', '🇫🇷🇩🇪', '\u1100\u1161\u11A8', '각', 'a\r\nb', '\u0000\u0007x', 'क्षि', '\uD800', 'Совет · المجلس · 中国']) {
			expect(sameAsIcu(text)).toBe(true);
		}
	});

	it('is given to the packages that make an Intl.Segmenter when imported, whose line is still the one it replaces', () => {
		// The copies the bundle holds (Ink's, cli-truncate's and wrap-ansi's).
		const files = [
			path.join(root, 'node_modules', '@alcalzone', 'ansi-tokenize', 'build', 'tokenize.js'),
			path.join(root, 'node_modules', 'slice-ansi', 'tokenize-ansi.js'),
			path.join(root, 'node_modules', 'wrap-ansi', 'node_modules', 'string-width', 'index.js'),
		];
		for (const file of files) {
			expect(lazyGraphemeFiles.test(file)).toBe(true);
			const text = readFileSync(file, 'utf8');
			// Exactly one construction, the one the plugin replaces: a new version that makes another is noticed here.
			expect(text.match(/new Intl\.Segmenter\(/g)?.length).toBe(1);
			expect(lazyGraphemeConstructions.filter(([line]) => text.includes(line))).toHaveLength(1);
		}
	});
});
