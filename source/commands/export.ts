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

/*
`council export`: the session's minutes on stdout, built from the dataset and
the replayed journal. Lines the journal had to skip are reported on stderr (and
counted in the minutes), never fatal.
*/

export async function run(args: readonly string[], io: CommandIo): Promise<number> {
	const {values, positionals} = parseCommandLine(args, [
		...exportOptionSpecs,
		{name: 'journal', type: 'string', valueName: 'PATH', isPath: true, description: 'the journal'},
		{name: 'output', type: 'string', valueName: 'FILE', isPath: true, description: 'write to FILE (a new file, unless --force)'},
		{name: 'force', type: 'boolean', description: 'let --output replace an existing file'},
	], 'export');
	const choice = exportChoice(values);

	const data = stringOption(values, 'data');
	if (positionals.length > 1 || (positionals.length === 1 && data !== undefined)) {
		throw new UsageError(t('cli.common.one-dataset'), 'export');
	}

	const opened = await openSessionJournal({data: data ?? positionals[0], journal: stringOption(values, 'journal')}, io, 'export');
	if (!opened.ok) {
		return opened.code;
	}

	const {session, chunk} = opened;

	for (const problem of chunk.problems) {
		io.stderr(`${tLine('cli.common.warning', {message: problem.message})}\n`);
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
		const isHinted = error instanceof WriteRefused && values['force'] !== true && /already exists/.test(error.message);
		io.stderr(`council export: ${tLine(isHinted ? 'cli.export.cannot-write-exists' : 'cli.common.cannot-write', {path: file, error: messageOf(error)})}\n`);
		return exitFailure;
	}

	io.stdout(`${tLine('cli.export.written', {path: file})}\n`);
	return 0;
}
