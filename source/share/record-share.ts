import type {CommandIo} from '../commands/io.js';
import {tLine} from '../i18n/translate.js';
import type {JournalEntry} from '../journal/schema.js';
import {parseShareUrl, shareUrlFrom, type ShareTarget} from './config.js';
import {ShareConnection} from './connection.js';
import {describeShareError, isFatalError, safeReason, ShareError} from './errors.js';
import {machineName} from './machine.js';
import {bindLogSession, checkSchema} from './schema.js';
import {pushEntries} from './store.js';

/*
`council record --share URL`: connect before recording, so a wrong URL or
password is refused with nothing written (exit 1); a server that cannot be
reached is no reason not to record: the entry is saved locally and shared by the
next `council share push` or dashboard with --share on the same journal.
*/

export type RecordShare = {
	/** Pushes the saved entry; resolves with the line to print and whether it is shared. */
	readonly push: (entry: JournalEntry) => Promise<{readonly isShared: boolean; readonly text: string}>;
};

export async function prepareRecordShare(option: string | undefined, io: CommandIo, session?: string): Promise<{ok: true; share: RecordShare | undefined} | {ok: false; message: string}> {
	const url = shareUrlFrom(option, io.env);
	if (url === undefined) {
		return {ok: true, share: undefined};
	}

	const parsed = parseShareUrl(url, io.env);
	if (!parsed.ok) {
		return {ok: false, message: `--share: ${parsed.message}`};
	}

	const target: ShareTarget = parsed.value;
	let connection: ShareConnection | undefined;
	let offline: string | undefined;
	try {
		connection = await ShareConnection.open(target, {env: io.env});
		const info = await checkSchema(connection);
		const [row] = await connection.query("select has_table_privilege(current_user, 'council_entries', 'INSERT') as can_insert");
		if (row?.['can_insert'] !== true) {
			throw new ShareError(tLine('notice.share.read-only'), true);
		}

		if (session !== undefined) {
			// A log of another session is refused before anything is written (schema.ts).
			await bindLogSession(connection, info, session, true);
		}
	} catch (error: unknown) {
		await connection?.close();
		connection = undefined;
		if (isFatalError(error)) {
			return {ok: false, message: describeShareError(error, target)};
		}

		offline = safeReason(error, target);
	}

	return {
		ok: true,
		share: {
			async push(entry) {
				if (connection === undefined) {
					return {isShared: false, text: tLine('cli.share.record-not-shared', {reason: offline ?? tLine('cli.share.record-offline'), url: target.shown})};
				}

				try {
					await pushEntries(connection, [entry], machineName(io.env), session);
					return {isShared: true, text: tLine('cli.share.record-shared-to', {url: target.shown})};
				} catch (error: unknown) {
					return {isShared: false, text: tLine('cli.share.record-not-shared', {reason: safeReason(error, target), url: target.shown})};
				} finally {
					await connection.close();
				}
			},
		},
	};
}
