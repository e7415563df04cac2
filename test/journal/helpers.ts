import {mkdtempSync, readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {dataset as datasetSchema, type Dataset} from '../../source/dataset/schema.js';
import {makeEntry} from '../../source/journal/entry-id.js';
import type {Author, EntryDraft, JournalEntry} from '../../source/journal/schema.js';

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));

export const fixtureDatasetPath = path.join(root, 'test', 'fixtures', 'journal-dataset.json');

export function fixtureDataset(): Dataset {
	return datasetSchema.parse(JSON.parse(readFileSync(fixtureDatasetPath, 'utf8')));
}

export function temporaryFolder(prefix = 'council-journal-'): string {
	return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export const secretary: Author = {name: 'Ana Secretary', role: 'secretary'};

/** Entries with increasing times (one second apart from 2026-04-12T09:00Z) and deterministic ids. */
export function entryFactory(author: Author = secretary) {
	let count = 0;
	return (draft: EntryDraft, who: Author = author): JournalEntry => {
		count++;
		const random = new Uint8Array(6);
		new DataView(random.buffer).setUint32(2, count);
		return makeEntry(draft, who, Date.UTC(2026, 3, 12, 9, 0, count), random);
	};
}
