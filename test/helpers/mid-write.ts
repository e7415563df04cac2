import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import type {ChildProcess} from 'node:child_process';

/*
"Killed mid-write" as an event, not a guess: a fixed delay after a writer's
last line lands mid-write on a quiet machine and before the next write has even
begun on a busy one (then the test proves nothing, or its "some kills landed
mid-write" fails). So the writer is watched until one of its temporary files is
there, frozen with SIGSTOP, and looked at again while frozen: a temporary file
still there then is there at the instant of whatever signal comes next. If the
write finished in between, the writer goes on (SIGCONT) and is watched again.
*/

async function pause(ms: number): Promise<void> {
	return new Promise(resolve => {
		setTimeout(resolve, ms);
	});
}

function temporaries(folder: string, prefix: string): string[] {
	return readdirSync(folder).filter(name => name.startsWith(prefix) && name.endsWith('.tmp'));
}

/** True once every thread of `pid` is stopped (a thread in a write stops when that write returns). */
function isStopped(pid: number): boolean {
	const tasks = readdirSync(`/proc/${pid}/task`);
	return tasks.every(task => {
		const stat = readFileSync(path.join(`/proc/${pid}/task`, task, 'stat'), 'utf8');
		// The state follows the command name, which is in parentheses and may hold anything.
		const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
		return state === 'T' || state === 't';
	});
}

async function stopped(pid: number, deadline: number): Promise<void> {
	while (!isStopped(pid)) {
		if (performance.now() > deadline) {
			throw new Error(`process ${pid} did not stop after SIGSTOP`);
		}

		// eslint-disable-next-line no-await-in-loop
		await pause(1);
	}
}

/**
Resolves with the writer stopped (SIGSTOP) while a temporary file named
`prefix…tmp` is in `folder`, and the names of those files. The caller signals
it, then sends SIGCONT (or SIGKILL). The deadline is generous: the state is
normally reached within milliseconds.
*/
export async function stopMidWrite(child: ChildProcess, folder: string, prefix: string, timeoutMs = 30_000): Promise<string[]> {
	const pid = child.pid;
	if (pid === undefined) {
		throw new Error('the writer did not start');
	}

	const deadline = performance.now() + timeoutMs;
	for (;;) {
		if (child.exitCode !== null || child.signalCode !== null) {
			throw new Error(`the writer ended (${child.exitCode ?? child.signalCode}) before it was caught mid-write`);
		}

		if (temporaries(folder, prefix).length > 0) {
			process.kill(pid, 'SIGSTOP');
			// eslint-disable-next-line no-await-in-loop
			await stopped(pid, deadline);
			const seen = temporaries(folder, prefix);
			if (seen.length > 0) {
				return seen;
			}

			process.kill(pid, 'SIGCONT');
		}

		if (performance.now() > deadline) {
			throw new Error(`no temporary file ${prefix}….tmp seen in ${folder} within ${timeoutMs} ms`);
		}

		// eslint-disable-next-line no-await-in-loop
		await pause(1);
	}
}
