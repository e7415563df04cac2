import {sanitizeLine, sanitizeText} from '../text/sanitize.js';

/*
The entry's last resort: an exception nothing caught, or a rejection nothing
handled, prints one sanitized line and exits 1, never a stack trace (the
README's promise; COUNCIL_DEBUG=1 shows the stack). The dashboard's terminal
session installs its own handlers, which also restore the terminal: while any
other handler is listening, this one steps aside.
*/

type Host = Pick<NodeJS.Process, 'on' | 'listenerCount' | 'exit' | 'env'> & {readonly stderr: {write(text: string): unknown}};

export function lastResortMessage(error: unknown, isDebug: boolean): string {
	if (isDebug && error instanceof Error && error.stack !== undefined) {
		return `council: ${sanitizeText(error.stack)}`;
	}

	const message = error instanceof Error ? error.message : String(error);
	const first = sanitizeLine(message.split('\n')[0] ?? '').trim();
	return `council: unexpected error: ${first === '' ? 'unknown' : first}`;
}

export function installLastResort(host: Host = process): void {
	const handle = (event: 'uncaughtException' | 'unhandledRejection') => (error: unknown) => {
		if (host.listenerCount(event) > 1) {
			return;
		}

		try {
			host.stderr.write(`${lastResortMessage(error, Boolean(host.env['COUNCIL_DEBUG']))}\n`);
		} catch {}

		host.exit(1);
	};

	host.on('uncaughtException', handle('uncaughtException'));
	host.on('unhandledRejection', handle('unhandledRejection'));
}
