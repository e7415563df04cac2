import {constants} from 'node:fs';
import {open} from 'node:fs/promises';
import {t} from '../i18n/translate.js';
import {fileErrorWords} from '../io/file-error.js';

/*
Reading the dataset a preparation command will rewrite. Only a regular file
(a symlink to one is followed): a FIFO or a device named as the dataset would
block the read forever or never end, so it is opened without blocking and
refused after one fstat.
*/
export async function readRegularFile(file: string): Promise<{ok: true; bytes: Buffer} | {ok: false; message: string}> {
	let handle;
	try {
		handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (error: unknown) {
		return {ok: false, message: fileErrorWords(error, 'a dataset file')};
	}

	try {
		const stats = await handle.stat();
		if (!stats.isFile()) {
			return {ok: false, message: t(stats.isDirectory() ? 'cli.prepare.folder' : 'cli.prepare.not-regular')};
		}

		return {ok: true, bytes: await handle.readFile()};
	} catch (error: unknown) {
		return {ok: false, message: fileErrorWords(error, 'a dataset file')};
	} finally {
		await handle.close();
	}
}
