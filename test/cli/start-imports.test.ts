import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

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

function closure(entry: string): Map<string, readonly string[]> {
	const seen = new Map<string, readonly string[]>();
	const pending = [path.join(root, 'source', entry)];
	while (pending.length > 0) {
		const file = pending.pop()!;
		if (seen.has(file)) {
			continue;
		}

		const requests = [...readFileSync(file, 'utf8').matchAll(valueImport)].map(match => match[1]!);
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

function zodImporters(entry: string): string[] {
	return [...closure(entry)].filter(([, requests]) => requests.some(request => request === 'zod' || request.startsWith('zod/') || request.endsWith('/zod-config.js'))).map(([file]) => path.relative(root, file));
}

describe('the start\'s imports', () => {
	it('the graph is read from the files: the dashboard reaches zod through the journal', () => {
		expect(zodImporters('ui/run-dashboard.tsx').length).toBeGreaterThan(0);
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
});
