import {existsSync} from 'node:fs';
import type {ParsedArgs} from '../cli/parse.js';
import type {CommandIo} from '../commands/io.js';
import {resolveJournalPath} from '../journal/location.js';
import {parseCouncilNumber} from './council-number.js';

/**
The journal `council lookup` reads for a query that reads as a Council number
(--journal PATH, else the session's own file when there is one), or undefined
when it reads none. Apart from lookup-command.ts so that a lookup can ask
without loading the journal's reader (nor command-context.ts, which loads it).
*/
export function numberedDecisionJournal(sessionId: string, query: string, values: ParsedArgs['values'], io: CommandIo): {readonly path: string} | undefined {
	if (parseCouncilNumber(query) === undefined) {
		return undefined;
	}

	const journal = values['journal'];
	const location = resolveJournalPath({journal: typeof journal === 'string' ? journal : undefined, sessionId, cwd: io.cwd, env: io.env});
	return !location.isExplicit && !existsSync(location.path) ? undefined : location;
}
