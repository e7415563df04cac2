import {randomBytes} from 'node:crypto';
import {stat} from 'node:fs/promises';
import path from 'node:path';
import {displayPath} from '../cli/dataset-path.js';
import {parseCommandLine} from '../cli/parse.js';
import {UsageError} from '../cli/usage-error.js';
import {formatLoadErrors, loadDataset} from '../dataset/load.js';
import {checkReferences, formatPath} from '../dataset/references.js';
import {dataset as datasetSchema, type Dataset} from '../dataset/schema.js';
import {makeSessionId} from '../dataset/session-id.js';
import {importText} from '../import/import-text.js';
import {countRepeats, inputText} from '../import/input.js';
import {emptyDataset, mergeEntriesInPlace, type Change, type MergeResult} from '../import/merge.js';
import {mergePlanInPlace, readPlan, type Plan} from '../import/plan.js';
import {documentReport, planReport} from '../import/report.js';
import type {Entries} from '../import/types.js';
import {writeFileAtomic, WriteRefused, type AtomicWriteResult} from '../import/write-atomic.js';
import {maxImportBytes} from '../io/limits.js';
import {readInputFile} from '../io/read-input.js';
import {say, trusted} from '../cli/message.js';
import {jsonText} from '../text/json-text.js';
import type {CommandIo} from './io.js';
import {fileErrorWords} from '../io/file-error.js';
import {en} from '../i18n/en.js';
import {localeTag, t, tLine, type MessageKey} from '../i18n/translate.js';
import {displayWidth} from '../text/width.js';

/*
`council import FILE... [--into DATASET] [--dry-run]`: the edges of the import.
Reads each file (the pipeline in source/import is pure), merges the entries into
the dataset (or a new one), validates the result with the schema and the
reference check, then prints it, or writes it atomically with a backup. Nothing
is written when any input cannot be read or the result would not be valid.
*/

const options = [
	{name: 'into', type: 'string', valueName: 'DATASET', isPath: true, description: 'merge into this dataset file and write it back (backup: DATASET.bak)'},
	{name: 'dry-run', type: 'boolean', description: 'show what would be added or reused; write nothing'},
	{name: 'report', type: 'boolean', description: 'print a table per document (symbol, item, source, actions, references by kind, proposals, warnings) instead of the dataset'},
] as const;

/** A word of the change list, translated when the catalogue has it (a kind import/ names that it lacks shows as it is). */
function changeWord(prefix: string, word: string, width: number): string {
	const key = `${prefix}${word.replaceAll(' ', '-')}`;
	const shown = key in en ? t(key as MessageKey) : word;
	return shown + ' '.repeat(Math.max(0, width - displayWidth(shown)));
}

function formatChange(change: Change): string {
	return say`${changeWord('cli.import.action.', change.action, 6)} ${changeWord('cli.import.kind.', change.kind, 12)} ${change.id}${change.note === undefined ? '' : trusted(say`  (${change.note})`)}`;
}

function problemsOf(candidate: Dataset): string[] {
	const parsed = datasetSchema.safeParse(candidate);
	if (!parsed.success) {
		return parsed.error.issues.map(issue => `${issue.path.join('.')}: ${issue.message}`);
	}

	return checkReferences(candidate).filter(problem => problem.severity === 'error').map(problem => `${formatPath(problem.path)}: ${problem.message}`);
}

function sameMeaning(before: Dataset, after: Dataset): boolean {
	const canonical = (value: Dataset) => {
		const parsed = datasetSchema.safeParse(value);
		return parsed.success ? JSON.stringify(parsed.data) : undefined;
	};

	const was = canonical(before);
	return was !== undefined && was === canonical(after);
}

/** A dataset this import starts: its own session id, so its own journal (dataset/session-id.ts). */
function startedDataset(): Dataset {
	const empty = emptyDataset();
	return {...empty, session: {...empty.session, id: makeSessionId('imported-session', randomBytes(6))}};
}

async function baseDataset(file: string, name: string, io: CommandIo): Promise<Dataset | undefined> {
	const exists = await stat(file).then(() => true, () => false);
	if (!exists) {
		io.stderr(`council import: ${tLine('cli.import.will-create', {name})}\n`);
		return startedDataset();
	}

	const loaded = await loadDataset(file, {name});
	if (!loaded.ok) {
		io.stderr(`${formatLoadErrors(loaded.errors)}council import: ${tLine('cli.import.not-valid-dataset', {name})}\n`);
		return undefined;
	}

	return loaded.dataset;
}

export async function run(args: readonly string[], io: CommandIo): Promise<number> {
	const {values, positionals} = parseCommandLine(args, options, 'import');
	if (positionals.length === 0) {
		throw new UsageError(t('cli.import.name-file'), 'import');
	}

	const into = typeof values['into'] === 'string' ? path.resolve(io.cwd, values['into']) : undefined;
	const isDryRun = values['dry-run'] === true;
	const isReport = values['report'] === true;
	// The report fits the terminal it is read on; piped, COLUMNS or 100.
	const columns = io.isTty && process.stdout.columns > 0 ? process.stdout.columns : Number(io.env['COLUMNS']);
	const width = Number.isInteger(columns) && columns >= 40 ? Math.min(columns, 200) : 100;

	const imported: Array<{name: string; entries?: Entries; plan?: Plan}> = [];
	const reports: string[] = [];
	let failed = false;
	for (const name of positionals) {
		const file = path.resolve(io.cwd, name);
		// eslint-disable-next-line no-await-in-loop -- one input at a time, in the order given
		const read = await readInputFile(file, {maxBytes: maxImportBytes, expected: 'a document'});
		if (!read.ok) {
			io.stderr(say`council import: ${name}: ${read.message}\n`);
			failed = true;
			continue;
		}

		const {bytes} = read;

		// eslint-disable-next-line no-await-in-loop
		const input = await inputText(bytes, name);
		if (!input.ok) {
			io.stderr(say`council import: ${name}: ${input.message}\n`);
			failed = true;
			continue;
		}

		// A time-management plan is the agenda, not a document.
		const plan = readPlan(input.text);
		if (plan !== undefined) {
			for (const warning of plan.warnings) {
				io.stderr(`${tLine('cli.import.warning', {name, message: warning.message})}\n`);
			}

			reports.push(...planReport(name, plan, width), '');
			imported.push({name, plan});
			continue;
		}

		const result = importText(input.text);
		reports.push(...documentReport(name, result.entries, [...input.notes.map(message => ({message})), ...result.warnings], width), '');
		if (result.entries.documents.length === 0) {
			io.stderr(say`council import: ${name}: ${result.warnings[0]?.message ?? t('cli.import.no-document')}\n`);
			failed = true;
			continue;
		}

		for (const {message, count} of countRepeats([...input.notes, ...result.warnings.map(warning => warning.message)])) {
			io.stderr(`${count === 1 ? tLine('cli.import.warning', {name, message}) : tLine('cli.import.warning-repeated', {name, message, times: count.toLocaleString(localeTag())})}\n`);
		}

		imported.push({name, entries: result.entries});
	}

	if (failed) {
		io.stderr(`council import: ${t('cli.import.nothing-imported')}\n`);
		return 1;
	}

	const intoName = into === undefined ? undefined : displayPath(into, io.cwd);
	let dataset = into === undefined || intoName === undefined ? startedDataset() : await baseDataset(into, intoName, io);
	if (dataset === undefined) {
		return 1;
	}

	const changes: string[] = [];
	// One copy for the whole run, merged into in place (a copy per document grows with the dataset).
	const base = dataset;
	dataset = structuredClone(dataset);
	for (const {name, entries, plan} of imported) {
		const merged: MergeResult = plan === undefined ? mergeEntriesInPlace(dataset, entries ?? {documents: [], resolutions: [], instruments: [], reports: [], proposals: [], principles: [], delegations: []}) : mergePlanInPlace(dataset, plan);
		for (const warning of merged.warnings) {
			io.stderr(`${tLine('cli.import.warning', {name, message: warning.message})}\n`);
		}

		changes.push(say`${name}:`, ...merged.changes.map(change => `  ${formatChange(change)}`));
	}

	const problems = problemsOf(dataset);
	if (problems.length > 0) {
		io.stderr(`${problems.map(problem => `council import: ${tLine('cli.import.invalid-result', {problem})}`).join('\n')}\ncouncil import: ${t('cli.import.result-invalid')}\n`);
		return 1;
	}

	// (report.ts sanitizes every value it prints.)
	const report = isReport ? `${reports.join('\n')}\n` : '';
	if (isDryRun) {
		io.stdout(`${report}${changes.join('\n')}\n${t('cli.import.dry-run')}\n`);
		return 0;
	}

	const json = jsonText(dataset);
	if (into === undefined) {
		io.stdout(isReport ? report : json);
		return 0;
	}

	// A dataset read back comes in the schema's key order, a fresh import in the
	// importer's: compare what both mean, so a re-import that adds nothing leaves the
	// file and its backup (the real previous version) untouched.
	if (sameMeaning(base, dataset)) {
		io.stdout(`${report}${changes.join('\n')}\n${tLine('cli.import.unchanged', {name: intoName ?? into})}\n`);
		return 0;
	}

	let written: AtomicWriteResult;
	try {
		written = await writeFileAtomic(into, json, {backup: true});
	} catch (error: unknown) {
		const why = error instanceof WriteRefused ? error.message : fileErrorWords(error, 'a dataset file');
		io.stderr(`council import: ${tLine('cli.import.not-written', {name: intoName ?? into, why})}\n`);
		return 1;
	}

	if (!written.written) {
		// The same bytes: neither the file nor its backup (the real previous version) is touched.
		io.stdout(`${report}${changes.join('\n')}\n${tLine('cli.import.unchanged', {name: intoName ?? into})}\n`);
		return 0;
	}

	const shown = (file: string) => displayPath(file, io.cwd);
	const wrote = written.backup === undefined ? tLine('cli.import.wrote', {file: shown(written.file)}) : tLine('cli.import.wrote-backup', {file: shown(written.file), backup: shown(written.backup)});
	io.stdout(`${report}${changes.join('\n')}\n${wrote}\n`);
	return 0;
}
