import {tLine} from '../i18n/translate.js';
import {sanitizeLine} from '../text/sanitize.js';
import {ShareError} from './errors.js';
import type {ShareConnection} from './connection.js';

/*
The shared journal's tables, created by `council share init` through versioned
migrations: each runs once, in order, inside one transaction holding an
advisory lock, and the version reached is recorded, so running init again (or
two at once) changes nothing. A database whose version is newer than this
program knows is refused rather than guessed at.

council_entries holds one row per journal entry: its id (unique: pushing the
same entry twice inserts it once), the journal line exactly as written locally
(validated again by every reader, like a local line), which machine wrote it,
and `seq`, the server-assigned order every screen replays. Writers insert under
an advisory lock (see store.ts), so sequence numbers become visible in order and
"everything after seq N" never skips a row committed late. A statement trigger
notifies listeners after every insert.

Version 2 binds the log to one session (the dataset's session id, as a journal's
header does): council_log.session is claimed by the first writer that syncs
(bindLogSession), and every row carries the session it was pushed for. A journal
of another session is refused rather than mixed in, and a row of another
session (written by hand, or by an older council) is skipped like a bad line.
Rows from before version 2 have no session and are read as the log's.
*/

export const shareSchemaVersion = 2;

/** Serializes migrations and inserts across every client of the database. */
export const migrationLock = 72_041_401;
export const insertLock = 72_041_402;
export const notifyChannel = 'council_entries';

type Migration = {readonly version: number; readonly statements: readonly string[]};

export const migrations: readonly Migration[] = [
	{
		version: 1,
		statements: [
			`create table council_log (
				log_id uuid primary key default gen_random_uuid(),
				created_at timestamptz not null default now()
			)`,
			'insert into council_log default values',
			`create table council_entries (
				seq bigserial primary key,
				id text not null unique,
				line text not null,
				machine text not null,
				shared_at timestamptz not null default now()
			)`,
			`create function council_entries_notify() returns trigger language plpgsql as $$
			begin
				perform pg_notify('${notifyChannel}', '');
				return null;
			end
			$$`,
			`create trigger council_entries_notify after insert on council_entries
				for each statement execute function council_entries_notify()`,
		],
	},
	{
		version: 2,
		statements: [
			'alter table council_log add column session text',
			'alter table council_entries add column session text',
		],
	},
];

/** Brings the schema up to this program's version; returns the versions before and after. */
export async function migrate(connection: ShareConnection): Promise<{from: number; to: number}> {
	return connection.transaction(async query => {
		await query('select pg_advisory_xact_lock($1)', [migrationLock]);
		await query(`create table if not exists council_schema (
			version integer primary key,
			applied_at timestamptz not null default now()
		)`);
		const [row] = await query('select coalesce(max(version), 0) as version from council_schema');
		const from = Number(row?.['version'] ?? 0);
		if (from > shareSchemaVersion) {
			throw new ShareError(tLine('notice.share.schema-newer', {version: from, known: shareSchemaVersion}), true);
		}

		for (const migration of migrations.filter(candidate => candidate.version > from)) {
			for (const statement of migration.statements) {
				await query(statement);
			}

			await query('insert into council_schema (version) values ($1)', [migration.version]);
		}

		return {from, to: Math.max(from, shareSchemaVersion)};
	});
}

export type SchemaInfo = {
	readonly version: number;
	readonly logId: string;
	/** The session the log is bound to; undefined until its first writer syncs. */
	readonly session: string | undefined;
};

/** Checks the schema is there and known; its log id tells one shared journal from another. */
export async function checkSchema(connection: ShareConnection): Promise<SchemaInfo> {
	let version: number;
	let logId: string;
	let session: string | undefined;
	try {
		const [row] = await connection.query('select (select max(version) from council_schema) as version, (select log_id::text from council_log limit 1) as log_id');
		version = Number(row?.['version'] ?? 0);
		logId = String(row?.['log_id'] ?? '');
		if (version >= 2) {
			const [log] = await connection.query('select session from council_log limit 1');
			session = typeof log?.['session'] === 'string' ? log['session'] : undefined;
		}
	} catch (error: unknown) {
		if ((error as {code?: string}).code === '42P01') {
			throw new ShareError(tLine('notice.share.no-schema'), true);
		}

		throw error;
	}

	if (version > shareSchemaVersion) {
		throw new ShareError(tLine('notice.share.schema-newer', {version, known: shareSchemaVersion}), true);
	}

	if (version < shareSchemaVersion || logId === '') {
		throw new ShareError(tLine('notice.share.schema-older', {version, known: shareSchemaVersion}), true);
	}

	return {version, logId, session};
}

/** Why a log of one session will not take (or give) another's entries: one line, the way a journal's header refuses a dataset. */
export function otherSessionMessage(logSession: string, session: string): string {
	return tLine('notice.share.other-session', {log: sanitizeLine(logSession).slice(0, 100), session: sanitizeLine(session).slice(0, 100)});
}

async function canInsert(connection: ShareConnection): Promise<boolean> {
	const [row] = await connection.query("select has_table_privilege(current_user, 'council_entries', 'INSERT') as can_insert");
	return row?.['can_insert'] === true;
}

/**
Binds the log to `session` when no session holds it yet (only a writer may: a
viewer reads an unbound log as it is) and refuses, with a fatal ShareError, a
log bound to another session.
*/
export async function bindLogSession(connection: ShareConnection, info: SchemaInfo, session: string, canClaim: boolean): Promise<string | undefined> {
	let bound = info.session;
	// A role that may not insert (a viewer's) claims nothing: the database refuses its inserts anyway.
	if (bound === undefined && canClaim && await canInsert(connection)) {
		// The first writer claims it; of two at once the update of one finds the column already set.
		await connection.query('update council_log set session = $1 where session is null', [session]);
		const [log] = await connection.query('select session from council_log limit 1');
		bound = typeof log?.['session'] === 'string' ? log['session'] : undefined;
	}

	if (bound !== undefined && bound !== session) {
		throw new ShareError(otherSessionMessage(bound, session), true);
	}

	return bound;
}

const roleName = /^[a-z_][a-z0-9_]{0,62}$/;

/** The statements that make `role` a viewer: it may connect and read, nothing else (shown in the README). */
export function viewerGrants(role: string, database: string, quoteIdent: (name: string) => string): string[] {
	const name = quoteIdent(role);
	return [
		`revoke all on all tables in schema public from ${name}`,
		`grant connect on database ${quoteIdent(database)} to ${name}`,
		`grant usage on schema public to ${name}`,
		`grant select on council_entries, council_log, council_schema to ${name}`,
	];
}

/** Creates (or updates) a login role that can read the shared journal and not write it. */
export async function createViewerRole(connection: ShareConnection, role: string, password: string): Promise<'created' | 'updated'> {
	if (!roleName.test(role)) {
		throw new ShareError(tLine('cli.share.viewer-name'), true);
	}

	if (password.length < 8) {
		throw new ShareError(tLine('cli.share.viewer-password'), true);
	}

	return connection.transaction(async query => {
		const [database] = await query('select current_database() as name');
		const [existing] = await query('select 1 from pg_roles where rolname = $1', [role]);
		const name = connection.escapeIdentifier(role);
		// CREATE ROLE takes no parameters; the password goes in as an escaped literal (never logged: log_statement is the server's).
		await query(`${existing === undefined ? 'create' : 'alter'} role ${name} login nosuperuser nocreatedb nocreaterole noinherit password ${connection.escapeLiteral(password)}`);
		for (const statement of viewerGrants(role, String(database?.['name']), value => connection.escapeIdentifier(value))) {
			await query(statement);
		}

		return existing === undefined ? 'created' : 'updated';
	});
}
