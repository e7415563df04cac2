import {checkReferences, formatPath} from '../dataset/references.js';
import {dataset as datasetSchema, type Dataset} from '../dataset/schema.js';
import {tLine} from '../i18n/translate.js';

/*
A preparation command is a plan, computed by pure code from the dataset and
the command's arguments (the changesets way: assemble the plan, then apply it
elsewhere): the new dataset and one line per change, or the reasons it is
refused. The code that reads and writes files (apply.ts) never decides
anything, and these functions never touch a file.
*/

export type Plan =
	| {readonly ok: true; readonly dataset: Dataset; readonly changes: readonly string[]}
	| {readonly ok: false; readonly problems: readonly string[]};

export function refused(...problems: string[]): Plan {
	return {ok: false, problems};
}

/** The plan's result, checked as a loaded file is (schema, then references); a result that would not load is refused. */
export function checked(dataset: Dataset, changes: readonly string[]): Plan {
	const parsed = datasetSchema.safeParse(dataset);
	if (!parsed.success) {
		return refused(...parsed.error.issues.map(issue => tLine('cli.prepare.result-invalid', {path: issue.path.join('.'), problem: issue.message})));
	}

	const errors = checkReferences(parsed.data).filter(problem => problem.severity === 'error');
	if (errors.length > 0) {
		return refused(...errors.map(problem => tLine('cli.prepare.result-invalid', {path: formatPath(problem.path), problem: problem.message})));
	}

	return {ok: true, dataset: parsed.data, changes};
}

/** Text for a message: quoted, on one line, at most `max` characters (the terminal-safety is sanitizeLine's, at the edge). */
export function quoted(value: string, max = 80): string {
	const line = value.replace(/\s+/g, ' ').trim();
	return `"${line.length > max ? `${line.slice(0, max - 1)}…` : line}"`;
}
