import {jsonText} from '../text/json-text.js';
import {datasetPath, displayPath} from '../cli/dataset-path.js';
import {parseCommandLine} from '../cli/parse.js';
import {UsageError} from '../cli/usage-error.js';
import {defaultCacheOptions} from '../dataset/cache.js';
import type {DatasetIndex} from '../dataset/index-types.js';
import {answerFromLookupSnapshot, keepLookupSnapshot, lookupCacheKey} from '../dataset/lookup-cache.js';
import {lookup} from '../dataset/lookup.js';
import {lookupJson} from '../format/lookup-json.js';
import {lookupText} from '../format/lookup-text.js';
import {numberedDecisionJournal} from '../outcomes/numbered-journal.js';
import type {CommandIo} from './io.js';

/*
`council lookup REF [--json]`: what a reference names and who cites it. The
words of REF may come unquoted (`council lookup Res 71`). Exit 0 when it names
exactly one thing, 1 when nothing or several (listed), 2 for a usage mistake.

A large dataset seen before is answered from its lookup snapshot
(dataset/lookup-cache.ts) without being validated again; a number the journal
may hold, a dataset not seen before and anything the snapshot cannot answer
take the whole dataset, as they always did. The loader and the journal are
imported only then.
*/

type Answer = {readonly text: string; readonly found: boolean};

function answer(index: DatasetIndex, query: string, asJson: boolean): Answer {
	const result = lookup(index, query);
	return {text: asJson ? jsonText(lookupJson(result, index.entities)) : lookupText(index, result), found: result.kind === 'found'};
}

export async function run(args: readonly string[], io: CommandIo): Promise<number> {
	const {values, positionals} = parseCommandLine(args, [{name: 'json', type: 'boolean', description: 'print JSON'}, {name: 'journal', type: 'string', valueName: 'PATH', description: 'the journal, for decisions the Council numbered'}], 'lookup');
	const query = positionals.join(' ').trim();
	if (query === '') {
		throw new UsageError('lookup needs a reference, e.g. council lookup "Res 71"', 'lookup');
	}

	const asJson = values['json'] === true;
	const file = datasetPath(values['data'], io.cwd);
	const key = lookupCacheKey(file, defaultCacheOptions());
	let usesJournal = false;
	if (key !== undefined) {
		const warm = answerFromLookupSnapshot(key, index => {
			usesJournal = numberedDecisionJournal(index.dataset.session.id, query, values, io) !== undefined;
			return usesJournal ? undefined : answer(index, query, asJson);
		});
		if (warm !== undefined) {
			io.stdout(warm.text);
			return warm.found ? 0 : 1;
		}
	}

	const {formatLoadErrors, loadDataset} = await import('../dataset/load.js');
	const loaded = await loadDataset(file, {name: displayPath(file, io.cwd)});
	if (!loaded.ok) {
		io.stderr(formatLoadErrors(loaded.errors));
		return 1;
	}

	// Keyed by the bytes the loader validated, not those hashed above: a file changed in between never gets another content's answers.
	if (key !== undefined && !usesJournal && loaded.contentHash !== undefined) {
		await keepLookupSnapshot({...key, contentHash: loaded.contentHash}, loaded.index);
	}

	const {lookupNumberedDecision} = await import('../outcomes/lookup-command.js');
	const numbered = await lookupNumberedDecision(loaded.index, query, values, io);
	if (numbered !== undefined) {
		return numbered;
	}

	const result = answer(loaded.index, query, asJson);
	io.stdout(result.text);
	return result.found ? 0 : 1;
}
