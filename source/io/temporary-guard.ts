import {unlinkSync} from 'node:fs';
import fs from 'node:fs/promises';

/*
Temporary files that must not outlive their write: removed when the work fails,
and on SIGINT, SIGTERM, SIGHUP and exit while it runs (a SIGKILL cannot be
caught: the next write to the same target removes what it left). The
listeners stay once the first write has begun: removing one when a write ends
would drop a signal Node has caught but not yet handed to JavaScript (a SIGTERM
landing as the rename finishes would be ignored, the process going on). A
signal with no other listener still ends the process as it would without us
(once JavaScript runs: a handler, unlike the default, waits for a busy loop).
*/

const inFlight = new Set<string>();
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let isGuarding = false;

function removeInFlight(): void {
	for (const temporary of inFlight) {
		try {
			unlinkSync(temporary);
		} catch {
			// Already renamed or removed.
		}
	}

	inFlight.clear();
}

function onSignal(signal: NodeJS.Signals): void {
	removeInFlight();
	// Nobody else handles it: end as the signal would have without us.
	if (process.listenerCount(signal) === 1) {
		stopGuarding();
		process.kill(process.pid, signal);
	}
}

function startGuarding(): void {
	if (isGuarding) {
		return;
	}

	isGuarding = true;
	for (const signal of signals) {
		// First, so an exiting handler of the application's cannot skip the clean-up.
		process.prependListener(signal, onSignal);
	}

	process.prependListener('exit', removeInFlight);
}

function stopGuarding(): void {
	isGuarding = false;
	for (const signal of signals) {
		process.removeListener(signal, onSignal);
	}

	process.removeListener('exit', removeInFlight);
}

/** Runs `work` with `temporary` removed if it fails, or if a signal or an exit comes first. */
export async function guarded<T>(temporary: string, work: () => Promise<T>): Promise<T> {
	startGuarding();
	inFlight.add(temporary);
	try {
		return await work();
	} catch (error: unknown) {
		await fs.unlink(temporary).catch(() => undefined);
		throw error;
	} finally {
		inFlight.delete(temporary);
	}
}
