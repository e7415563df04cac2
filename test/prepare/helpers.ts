import {copyFileSync, mkdtempSync, readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {main} from '../../source/cli/main.js';
import type {CommandIo} from '../../source/commands/io.js';
import {dataset as datasetSchema, type Dataset} from '../../source/dataset/schema.js';

export const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
export const fixtureDatasetPath = path.join(root, 'test', 'fixtures', 'journal-dataset.json');

export type Run = {readonly code: number; readonly stdout: string; readonly stderr: string};

/** A fresh folder with its own data (journals) and settings folders, and `council` run in process there. */
export function workspace(prefix = 'council-prepare-') {
	const folder = mkdtempSync(path.join(os.tmpdir(), prefix));
	const env = {COUNCIL_DATA_DIR: path.join(folder, 'data'), COUNCIL_CONFIG_DIR: path.join(folder, 'config'), HOME: folder};
	const run = async (...args: string[]): Promise<Run> => {
		let stdout = '';
		let stderr = '';
		const io: CommandIo = {
			stdout(text) {
				stdout += text;
			},
			stderr(text) {
				stderr += text;
			},
			env,
			cwd: folder,
			isTty: false,
		};
		const code = await main(args, io, {isInteractive: false});
		return {code, stdout, stderr};
	};

	const file = (name: string) => path.join(folder, name);
	const read = (name: string): Dataset => datasetSchema.parse(JSON.parse(readFileSync(file(name), 'utf8')));
	const bytes = (name: string) => readFileSync(file(name));
	/** The journal fixture's dataset (three items with documents C99/10, C99/11, C99/42), copied here. */
	const fixture = (name = 'fixture.json') => {
		copyFileSync(fixtureDatasetPath, file(name));
		return name;
	};

	return {folder, env, run, file, read, bytes, fixture};
}
