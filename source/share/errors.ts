import {safeMessage, type ShareTarget} from './config.js';

/*
What went wrong with the shared journal, in one line a chair can act on, with
no secret in it. pg's own messages may name the user ("password authentication
failed for user "ana""), never the password; every message still goes through
safeMessage with the password as a known secret, in case a server or a proxy
echoes it back.
*/

/** A problem that retrying will not fix: wrong password, no such database, no schema, TLS refused. */
export class ShareError extends Error {
	override readonly name = 'ShareError';
	readonly isFatal: boolean;

	constructor(message: string, isFatal: boolean) {
		super(message);
		this.isFatal = isFatal;
	}
}

const fatalCodes = new Set([
	'28P01', // invalid_password
	'28000', // invalid_authorization_specification (no pg_hba.conf entry, role cannot log in)
	'3D000', // invalid_catalog_name: the database does not exist
	'42501', // insufficient_privilege
]);

function codeOf(error: unknown): string | undefined {
	return error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** Node's codes for a certificate it will not trust (self-signed, unknown authority, wrong host name, expired). */
function isCertificateError(code: string | undefined): boolean {
	return code !== undefined && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ALTNAME/.test(code);
}

function where(target: ShareTarget): string {
	const {host, port} = target.config;
	return `${host ?? process.env['PGHOST'] ?? 'localhost'}:${port ?? process.env['PGPORT'] ?? 5432}`;
}

/** The reason alone (no URL): "password authentication failed for user "ana"", "nobody answers at host:5432". */
export function reasonOf(error: unknown, target: ShareTarget): string {
	const code = codeOf(error);
	const message = error instanceof Error ? error.message : String(error);
	if (isCertificateError(code)) {
		return `the server's TLS certificate was refused (sslmode=${target.config.sslmode}): ${message}`;
	}

	switch (code) {
		case 'ECONNREFUSED': {
			return `nobody answers at ${where(target)} (connection refused)`;
		}

		case 'ENOTFOUND':
		case 'EAI_AGAIN': {
			return `the host ${target.config.host ?? '(PGHOST)'} is not known (no network, or a typing mistake?)`;
		}

		case 'ETIMEDOUT':
		case 'EHOSTUNREACH':
		case 'ENETUNREACH': {
			return `${where(target)} cannot be reached (${code})`;
		}

		case 'ECONNRESET': {
			return `the connection to ${where(target)} was cut`;
		}

		case '42P01': {
			return 'there is no shared journal in this database yet: run council share init URL';
		}

		case '42501': {
			return `${message} (this database role can read the shared journal, not write to it)`;
		}

		default: {
			break;
		}
	}

	if (/does not support SSL/i.test(message)) {
		return `the server does not offer TLS, which sslmode=${target.config.sslmode} asks for`;
	}

	if (/client password must be a string/i.test(message)) {
		return 'the server asks for a password and none was given (in the URL, PGPASSWORD or ~/.pgpass)';
	}

	if (/timeout/i.test(message) || /Connection terminated due to connection timeout/i.test(message)) {
		return `no answer from ${where(target)} in time`;
	}

	if (/Connection terminated/i.test(message)) {
		return `the connection to ${where(target)} was closed`;
	}

	return message;
}

export function isFatalError(error: unknown): boolean {
	if (error instanceof ShareError) {
		return error.isFatal;
	}

	const code = codeOf(error);
	const message = error instanceof Error ? error.message : '';
	return (code !== undefined && fatalCodes.has(code)) || code === '42P01' || isCertificateError(code) || /does not support SSL|client password must be a string|self[- ]signed|certificate/i.test(message);
}

/** One line: "cannot use the shared journal at postgres://ana:***@host/db: REASON". */
export function describeShareError(error: unknown, target: ShareTarget, secrets: ReadonlyArray<string | undefined> = []): string {
	const reason = error instanceof ShareError ? error.message : reasonOf(error, target);
	return safeMessage(`cannot use the shared journal at ${target.shown}: ${reason}`, [target.config.password, process.env['PGPASSWORD'], ...secrets]);
}

/** The reason alone, safe to show (the dashboard's header and notices). */
export function safeReason(error: unknown, target: ShareTarget, secrets: ReadonlyArray<string | undefined> = []): string {
	const reason = error instanceof ShareError ? error.message : reasonOf(error, target);
	return safeMessage(reason, [target.config.password, process.env['PGPASSWORD'], ...secrets]);
}
