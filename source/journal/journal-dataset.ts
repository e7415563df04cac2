import {buildIndex, type DatasetIndex} from '../dataset/build-index.js';
import type {Dataset} from '../dataset/schema.js';
import {withJournalDelegations} from './journal-delegations.js';
import {readJournal, type JournalChunk} from './read.js';

/*
The dataset as the session's commands see it: the file's, plus the delegations
the journal added (journal-delegations.ts), indexed. Reads the journal once;
the chunk goes back to the caller so `log` and `export` do not read it again.
A journal that cannot be read leaves the dataset as it is and no chunk: the
caller that needs the journal reports why.
*/
export async function sessionDataset(journalPath: string, dataset: Dataset, index: DatasetIndex): Promise<{dataset: Dataset; index: DatasetIndex; chunk: JournalChunk | undefined}> {
	let chunk: JournalChunk;
	try {
		chunk = await readJournal(journalPath);
	} catch {
		return {dataset, index, chunk: undefined};
	}

	const seen = withJournalDelegations(dataset, chunk.entries);
	return {dataset: seen, index: seen === dataset ? index : buildIndex(seen), chunk};
}
