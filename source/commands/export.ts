import {say} from '../cli/message.js';
import path from 'node:path';
import type {CommandIo} from './io.js';
import {parseCommandLine} from '../cli/parse.js';
import {UsageError} from '../cli/usage-error.js';
import {exitFailure, messageOf, openSessionJournal, stringOption} from '../journal/command-context.js';
import {exportChoice, exportOptionSpecs, recordOptionsOf} from '../minutes/export-options.js';
import {renderMinutes} from '../minutes/render.js';
import {WriteRefused} from '../io/atomic-write.js';
import {isSameFile} from '../io/same-file.js';
import {writeFileAtomically} from '../minutes/write.js';
import {t, tLine} from '../i18n/translate.js';
import {buildIndex, type DatasetIndex} from '../dataset/build-index.js';
import {formatLoadErrors, loadDataset} from '../dataset/load.js';
import {bundledDatasetPath} from '../dataset/bundled.js';
import {displayPath} from '../cli/dataset-path.js';
import {withJournalDelegations} from '../journal/journal-delegations.js';
import type {JournalProblem} from '../journal/read.js';
import type {JournalEntry} from '../journal/schema.js';
import {parseShareUrl} from '../share/config.js';
import {describeShareError} from '../share/errors.js';
import {readShared} from '../share/log.js';
import {problemText} from '../journal/read-line.js';

/*
`council export`: the session's minutes on stdout, built from the dataset and
the replayed journal. Lines the journal had to skip are reported on stderr (and
counted in the minutes), never fatal.
*/

type Opened = {ok: true; session: {readonly index: DatasetIndex; readonly datasetPath: string; readonly journal: {readonly path: string}}; chunk: {readonly entries: readonly JournalEntry[]; readonly problems: readonly JournalProblem[]}} | {ok: false; code: number};

/**
--share: the dataset, and the session's entries as the server orders them, so every
machine drafts the same record (the dashboard's e does the same with --share). The
delegations the shared journal added are in the index, as in the local case.
*/
async function openSharedSession(url: string, data: string | undefined, io: CommandIo): Promise<Opened> {
	const target = parseShareUrl(url, io.env);
	if (!target.ok) {
		io.stderr(say`council export: --share: ${target.message}\n`);
		return {ok: false, code: exitFailure};
	}

	const datasetPath = data === undefined ? bundledDatasetPath() : path.resolve(io.cwd, data);
	const loaded = await loadDataset(datasetPath, {name: displayPath(datasetPath, io.cwd)});
	if (!loaded.ok) {
		io.stderr(`council export: ${formatLoadErrors(loaded.errors)}\n`);
		return {ok: false, code: exitFailure};
	}

	let pulled: Awaited<ReturnType<typeof readShared>>;
	try {
		pulled = await readShared(target.value, loaded.index, io.env);
	} catch (error: unknown) {
		io.stderr(say`council export: ${describeShareError(error, target.value)}\n`);
		return {ok: false, code: exitFailure};
	}

	const entries = pulled.entries.map(shared => shared.entry);
	const seen = withJournalDelegations(loaded.dataset, entries);
	const index = seen === loaded.dataset ? loaded.index : buildIndex(seen);
	// No local journal is read or written: the output may not be the dataset; the journal is the server's.
	return {ok: true, session: {index, datasetPath, journal: {path: ''}}, chunk: {entries, problems: pulled.problems}};
}

export async function run(args: readonly string[], io: CommandIo): Promise<number> {
	const {values, positionals} = parseCommandLine(args, [
		...exportOptionSpecs,
		{name: 'journal', type: 'string', valueName: 'PATH', isPath: true, description: 'the journal'},
		{name: 'output', type: 'string', valueName: 'FILE', isPath: true, description: 'write to FILE (a new file, unless --force)'},
		{name: 'force', type: 'boolean', description: 'let --output replace an existing file'},
		{name: 'share', type: 'string', valueName: 'URL', description: 'the shared journal on PostgreSQL, in the server\'s order'},
	], 'export');
	const choice = exportChoice(values);

	const data = stringOption(values, 'data');
	if (positionals.length > 1 || (positionals.length === 1 && data !== undefined)) {
		throw new UsageError(t('cli.common.one-dataset'), 'export');
	}

	const share = stringOption(values, 'share');
	if (share !== undefined && stringOption(values, 'journal') !== undefined) {
		throw new UsageError(t('cli.export.journal-or-share'), 'export');
	}

	const opened = share === undefined
		? await openSessionJournal({data: data ?? positionals[0], journal: stringOption(values, 'journal')}, io, 'export')
		: await openSharedSession(share, data ?? positionals[0], io);
	if (!opened.ok) {
		return opened.code;
	}

	const {session, chunk} = opened;

	for (const problem of chunk.problems) {
		io.stderr(`${tLine('cli.common.warning', {message: problemText(problem, tLine)})}\n`);
	}

	const chosen = recordOptionsOf(choice, session.index);
	const rendered = chosen.ok ? await renderMinutes(session.index, chunk.entries, chunk.problems, choice.format, chosen.options) : chosen;
	if (!rendered.ok) {
		io.stderr(say`council export: ${rendered.message}\n`);
		return exitFailure;
	}

	const text = rendered.bytes;
	const output = stringOption(values, 'output');
	if (output === undefined) {
		// Only text reaches stdout: exportChoice refuses docx without --output.
		io.stdout(typeof text === 'string' ? text : '');
		return 0;
	}

	const file = path.resolve(io.cwd, output);
	// The minutes must never replace what they are made from, --force or not.
	for (const [what, used] of [['journal', session.journal.path], ['dataset', session.datasetPath]] as const) {
		// eslint-disable-next-line no-await-in-loop -- two checks
		if (await isSameFile(file, used)) {
			io.stderr(`council export: ${tLine(what === 'journal' ? 'cli.export.output-is-journal' : 'cli.export.output-is-dataset', {output})}\n`);
			return exitFailure;
		}
	}

	try {
		await writeFileAtomically(file, text, {exclusive: values['force'] !== true});
	} catch (error: unknown) {
		const isHinted = error instanceof WriteRefused && values['force'] !== true && error.isExisting;
		io.stderr(`council export: ${tLine(isHinted ? 'cli.export.cannot-write-exists' : 'cli.common.cannot-write', {path: file, error: messageOf(error)})}\n`);
		return exitFailure;
	}

	io.stdout(`${tLine('cli.export.written', {path: file})}\n`);
	return 0;
}
