import type {CommandIo} from './io.js';
import {say, trusted} from '../cli/message.js';
import {parseCommandLine, type ParsedArgs} from '../cli/parse.js';
import {UsageError} from '../cli/usage-error.js';
import {exitFailure, openSession, stringOption} from '../journal/command-context.js';
import {parseShareUrl, safeMessage, shareUrlFrom, type ShareTarget} from '../share/config.js';
import {ShareConnection} from '../share/connection.js';
import {describeShareError} from '../share/errors.js';
import {machineName} from '../share/machine.js';
import {shareStatusText} from '../share/order.js';
import {checkSchema, createViewerRole, migrate} from '../share/schema.js';
import {SharedJournal} from '../share/shared-journal.js';
import {countShared} from '../share/store.js';
import {sanitizeLine} from '../text/sanitize.js';
import {t, tLine} from '../i18n/translate.js';
import {problemText} from '../journal/read-line.js';

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
	return t('cli.share.entries', {count});
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
		throw new UsageError(t('cli.share.viewer-together'), 'share');
	}

	const connection = await connect(target, io, 'share init');
	if (connection === undefined) {
		return exitFailure;
	}

	try {
		const {from, to} = await migrate(connection);
		io.stdout(`${tLine(from === to ? 'cli.share.ready-current' : from === 0 ? 'cli.share.ready-created' : 'cli.share.ready-migrated', {url: target.shown, version: to, from})}\n`);
		if (role !== undefined && password !== undefined) {
			const made = await createViewerRole(connection, role, password);
			io.stdout(`${tLine(made === 'created' ? 'cli.share.viewer-created' : 'cli.share.viewer-updated', {role: sanitizeLine(role)})}\n`);
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
		io.stderr(`council ${command}: ${tLine('cli.common.cannot-read', {path: journalPath, error: error instanceof Error ? error.message : String(error)})}\n`);
		return exitFailure;
	}

	const connection = await connect(target, io, command);
	if (connection === undefined) {
		if (action === 'status') {
			io.stdout(`${tLine('cli.share.local-last-known', {path: journalPath, entries: entries(journal.localCount), status: shareStatusText(journal.view({state: 'offline'}).status)})}\n`);
		}

		return exitFailure;
	}

	try {
		if (action === 'status') {
			const {version} = await checkSchema(connection);
			await journal.sync(connection, {push: false, appendLocally: false});
			const count = await countShared(connection);
			const view = journal.view({state: 'online'});
			io.stdout(`${tLine('cli.share.shared-status', {url: target.shown, entries: entries(count.entries), count: count.machines, version})}\n`);
			const notHere = view.entries.length - journal.localCount;
			const shared = view.status.unshared === 0 ? t('cli.share.all-shared') : t('cli.share.not-shared', {count: view.status.unshared});
			io.stdout(`${tLine('cli.share.local-status', {path: journalPath, entries: entries(journal.localCount), shared, others: notHere > 0 ? t('cli.share.others-not-here', {count: notHere}) : ''})}\n`);
		} else {
			const result = await journal.sync(connection, {push: action === 'push', appendLocally: action === 'pull'});
			const count = await countShared(connection);
			io.stdout(action === 'push'
				? `${tLine('cli.share.pushed', {entries: entries(result.pushed), path: journalPath, url: target.shown, total: entries(count.entries)})}\n`
				: `${tLine('cli.share.pulled', {entries: entries(result.pulled), url: target.shown, path: journalPath, total: entries(count.entries)})}\n`);
		}

		for (const problem of journal.view({state: 'online'}).problems) {
			io.stderr(`${tLine('cli.common.warning', {message: problemText(problem, tLine)})}\n`);
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
		throw new UsageError(actionWord === undefined ? t('cli.common.say-what-to-do', {actions: actions.join(', ')}) : tLine('cli.common.unknown-action', {action: sanitizeLine(actionWord), actions: actions.join(', ')}), 'share');
	}

	// init takes the URL as its argument too; the others only as --share (or COUNCIL_SHARE).
	const [urlArgument, extra] = rest;
	if ((action !== 'init' && urlArgument !== undefined) || extra !== undefined) {
		throw new UsageError(tLine('cli.error.unexpected-argument-quoted', {argument: safeMessage(extra ?? urlArgument ?? '')}), 'share');
	}

	if (action === 'init' && urlArgument !== undefined && stringOption(values, 'share') !== undefined) {
		throw new UsageError(t('cli.share.url-once'), 'share');
	}

	if (stringOption(values, 'share')?.trim() === '' || urlArgument?.trim() === '') {
		throw new UsageError(t('cli.common.empty-share'), 'share');
	}

	const url = shareUrlFrom(action === 'init' ? urlArgument ?? stringOption(values, 'share') : stringOption(values, 'share'), io.env);
	if (url === undefined) {
		throw new UsageError(t('cli.share.needs-url', {action}), 'share');
	}

	const target = parseShareUrl(url, io.env);
	if (!target.ok) {
		io.stderr(say`council share ${action}: ${target.message}\n`);
		return exitFailure;
	}

	return action === 'init' ? init(target.value, values, io) : sync(action, target.value, values, io);
}

