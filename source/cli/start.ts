import type {CommandIo} from '../commands/io.js';
import {loadDataset, formatLoadErrors} from '../dataset/load.js';
import {sessionSummary} from '../format/session-summary.js';
import {displayPath} from './dataset-path.js';
import {importWithoutFetch} from './without-fetch.js';

/*
`council [DATASET]`: load, then the dashboard when both ends are a terminal, the
plain session summary otherwise (a pipe, a file, CI). The dashboard module, and
with it Ink and React, is imported only on that branch, so `council | cat` and the
subcommands never pay for it.
*/

export type StartOptions = {
	readonly datasetPath: string;
	/** Keys can be read: stdin is a terminal too. */
	readonly isInteractive: boolean;
};

export async function start(options: StartOptions, io: CommandIo): Promise<number> {
	const name = displayPath(options.datasetPath, io.cwd);
	const result = await loadDataset(options.datasetPath, {name});
	if (!result.ok) {
		io.stderr(formatLoadErrors(result.errors));
		return 1;
	}

	io.stderr(formatLoadErrors(result.warnings));
	if (!io.isTty || !options.isInteractive) {
		io.stdout(sessionSummary(result.dataset, result.index));
		return 0;
	}

	const {runDashboard} = await importWithoutFetch(async () => import('../ui/run-dashboard.js'));
	await runDashboard({datasetPath: options.datasetPath, dataset: result.dataset, index: result.index});
	return 0;
}
