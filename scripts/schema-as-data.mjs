// Modules of council's own that compute data from its zod schemas, shipped in the
// bundle as their evaluated value (issue 15), as the message catalogue is
// (catalogue-as-data.mjs). The journal fast path's shape of the journal line
// (source/journal/journal-line-shape.ts) is read from the zod schema of every entry
// kind: run in the CLI, it would import zod and build every schema at each start
// (~20 ms of the dashboard's first frame) only to read them. Evaluated here, at build
// time, the bundle carries `export const journalLineShape = JSON.parse('…')`, and a
// read of a journal imports no zod until a line needs its judgement. vitest and tsx
// run the sources; test/journal/journal-line-shape.test.ts compares the two.
import {build} from 'esbuild';
import path from 'node:path';
import {dataProblems} from './catalogue-as-data.mjs';

/** The modules evaluated at build time, from the checkout's root: each must export JSON data only. */
export const schemaDataModules = ['source/journal/journal-line-shape.ts'];

/** The exports of one such module, evaluated (bundled alone with its imports, then imported); throws naming every export JSON cannot carry. */
export async function evaluateDataModule(file) {
	const result = await build({entryPoints: [file], bundle: true, write: false, format: 'esm', platform: 'node', target: 'node20', metafile: true, logLevel: 'silent'});
	const code = result.outputFiles[0].text;
	const exports = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
	const problems = Object.keys(exports).flatMap(name => dataProblems(exports[name], name));
	const badNames = Object.keys(exports).filter(name => !/^[A-Za-z_$][\w$]*$/.test(name) || name === 'default');
	if (problems.length > 0 || badNames.length > 0) {
		throw new Error(`${file}: a module evaluated at build time must export named JSON data only:\n${[...problems, ...badNames.map(name => `export "${name}" is not a plain name`)].map(problem => `  ${problem}`).join('\n')}`);
	}

	return {exports: {...exports}, inputs: Object.keys(result.metafile.inputs).map(input => path.resolve(input))};
}

/** The module the bundle gets instead: each export its value as JSON. */
export function dataModuleSource(exports) {
	return Object.entries(exports).map(([name, value]) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`).join('');
}

/** The esbuild plugin, for a checkout at `root`. */
export function schemaAsData(root) {
	const files = new Set(schemaDataModules.map(file => path.join(root, file)));
	return {
		name: 'schema-as-data',
		setup(builder) {
			builder.onLoad({filter: /[\\/]source[\\/].*\.ts$/}, async args => {
				if (!files.has(path.resolve(args.path))) {
					return undefined;
				}

				const {exports, inputs} = await evaluateDataModule(args.path);
				return {contents: dataModuleSource(exports), loader: 'js', watchFiles: inputs};
			});
		},
	};
}
