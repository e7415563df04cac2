import os from 'node:os';
import type {CommandIo} from './io.js';
import {authorNameProblem} from '../journal/append.js';
import {tLine} from '../i18n/translate.js';
import type {Author} from '../journal/schema.js';
import type {Resolved} from '../journal/targets.js';
import {roles} from '../settings/choices.js';
import type {Role} from '../settings/schema.js';
import {SettingsStore} from '../settings/store.js';

/* Who records from the command line (`council record`, `council floor`): the options, then the preferences, then the account. */

/** Who is recording: options first, then the preferences, then the account's user name. */
export async function authorOf(values: {readonly author?: string | undefined; readonly role?: string | undefined}, io: CommandIo): Promise<Resolved<Author>> {
	// The preferences are read only when an option is missing (through the non-blocking opener: a FIFO there never hangs record).
	const preferred = values.role === undefined || values.author === undefined ? (await SettingsStore.open({env: io.env})).load().value : undefined;
	const settings = (): {role: Role; authorName?: string | undefined} => preferred ?? {role: 'chair'};

	let role: Role;
	if (values.role === undefined) {
		role = settings().role;
	} else if ((roles as readonly string[]).includes(values.role)) {
		role = values.role as Role;
	} else {
		return {ok: false, message: tLine('cli.common.unknown-role', {role: values.role, roles: roles.join(', ')})};
	}

	const name = (values.author ?? settings().authorName ?? userName()).trim();
	// Judged as the journal's readers will see it (sanitized), not as typed.
	const problem = authorNameProblem(name);
	if (problem !== undefined) {
		return {ok: false, message: problem};
	}

	return {ok: true, value: {name, role}};
}

function userName(): string {
	try {
		return os.userInfo().username;
	} catch {
		return 'unknown';
	}
}
