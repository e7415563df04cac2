import {isUtf8} from 'node:buffer';
import {z} from 'zod';
import {t, tLine} from '../i18n/translate.js';
import {mayNeedSanitizing, sanitizeDeep, sanitizeLine, visibleLine, type SanitizedAt} from '../text/sanitize.js';
import {jsonNestingProblem} from '../io/json-depth.js';
import {maxDatasetBytes, maxJsonDepth} from '../io/limits.js';
import {readInputFile} from '../io/read-input.js';
import {buildIndex, type DatasetIndex} from './build-index.js';
import {contentHashOf, defaultCacheOptions, readSnapshot, writeSnapshot, type CacheOptions} from './cache.js';
import {describeIssue} from './issue-words.js';
import {createLocator, syntaxProblems, type JsonPath} from './locate.js';
import {checkReferences, formatPath} from './references.js';
import {dataset as datasetSchema, type Dataset} from './schema.js';

/*
Reading a dataset: file → text → JSON → sanitized → schema → references → index.
Every problem is collected, none thrown, so one run lists them all as
`file:line:column  path.to.field  message`. The clean path is JSON.parse and a
walk; the syntax tree that gives line and column is only built when there is
something to point at.
*/

export type LoadError = {
	readonly file: string;
	/** 1-based; undefined for a problem with the whole file (missing, empty, binary). */
	readonly line?: number;
	readonly column?: number;
	/** `agendaItems[0].documents[1]`; empty for a problem with the whole file. */
	readonly path: string;
	readonly message: string;
	readonly severity: 'error' | 'warning';
};

export type LoadResult =
	| {readonly ok: true; readonly dataset: Dataset; readonly index: DatasetIndex; readonly warnings: readonly LoadError[]; /** The SHA-256 of the bytes loaded, when the cache keyed them. */ readonly contentHash?: string}
	| {readonly ok: false; readonly errors: readonly LoadError[]};

/*
Zod compiles each object schema into a function on its first parse. A CLI parses
one dataset per run, so the compilation never pays back: the first parse of the
bundled dataset takes 10 ms with it and 3 ms without, and a 5,000-item dataset
is no slower without it (130-145 ms either way, measured in fresh processes).
*/
z.config({jitless: true});

const schemaHint = 'a dataset is a JSON object described by data/schema.json';

function fileProblem(file: string, message: string): LoadResult {
	return {ok: false, errors: [{file, path: '', message, severity: 'error'}]};
}

export type LoadOptions = {
	/** How to name the file in problems (what the user typed); default: the path as given. */
	readonly name?: string;
	/** The snapshot cache (cache.ts); default: the user's cache folder when bundled, false: none. */
	readonly cache?: CacheOptions | false;
};

/** Reads and checks a dataset file. Never throws: every failure is a LoadError. */
export async function loadDataset(file: string, options: LoadOptions = {}): Promise<LoadResult> {
	const name = options.name ?? file;
	// Never blocks on a FIFO, never reads /dev/zero: regular files up to maxDatasetBytes only.
	const read = await readInputFile(file, {maxBytes: maxDatasetBytes, expected: 'a dataset file'});
	if (!read.ok) {
		return fileProblem(name, read.message);
	}

	const {bytes} = read;
	const cache = options.cache === undefined ? defaultCacheOptions() : (options.cache || undefined);
	const contentHash = cache !== undefined && bytes.length >= cache.minBytes ? contentHashOf(bytes) : undefined;
	try {
		if (cache !== undefined && contentHash !== undefined) {
			// A snapshot of exactly these bytes, validated by this very build: the same answer, without validating again.
			const snapshot = await readSnapshot(cache, contentHash);
			if (snapshot !== undefined) {
				return {ok: true, dataset: snapshot.dataset, index: buildIndex(snapshot.dataset), warnings: snapshot.warnings.map(warning => ({file: name, ...warning, severity: 'warning' as const})), contentHash};
			}
		}

		const result = parseDatasetBytes(bytes, name);
		if (result.ok && cache !== undefined && contentHash !== undefined) {
			await writeSnapshot(cache, contentHash, {dataset: result.dataset, warnings: result.warnings.map(({file: _file, severity: _severity, ...warning}) => warning)});
			return {...result, contentHash};
		}

		return result;
	} catch (error: unknown) {
		// A bug of ours, not a problem of the file: still one line, no stack trace.
		return fileProblem(name, `could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
	}
}

/** Checks raw file contents: text encoding first, then everything parseDatasetText checks. */
export function parseDatasetBytes(bytes: Uint8Array, file: string): LoadResult {
	if (bytes.length === 0) {
		return fileProblem(file, `the file is empty; ${schemaHint}`);
	}

	const nul = bytes.indexOf(0);
	if (nul !== -1) {
		return fileProblem(file, `not a text file (a zero byte at offset ${nul}); ${schemaHint}, saved as UTF-8`);
	}

	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	// isUtf8 and toString are several times faster than a fatal TextDecoder on a 50 MB file.
	if (isUtf8(buffer)) {
		const text = buffer.toString('utf8');
		return parseDatasetText(text.startsWith('\uFEFF') ? text.slice(1) : text, file);
	}

	const lenient = buffer.toString('utf8');
	const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')));
	const line = before.split('\n').length;
	const column = before.length - before.lastIndexOf('\n');
	return {ok: false, errors: [{file, line, column, path: '', message: t('cli.dataset-issue.not-utf8'), severity: 'error'}]};
}

/** Checks a dataset's JSON text (no BOM). Pure: no file access. */
export function parseDatasetText(text: string, file: string): LoadResult {
	// Not text.trim(): that would copy a 50 MB string to look at its first characters.
	if (!/\S/.test(text)) {
		return fileProblem(file, `the file holds only white space; ${schemaHint}`);
	}

	// Before anything recursive (the sanitizing walk, zod, the syntax-error locator) sees it.
	const nesting = jsonNestingProblem(text, maxJsonDepth);
	if (nesting !== undefined) {
		return {ok: false, errors: [{file, line: nesting.line, column: nesting.column, path: '', message: t('cli.dataset-issue.nested', {limit: nesting.limit}), severity: 'error'}]};
	}

	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error: unknown) {
		return {ok: false, errors: syntaxErrors(text, file, error)};
	}

	const sanitized: SanitizedAt[] = [];
	const data = mayNeedSanitizing(text) ? sanitizeDeep(raw, at => sanitized.push(at)) : raw;
	const problems: Array<{path: JsonPath; key?: string; message: string; severity: LoadError['severity']}> = sanitizedWarnings(sanitized);
	const parsed = datasetSchema.safeParse(data);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			problems.push(...describeIssue(issue, data));
		}
	}

	problems.push(...checkReferences(data));
	const hasErrors = problems.some(problem => problem.severity === 'error');
	if (problems.length === 0 && parsed.success) {
		return {ok: true, dataset: parsed.data, index: buildIndex(parsed.data), warnings: []};
	}

	const locator = createLocator(text);
	const located: LoadError[] = problems.map(problem => ({
		file,
		...locator.locate(problem.path, problem.key),
		path: formatPath(problem.key === undefined ? problem.path : [...problem.path, problem.key]),
		message: problem.message,
		severity: problem.severity,
	}));
	located.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));

	if (hasErrors || !parsed.success) {
		return {ok: false, errors: located};
	}

	return {ok: true, dataset: parsed.data, index: buildIndex(parsed.data), warnings: located};
}

/* At most this many fields changed by sanitizing are listed one by one; the rest are counted in one warning. */
const maxSanitizedShown = 20;

/** A warning per field whose text lost an escape sequence or a control character when loaded: validate says so rather than "ok" alone. */
function sanitizedWarnings(sanitized: readonly SanitizedAt[]): Array<{path: JsonPath; key?: string; message: string; severity: 'warning'}> {
	const shown = sanitized.slice(0, maxSanitizedShown).map(at => ({
		path: [...at.path],
		...(at.key === undefined ? {} : {key: at.key}),
		message: at.key === undefined
			? 'escape sequences or control characters were removed from this text'
			: 'escape sequences or control characters were removed from this field name',
		severity: 'warning' as const,
	}));
	const rest = sanitized.length - shown.length;
	return rest <= 0 ? shown : [...shown, {path: [], message: `escape sequences or control characters were removed from ${rest} more ${rest === 1 ? 'field' : 'fields'}`, severity: 'warning'}];
}

function syntaxErrors(text: string, file: string, error: unknown): LoadError[] {
	const found = syntaxProblems(text);
	if (found.length > 0) {
		return found.map(problem => ({file, line: problem.line, column: problem.column, path: '', message: tLine('cli.dataset-issue.malformed', {detail: problem.message}), severity: 'error'}));
	}

	// JSON.parse refused something the tolerant parser accepts: report its own words.
	const detail = error instanceof Error ? error.message : String(error);
	return [{file, path: '', message: tLine('cli.dataset-issue.malformed', {detail}), severity: 'error'}];
}

/** One problem as a line: `file:line:column  path.to.field  message`. Sanitized: paths and keys come from the file. */
export function formatLoadError(error: LoadError): string {
	// The file name as typed, newlines shown as \n: a name holding "\nok: x.json" must not forge a verdict line.
	const file = visibleLine(error.file);
	const place = error.line === undefined ? file : `${file}:${error.line}:${error.column ?? 1}`;
	const parts = [place, sanitizeLine(error.path), sanitizeLine(error.severity === 'warning' ? `warning: ${error.message}` : error.message)].filter(part => part !== '');
	return parts.join('  ');
}

/** Every problem, one per line, each line ending in a newline. */
export function formatLoadErrors(errors: readonly LoadError[]): string {
	return errors.map(error => `${formatLoadError(error)}\n`).join('');
}
