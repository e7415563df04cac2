import {displayPath} from '../cli/dataset-path.js';
import type {CommandIo} from '../commands/io.js';
import {formatLoadErrors} from '../dataset/load.js';
import {parseDatasetBytes} from '../dataset/parse-dataset.js';
import type {Dataset} from '../dataset/schema.js';
import {writeFileAtomic, WriteRefused, type AtomicWriteResult} from '../import/write-atomic.js';
import {t, tLine} from '../i18n/translate.js';
import {sanitizeLine} from '../text/sanitize.js';
import type {Plan} from './plan.js';
import {readRegularFile} from './read-dataset.js';

/*
The edge of the preparation commands: read and check the dataset, ask the pure
plan for the result, print the change, then (unless --dry-run) write the
result atomically with the previous version kept as FILE.bak. Refusals are
exit 1 with nothing written. The file is read a second time just before the
write: if another command changed it meanwhile, this one refuses rather than
undo the other's change.
*/

export const exitRefused = 1;

export type ApplyOptions = {
	/** `agenda add`, `session set`: how messages begin. */
	readonly command: string;
	readonly file: string;
	readonly isDryRun: boolean;
	readonly io: CommandIo;
};

export function datasetText(dataset: Dataset): string {
	return `${JSON.stringify(dataset, null, 2)}\n`;
}

function printChanges(name: string, changes: readonly string[], io: CommandIo): void {
	io.stdout(`${sanitizeLine(name)}:\n${changes.map(change => `  ${sanitizeLine(change)}\n`).join('')}`);
}

function refuse(command: string, problems: readonly string[], io: CommandIo): number {
	io.stderr(problems.map(problem => `council ${command}: ${sanitizeLine(problem)}\n`).join('') + `council ${command}: ${t('cli.common.nothing-written')}\n`);
	return exitRefused;
}

/** Writes a planned dataset (new or changed) and says where; a write that fails is exit 1 and leaves the old file. */
export async function writePlanned(file: string, plan: Plan & {ok: true}, options: ApplyOptions & {readonly isNew: boolean}): Promise<number> {
	const {io, command} = options;
	const name = displayPath(file, io.cwd);
	printChanges(name, plan.changes, io);
	if (options.isDryRun) {
		io.stdout(`${tLine('cli.prepare.dry-run', {name: sanitizeLine(name)})}\n`);
		return 0;
	}

	let result: AtomicWriteResult;
	try {
		// A new file is created only if none appeared meanwhile (the check and the write are one step).
		result = await writeFileAtomic(file, datasetText(plan.dataset), options.isNew ? {exclusive: true} : {backup: true});
	} catch (error: unknown) {
		if (error instanceof WriteRefused) {
			return refuse(command, [`${name} ${error.message}`], io);
		}

		const code = error !== null && typeof error === 'object' && 'code' in error ? String(error.code) : '';
		return refuse(command, [code === '' ? tLine('cli.prepare.could-not-write', {name}) : tLine('cli.prepare.could-not-write-code', {name, code})], io);
	}

	if (!result.written) {
		io.stdout(`${tLine('cli.prepare.unchanged', {name: sanitizeLine(name)})}\n`);
		return 0;
	}

	// Through a symlink the backup is beside the file it names.
	const written = result.backup === undefined ? tLine('cli.prepare.written', {name: sanitizeLine(name)}) : tLine('cli.prepare.written-backup', {name: sanitizeLine(name), backup: sanitizeLine(displayPath(result.backup, io.cwd))});
	io.stdout(`${written}\n`);
	return 0;
}

/** Loads FILE, applies `planner` to it, and writes the result: the whole life of `agenda …` and `session set`. */
export async function applyToDataset(options: ApplyOptions, planner: (dataset: Dataset) => Plan | Promise<Plan>): Promise<number> {
	const {io, command, file} = options;
	const name = displayPath(file, io.cwd);
	const read = await readRegularFile(file);
	if (!read.ok) {
		return refuse(command, [`${name}: ${read.message}`], io);
	}

	const loaded = parseDatasetBytes(read.bytes, name);
	if (!loaded.ok) {
		io.stderr(formatLoadErrors(loaded.errors));
		return refuse(command, [tLine('cli.prepare.not-valid', {name})], io);
	}

	const plan = await planner(loaded.dataset);
	if (!plan.ok) {
		return refuse(command, plan.problems, io);
	}

	if (!options.isDryRun) {
		const again = await readRegularFile(file);
		if (!again.ok || !again.bytes.equals(read.bytes)) {
			return refuse(command, [tLine('cli.prepare.changed-meanwhile', {name})], io);
		}
	}

	return writePlanned(file, plan, {...options, isNew: false});
}
