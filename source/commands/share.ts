import type {CommandIo} from './io.js';
import {say, trusted} from '../cli/message.js';
import {parseCommandLine, type ParsedArgs} from '../cli/parse.js';
import {UsageError} from '../cli/usage-error.js';
import {exitFailure, openSession, stringOption} from '../journal/command-context.js';
import {emptyShareMessage, parseShareUrl, safeMessage, shareUrlFrom, type ShareTarget} from '../share/config.js';
import {ShareConnection} from '../share/connection.js';
import {describeShareError} from '../share/errors.js';
import {machineName} from '../share/machine.js';
import {shareStatusText} from '../share/order.js';
import {checkSchema, createViewerRole, migrate} from '../share/schema.js';
import {SharedJournal} from '../share/shared-journal.js';
import {countShared} from '../share/store.js';
import {sanitizeLine} from '../text/sanitize.js';

/*
`council share init|push|pull|status`: setting up the shared journal, and
sharing a journal recorded offline without opening the dashboard. Every failure
is one line naming the URL with its password masked, exit 1.
*/

const actions = ['init', 'push', 'pull', 'status'] as const;
type Action = (typeof actions)[number];

const shareOptions = [
	{name: 'share', type: 'string', valueName: 'URL', description: 'the shared journal'},
	{name: 'journal', type: 'string', valueName: 'PATH', isPath: true, description: 'the local journal'},
	{name: 'viewer-role', type: 'string', valueName: 'NAME', description: 'a read-only role to create'},
	{name: 'viewer-password', type: 'string', valueName: 'PASSWORD', description: 'its password'},
] as const;

function entries(count: number): string {
	return count === 1 ? '1 entry' : `${count} entries`;
}

async function connect(target: ShareTarget, io: CommandIo, command: string): Promise<ShareConnection | undefined> {
	try {
		return await ShareConnection.open(target, {env: io.env});
	} catch (error: unknown) {
		io.stderr(say`council ${command}: ${describeShareError(error, target)}\n`);
		return undefined;
	}
}

async function init(target: ShareTarget, values: ParsedArgs['values'], io: CommandIo): Promise<number> {
	const role = stringOption(values, 'viewer-role');
	const password = stringOption(values, 'viewer-password') ?? io.env['COUNCIL_VIEWER_PASSWORD'];
	if ((role === undefined) !== (password === undefined)) {
		throw new UsageError('--viewer-role and --viewer-password go together (or COUNCIL_VIEWER_PASSWORD for the password)', 'share');
	}

	const connection = await connect(target, io, 'share init');
	if (connection === undefined) {
		return exitFailure;
	}

	try {
		const {from, to} = await migrate(connection);
		io.stdout(say`Shared journal ready at ${target.shown}: schema version ${to}${from === to ? ' (already up to date)' : from === 0 ? ' (created)' : ` (from version ${from})`}\n`);
		if (role !== undefined && password !== undefined) {
			const made = await createViewerRole(connection, role, password);
			io.stdout(say`Viewer role "${sanitizeLine(role)}" ${made}: it can read the shared journal, not write it\n`);
		}

		return 0;
	} catch (error: unknown) {
		io.stderr(say`council share init: ${describeShareError(error, target, [password])}\n`);
		return exitFailure;
	} finally {
		await connection.close();
	}
}

async function sync(action: Exclude<Action, 'init'>, target: ShareTarget, values: ParsedArgs['values'], io: CommandIo): Promise<number> {
	const command = `share ${action}`;
	const opened = await openSession({data: stringOption(values, 'data'), journal: stringOption(values, 'journal')}, io);
	if (!opened.ok) {
		io.stderr(say`council ${command}: ${trusted(opened.message.trimEnd())}\n`);
		return exitFailure;
	}

	const journalPath = opened.session.journal.path;
	let journal: SharedJournal;
	try {
		// The session binds the shared log (a log of another session is refused); a journal pull creates starts with its header.
		journal = await SharedJournal.open(journalPath, {canPush: action === 'push', machine: machineName(io.env), session: opened.session.dataset.session.id, header: opened.session.header});
	} catch (error: unknown) {
		io.stderr(say`council ${command}: cannot read ${journalPath}: ${error instanceof Error ? error.message : String(error)}\n`);
		return exitFailure;
	}

	const connection = await connect(target, io, command);
	if (connection === undefined) {
		if (action === 'status') {
			io.stdout(say`Local journal ${journalPath}: ${entries(journal.localCount)}, ${shareStatusText(journal.view({state: 'offline'}).status)} (as last known)\n`);
		}

		return exitFailure;
	}

	try {
		if (action === 'status') {
			const {version} = await checkSchema(connection);
			await journal.sync(connection, {push: false, appendLocally: false});
			const count = await countShared(connection);
			const view = journal.view({state: 'online'});
			io.stdout(say`Shared journal ${target.shown}: ${entries(count.entries)} from ${count.machines === 1 ? '1 machine' : `${count.machines} machines`}, schema version ${version}\n`);
			const notHere = view.entries.length - journal.localCount;
			io.stdout(say`Local journal ${journalPath}: ${entries(journal.localCount)}, ${view.status.unshared === 0 ? 'every one shared' : `${entries(view.status.unshared)} not shared (council share push)`}${notHere > 0 ? `; ${entries(notHere)} of others not here yet (council share pull)` : ''}\n`);
		} else {
			const result = await journal.sync(connection, {push: action === 'push', appendLocally: action === 'pull'});
			const count = await countShared(connection);
			io.stdout(action === 'push'
				? `Pushed ${entries(result.pushed)} from ${journalPath} to ${target.shown}; the shared journal holds ${entries(count.entries)}\n`
				: `Pulled ${entries(result.pulled)} from ${target.shown} into ${journalPath}; the shared journal holds ${entries(count.entries)}\n`);
		}

		for (const problem of journal.view({state: 'online'}).problems) {
			io.stderr(say`warning: ${problem.message}\n`);
		}

		return 0;
	} catch (error: unknown) {
		io.stderr(say`council ${command}: ${describeShareError(error, target)}\n`);
		return exitFailure;
	} finally {
		await connection.close();
	}
}

export async function run(args: readonly string[], io: CommandIo): Promise<number> {
	const {values, positionals} = parseCommandLine(args, shareOptions, 'share');
	const [actionWord, ...rest] = positionals;
	const action = actions.find(known => known === actionWord);
	if (action === undefined) {
		throw new UsageError(`${actionWord === undefined ? 'say what to do' : `unknown action "${sanitizeLine(actionWord)}"`}: ${actions.join(', ')}`, 'share');
	}

	// init takes the URL as its argument too; the others only as --share (or COUNCIL_SHARE).
	const [urlArgument, extra] = rest;
	if ((action !== 'init' && urlArgument !== undefined) || extra !== undefined) {
		throw new UsageError(`unexpected argument "${safeMessage(extra ?? urlArgument ?? '')}"`, 'share');
	}

	if (action === 'init' && urlArgument !== undefined && stringOption(values, 'share') !== undefined) {
		throw new UsageError('give the URL once: as the argument or as --share', 'share');
	}

	if (stringOption(values, 'share')?.trim() === '' || urlArgument?.trim() === '') {
		throw new UsageError(emptyShareMessage, 'share');
	}

	const url = shareUrlFrom(action === 'init' ? urlArgument ?? stringOption(values, 'share') : stringOption(values, 'share'), io.env);
	if (url === undefined) {
		throw new UsageError(`share ${action} needs the shared journal's URL: --share postgres://USER@HOST/DATABASE (or COUNCIL_SHARE)`, 'share');
	}

	const target = parseShareUrl(url, io.env);
	if (!target.ok) {
		io.stderr(say`council share ${action}: ${target.message}\n`);
		return exitFailure;
	}

	return action === 'init' ? init(target.value, values, io) : sync(action, target.value, values, io);
}

