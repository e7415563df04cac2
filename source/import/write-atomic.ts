import {randomBytes} from 'node:crypto';
import {constants} from 'node:fs';
import {copyFile, open, readdir, rename, unlink} from 'node:fs/promises';
import path from 'node:path';

/*
Replacing a dataset so that a crash or a kill at any instant leaves either the
old file or the new one, whole: write a temporary file in the same directory
(rename is atomic only within one file system), fsync it, rename it over the
target, then fsync the directory so the rename itself survives a power cut. The
backup is made the same way before the target is replaced, so `FILE.bak` is
always a complete copy of the previous version.
*/

async function fsyncPath(file: string, flags: number): Promise<void> {
	const handle = await open(file, flags);
	try {
		await handle.sync();
	} catch (error: unknown) {
		// Some file systems cannot fsync a directory (EINVAL, EISDIR on a few); the rename stands.
		if (!(error instanceof Error && 'code' in error && ['EINVAL', 'EISDIR', 'EPERM', 'EBADF'].includes(String(error.code)))) {
			throw error;
		}
	} finally {
		await handle.close();
	}
}

function temporaryName(file: string): string {
	return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

async function replace(file: string, write: (temporary: string) => Promise<void>): Promise<void> {
	const temporary = temporaryName(file);
	try {
		await write(temporary);
		await fsyncPath(temporary, constants.O_RDONLY);
		await rename(temporary, file);
	} catch (error: unknown) {
		await unlink(temporary).catch(() => undefined);
		throw error;
	}

	await fsyncPath(path.dirname(file), constants.O_RDONLY);
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error: unknown) {
		return error instanceof Error && 'code' in error && error.code === 'EPERM';
	}
}

/** Temporary files of this target left by a writer that was killed (its process is gone). */
async function removeLeftovers(file: string): Promise<void> {
	const base = path.basename(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const pattern = new RegExp(`^\\.${base}(?:\\.bak)?\\.(\\d+)\\.[\\da-f]{8}\\.tmp$`);
	const names = await readdir(path.dirname(file)).catch(() => []);
	await Promise.all(names.map(async name => {
		const pid = pattern.exec(name)?.[1];
		if (pid !== undefined && !isRunning(Number(pid))) {
			await unlink(path.join(path.dirname(file), name)).catch(() => undefined);
		}
	}));
}

export type AtomicWriteOptions = {
	/** Copy the current file to `FILE.bak` (atomically too) before replacing it. */
	readonly backup?: boolean;
};

/** Writes `content` to `file` atomically; with `backup`, the previous version is kept as `file.bak`. */
export async function writeFileAtomic(file: string, content: string, options: AtomicWriteOptions = {}): Promise<void> {
	await removeLeftovers(file);
	if (options.backup === true) {
		await replace(`${file}.bak`, async temporary => copyFile(file, temporary, constants.COPYFILE_EXCL)).catch((error: unknown) => {
			// Nothing to back up when the dataset is being created.
			if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) {
				throw error;
			}
		});
	}

	await replace(file, async temporary => {
		const handle = await open(temporary, 'wx', 0o644);
		try {
			await handle.writeFile(content, 'utf8');
		} finally {
			await handle.close();
		}
	});
}
