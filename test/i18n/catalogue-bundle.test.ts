import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build, type BuildFailure} from 'esbuild';
import {afterAll, describe, expect, it} from 'vitest';
import {catalogueAsData} from '../../scripts/catalogue-as-data.mjs';
import {languages, type Message} from '../../source/i18n/catalogue-types.js';
import {en} from '../../source/i18n/en.js';
import {catalogueOf} from '../../source/i18n/translate.js';

/*
The bundle ships the catalogue as JSON (scripts/catalogue-as-data.mjs): the six
language modules evaluated at build time, English without its notes. Checked here:
that what the bundle carries is the sources' catalogue, key for key (in order) and
message for message in all six languages, and that the build stops, naming every
problem, when a catalogue module holds anything JSON cannot carry.
*/

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
const scratch = await mkdtemp(path.join(os.tmpdir(), 'council-catalogue-bundle-'));
afterAll(async () => rm(scratch, {recursive: true, force: true}));

type Bundled = {
	readonly catalogueOf: typeof catalogueOf;
	readonly en: Readonly<Record<string, Readonly<Record<string, Message>>>>;
};

/** Bundles `contents` (an entry in the folder `from`) with the catalogue plugin of `pluginRoot`, as scripts/build.mjs does, and imports it. */
async function bundle<T>(contents: string, from: string, pluginRoot: string): Promise<{module: T; inputs: string[]}> {
	const outfile = path.join(await mkdtemp(path.join(scratch, 'out-')), 'entry.mjs');
	const result = await build({
		stdin: {contents, resolveDir: from, loader: 'ts', sourcefile: 'entry.ts'},
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		minify: true,
		metafile: true,
		logLevel: 'silent',
		plugins: [catalogueAsData(pluginRoot)],
	});
	return {module: await import(pathToFileURL(outfile).href) as T, inputs: Object.keys(result.metafile.inputs)};
}

/** The build's errors, one text each, when it fails. */
async function buildErrors(contents: string, from: string, pluginRoot: string): Promise<string[]> {
	try {
		await bundle(contents, from, pluginRoot);
	} catch (error) {
		return (error as BuildFailure).errors.map(problem => problem.text);
	}

	return [];
}

describe('the catalogue in the bundle', () => {
	it('is the sources\' catalogue: every language key for key and message for message, English without its notes', async () => {
		const {module: bundled, inputs} = await bundle<Bundled>(
			'export {catalogueOf} from \'./source/i18n/translate.ts\'; export {en} from \'./source/i18n/en.ts\';',
			root,
			root,
		);
		// The plugin took the six modules: none of their area files (cli/en.ts, keys/fr.ts, ...) reached the bundle.
		expect(inputs.filter(input => /^source\/i18n\/[^/]+\//.test(input))).toEqual([]);
		expect(languages.every(language => inputs.includes(`source/i18n/${language}.ts`))).toBe(true);

		for (const language of languages) {
			const source = catalogueOf(language);
			const shipped = bundled.catalogueOf(language);
			expect(Object.keys(shipped), language).toEqual(Object.keys(source));
			expect(shipped, language).toStrictEqual(source);
		}

		// English's messages as translate.ts derives them, and the entries the CLI reads `.message` of.
		expect(catalogueOf('en')).toStrictEqual(Object.fromEntries(Object.entries(en).map(([key, entry]) => [key, entry.message])));
		expect(Object.keys(bundled.en)).toEqual(Object.keys(en));
		expect(bundled.en).toStrictEqual(Object.fromEntries(Object.entries(en).map(([key, entry]) => [key, {message: entry.message}])));
		expect(Object.keys(en).length).toBeGreaterThan(1000);
	});

	it('stops the build, naming the module and every value JSON cannot carry', async () => {
		const fake = await mkdtemp(path.join(scratch, 'bad-'));
		await mkdir(path.join(fake, 'source', 'i18n', 'cli'), {recursive: true});
		await writeFile(path.join(fake, 'source', 'i18n', 'cli', 'fr.ts'), 'export const frCli = {\'cli.a\': \'a\', \'cli.when\': new Date(0)};\n');
		await writeFile(path.join(fake, 'source', 'i18n', 'fr.ts'), [
			'import {frCli} from \'./cli/fr.js\';',
			'export type Unused = string;',
			'export const fr = {...frCli, \'a.b\': \'x\', \'a.missing\': undefined, \'a.nan\': Number.NaN, get \'a.got\'() { return \'y\'; }, \'a.forms\': {one: \'1\', other: () => \'n\'}};',
			'export function speak(): string { return \'z\'; }',
			'',
		].join('\n'));
		const errors = await buildErrors('export {fr} from \'./source/i18n/fr.ts\';', fake, fake);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain(path.join(fake, 'source', 'i18n', 'fr.ts'));
		for (const problem of ['fr["cli.when"] is a Date', 'fr["a.missing"] is undefined', 'fr["a.nan"] is NaN', 'fr["a.got"] is a getter or setter', 'fr["a.forms"]["other"] is a function', 'speak is a function']) {
			expect(errors[0], problem).toContain(problem);
		}

		expect(errors[0]).not.toContain('Unused');
	});

	it('stops the build when a catalogue module imports code rather than catalogue data', async () => {
		const fake = await mkdtemp(path.join(scratch, 'code-'));
		await mkdir(path.join(fake, 'source', 'text'), {recursive: true});
		await mkdir(path.join(fake, 'source', 'i18n'), {recursive: true});
		await writeFile(path.join(fake, 'source', 'text', 'words.ts'), 'export const word = \'a\'.repeat(3);\n');
		await writeFile(path.join(fake, 'source', 'i18n', 'es.ts'), 'import {word} from \'../text/words.js\';\nexport const es = {\'a.b\': word};\n');
		const errors = await buildErrors('export {es} from \'./source/i18n/es.ts\';', fake, fake);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain('imports code, not catalogue data');
		expect(errors[0]).toContain(path.join(fake, 'source', 'text', 'words.ts'));
	});

	it('ships what JSON carries as it is: nested plural forms, quotes, backslashes, line separators, non-Latin scripts', async () => {
		const fake = await mkdtemp(path.join(scratch, 'good-'));
		await mkdir(path.join(fake, 'source', 'i18n'), {recursive: true});
		const written = {
			'a.quotes': 'l\'ordre du "jour" `x` ${y} \\n',
			'a.separators': 'line\u2028para\u2029end\n\ttab',
			'a.scripts': 'Совет 理事会 المجلس',
			'a.forms': {zero: 'aucun', one: '{count} point', other: '{count} points'},
			'a.count': 3,
			'a.flag': true,
			'a.none': null,
			'a.list': ['a', 'b'],
		};
		await writeFile(path.join(fake, 'source', 'i18n', 'ru.ts'), `export type Unused = number;\nexport const ru = ${JSON.stringify(written)};\nexport default {'x': {message: 'm', note: 'n'}};\n`);
		const {module} = await bundle<{ru: unknown; default: unknown}>('export {ru, default} from \'./source/i18n/ru.ts\';', fake, fake);
		expect(module.ru).toStrictEqual(written);
		// An entry's note for translators stays in the sources.
		expect(module.default).toStrictEqual({x: {message: 'm'}});
	});
});
