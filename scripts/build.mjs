// Bundles the CLI into a few ESM files. Bundling is the start-up lever: Node's ESM
// loader walking Ink's many small modules costs ~650 ms; a bundle costs a fraction
// (measured in ../shared/INK-NOTES.md and by `npm run bench`). Code splitting keeps
// each dynamic import() of the CLI a chunk of its own, so `council --version` or the
// dashboard does not compile the .docx importer (mammoth, jszip, xmldom): 50-60 ms
// less per start, measured.
import {build} from 'esbuild';
import {chmod, mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import path from 'node:path';
import {bundleAlias, bundlePlugins} from './bundle-plugins.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = path.join(root, 'dist');
const outfile = path.join(outdir, 'cli.js');
await mkdir(outdir, {recursive: true});

/** A hash of every source file and package.json: what the dataset cache is keyed by besides the file's own hash. */
async function buildId() {
	const {createHash} = await import('node:crypto');
	const hash = createHash('sha256');
	const files = (await readdir(path.join(root, 'source'), {recursive: true})).filter(name => /\.tsx?$/.test(name)).sort();
	// The stand-ins scripts/bundle-plugins.mjs puts in the bundle are part of the program too.
	const standIns = (await readdir(path.join(root, 'scripts'))).filter(name => name.endsWith('.js')).sort();
	for (const name of [...files.map(file => path.join('source', file)), ...standIns.map(file => path.join('scripts', file)), 'package.json']) {
		hash.update(`${name}\0`).update(await readFile(path.join(root, name))).update('\0');
	}

	return hash.digest('hex').slice(0, 16);
}

const result = await build({
	entryPoints: {cli: path.join(root, 'source', 'cli.tsx')},
	outdir,
	bundle: true,
	splitting: true,
	chunkNames: 'chunks/[name]-[hash]',
	platform: 'node',
	format: 'esm',
	target: 'node20',
	jsx: 'automatic',
	// node-pty and friends are test-only; native or optional modules stay external.
	external: [],
	// Modules swapped for others (scripts/bundle-plugins.mjs says why).
	alias: bundleAlias(root),
	// Dependencies' parts council does not use, or does more slowly than it could (scripts/bundle-plugins.mjs).
	plugins: bundlePlugins(root),
	banner: {
		// Bundled CommonJS dependencies (mammoth, signal-exit) still call require().
		js: "import {createRequire as __councilCreateRequire} from 'node:module';\nconst require = __councilCreateRequire(import.meta.url);",
	},
	// The dataset cache's key (source/dataset/cache.ts): a snapshot made by another build is never used.
	define: {'process.env.NODE_ENV': '"production"', __COUNCIL_BUILD_ID__: JSON.stringify(await buildId())},
	legalComments: 'none',
	// Half the bytes for V8 to parse on every start: the bundled first frame went
	// from 317 to 296 ms median (npm run bench -- startup, same machine, same hour).
	minify: true,
	logLevel: 'warning',
	metafile: true,
});

// Chunk names carry a content hash: remove those this build did not write, after
// writing, so a CLI already running (another test, a second terminal) keeps its files.
const written = new Set(Object.keys(result.metafile.outputs).map(file => path.resolve(file)));
const chunks = path.join(outdir, 'chunks');
for (const name of await readdir(chunks).catch(() => [])) {
	const file = path.join(chunks, name);
	if (!written.has(file)) {
		await rm(file, {force: true});
	}
}

await writeFile(outfile, `#!/usr/bin/env node\n${await readFile(outfile, 'utf8')}`);
await chmod(outfile, 0o755);
