import {randomBytes} from 'node:crypto';
import {closeSync, constants, fsyncSync, lstatSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync, type Stats} from 'node:fs';
import path from 'node:path';
import {readInputFile, fileKindWords} from '../io/read-input.js';
import {jsonNestingProblem} from '../io/json-depth.js';
import {maxJsonDepth} from '../io/limits.js';
import {t} from '../i18n/translate.js';

/*
The settings file's own reads and writes, instead of conf's. conf 15 reads the
file with readFileSync in its constructor and again before every write (a FIFO
there blocks the process for good, SIGTERM included), and writes through
atomically, which follows a symlink to its target (settings.json -> ~/.bashrc
would be overwritten). Here the file is read by the shared opener (O_NONBLOCK,
fstat, a size cap) and depth-checked before JSON.parse; it is written by a
temporary file renamed over the name itself, so a link, a FIFO or a device in
its place is never written through nor waited on. The write stays synchronous:
the dashboard's last save runs inside React's unmount, and the process may exit
right after it.
*/

/** A settings file is a few hundred bytes; anything near this is not one. */
export const maxSettingsBytes = 1024 * 1024;

export type SettingsFileRead =
	| {readonly kind: 'absent'}
	| {readonly kind: 'text'; readonly text: string; readonly isLink: boolean}
	/** Not readable as a settings file (a FIFO, a folder, too large, permissions): nothing will be written there. */
	| {readonly kind: 'unusable'; readonly problem: string};

function lstatOrUndefined(file: string): Stats | undefined {
	try {
		return lstatSync(file);
	} catch (error: unknown) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return undefined;
		}

		throw error;
	}
}

/** Why `file` may not be replaced by a settings file, a sentence naming it by `name`; undefined for a regular file or nothing. */
export function notReplaceableWords(file: string, name: string = path.basename(file)): string | undefined {
	const stats = lstatOrUndefined(file);
	if (stats === undefined || stats.isFile()) {
		return undefined;
	}

	return stats.isSymbolicLink() ? t('notice.settings.is-link', {name}) : t('notice.settings.not-regular', {name, kind: fileKindWords(stats)});
}

/** Reads the settings file without ever blocking; a link to a regular file is read (and later not written through). */
export async function readSettingsFile(file: string): Promise<SettingsFileRead> {
	const read = await readInputFile(file, {maxBytes: maxSettingsBytes, expected: 'a settings file'});
	if (!read.ok) {
		return read.problem === 'missing' && lstatOrUndefined(file) === undefined ? {kind: 'absent'} : {kind: 'unusable', problem: read.message};
	}

	return {kind: 'text', text: read.bytes.toString('utf8'), isLink: lstatOrUndefined(file)?.isSymbolicLink() === true};
}

export type ParsedText = {readonly ok: true; readonly value: unknown} | {readonly ok: false; readonly problem: string};

/** JSON.parse, after the iterative depth check: 20,000 nested objects are a problem reported, not a stack overflow. */
export function parseSettingsText(text: string): ParsedText {
	const tooDeep = jsonNestingProblem(text, maxJsonDepth);
	if (tooDeep !== undefined) {
		return {ok: false, problem: t('notice.settings.too-deep', {limit: tooDeep.limit, line: tooDeep.line, column: tooDeep.column})};
	}

	try {
		return {ok: true, value: JSON.parse(text) as unknown};
	} catch (error: unknown) {
		return {ok: false, problem: t('notice.settings.not-json', {detail: error instanceof Error ? error.message : String(error)})};
	}
}

/**
Replaces `file` with `text`, atomically and without following anything at the
name: a temporary file in the same folder (created exclusively, never through a
link), fsynced, renamed over the name. A link, FIFO, device or folder found
there is refused (throws); one that appears after the check is replaced by the
rename, not written through. The mode of the file replaced is kept.
*/
export function writeSettingsFile(file: string, text: string): void {
	const folder = path.dirname(file);
	mkdirSync(folder, {recursive: true});
	const refused = notReplaceableWords(file);
	if (refused !== undefined) {
		throw new Error(refused);
	}

	const existing = lstatOrUndefined(file);
	const temporary = path.join(folder, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
	const fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, existing === undefined ? 0o666 : existing.mode & 0o777);
	try {
		try {
			writeSync(fd, text);
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}

		renameSync(temporary, file);
	} catch (error: unknown) {
		try {
			unlinkSync(temporary);
		} catch {
			// Renamed already, or never made.
		}

		throw error;
	}

	try {
		const folderFd = openSync(folder, constants.O_RDONLY);
		try {
			fsyncSync(folderFd);
		} finally {
			closeSync(folderFd);
		}
	} catch {
		// Some file systems cannot fsync a folder; the rename stands.
	}
}
