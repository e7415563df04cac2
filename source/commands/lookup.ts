import {jsonText} from '../text/json-text.js';
import {datasetPath, displayPath} from '../cli/dataset-path.js';
import {parseCommandLine} from '../cli/parse.js';
import {UsageError} from '../cli/usage-error.js';
import {formatLoadErrors, loadDataset} from '../dataset/load.js';
import {lookup} from '../dataset/lookup.js';
import {lookupJson} from '../format/lookup-json.js';
import {lookupText} from '../format/lookup-text.js';
import {lookupNumberedDecision} from '../outcomes/lookup-command.js';
import type {CommandIo} from './io.js';

/*
`council lookup REF [--json]`: what a reference names and who cites it. The
words of REF may come unquoted (`council lookup Res 71`). Exit 0 when it names
exactly one thing, 1 when nothing or several (listed), 2 for a usage mistake.
*/

export async function run(args: readonly string[], io: CommandIo): Promise<number> {
	const {values, positionals} = parseCommandLine(args, [{name: 'json', type: 'boolean', description: 'print JSON'}, {name: 'journal', type: 'string', valueName: 'PATH', description: 'the journal, for decisions the Council numbered'}], 'lookup');
	const query = positionals.join(' ').trim();
	if (query === '') {
		throw new UsageError('lookup needs a reference, e.g. council lookup "Res 71"', 'lookup');
	}

	const file = datasetPath(values['data'], io.cwd);
	const loaded = await loadDataset(file, {name: displayPath(file, io.cwd)});
	if (!loaded.ok) {
		io.stderr(formatLoadErrors(loaded.errors));
		return 1;
	}

	const numbered = await lookupNumberedDecision(loaded.index, query, values, io);
	if (numbered !== undefined) {
		return numbered;
	}

	const result = lookup(loaded.index, query);
	io.stdout(values['json'] === true ? jsonText(lookupJson(result, loaded.index.entities)) : lookupText(loaded.index, result));
	return result.kind === 'found' ? 0 : 1;
}
