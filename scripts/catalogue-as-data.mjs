// The message catalogue in the bundle as data, not code. The six language modules
// (source/i18n/en.ts, fr.ts, es.ts, ar.ts, zh.ts, ru.ts) and their area files are
// object literals with spreads: ~600 KB that V8 parsed and ran on every start
// (`council --version` included), 28 ms to import the chunk. Each is evaluated here,
// at build time, and shipped as `export const en = JSON.parse('…')`: V8 scans a string
// and parses JSON far faster than it compiles an object literal (its own advice for
// literals over ~10 KB). English drops its notes for translators, which nothing run by
// the CLI reads (the catalogue test reads them from the sources). The sources stay as
// they are for vitest and tsx; test/i18n/catalogue-bundle.test.ts compares the two.
import {build} from 'esbuild';
import path from 'node:path';

/** The modules replaced: what the rest of the program imports of the catalogue. */
export const catalogueModule = /[\\/]source[\\/]i18n[\\/](?:en|fr|es|ar|zh|ru)\.ts$/;

/** Where a catalogue module may import from: other catalogue files, nothing that does work. */
function isCatalogueFile(file, i18n) {
	const relative = path.relative(i18n, file);
	return !relative.startsWith('..') && !path.isAbsolute(relative) && !relative.split(path.sep).includes('node_modules') && relative !== 'translate.ts';
}

/** Every way `value` is not JSON data that JSON.parse gives back as it is, each with where it is. */
export function dataProblems(value, where, ancestors = new Set()) {
	if (value === null || typeof value === 'string' || typeof value === 'boolean') {
		return [];
	}

	if (typeof value === 'number') {
		return Number.isFinite(value) && !Object.is(value, -0) ? [] : [`${where} is ${Object.is(value, -0) ? '-0' : String(value)}`];
	}

	if (typeof value !== 'object') {
		return [`${where} is ${typeof value === 'function' ? 'a function' : typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`}`];
	}

	if (ancestors.has(value)) {
		return [`${where} contains itself`];
	}

	const isArray = Array.isArray(value);
	const prototype = Object.getPrototypeOf(value);
	if (prototype !== (isArray ? Array.prototype : Object.prototype)) {
		return [`${where} is a ${prototype?.constructor?.name ?? 'null-prototype object'}, not a plain ${isArray ? 'array' : 'object'}`];
	}

	const inside = new Set([...ancestors, value]);
	const problems = [];
	for (const key of Reflect.ownKeys(value)) {
		if (isArray && key === 'length') {
			continue;
		}

		const at = typeof key === 'symbol' ? `${where}[${String(key)}]` : `${where}[${JSON.stringify(key)}]`;
		const descriptor = Object.getOwnPropertyDescriptor(value, key);
		if (typeof key === 'symbol') {
			problems.push(`${at} is keyed by a symbol`);
		} else if (!('value' in descriptor)) {
			problems.push(`${at} is a getter or setter`);
		} else if (!descriptor.enumerable) {
			problems.push(`${at} is not enumerable`);
		} else {
			problems.push(...dataProblems(descriptor.value, at, inside));
		}
	}

	if (isArray && Object.keys(value).length !== value.length) {
		problems.push(`${where} has holes`);
	}

	return problems;
}

/** An English entry `{message, note}` as the CLI needs it: `{message}`. */
function withoutNotes(catalogue) {
	if (catalogue === null || typeof catalogue !== 'object' || Array.isArray(catalogue)) {
		return catalogue;
	}

	return Object.fromEntries(Object.entries(catalogue).map(([key, entry]) => {
		if (entry !== null && typeof entry === 'object' && 'message' in entry && 'note' in entry) {
			const {note: _note, ...kept} = entry;
			return [key, kept];
		}

		return [key, entry];
	}));
}

/**
The exports of a catalogue module, evaluated: esbuild bundles it alone (the TypeScript
as the CLI's bundle reads it) and Node imports the result. Throws, naming the module and
every problem, when it imports code that is not catalogue data or exports anything
JSON cannot carry (a function, undefined, a getter, NaN, a class's instance).
*/
export async function evaluateCatalogueModule(file, i18n) {
	const result = await build({entryPoints: [file], bundle: true, write: false, format: 'esm', platform: 'node', target: 'node20', metafile: true, logLevel: 'silent'});
	const outside = Object.keys(result.metafile.inputs).map(input => path.resolve(input)).filter(input => input !== path.resolve(file) && !isCatalogueFile(input, i18n));
	if (outside.length > 0) {
		throw new Error(`${file}: a catalogue module imports code, not catalogue data: ${outside.join(', ')}`);
	}

	const code = result.outputFiles[0].text;
	const exports = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
	const problems = Object.keys(exports).flatMap(name => dataProblems(exports[name], name));
	const badNames = Object.keys(exports).filter(name => name !== 'default' && !/^[A-Za-z_$][\w$]*$/.test(name));
	if (problems.length > 0 || badNames.length > 0) {
		throw new Error(`${file}: a catalogue module must export JSON data only (the bundle ships it as JSON):\n${[...problems, ...badNames.map(name => `export "${name}" is not a plain name`)].map(problem => `  ${problem}`).join('\n')}`);
	}

	return {exports: {...exports}, inputs: Object.keys(result.metafile.inputs).map(input => path.resolve(input))};
}

/** The module the bundle gets instead: each export its value as JSON, English without its notes. */
export function catalogueModuleSource(exports) {
	return Object.entries(exports).map(([name, value]) => {
		const json = JSON.stringify(JSON.stringify(withoutNotes(value)));
		return name === 'default' ? `export default JSON.parse(${json});\n` : `export const ${name} = JSON.parse(${json});\n`;
	}).join('');
}

/** The esbuild plugin, for a checkout at `root`. */
export function catalogueAsData(root) {
	const i18n = path.join(root, 'source', 'i18n');
	return {
		name: 'catalogue-as-data',
		setup(builder) {
			builder.onLoad({filter: catalogueModule}, async args => {
				if (path.dirname(args.path) !== i18n) {
					return undefined;
				}

				const {exports, inputs} = await evaluateCatalogueModule(args.path, i18n);
				return {contents: catalogueModuleSource(exports), loader: 'js', watchFiles: inputs};
			});
		},
	};
}
