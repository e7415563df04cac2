import {say, trusted} from '../cli/message.js';
import {countOf} from '../text/count.js';
import path from 'node:path';
import {datasetPath, displayPath} from '../cli/dataset-path.js';
import {parseCommandLine} from '../cli/parse.js';
import {formatLoadErrors, loadDataset} from '../dataset/load.js';
import type {Dataset} from '../dataset/schema.js';
import type {CommandIo} from './io.js';

/*
`council validate FILE...`: every problem of every file, one per line
(`file:line:column  path  message`), then "ok: FILE (...)" for each file that
loads. Exit 0 when all load, 1 otherwise. Without FILE: the --data file or the
bundled dataset. Files are checked one after another, so memory holds one
dataset at a time.
*/

function counts(dataset: Dataset): string {
	const parts: Array<[number, string, string]> = [
		[dataset.agendaItems.length, 'agenda item', 'agenda items'],
		[dataset.documents.length, 'document', 'documents'],
		[dataset.resolutions.length, 'resolution', 'resolutions'],
		[dataset.proposals.length, 'proposal', 'proposals'],
		[dataset.delegations.length, 'delegation', 'delegations'],
		[dataset.positions.length, 'position', 'positions'],
	];
	return parts.map(([count, one, many]) => countOf(count, one, many)).join(', ');
}

export async function run(args: readonly string[], io: CommandIo): Promise<number> {
	const {values, positionals} = parseCommandLine(args, [], 'validate');
	const files = positionals.length > 0
		? positionals.map(file => ({file: path.resolve(io.cwd, file), name: file}))
		: [{file: datasetPath(values['data'], io.cwd), name: displayPath(datasetPath(values['data'], io.cwd), io.cwd)}];

	let failed = 0;
	for (const {file, name} of files) {
		// eslint-disable-next-line no-await-in-loop -- one dataset in memory at a time
		const result = await loadDataset(file, {name});
		if (result.ok) {
			const warnings = result.warnings.length === 0 ? '' : `, ${countOf(result.warnings.length, 'warning', 'warnings')}`;
			io.stdout(say`${trusted(formatLoadErrors(result.warnings))}ok: ${name} (${counts(result.dataset)}${warnings})\n`);
		} else {
			failed++;
			const errors = result.errors.filter(error => error.severity === 'error').length;
			io.stdout(say`${trusted(formatLoadErrors(result.errors))}invalid: ${name} (${countOf(errors, 'problem', 'problems')})\n`);
		}
	}

	return failed === 0 ? 0 : 1;
}
