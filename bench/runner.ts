import {existsSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export type Area = {
	readonly name: string;
	/** The function the area's module exports, e.g. benchStartup. */
	readonly exportName: string;
	/** The module; imported only when it exists, so an area not written yet is skipped, not a crash. */
	readonly file: URL;
};

/**
Runs each selected area (all when `selected` is empty) one after the other,
so they never compete for the CPU. Returns how many failed; a missing module or
export is skipped with a note, not counted as a failure.
*/
export async function runAreas(areas: readonly Area[], selected: readonly string[], write: (text: string) => void): Promise<number> {
	const unknown = selected.filter(name => !areas.some(area => area.name === name));
	if (unknown.length > 0) {
		write(`Unknown bench area: ${unknown.join(', ')} (known: ${areas.map(area => area.name).join(', ')})\n`);
		return unknown.length;
	}

	write(`council benchmarks: Node ${process.version}, ${os.cpus().length} CPU (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${os.platform()} ${os.arch()}, load average ${os.loadavg().map(load => load.toFixed(2)).join(', ')}\n`);
	let failures = 0;
	for (const area of areas) {
		if (selected.length > 0 && !selected.includes(area.name)) {
			continue;
		}

		write(`\n== ${area.name} ==\n`);
		const file = fileURLToPath(area.file);
		if (!existsSync(file)) {
			write(`skipped: ${path.basename(file)} is not there yet\n`);
			continue;
		}

		let module: Record<string, unknown>;
		try {
			module = await import(area.file.href) as Record<string, unknown>;
		} catch (error: unknown) {
			write(`failed to load ${path.basename(file)}: ${messageOf(error)}\n`);
			failures++;
			continue;
		}

		const bench = module[area.exportName];
		if (typeof bench !== 'function') {
			write(`skipped: ${path.basename(file)} exports no ${area.exportName}()\n`);
			continue;
		}

		const started = performance.now();
		try {
			await (bench as () => unknown)();
			// The load average beside each area's time: on a shared machine it says how far to trust the figures.
			write(`(${area.name}: ${((performance.now() - started) / 1000).toFixed(1)} s; load average ${os.loadavg().map(load => load.toFixed(2)).join(', ')})\n`);
		} catch (error: unknown) {
			write(`failed: ${messageOf(error)}\n`);
			failures++;
		}
	}

	return failures;
}

function messageOf(error: unknown): string {
	return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
