import type {ClientConfig} from 'pg';
import {tLine} from '../i18n/translate.js';
import {sanitizeLine} from '../text/sanitize.js';

/*
Where the shared journal is: a PostgreSQL URL (--share, else COUNCIL_SHARE), with
libpq's usual settings filling what the URL leaves out. The URL is parsed here
rather than handed to pg as a connectionString: pg's parser replaces a missing
password with "" (so PGPASSWORD and ~/.pgpass would never be consulted), and it
prints a security warning on stderr for sslmode=require, which would land in the
middle of the dashboard. What the URL does not say, pg itself takes from PGHOST,
PGPORT, PGUSER and PGDATABASE; the password comes from the URL, PGPASSWORD or
~/.pgpass (PGPASSFILE), in that order, as with psql.
*/

export type ShareTarget = {
	/** The URL as given (it may hold a password: never print it, print `shown`). */
	readonly url: string;
	/** The URL with any password masked, for messages. */
	readonly shown: string;
	readonly config: ShareConfig;
};

/** What pg gets, minus the password function (added by clientConfig). */
export type ShareConfig = {
	readonly host?: string;
	readonly port?: number;
	readonly user?: string;
	readonly password?: string;
	readonly database?: string;
	readonly sslmode: SslMode;
	readonly sslrootcert?: string;
	readonly applicationName: string;
};

export const sslModes = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] as const;
export type SslMode = (typeof sslModes)[number];

export type Resolved<T> = {readonly ok: true; readonly value: T} | {readonly ok: false; readonly message: string};

const noHost = 'no-host.invalid';
// Any scheme (a mistyped http:// URL holds a password too); greedy to the last @
// of the token, as a password may itself hold an unencoded @.
const passwordInUrl = /([a-z][a-z\d+.-]*:\/\/[^:/@\s]*:)\S*@/gi;
const passwordParameter = /(\bpassword=)[^&\s]*/gi;

/** Any URL in `text` with its password replaced by ***. */
export function maskUrl(text: string): string {
	return text.replace(passwordInUrl, '$1***@').replace(passwordParameter, '$1***');
}

/**
A message safe to print: URLs masked, every known secret (the password, however
it reached us) replaced, control characters removed, one line.
*/
export function safeMessage(text: string, secrets: ReadonlyArray<string | undefined> = []): string {
	let result = maskUrl(text);
	for (const secret of secrets) {
		// Very short secrets are not searched for: "y" would garble every "nobody" without protecting anything.
		if (secret !== undefined && secret.length >= 4) {
			result = result.split(secret).join('***');
		}
	}

	return sanitizeLine(result);
}

/** Said when --share is given an empty value (a usage error: it never means "no sharing"). */
export const emptyShareMessage = '--share needs a URL (postgres://USER@HOST/DATABASE), not an empty one';

/** The share URL from the option, else COUNCIL_SHARE; undefined when neither is set. */
export function shareUrlFrom(option: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
	const value = option ?? env['COUNCIL_SHARE'];
	return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function decode(part: string): string {
	try {
		return decodeURIComponent(part);
	} catch {
		return part;
	}
}

/** Parses a postgres:// or postgresql:// URL; sslmode falls back to PGSSLMODE, then prefer. */
export function parseShareUrl(url: string, env: NodeJS.ProcessEnv = process.env): Resolved<ShareTarget> {
	const shown = safeMessage(url);
	if (!/^postgres(?:ql)?:\/\//i.test(url)) {
		return {ok: false, message: tLine('cli.share.not-url', {url: shown})};
	}

	// WHATWG URL parses postgres:// as an opaque "special-less" URL; an http:// copy gives host and port.
	// An empty host (postgres:///db, postgres://ana@/db) leaves it to PGHOST; URL needs a stand-in.
	const [, authority = '', rest = ''] = /^postgres(?:ql)?:\/\/([^/?#]*)(.*)$/is.exec(url) ?? [];
	const at = authority.lastIndexOf('@');
	const hasHost = authority.slice(at + 1) !== '';
	let parsed: URL;
	try {
		parsed = new URL(`http://${authority}${hasHost ? '' : noHost}${rest}`);
	} catch {
		return {ok: false, message: tLine('cli.share.not-valid-url', {url: shown})};
	}

	const parameters = parsed.searchParams;
	const sslmode = parameters.get('sslmode') ?? env['PGSSLMODE'] ?? 'prefer';
	if (!(sslModes as readonly string[]).includes(sslmode)) {
		return {ok: false, message: tLine('cli.share.unknown-sslmode', {value: sanitizeLine(sslmode), modes: sslModes.join(', ')})};
	}

	const known = new Set(['sslmode', 'sslrootcert', 'host', 'port', 'user', 'password', 'dbname', 'application_name']);
	const unknown = [...parameters.keys()].find(key => !known.has(key));
	if (unknown !== undefined) {
		return {ok: false, message: tLine('cli.share.unknown-parameter', {name: sanitizeLine(unknown), url: shown})};
	}

	const host = parameters.get('host') ?? (hasHost ? decode(parsed.hostname.replace(/^\[|\]$/g, '')) : undefined);
	const portText = parameters.get('port') ?? (parsed.port === '' ? undefined : parsed.port);
	const port = portText === undefined ? undefined : Number(portText);
	if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65_535)) {
		return {ok: false, message: tLine('cli.share.not-port', {url: shown})};
	}

	const user = parameters.get('user') ?? (parsed.username === '' ? undefined : decode(parsed.username));
	const password = parameters.get('password') ?? (parsed.password === '' ? undefined : decode(parsed.password));
	const path = decode(parsed.pathname.replace(/^\//, ''));
	const database = parameters.get('dbname') ?? (path === '' ? undefined : path);
	const sslrootcert = parameters.get('sslrootcert') ?? env['PGSSLROOTCERT'];
	return {
		ok: true,
		value: {
			url,
			shown,
			config: {
				...(host === undefined ? {} : {host}),
				...(port === undefined ? {} : {port}),
				...(user === undefined ? {} : {user}),
				...(password === undefined ? {} : {password}),
				...(database === undefined ? {} : {database}),
				sslmode: sslmode as SslMode,
				...(sslrootcert === undefined ? {} : {sslrootcert}),
				applicationName: parameters.get('application_name') ?? 'council',
			},
		},
	};
}

/**
TLS as libpq's sslmode means it: require encrypts without checking the
certificate, verify-ca checks it against sslrootcert, verify-full also checks the
host name. prefer asks for TLS and, when the server does not speak it, connects
again without (`retryTls`); allow connects without TLS and, when the server
insists on it, again with. disable never uses TLS.
*/
export function tlsOptions(config: ShareConfig, readFile: (file: string) => string): ClientConfig['ssl'] {
	switch (config.sslmode) {
		case 'disable':
		case 'allow': {
			return false;
		}

		case 'prefer':
		case 'require': {
			return {rejectUnauthorized: false};
		}

		case 'verify-ca': {
			return {
				rejectUnauthorized: true,
				...(config.sslrootcert === undefined ? {} : {ca: readFile(config.sslrootcert)}),
				checkServerIdentity: () => undefined,
			};
		}

		case 'verify-full': {
			return {rejectUnauthorized: true, ...(config.sslrootcert === undefined ? {} : {ca: readFile(config.sslrootcert)})};
		}
	}
}

/** pg's words when the server answers a TLS request with "no" (pg/lib/connection.js). */
const noTlsAtServer = 'The server does not support SSL connections';

/**
The TLS setting of a second connect, after the first failed with `error`, or
undefined when there is none to try: prefer's plain connection to a server
without TLS, allow's TLS connection to a server that refuses plain ones
(pg_hba.conf `hostssl` only: "no pg_hba.conf entry ... no encryption", 28000).
*/
export function retryTls(sslmode: SslMode, error: unknown): ClientConfig['ssl'] | undefined {
	const message = error instanceof Error ? error.message : '';
	if (sslmode === 'prefer' && message === noTlsAtServer) {
		return false;
	}

	const code = (error as {code?: unknown} | undefined)?.code;
	if (sslmode === 'allow' && code === '28000' && /no encryption/.test(message)) {
		return {rejectUnauthorized: false};
	}

	return undefined;
}
