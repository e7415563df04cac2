// The esbuild plugins of the CLI's bundle (scripts/build.mjs), also used by the
// key-latency bench (bench/keys.ts) so that it measures the code as it ships. Each
// swaps a module for one dependency alone, never for council's own code; the
// exceptions, the message catalogue and the journal line's shape, are council's own
// data shipped as their evaluated value, not other code (scripts/catalogue-as-data.mjs,
// scripts/schema-as-data.mjs).
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {catalogueAsData} from './catalogue-as-data.mjs';
import {schemaAsData} from './schema-as-data.mjs';

/** The plugins, for a checkout at `root`. */
export function bundlePlugins(root) {
	const scripts = path.join(root, 'scripts');
	// conf imports ajv, ajv-formats and semver for features council does not use;
	// they are replaced by a stub for conf alone (see scripts/conf-unused-stub.js).
	const confUnused = {
		name: 'conf-unused',
		setup(builder) {
			builder.onResolve({filter: /^(?:ajv(?:\/.*)?|ajv-formats|semver)$/}, args =>
				(/[\\/]node_modules[\\/]conf[\\/]/.test(args.importer) ? {path: path.join(scripts, 'conf-unused-stub.js')} : undefined));
		},
	};

	// zod's `locales` namespace, for zod's own modules alone: English only (see scripts/zod-locales-en.js).
	const zodEnglishOnly = {
		name: 'zod-english-only',
		setup(builder) {
			builder.onResolve({filter: /^\.\.\/locales\/index\.js$/}, args =>
				(/[\\/]node_modules[\\/]zod[\\/]v4[\\/]/.test(args.importer) ? {path: path.join(scripts, 'zod-locales-en.js')} : undefined));
		},
	};

	// Ink's output.js alone gets scripts/ansi-tokenize-fast.js for @alcalzone/ansi-tokenize: the same text, less work per cell.
	const inkFastStyledChars = {
		name: 'ink-fast-styled-chars',
		setup(builder) {
			builder.onResolve({filter: /^@alcalzone\/ansi-tokenize$/}, args =>
				(/[\\/]node_modules[\\/]ink[\\/]build[\\/]output\.js$/.test(args.importer) ? {path: path.join(scripts, 'ansi-tokenize-fast.js')} : undefined));
		},
	};

	// Ink's render-node-to-output.js alone gets scripts/widest-line-memo.js: the same widths, each text measured once.
	const inkRememberedWidths = {
		name: 'ink-remembered-widths',
		setup(builder) {
			builder.onResolve({filter: /^widest-line$/}, args =>
				(/[\\/]node_modules[\\/]ink[\\/]build[\\/]render-node-to-output\.js$/.test(args.importer) ? {path: path.join(scripts, 'widest-line-memo.js')} : undefined));
		},
	};

	// Ink's squash-text-nodes.js alone gets scripts/sanitize-ansi-fast.js for its sanitize-ansi.js: plain text and SGR colours given back untokenized.
	const inkSanitizeSgrFast = {
		name: 'ink-sanitize-sgr-fast',
		setup(builder) {
			builder.onResolve({filter: /^\.\/sanitize-ansi\.js$/}, args =>
				(/[\\/]node_modules[\\/]ink[\\/]build[\\/]squash-text-nodes\.js$/.test(args.importer) ? {path: path.join(scripts, 'sanitize-ansi-fast.js')} : undefined));
		},
	};

	// string-width 8, for every importer (Ink, cli-truncate, widest-line, source/text/width.ts) but
	// wrap-ansi, which has a string-width 7 of its own: scripts/string-width-fast.js, the same
	// widths without compiling \p{RGI_Emoji} for text that cannot hold an emoji.
	const stringWidthFast = {
		name: 'string-width-fast',
		setup(builder) {
			const fork = path.join(scripts, 'string-width-fast.js');
			builder.onResolve({filter: /^string-width$/}, args =>
				(args.importer === fork || /[\\/]node_modules[\\/]wrap-ansi[\\/]/.test(args.importer) ? undefined : {path: fork}));
		},
	};

	// @alcalzone/ansi-tokenize's tokenize.js, slice-ansi and wrap-ansi's string-width 7 create an Intl.Segmenter
	// when imported (ICU's break rules: 7-8 ms of every start); each gets scripts/graphemes-fast.js's
	// segmenter instead, which gives ICU's segments and asks ICU only for text that needs it.
	const lazyGraphemes = {
		name: 'lazy-graphemes',
		setup(builder) {
			builder.onLoad({filter: lazyGraphemeFiles}, async args => {
				const text = await readFile(args.path, 'utf8');
				const made = lazyGraphemeConstructions.find(([line]) => text.includes(line));
				if (made === undefined) {
					throw new Error(`${args.path}: no Intl.Segmenter made where scripts/bundle-plugins.mjs expects one (a new version? see scripts/graphemes-fast.js)`);
				}

				const [line, name] = made;
				return {contents: text.replace(line, `import {graphemeSegmenter as ${name}} from ${JSON.stringify(path.join(scripts, 'graphemes-fast.js'))};`), loader: 'js', resolveDir: path.dirname(args.path)};
			});
		},
	};

	// The message catalogue as JSON data rather than object literals (scripts/catalogue-as-data.mjs).
	return [confUnused, zodEnglishOnly, inkFastStyledChars, inkRememberedWidths, inkSanitizeSgrFast, stringWidthFast, lazyGraphemes, catalogueAsData(root), schemaAsData(root)];
}

/** The packages' files given scripts/graphemes-fast.js's segmenter, and the line each makes its own with (then the name it gives it). */
export const lazyGraphemeFiles = /[\\/]node_modules[\\/](?:@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize\.js|slice-ansi[\\/]tokenize-ansi\.js|wrap-ansi[\\/]node_modules[\\/]string-width[\\/]index\.js)$/;
export const lazyGraphemeConstructions = [
	['const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });', 'segmenter'],
	['const GRAPHEME_SEGMENTER = new Intl.Segmenter(undefined, {granularity: \'grapheme\'});', 'GRAPHEME_SEGMENTER'],
	['const segmenter = new Intl.Segmenter();', 'segmenter'],
];

/** Modules replaced for the whole bundle, for a checkout at `root`. */
export function bundleAlias(root) {
	// Ink imports react-devtools-core only when DEV=true; marking it external
	// breaks the bundle, so it is replaced by an empty module.
	// jsonc-parser's "main" is a UMD file whose require() calls esbuild cannot follow
	// ("Cannot find module './impl/format'" at run time); its ESM build bundles cleanly.
	return {
		'react-devtools-core': path.join(root, 'scripts', 'empty-module.js'),
		// pg requires pg-native only for its optional libpq binding, which council does not use.
		'pg-native': path.join(root, 'scripts', 'empty-module.js'),
		'jsonc-parser': path.join(root, 'node_modules', 'jsonc-parser', 'lib', 'esm', 'main.js'),
	};
}
