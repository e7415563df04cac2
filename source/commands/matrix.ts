import type {CommandIo} from './io.js';
import {parseCommandLine} from '../cli/parse.js';
import {UsageError} from '../cli/usage-error.js';
import {openSessionJournal, stringOption} from '../journal/command-context.js';
import {replay} from '../journal/replay.js';
import {buildMatrix} from '../outcomes/matrix.js';
import {matrixCsv, matrixJson, matrixText} from '../outcomes/matrix-export.js';
import {t, tLine} from '../i18n/translate.js';
import {problemText} from '../journal/read-line.js';

/*
`council matrix`: the consensus matrix (delegations × items and proposals, each
delegation's stance in effect) of the dataset plus the journal, as text, CSV or
JSON. Skipped journal lines are reported on stderr, never fatal.
*/

const formats = ['text', 'csv', 'json'] as const;

export async function run(args: readonly string[], io: CommandIo): Promise<number> {
	const {values, positionals} = parseCommandLine(args, [
		{name: 'format', type: 'string', valueName: 'text|csv|json', description: 'the format'},
		{name: 'journal', type: 'string', valueName: 'PATH', description: 'the journal'},
	], 'matrix');
	const format = stringOption(values, 'format') ?? 'text';
	if (!(formats as readonly string[]).includes(format)) {
		throw new UsageError(tLine('cli.matrix.unknown-format', {format}), 'matrix');
	}

	const data = stringOption(values, 'data');
	if (positionals.length > 1 || (positionals.length === 1 && data !== undefined)) {
		throw new UsageError(t('cli.common.one-dataset'), 'matrix');
	}

	const opened = await openSessionJournal({data: data ?? positionals[0], journal: stringOption(values, 'journal')}, io, 'matrix');
	if (!opened.ok) {
		return opened.code;
	}

	const {session, chunk} = opened;
	for (const problem of chunk.problems) {
		io.stderr(`${tLine('cli.common.warning', {message: problemText(problem, tLine)})}\n`);
	}

	const records = replay(session.dataset, chunk.entries);
	const matrix = buildMatrix(session.index, records.positionsOn);
	io.stdout(format === 'csv' ? matrixCsv(matrix) : (format === 'json' ? matrixJson(matrix) : matrixText(matrix)));
	return 0;
}
