import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {schemaDataModules} from '../../scripts/schema-as-data.mjs';

/*
Issue 15: what every start imports before it knows what it will do (the CLI's
main module, and `council lookup` answered from its snapshot) builds no zod
schema and loads no zod: the schemas are imported where something is validated
(dataset/parse-dataset.ts on a snapshot miss, the settings store, the journal).
Read from the source files: the static value imports (not `import type`, not
import()), followed from each entry.
*/

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
const valueImport = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g;

/** The modules the bundle carries as their evaluated data (scripts/schema-as-data.mjs): what they import is not in the bundle. */
const dataModules = new Set(schemaDataModules.map(file => path.join(root, file)));

function closure(entry: string, {asBundled = false} = {}): Map<string, readonly string[]> {
	const seen = new Map<string, readonly string[]>();
	const pending = [path.join(root, 'source', entry)];
	while (pending.length > 0) {
		const file = pending.pop()!;
		if (seen.has(file)) {
			continue;
		}

		const requests = asBundled && dataModules.has(file) ? [] : [...readFileSync(file, 'utf8').matchAll(valueImport)].map(match => match[1]!);
		seen.set(file, requests);
		for (const request of requests.filter(request => request.startsWith('.') && /\.js$/.test(request))) {
			const target = path.resolve(path.dirname(file), request);
			const found = [target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.tsx')].find(candidate => existsSync(candidate));
			if (found === undefined) {
				throw new Error(`${path.relative(root, file)} imports ${request}, which is not a source file`);
			}

			pending.push(found);
		}
	}

	return seen;
}

function zodImporters(entry: string, options: {asBundled?: boolean} = {}): string[] {
	return [...closure(entry, options)].filter(([, requests]) => requests.some(request => request === 'zod' || request.startsWith('zod/') || request.endsWith('/zod-config.js'))).map(([file]) => path.relative(root, file));
}

describe('the start\'s imports', () => {
	it('the graph is read from the files: the journal line\'s shape, run as source, reaches zod', () => {
		expect(zodImporters('journal/read.ts').length).toBeGreaterThan(0);
		expect(zodImporters('journal/journal-line-shape.ts')).toContain('source/journal/entry-kinds/payloads.ts');
		expect([...closure('cli/main.ts').keys()].map(file => path.relative(root, file))).toContain('source/dataset/load.ts');
	});

	it('the CLI\'s main module and council lookup load no zod and build no schema', () => {
		for (const entry of ['cli/main.ts', 'commands/io.ts', 'commands/lookup.ts']) {
			expect({entry, importers: zodImporters(entry)}).toEqual({entry, importers: []});
		}
	});

	it('the dashboard does not build the dataset\'s schema: a start from the snapshot validates nothing', () => {
		const files = [...closure('ui/run-dashboard.tsx').keys()].map(file => path.relative(root, file));
		expect(files).not.toContain('source/dataset/schema.ts');
		expect(files).not.toContain('source/dataset/parse-dataset.ts');
	});

	it('the dashboard\'s start loads no zod and builds no journal or settings schema: its modules, reading the settings and the journal (header, lines, replay, follow) and recording\'s module', () => {
		// What start.ts imports for the dashboard, and what run-dashboard.tsx imports when it opens the journal; the shape is data in the bundle.
		for (const entry of ['ui/run-dashboard.tsx', 'settings/store.ts', 'journal/append.ts', 'journal/header.ts', 'journal/read.ts', 'journal/replay.ts', 'journal/follow-session.ts', 'journal/watch.ts']) {
			expect({entry, importers: zodImporters(entry, {asBundled: true})}).toEqual({entry, importers: []});
		}

		const files = [...closure('ui/run-dashboard.tsx', {asBundled: true}).keys(), ...closure('journal/follow-session.ts', {asBundled: true}).keys()].map(file => path.relative(root, file));
		for (const schema of ['source/journal/schema.ts', 'source/journal/entry-kinds/payloads.ts', 'source/journal/header-schema.ts', 'source/settings/schema.ts', 'source/journal/judge-line.ts']) {
			expect(files).not.toContain(schema);
		}

		expect(files).toContain('source/journal/journal-line-shape.ts');
	});
});
