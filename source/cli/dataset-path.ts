import path from 'node:path';
import {bundledDatasetPath} from '../dataset/bundled.js';

/** The dataset a command works on: `--data FILE` relative to the working folder, else the bundled one. */
export function datasetPath(data: unknown, cwd: string): string {
	return typeof data === 'string' ? path.resolve(cwd, data) : bundledDatasetPath();
}

/** How to name a dataset file in messages: as the user would type it. */
export function displayPath(file: string, cwd: string): string {
	const relative = path.relative(cwd, file);
	return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
