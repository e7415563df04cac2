import {isUtf8} from 'node:buffer';
import '../io/zod-config.js';
import {t, tLine} from '../i18n/translate.js';
import {mayNeedSanitizing, sanitizeDeep, type SanitizedAt} from '../text/sanitize.js';
import {jsonNestingProblem} from '../io/json-depth.js';
import {maxJsonDepth} from '../io/limits.js';
import {buildIndex} from './build-index.js';
import {describeIssue} from './issue-words.js';
import type {LoadError, LoadResult} from './load-result.js';
import {createLocator, syntaxProblems, type JsonPath} from './locate.js';
import {checkReferences, formatPath} from './references.js';
import {dataset as datasetSchema} from './schema.js';

/*
Validating a dataset's bytes: text → JSON → sanitized → schema → references →
index (load.ts reads the file and serves a snapshot when it has one; this module,
with zod and the schema, is imported only when there is something to validate).
*/

const schemaHint = 'a dataset is a JSON object described by data/schema.json';

function fileProblem(file: string, message: string): LoadResult {
	return {ok: false, errors: [{file, path: '', message, severity: 'error'}]};
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
