import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, test} from 'vitest';

/*
Issue 9: dependencies run one way, features → state core → dataset and text.
This reads the import graph of the real source files (static imports, re-exports
and dynamic import()), and fails when state/ reaches into the views (format/,
ui/) or the features at run time, or when source/dataset/ has an import circle.
*/

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
const source = path.join(root, 'source');

type Edge = {readonly to: string; readonly isTypeOnly: boolean};

function sourceFiles(folder: string): string[] {
	return readdirSync(folder, {withFileTypes: true}).flatMap(entry => {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) {
			return sourceFiles(full);
		}

		return /\.tsx?$/.test(entry.name) ? [full] : [];
	});
}

const specifier = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolve(from: string, request: string): string | undefined {
	if (!request.startsWith('.')) {
		return undefined;
	}

	const target = path.resolve(path.dirname(from), request);
	for (const candidate of [target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.tsx'), target]) {
		if (files.has(candidate)) {
			return candidate;
		}
	}

	// A relative import of something else (../../package.json) is no edge of the graph; a missing module is.
	if (!/\.(js|ts|tsx)$/.test(request)) {
		return undefined;
	}

	throw new Error(`${path.relative(root, from)} imports ${request}, which is not a source file`);
}

const files = new Set(sourceFiles(source));
const graph = new Map<string, Edge[]>();
for (const file of files) {
	const text = readFileSync(file, 'utf8');
	const edges: Edge[] = [];
	for (const match of text.matchAll(specifier)) {
		const request = match[3] ?? match[4];
		const to = request === undefined ? undefined : resolve(file, request);
		if (to !== undefined) {
			edges.push({to, isTypeOnly: match[2] !== undefined});
		}
	}

	graph.set(file, edges);
}

const relative = (file: string) => path.relative(source, file).split(path.sep).join('/');

function importsOf(file: string, options: {readonly withTypes: boolean}): string[] {
	return (graph.get(file) ?? []).filter(edge => options.withTypes || !edge.isTypeOnly).map(edge => edge.to);
}

/** Every import circle among the given files, each as the list of files around it. */
function cycles(among: readonly string[], options: {readonly withTypes: boolean}): string[][] {
	const inside = new Set(among);
	const found: string[][] = [];
	const state = new Map<string, 'visiting' | 'done'>();
	const trail: string[] = [];
	// Iterative depth-first search: the graph is small, but a test has no reason to recurse either.
	for (const start of among) {
		if (state.has(start)) {
			continue;
		}

		const stack: Array<{file: string; next: number}> = [{file: start, next: 0}];
		state.set(start, 'visiting');
		trail.push(start);
		while (stack.length > 0) {
			const top = stack.at(-1)!;
			const targets = importsOf(top.file, options).filter(to => inside.has(to));
			const to = targets[top.next++];
			if (to === undefined) {
				state.set(top.file, 'done');
				trail.pop();
				stack.pop();
			} else if (state.get(to) === 'visiting') {
				found.push([...trail.slice(trail.indexOf(to)), to].map(file => relative(file)));
			} else if (!state.has(to)) {
				state.set(to, 'visiting');
				trail.push(to);
				stack.push({file: to, next: 0});
			}
		}
	}

	return found;
}

const under = (folder: string) => [...files].filter(file => relative(file).startsWith(`${folder}/`));

describe('issue 9: the import graph of source/', () => {
	test('the graph is read from the files (known edges are found)', () => {
		expect(importsOf(path.join(source, 'dataset', 'build-index.ts'), {withTypes: true}).map(file => relative(file))).toContain('dataset/labels.ts');
		expect(importsOf(path.join(source, 'features', 'reducer.ts'), {withTypes: false}).map(file => relative(file))).toContain('features/settle.ts');
		// Type-only imports are told apart.
		expect(graph.get(path.join(source, 'dataset', 'labels.ts'))).toContainEqual({to: path.join(source, 'dataset', 'index-types.ts'), isTypeOnly: true});
		// A circle is found when there is one.
		const a = path.join(source, 'dataset', 'labels.ts');
		const b = path.join(source, 'dataset', 'lookup-keys.ts');
		graph.set(a, [...graph.get(a)!, {to: b, isTypeOnly: false}]);
		graph.set(b, [...graph.get(b)!, {to: a, isTypeOnly: false}]);
		try {
			expect(cycles(under('dataset'), {withTypes: true})).toContainEqual(['dataset/labels.ts', 'dataset/lookup-keys.ts', 'dataset/labels.ts']);
		} finally {
			graph.set(a, graph.get(a)!.slice(0, -1));
			graph.set(b, graph.get(b)!.slice(0, -1));
		}
	});

	test('state/ imports nothing from format/ or ui/, and only types from features/', () => {
		const wrong = under('state').flatMap(file => (graph.get(file) ?? [])
			.filter(edge => /^(format|ui)\//.test(relative(edge.to)) || (relative(edge.to).startsWith('features/') && !edge.isTypeOnly))
			.map(edge => `${relative(file)} → ${relative(edge.to)}`));
		expect(wrong).toEqual([]);
	});

	test('source/dataset/ has no import circle, type imports included', () => {
		expect(cycles(under('dataset'), {withTypes: true})).toEqual([]);
	});

	test('the dataset and text layers import nothing from state/, features/, format/ or ui/', () => {
		const wrong = [...under('dataset'), ...under('text')].flatMap(file => importsOf(file, {withTypes: true})
			.filter(to => /^(state|features|format|ui)\//.test(relative(to)))
			.map(to => `${relative(file)} → ${relative(to)}`));
		expect(wrong).toEqual([]);
	});
});
