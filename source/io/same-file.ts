import fs from 'node:fs/promises';
import path from 'node:path';

/*
Whether two paths name one file, as the kernel sees it: the same device and
inode (through symlinks, and for hard links, which are one file under two
names), or, for a path that does not exist yet, the same real path once the
folder's symlinks are resolved (`--journal new.jsonl --output ./x/../new.jsonl`).
*/

async function identity(file: string): Promise<{dev: number; ino: number} | undefined> {
	try {
		const {dev, ino} = await fs.stat(file);
		return {dev, ino};
	} catch {
		return undefined;
	}
}

/** The real path of `file`, resolving the symlinks of the deepest folder that exists. */
export async function realPathOf(file: string): Promise<string> {
	const absolute = path.resolve(file);
	try {
		return await fs.realpath(absolute);
	} catch {
		const parent = path.dirname(absolute);
		return parent === absolute ? absolute : path.join(await realPathOf(parent), path.basename(absolute));
	}
}

export async function isSameFile(a: string, b: string): Promise<boolean> {
	const [first, second] = await Promise.all([identity(a), identity(b)]);
	if (first !== undefined && second !== undefined) {
		return first.dev === second.dev && first.ino === second.ino;
	}

	return (await realPathOf(a)) === (await realPathOf(b));
}
