import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {runAreas} from '../../bench/runner.js';

// Real module files in a temp folder: the runner imports what exists and skips the rest.
const folder = mkdtempSync(path.join(os.tmpdir(), 'council-bench-runner-'));
afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

function moduleFile(name: string, source: string): URL {
	const file = path.join(folder, `${name}.mjs`);
	writeFileSync(file, source);
	return pathToFileURL(file);
}

describe('runAreas', () => {
	it('runs present areas, skips missing files and exports, and counts failures', async () => {
		const output: string[] = [];
		const failures = await runAreas([
			{name: 'ok', exportName: 'benchOk', file: moduleFile('ok', 'export async function benchOk() { process.stdout.write(""); globalThis.__benchRan = (globalThis.__benchRan ?? 0) + 1; }')},
			{name: 'missing', exportName: 'benchMissing', file: pathToFileURL(path.join(folder, 'missing.mjs'))},
			{name: 'noexport', exportName: 'benchThing', file: moduleFile('noexport', 'export const other = 1;')},
			{name: 'throws', exportName: 'benchThrows', file: moduleFile('throws', 'export function benchThrows() { throw new Error("measured nothing"); }')},
			{name: 'broken', exportName: 'benchBroken', file: moduleFile('broken', 'import "./does-not-exist.mjs"; export function benchBroken() {}')},
		], [], text => output.push(text));
		const text = output.join('');
		expect((globalThis as {__benchRan?: number}).__benchRan).toBe(1);
		expect(text).toContain('skipped: missing.mjs is not there yet');
		expect(text).toContain('skipped: noexport.mjs exports no benchThing()');
		expect(text).toContain('failed: Error: measured nothing');
		// A module that exists but cannot load is a failure, not "not there yet".
		expect(text).toMatch(/failed to load broken\.mjs/);
		expect(failures).toBe(2);
	});

	it('runs only the selected areas and rejects unknown names', async () => {
		const output: string[] = [];
		const file = moduleFile('selected', 'export function benchSelected() {}');
		expect(await runAreas([{name: 'a', exportName: 'benchSelected', file}, {name: 'b', exportName: 'benchSelected', file}], ['b'], text => output.push(text))).toBe(0);
		expect(output.join('')).toContain('== b ==');
		expect(output.join('')).not.toContain('== a ==');
		expect(await runAreas([{name: 'a', exportName: 'x', file}], ['zzz'], text => output.push(text))).toBe(1);
		expect(output.at(-1)).toMatch(/Unknown bench area: zzz/);
	});
});
