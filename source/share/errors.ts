import {tLine} from '../i18n/translate.js';
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
		return tLine('notice.share.certificate', {sslmode: target.config.sslmode, message});
	}

	switch (code) {
		case 'ECONNREFUSED': {
			return tLine('notice.share.refused', {where: where(target)});
		}

		case 'ENOTFOUND':
		case 'EAI_AGAIN': {
			return tLine('notice.share.host-unknown', {host: target.config.host ?? '(PGHOST)'});
		}

		case 'ETIMEDOUT':
		case 'EHOSTUNREACH':
		case 'ENETUNREACH': {
			return tLine('notice.share.unreachable', {where: where(target), code});
		}

		case 'ECONNRESET': {
			return tLine('notice.share.cut', {where: where(target)});
		}

		case '42P01': {
			return tLine('notice.share.no-schema');
		}

		case '42501': {
			return tLine('notice.share.read-only-role', {message});
		}

		default: {
			break;
		}
	}

	if (/does not support SSL/i.test(message)) {
		return tLine('notice.share.no-tls', {sslmode: target.config.sslmode});
	}

	if (/client password must be a string/i.test(message)) {
		return tLine('notice.share.no-password');
	}

	if (/timeout/i.test(message) || /Connection terminated due to connection timeout/i.test(message)) {
		return tLine('notice.share.timeout', {where: where(target)});
	}

	if (/Connection terminated/i.test(message)) {
		return tLine('notice.share.closed', {where: where(target)});
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
	return safeMessage(tLine('notice.share.cannot-use', {url: target.shown, reason}), [target.config.password, process.env['PGPASSWORD'], ...secrets]);
}

/** The reason alone, safe to show (the dashboard's header and notices). */
export function safeReason(error: unknown, target: ShareTarget, secrets: ReadonlyArray<string | undefined> = []): string {
	const reason = error instanceof ShareError ? error.message : reasonOf(error, target);
	return safeMessage(reason, [target.config.password, process.env['PGPASSWORD'], ...secrets]);
}
