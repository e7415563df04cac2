import type {ParsedArgs} from '../cli/parse.js';
import type {CommandIo} from '../commands/io.js';
import type {DatasetIndex} from '../dataset/build-index.js';
import {messageOf} from '../journal/command-context.js';
import {readJournal} from '../journal/read.js';
import {replay} from '../journal/replay.js';
import {numberedDecisionJournal} from './numbered-journal.js';
import {findNumberedDecisions, numberedDecisionsJson, numberedDecisionsText} from './decision-lookup.js';

/*
`council lookup`'s part for numbered decisions: a query that reads as a Council
number ("Decision 650", "Resolution 1420 (C25)") is looked for in the session's
journal (--journal PATH, else the session's own file when there is one) before
the dataset. Resolves with the exit code when the journal had it, undefined to
go on with the dataset's lookup.
*/
export async function lookupNumberedDecision(index: DatasetIndex, query: string, values: ParsedArgs['values'], io: CommandIo): Promise<number | undefined> {
	const location = numberedDecisionJournal(index.dataset.session.id, query, values, io);
	if (location === undefined) {
		return undefined;
	}

	let found;
	try {
		const {entries} = await readJournal(location.path);
		found = findNumberedDecisions(replay(index.dataset, entries), query);
	} catch (error: unknown) {
		io.stderr(`council lookup: cannot read ${location.path}: ${messageOf(error)}\n`);
		return 1;
	}

	if (found.length === 0) {
		return undefined;
	}

	io.stdout(values['json'] === true ? `${JSON.stringify(numberedDecisionsJson(index, query, found), null, 2)}\n` : numberedDecisionsText(index, found));
	return found.length === 1 ? 0 : 1;
}
