import {constants} from 'node:os';
import {sanitizeLine, sanitizeText} from '../text/sanitize.js';

/*
The edge around Ink's render(): the dashboard draws on the alternate screen with
the cursor hidden, and whatever way the process ends (quit, Ctrl+C outside raw
mode, kill, hang-up, a crash) the user's terminal must come back as it was.
Ink 6 does not manage the alternate screen itself (../../../shared/INK-NOTES.md).
*/

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';
const hideCursor = '\u001B[?25l';
const showCursor = '\u001B[?25h';

type Writable = {write(text: string): unknown};

/** The parts of `process` a session touches; tests pass an EventEmitter. */
export type SessionProcess = {
	on(event: string, listener: (...args: any[]) => void): unknown;
	off(event: string, listener: (...args: any[]) => void): unknown;
	readonly env: NodeJS.ProcessEnv;
	exit(code: number): void;
};

export type TerminalSessionOptions = {
	readonly stdout?: Writable;
	readonly stderr?: Writable;
	readonly process?: SessionProcess;
	/**
	Runs first on every way out, e.g. `() => instance.unmount()`. Ink writes a last
	frame when it unmounts (also from its own exit hook); unmounting before leaving
	the alternate screen keeps that frame off the user's normal screen.
	*/
	readonly beforeRestore?: () => void;
	/** The program name at the start of the one-line crash message. */
	readonly name?: string;
};

export type Restore = () => void;

// SIGQUIT too: `kill -QUIT` (or Ctrl+\ before raw mode) would otherwise leave the alternate screen up and dump core.
const handledSignals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'] as const;

/**
Enters the alternate screen and hides the cursor; returns `restore()`, which
undoes both exactly once however often it is called. Until then, SIGINT,
SIGTERM, SIGHUP, SIGQUIT, an uncaught exception or an unhandled rejection restore the
terminal and end the process (128 + signal number, or 1 after a one-line error;
the stack only when COUNCIL_DEBUG is set).

@example
```
let instance: Instance | undefined;
const restore = enterTerminalSession({beforeRestore: () => instance?.unmount()});
instance = render(<Dashboard />);
await instance.waitUntilExit();
restore();
```
*/
export function enterTerminalSession(options: TerminalSessionOptions = {}): Restore {
	const stdout = options.stdout ?? process.stdout;
	const stderr = options.stderr ?? process.stderr;
	const host = options.process ?? process;
	const name = options.name ?? 'council';
	let isRestored = false;

	// A hung-up terminal makes writes fail (EIO); restoring must never throw.
	const safeWrite = (stream: Writable, text: string) => {
		try {
			stream.write(text);
		} catch {}
	};

	const onSignal = (signal: NodeJS.Signals) => {
		restore();
		host.exit(128 + (constants.signals[signal] ?? 0));
	};

	const onCrash = (error: unknown) => {
		restore();
		safeWrite(stderr, `${crashMessage(name, error, Boolean(host.env['COUNCIL_DEBUG']))}\n`);
		host.exit(1);
	};

	const onExit = () => {
		restore();
	};

	const restore: Restore = () => {
		if (isRestored) {
			return;
		}

		isRestored = true;
		for (const signal of handledSignals) {
			host.off(signal, onSignal);
		}

		host.off('uncaughtException', onCrash);
		host.off('unhandledRejection', onCrash);
		host.off('exit', onExit);
		try {
			options.beforeRestore?.();
		} catch {
			// The app may be what crashed; its teardown failing must not keep the terminal broken.
		}

		safeWrite(stdout, showCursor + leaveAlternateScreen);
	};

	for (const signal of handledSignals) {
		host.on(signal, onSignal);
	}

	host.on('uncaughtException', onCrash);
	host.on('unhandledRejection', onCrash);
	// Covers a process.exit() from anywhere else.
	host.on('exit', onExit);
	safeWrite(stdout, enterAlternateScreen + hideCursor);
	return restore;
}

/** One line for users; the stack too for developers (COUNCIL_DEBUG set). */
export function crashMessage(name: string, error: unknown, isDebug: boolean): string {
	// Sanitized: the message may quote data (a title holding escape sequences).
	if (isDebug && error instanceof Error && error.stack) {
		return `${name}: ${sanitizeText(error.stack)}`;
	}

	const message = error instanceof Error ? error.message : String(error);
	const firstLine = sanitizeLine(message.split('\n')[0] ?? '').trim();
	return `${name}: ${firstLine || 'unexpected error'}`;
}
