import fs from 'node:fs/promises';
import path from 'node:path';
import type {DatasetIndex} from '../dataset/build-index.js';
import {writeFileAtomic} from '../io/atomic-write.js';
import {isSameFile} from '../io/same-file.js';
import {readJournal, type JournalProblem} from '../journal/read.js';
import {minutesFileName, renderMinutes, systemTimeZone, type MinutesFormat} from './render.js';

/*
Writing the minutes to a file (the dashboard's export key, `council export
--output`) with the shared atomic writer (source/io/atomic-write.ts): a reader
never sees half a document, a crash never leaves one, a symlink's target is
what is written, and the file's mode is kept.
*/

/** Writes `text` (or bytes: a .docx) to `file` atomically (temporary file, fsync, rename); `exclusive` refuses an existing file. */
export async function writeFileAtomically(file: string, text: string | Uint8Array, options: {readonly exclusive?: boolean} = {}): Promise<void> {
	await fs.mkdir(path.dirname(file), {recursive: true});
	await writeFileAtomic(file, text, options);
}

export type ExportedMinutes = {
	readonly file: string;
	/** Journal lines skipped while reading (to show beside the path). */
	readonly problems: readonly JournalProblem[];
};

/**
Reads the journal, renders its minutes and writes them to `file`, or to a
time-stamped file in `folder` when no file is given. Resolves with the path
written, to show on the screen.

@example
```
const {file} = await exportMinutesFile({index, journalPath, format: 'md', folder: process.cwd(), now: Date.now()});
show(`Minutes written to ${file}`);
```
*/
export async function exportMinutesFile(options: {
	readonly index: DatasetIndex;
	readonly journalPath: string;
	readonly format: MinutesFormat;
	readonly file?: string;
	readonly folder: string;
	readonly now: number;
	/** Zone of the record's times (default: this machine's). */
	readonly timeZone?: string;
}): Promise<ExportedMinutes> {
	const {entries, problems} = await readJournal(options.journalPath);
	const wanted = options.file ?? path.join(options.folder, minutesFileName(options.index.dataset.session.id, options.format, options.now));
	// Whatever the name resolves to (a symlink planted at it), never the journal the minutes are made from.
	if (await isSameFile(wanted, options.journalPath)) {
		throw new Error(`${wanted} is the journal in use: not overwritten`);
	}

	const rendered = await renderMinutes(options.index, entries, problems, options.format, {timeZone: options.timeZone ?? systemTimeZone()});
	if (!rendered.ok) {
		throw new Error(rendered.message);
	}

	// Rendered first: a name is only taken for minutes that will be written.
	const file = options.file ?? await reserveFile(wanted);
	await writeFileAtomically(file, rendered.bytes);
	return {file, problems};
}

/**
A time-stamped name no other export holds: `e` twice in one minute (or two
screens at once) gets `...-1030-2.md`, never the first file overwritten. The name
is taken by creating it exclusively (O_EXCL), then the atomic write renames over it.
*/
async function reserveFile(wanted: string): Promise<string> {
	const extension = path.extname(wanted);
	const stem = wanted.slice(0, wanted.length - extension.length);
	for (let attempt = 1; ; attempt++) {
		const candidate = attempt === 1 ? wanted : `${stem}-${attempt}${extension}`;
		try {
			await (await fs.open(candidate, 'wx')).close();
			return candidate;
		} catch (error: unknown) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 1000) {
				throw error;
			}
		}
	}
}
