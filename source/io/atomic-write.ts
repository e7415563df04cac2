import {randomBytes} from 'node:crypto';
import {constants, type Stats} from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import {t, tLine} from '../i18n/translate.js';
import {fileKindWords} from './read-input.js';
import {guarded} from './temporary-guard.js';

/*
The one writer of whole files (a merged dataset, minutes). A crash or a kill at
any instant leaves the old file or the new one, whole: write a temporary file
in the target's folder (rename is atomic only within one file system), fsync
it, rename it over the target, fsync the folder. On top of that, what a user
expects of "write this file":

- a symlink is followed to its final target, which is what gets replaced (the
  link stays a link);
- the target's mode is kept (a 0600 dataset stays 0600) and, where the process
  may, its owner;
- a read-only target (no write bit for anyone, whoever we are: root may write
  anything, so the check is ours) is refused, not replaced;
- what is not a regular file (a FIFO, a device, a folder) is refused;
- content identical to the file's is not written at all (nor is the backup
  replaced: it stays the real previous version);
- the temporary file is removed on every failure, on SIGINT, SIGTERM, SIGHUP
  and on exit; after a SIGKILL the next write to the same target removes it.

A hard-linked target is replaced at the name given: its other names keep the
previous contents (a rename cannot do otherwise; writing in place could not be
atomic).
*/

export class WriteRefused extends Error {
	override readonly name = 'WriteRefused';
	/** The file exists and the write was to create it (the message is in the interface's language: test this, not the words). */
	readonly isExisting: boolean;

	constructor(message: string, isExisting = false) {
		super(message);
		this.isExisting = isExisting;
	}
}

export type AtomicWriteOptions = {
	/** Copy the current file to `FILE.bak` (atomically too) before replacing it. */
	readonly backup?: boolean;
	/** Refuse to replace an existing file (the check and the write are one step: a hard link). */
	readonly exclusive?: boolean;
};

export type AtomicWriteResult = {
	/** The file written: the final target of any symlink. */
	readonly file: string;
	/** False when the file already held exactly this content, so nothing was written. */
	readonly written: boolean;
	/** The backup made, when one was. */
	readonly backup?: string;
};

async function fsyncFolder(folder: string): Promise<void> {
	if (process.platform === 'win32') {
		return;
	}

	const handle = await fs.open(folder, constants.O_RDONLY);
	try {
		await handle.sync();
	} catch (error: unknown) {
		// Some file systems cannot fsync a directory; the rename stands.
		if (!['EINVAL', 'EISDIR', 'EPERM', 'EBADF'].includes(String((error as NodeJS.ErrnoException).code))) {
			throw error;
		}
	} finally {
		await handle.close();
	}
}

/** Follows symlinks to the path that is (or will be) the file itself. */
export async function finalTarget(file: string): Promise<string> {
	let current = path.resolve(file);
	for (let hop = 0; hop < 40; hop++) {
		let stats: Stats;
		try {
			// eslint-disable-next-line no-await-in-loop -- one link after the other
			stats = await fs.lstat(current);
		} catch (error: unknown) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
				return current;
			}

			throw error;
		}

		if (!stats.isSymbolicLink()) {
			return current;
		}

		// eslint-disable-next-line no-await-in-loop
		current = path.resolve(path.dirname(current), await fs.readlink(current));
	}

	throw new WriteRefused(t('notice.file.link-chain'));
}

async function statOrUndefined(file: string): Promise<Stats | undefined> {
	try {
		return await fs.stat(file);
	} catch (error: unknown) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return undefined;
		}

		throw error;
	}
}

function octal(mode: number): string {
	return (mode & 0o7777).toString(8).padStart(4, '0');
}

/** Why `stats` may not be replaced, or undefined. */
export function replaceProblem(stats: Stats): string | undefined {
	if (!stats.isFile()) {
		return t('notice.file.not-replaced-kind', {kind: fileKindWords(stats)});
	}

	if ((stats.mode & 0o222) === 0) {
		return t('notice.file.read-only', {mode: octal(stats.mode)});
	}

	return undefined;
}

function temporaryName(file: string): string {
	return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error: unknown) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Temporary files of this target left by a writer that was killed (its process is gone). */
async function removeLeftovers(file: string): Promise<void> {
	const base = path.basename(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const pattern = new RegExp(`^\\.${base}(?:\\.bak)?\\.(\\d+)\\.[\\da-f]{8}\\.tmp$`);
	const names = await fs.readdir(path.dirname(file)).catch(() => []);
	await Promise.all(names.map(async name => {
		const pid = pattern.exec(name)?.[1];
		if (pid !== undefined && !isRunning(Number(pid))) {
			await fs.unlink(path.join(path.dirname(file), name)).catch(() => undefined);
		}
	}));
}

async function sameContent(file: string, stats: Stats, content: Buffer): Promise<boolean> {
	if (stats.size !== content.length) {
		return false;
	}

	const current = await fs.readFile(file);
	return current.equals(content);
}

/** The mode a new file gets: 0666 less the umask, as open(2) would give it. */
function newFileMode(): number {
	const mask = process.umask();
	return 0o666 & ~mask;
}

/** Fills `temporary` (with `data`, or by `fill`), gives it the target's mode and owner, and fsyncs it. */
async function writeTemporary(temporary: string, data: Buffer | ((temporary: string) => Promise<void>), like: Stats | undefined): Promise<void> {
	if (typeof data === 'function') {
		await data(temporary);
	} else {
		const handle = await fs.open(temporary, 'wx', 0o600);
		try {
			await handle.writeFile(data);
		} finally {
			await handle.close();
		}
	}

	const handle = await fs.open(temporary, 'r+');
	try {
		await handle.chmod(like === undefined ? newFileMode() : like.mode & 0o7777);
		if (like !== undefined && (like.uid !== process.getuid?.() || like.gid !== process.getgid?.())) {
			// Only root (or the owner, for the group) may; a file we cannot give back stays ours.
			await handle.chown(like.uid, like.gid).catch(() => undefined);
		}

		await handle.sync();
	} finally {
		await handle.close();
	}
}

/**
Writes `content` to `file` atomically (through symlinks, keeping mode and
owner); with `backup`, the previous version is kept as `TARGET.bak`.

@example
```
const result = await writeFileAtomic('session.json', json, {backup: true});
if (!result.written) say('unchanged: nothing written');
```
*/
export async function writeFileAtomic(file: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<AtomicWriteResult> {
	// What the name opens (through every link): a FIFO, a device or /dev/stdout is never replaced,
	// even where the link chain cannot be followed by name (/proc/self/fd/1 → "pipe:[...]").
	const opened = await statOrUndefined(file).catch(() => undefined);
	if (opened !== undefined && !opened.isFile()) {
		throw new WriteRefused(replaceProblem(opened) ?? t('notice.file.not-replaced-kind', {kind: t('notice.file.kind.other')}));
	}

	const target = await finalTarget(file);
	const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
	const current = await statOrUndefined(target);
	if (current !== undefined) {
		// What it is first: "--force replaces it" must not be said of a FIFO or a folder.
		const problem = replaceProblem(current);
		if (problem !== undefined) {
			throw new WriteRefused(problem);
		}

		if (options.exclusive === true) {
			throw new WriteRefused(t('notice.file.exists'), true);
		}

		if (await sameContent(target, current, data)) {
			return {file: target, written: false};
		}
	}

	await removeLeftovers(target);
	let backup: string | undefined;
	if (options.backup === true && current !== undefined) {
		const backupFile = `${target}.bak`;
		const backupStats = await statOrUndefined(backupFile);
		if (backupStats !== undefined && !backupStats.isFile()) {
			throw new WriteRefused(tLine('notice.file.backup-kind', {backup: backupFile, kind: fileKindWords(backupStats)}));
		}

		const temporary = temporaryName(backupFile);
		await guarded(temporary, async () => {
			await writeTemporary(temporary, async name => fs.copyFile(target, name, constants.COPYFILE_EXCL), current);
			await fs.rename(temporary, backupFile);
		});
		backup = backupFile;
	}

	const temporary = temporaryName(target);
	await guarded(temporary, async () => {
		await writeTemporary(temporary, data, current);
		if (options.exclusive === true) {
			// link fails with EEXIST if the target appeared meanwhile: the check and the write are one step.
			await fs.link(temporary, target).catch((error: unknown) => {
				throw (error as NodeJS.ErrnoException).code === 'EEXIST' ? new WriteRefused(t('notice.file.exists'), true) : error;
			});
			await fs.unlink(temporary);
		} else {
			await fs.rename(temporary, target);
		}
	});

	await fsyncFolder(path.dirname(target));
	return backup === undefined ? {file: target, written: true} : {file: target, written: true, backup};
}
