// Bundles the CLI into one ESM file. Bundling is the start-up lever: Node's ESM
// loader walking Ink's many small modules costs ~650 ms; one file costs a fraction
// (measured in ../shared/INK-NOTES.md and by `npm run bench`).
import {build} from 'esbuild';
import {chmod, mkdir} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outfile = path.join(root, 'dist', 'cli.js');
await mkdir(path.dirname(outfile), {recursive: true});

await build({
	entryPoints: [path.join(root, 'source', 'cli.tsx')],
	outfile,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	jsx: 'automatic',
	// node-pty and friends are test-only; native or optional modules stay external.
	external: [],
	// Ink imports react-devtools-core only when DEV=true; marking it external
	// breaks the bundle, so it is replaced by an empty module.
	// jsonc-parser's "main" is a UMD file whose require() calls esbuild cannot follow
	// ("Cannot find module './impl/format'" at run time); its ESM build bundles cleanly.
	alias: {
		'react-devtools-core': path.join(root, 'scripts', 'empty-module.js'),
		'jsonc-parser': path.join(root, 'node_modules', 'jsonc-parser', 'lib', 'esm', 'main.js'),
	},
	banner: {
		// Bundled CommonJS dependencies (mammoth, signal-exit) still call require().
		js: "#!/usr/bin/env node\nimport {createRequire as __councilCreateRequire} from 'node:module';\nconst require = __councilCreateRequire(import.meta.url);",
	},
	define: {'process.env.NODE_ENV': '"production"'},
	legalComments: 'none',
	logLevel: 'warning',
});
await chmod(outfile, 0o755);
