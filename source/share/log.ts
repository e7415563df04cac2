import {say} from '../cli/message.js';
import type {CommandIo} from '../commands/io.js';
import type {DatasetIndex} from '../dataset/build-index.js';
import type {Dataset} from '../dataset/schema.js';
import {t, tLine} from '../i18n/translate.js';
import {formatLogLine} from '../journal/describe.js';
import {jsonText} from '../text/json-text.js';
import {isEntryInEffect, replay} from '../journal/replay.js';
import type {JournalEntry} from '../journal/schema.js';
import type {ShareTarget} from './config.js';
import {ShareConnection} from './connection.js';
import {describeShareError} from './errors.js';
import {bindLogSession, checkSchema} from './schema.js';
import {pullSince} from './store.js';
import {problemJson, problemText} from '../journal/read-line.js';

/*
`council log --share URL`: the shared journal as the server orders it, each
entry with the machine that wrote it; rows that are not valid entries are
reported on stderr like a local journal's skipped lines. Reads only: a viewer's
role is enough.
*/

/** Every entry of the dataset's session on the server, in the server's order (reads only: a viewer's role is enough). */
export async function readShared(target: ShareTarget, index: DatasetIndex, env: NodeJS.ProcessEnv): Promise<Awaited<ReturnType<typeof pullSince>>> {
	let connection: ShareConnection | undefined;
	try {
		connection = await ShareConnection.open(target, {env});
		// Rows of the dataset's session only; a log bound to another session is refused (schema.ts).
		const session = index.dataset.session.id;
		await bindLogSession(connection, await checkSchema(connection), session, false);
		return await pullSince(connection, 0, session);
	} finally {
		await connection?.close();
	}
}

export async function sharedLog(options: {readonly target: ShareTarget; readonly dataset: Dataset; readonly index: DatasetIndex; readonly json: boolean}, io: CommandIo): Promise<number> {
	const {target} = options;
	let pulled: Awaited<ReturnType<typeof pullSince>>;
	try {
		pulled = await readShared(target, options.index, io.env);
	} catch (error: unknown) {
		io.stderr(say`council log: ${describeShareError(error, target)}\n`);
		return 1;
	}

	const entries = pulled.entries.map(shared => shared.entry);
	const records = replay(options.dataset, entries);
	const ignored = new Map(records.ignored.map(({entryId, reason}) => [entryId, reason]));
	const undone = entries.filter(entry => !ignored.has(entry.id) && !isEntryInEffect(records, entry.id)).map(entry => entry.id);
	if (options.json) {
		io.stdout(jsonText({share: target.shown, entries: pulled.entries.map(({seq, machine, entry}) => ({seq, machine, entry})), problems: pulled.problems.map(problemJson), undone, ignored: records.ignored}));
		return 0;
	}

	const isUndone = new Set(undone);
	const byId = new Map<string, JournalEntry>(entries.map(entry => [entry.id, entry]));
	const machines = new Set(pulled.entries.map(shared => shared.machine));
	const count = entries.length;
	io.stdout(`${count === 0 ? tLine('cli.share.log-empty', {url: target.shown}) : tLine('cli.share.log-heading', {url: target.shown, count, machines: t('cli.share.machines', {count: machines.size})})}\n`);
	for (const {entry, machine} of pulled.entries) {
		const reason = ignored.get(entry.id);
		const note = reason === undefined ? (isUndone.has(entry.id) ? `  ${t('cli.log.undone')}` : '') : `  ${t('cli.log.ignored', {reason})}`;
		io.stdout(say`${formatLogLine(entry, options.index, byId)}  ${tLine('cli.share.on-machine', {machine})}${note}\n`);
	}

	for (const problem of pulled.problems) {
		io.stderr(`${tLine('cli.common.warning', {message: problemText(problem, tLine)})}\n`);
	}

	return 0;
}
