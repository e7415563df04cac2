import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/*
~/.pgpass, as libpq reads it: lines `host:port:database:user:password`, `*`
matching anything, `\:` and `\\` escaping, `#` comments, the first matching line
winning. The file is ignored when others can read it (libpq refuses it too), so
a password never comes from a file left world-readable. PGPASSFILE moves it.
pg's own .pgpass support is deprecated and prints a warning on stderr, which
would land on the dashboard, hence these few lines.
*/

export type PgpassQuery = {
	readonly host: string;
	readonly port: number;
	readonly database: string;
	readonly user: string;
};

function fields(line: string): string[] {
	const result: string[] = [];
	let current = '';
	for (let index = 0; index < line.length; index++) {
		const char = line[index]!;
		if (char === '\\' && index + 1 < line.length) {
			current += line[++index];
		} else if (char === ':' && result.length < 4) {
			result.push(current);
			current = '';
		} else {
			current += char;
		}
	}

	result.push(current);
	return result;
}

/** The password of the first line matching the query, from the file's text. */
export function matchPgpass(text: string, query: PgpassQuery): string | undefined {
	// libpq compares the host as given; a Unix socket folder and "localhost" both match "localhost".
	const hosts = query.host.startsWith('/') ? [query.host, 'localhost'] : [query.host];
	for (const line of text.split(/\r?\n/)) {
		if (line.trim() === '' || line.startsWith('#')) {
			continue;
		}

		const parts = fields(line);
		if (parts.length !== 5) {
			continue;
		}

		const [host, port, database, user, password] = parts as [string, string, string, string, string];
		const matches = (pattern: string, value: string) => pattern === '*' || pattern === value;
		if ((host === '*' || hosts.includes(host)) && matches(port, String(query.port)) && matches(database, query.database) && matches(user, query.user)) {
			return password;
		}
	}

	return undefined;
}

export function pgpassFile(env: NodeJS.ProcessEnv): string {
	return env['PGPASSFILE'] ?? path.join(os.homedir(), process.platform === 'win32' ? path.join('AppData', 'Roaming', 'postgresql', 'pgpass.conf') : '.pgpass');
}

/** Looks the password up in ~/.pgpass (or PGPASSFILE); undefined when absent, unreadable or readable by others. */
export function readPgpass(query: PgpassQuery, env: NodeJS.ProcessEnv = process.env): string | undefined {
	const file = pgpassFile(env);
	try {
		const stat = fs.statSync(file);
		if (!stat.isFile() || (process.platform !== 'win32' && (stat.mode & 0o077) !== 0)) {
			return undefined;
		}

		return matchPgpass(fs.readFileSync(file, 'utf8'), query);
	} catch {
		return undefined;
	}
}
