import {sanitizeText} from '../text/sanitize.js';
import {t, type MessageKey} from '../i18n/translate.js';

/*
The one output path of every subcommand (and of `council DATASET` printing the
session summary). Writing to a closed pipe (`council log | head -1`) or a full
disk (`> /dev/full`) makes Node emit an 'error' event on the stream, which
without a listener is thrown with its stack. Here:
- EPIPE on standard output: the reader has all it wanted; end at once, quietly, exit 0;
- any other error on standard output: one line on standard error, exit 1;
- an error on standard error: nothing can be said any more; EPIPE ends with the
  exit code the command would have had, anything else with 1.
Everything written passes through sanitizeText as a last net (messages are built
with `say`, formatters sanitize data; this catches what a future call site forgets).
*/

export type OutputStream = {
	write(text: string): unknown;
	on(event: 'error', listener: (error: Error) => void): unknown;
};

export type OutputHost = {
	exit(code: number): void;
};

export type Output = {
	readonly stdout: (text: string) => void;
	readonly stderr: (text: string) => void;
};

function codeOf(error: unknown): string {
	return error !== null && typeof error === 'object' && 'code' in error ? String(error.code) : '';
}

const reasons: Record<string, MessageKey> = {
	ENOSPC: 'cli.output.ENOSPC',
	EDQUOT: 'cli.output.EDQUOT',
	EIO: 'cli.output.EIO',
	EBADF: 'cli.output.EBADF',
	EFBIG: 'cli.output.EFBIG',
	EAGAIN: 'cli.output.EAGAIN',
};

/** Why a write failed, in words and with the system's code: "no space left on the device (ENOSPC)". */
export function writeFailure(error: unknown): string {
	const code = codeOf(error);
	if (code === '') {
		return t('cli.output.failed');
	}

	return `${t(reasons[code] ?? 'cli.output.failed')} (${code.replace(/[^A-Z\d_]/g, '')})`;
}

/** Wraps a process's two streams into the shared output path; installs the error listeners once. */
export function guardOutput(stdout: OutputStream, stderr: OutputStream, host: OutputHost): Output {
	let isStdoutBroken = false;
	let isStderrBroken = false;
	const stopAt = (code: number) => {
		isStdoutBroken = true;
		isStderrBroken = true;
		host.exit(code);
	};

	stdout.on('error', error => {
		if (isStdoutBroken) {
			return;
		}

		isStdoutBroken = true;
		if (codeOf(error) === 'EPIPE') {
			stopAt(0);
			return;
		}

		if (!isStderrBroken) {
			try {
				stderr.write(`council: ${t('cli.output.cannot-write-stdout', {reason: writeFailure(error)})}\n`);
			} catch {}
		}

		stopAt(1);
	});
	stderr.on('error', error => {
		if (isStderrBroken) {
			return;
		}

		isStderrBroken = true;
		if (codeOf(error) !== 'EPIPE') {
			stopAt(1);
		}
	});

	const writer = (isBroken: () => boolean, stream: OutputStream) => (text: string) => {
		if (isBroken()) {
			return;
		}

		try {
			stream.write(sanitizeText(text));
		} catch (error: unknown) {
			// A synchronous throw (a destroyed stream) takes the same path as the 'error' event.
			if (stream === stdout) {
				isStdoutBroken = true;
				stopAt(codeOf(error) === 'EPIPE' ? 0 : 1);
			} else {
				isStderrBroken = true;
			}
		}
	};

	return {
		stdout: writer(() => isStdoutBroken, stdout),
		stderr: writer(() => isStderrBroken, stderr),
	};
}
