import {mkdir, mkdtemp} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));

/**
Bundles an Ink entry (a test fixture or benchmark app) into one ESM file, with
the same settings as scripts/build.mjs, so it starts as fast as the real CLI.
Returns the bundle's path (in a fresh temporary folder unless `outfile` is given).
*/
export async function bundleInkApp(entry: string, outfile?: string): Promise<string> {
	const target = outfile ?? path.join(await mkdtemp(path.join(os.tmpdir(), 'council-bundle-')), `${path.basename(entry, path.extname(entry))}.js`);
	await mkdir(path.dirname(target), {recursive: true});
	await build({
		entryPoints: [path.resolve(root, entry)],
		outfile: target,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		jsx: 'automatic',
		alias: {'react-devtools-core': path.join(root, 'scripts', 'empty-module.js')},
		banner: {
			js: "import {createRequire as __councilCreateRequire} from 'node:module';\nconst require = __councilCreateRequire(import.meta.url);",
		},
		define: {'process.env.NODE_ENV': '"production"'},
		legalComments: 'none',
		logLevel: 'warning',
	});
	return target;
}
