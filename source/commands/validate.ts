import path from 'node:path';
import {datasetPath, displayPath} from '../cli/dataset-path.js';
import {parseCommandLine} from '../cli/parse.js';
import {formatLoadErrors, loadDataset} from '../dataset/load.js';
import type {Dataset} from '../dataset/schema.js';
import type {CommandIo} from './io.js';
import {t, tLine, type MessageKey} from '../i18n/translate.js';

/*
`council validate FILE...`: every problem of every file, one per line
(`file:line:column  path  message`), then "ok: FILE (...)" for each file that
loads. Exit 0 when all load, 1 otherwise. Without FILE: the --data file or the
bundled dataset. Files are checked one after another, so memory holds one
dataset at a time.
*/

function counts(dataset: Dataset): string {
	const parts: Array<[number, MessageKey]> = [
		[dataset.agendaItems.length, 'cli.validate.agenda-items'],
		[dataset.documents.length, 'cli.validate.documents'],
		[dataset.resolutions.length, 'cli.validate.resolutions'],
		[dataset.proposals.length, 'cli.validate.proposals'],
		[dataset.delegations.length, 'cli.validate.delegations'],
		[dataset.positions.length, 'cli.validate.positions'],
	];
	return parts.map(([count, key]) => t(key, {count})).join(', ');
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
			const line = result.warnings.length === 0
				? tLine('cli.validate.ok', {name, counts: counts(result.dataset)})
				: tLine('cli.validate.ok-warnings', {name, counts: counts(result.dataset), warnings: t('cli.validate.warnings', {count: result.warnings.length})});
			io.stdout(`${formatLoadErrors(result.warnings)}${line}\n`);
		} else {
			failed++;
			const errors = result.errors.filter(error => error.severity === 'error').length;
			io.stdout(`${formatLoadErrors(result.errors)}${tLine('cli.validate.invalid', {name, count: errors})}\n`);
		}
	}

	return failed === 0 ? 0 : 1;
}
