import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import pty from 'node-pty';
import xterm from '@xterm/headless';

/*
A real terminal for end-to-end tests: the command runs in a pseudo-terminal
(node-pty) and everything it writes is fed to a headless xterm.js, so a test
reads the screen a user would see (after cursor moves, clears, the alternate
screen) rather than the raw byte stream. See ../../../shared/INK-NOTES.md.
*/

const execFileAsync = promisify(execFile);

// @xterm/headless ships CommonJS only: the default import is the module object.
const {Terminal} = xterm;
type Terminal = InstanceType<typeof Terminal>;

export type PtyOptions = {
	readonly cols?: number;
	readonly rows?: number;
	/** Added to (or, when undefined, removed from) the parent's environment. */
	readonly env?: Readonly<Record<string, string | undefined>>;
	readonly cwd?: string;
};

export type PtyExit = {readonly exitCode: number; readonly signal: number | undefined};

export type PtySession = {
	readonly pid: number;
	/** The visible screen, one line per row, right-trimmed; trailing empty rows dropped. */
	screenText(): Promise<string>;
	/** Everything the child wrote so far, escape sequences included. */
	rawOutput(): string;
	/**
	Resolves once the child has put the terminal in raw mode (no line editing, no
	echo, Ctrl+C not a signal). Ink does that in an effect after its first frame:
	a key typed in between is echoed and held until Enter, and Ctrl+C becomes SIGINT.
	*/
	waitForRawMode(timeoutMs?: number): Promise<void>;
	/** waitFor(textOrRegex), then waitForRawMode(): the app is drawn and listening to keys. */
	waitForReady(textOrRegex: string | RegExp, timeoutMs?: number): Promise<void>;
	/** Types keys; write each key separately when the app must see separate presses. */
	write(keys: string): void;
	/** Resolves once the screen shows the text (or matches the pattern); rejects with the screen on timeout or exit. */
	waitFor(textOrRegex: string | RegExp, timeoutMs?: number): Promise<void>;
	/**
	Types keys and resolves with the milliseconds until the visible screen first
	differs from what it showed before them (key-to-frame latency, as a user sees it).
	*/
	pressAndWaitForChange(keys: string, timeoutMs?: number): Promise<number>;
	/** Resizes both the pseudo-terminal (the child gets SIGWINCH) and the emulator. */
	resize(cols: number, rows: number): void;
	/** True while the emulator shows the alternate screen buffer (call after screenText() or waitFor() to be current). */
	isAlternateScreen(): boolean;
	/** True unless the child hid the cursor (`CSI ? 25 l`) and has not shown it again. */
	isCursorVisible(): boolean;
	/** Waits until every byte received so far has been parsed by the emulator. */
	flush(): Promise<void>;
	readonly exited: Promise<PtyExit>;
	/** True once the child has exited. */
	hasExited(): boolean;
	kill(signal?: string): void;
};

/** Parents in CI set these; under them Ink draws nothing until the app exits (is-in-ci). */
const ciVariables = ['CI', 'CONTINUOUS_INTEGRATION'];

export function childEnvironment(overrides: PtyOptions['env'] = {}): Record<string, string> {
	const env: Record<string, string | undefined> = {...process.env, TERM: 'xterm-256color'};
	for (const name of ciVariables) {
		delete env[name];
	}

	Object.assign(env, overrides);
	const result: Record<string, string> = {};
	for (const [name, value] of Object.entries(env)) {
		if (value !== undefined) {
			result[name] = value;
		}
	}

	return result;
}

export function startInPty(command: string, args: readonly string[], options: PtyOptions = {}): PtySession {
	const cols = options.cols ?? 80;
	const rows = options.rows ?? 24;
	const term: Terminal = new Terminal({cols, rows, allowProposedApi: true, scrollback: 0});
	let isCursorVisible = true;
	// Cursor visibility (DECTCEM) is not exposed by xterm's API; watch the sequence
	// and return false so xterm still handles it.
	term.parser.registerCsiHandler({prefix: '?', final: 'h'}, params => {
		if (params.includes(25)) {
			isCursorVisible = true;
		}

		return false;
	});
	term.parser.registerCsiHandler({prefix: '?', final: 'l'}, params => {
		if (params.includes(25)) {
			isCursorVisible = false;
		}

		return false;
	});

	const child = pty.spawn(command, [...args], {
		// node-pty sets TERM from `name`, over the environment's: a test asking for TERM=dumb gets it.
		name: options.env?.['TERM'] ?? 'xterm-256color',
		cols,
		rows,
		cwd: options.cwd ?? process.cwd(),
		env: childEnvironment(options.env),
	});

	let raw = '';
	let hasExited = false;
	// Each waiter re-checks the screen whenever new output has been parsed.
	const listeners = new Set<() => void>();
	const notify = () => {
		for (const listener of listeners) {
			listener();
		}
	};

	child.onData(data => {
		raw += data;
		term.write(data, notify);
	});

	const exited = new Promise<PtyExit>(resolve => {
		child.onExit(({exitCode, signal}) => {
			hasExited = true;
			// Let the last bytes reach the emulator before anyone reads the final screen.
			term.write('', () => {
				notify();
				resolve({exitCode, signal: signal || undefined});
			});
		});
	});

	const flush = async () => new Promise<void>(resolve => {
		term.write('', resolve);
	});

	const readScreen = (): string => {
		const buffer = term.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < term.rows; row++) {
			lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true).trimEnd() ?? '');
		}

		while (lines.length > 0 && lines.at(-1) === '') {
			lines.pop();
		}

		return lines.join('\n');
	};

	const matches = (screen: string, expected: string | RegExp) => {
		if (typeof expected === 'string') {
			return screen.includes(expected);
		}

		// A /g or /y pattern keeps lastIndex between calls; start afresh each time.
		expected.lastIndex = 0;
		return expected.test(screen);
	};

	/**
	Resolves when `isDone(screen)` holds, checked on every output; fails with the
	screen in the message when the process exits first or the time runs out.
	*/
	const untilScreen = async (isDone: (screen: string) => boolean, timeoutMs: number, what: string) =>
		new Promise<void>((resolve, reject) => {
			const finish = (error?: Error) => {
				clearTimeout(timer);
				listeners.delete(check);
				if (error) {
					reject(error);
				} else {
					resolve();
				}
			};

			const failure = (why: string) => new Error(`${why} ${what}; the screen shows:\n${readScreen()}`);

			function check() {
				if (isDone(readScreen())) {
					finish();
				} else if (hasExited) {
					finish(failure('The process exited'));
				}
			}

			const timer = setTimeout(() => {
				finish(failure(`Timed out after ${timeoutMs} ms`));
			}, timeoutMs);
			listeners.add(check);
			check();
		});

	const waitFor = async (expected: string | RegExp, timeoutMs = 10_000) => {
		await flush();
		await untilScreen(screen => matches(screen, expected), timeoutMs, `waiting for ${String(expected)}`);
	};

	const ptsName = (child as unknown as {ptsName?: string}).ptsName;
	const waitForRawMode = async (timeoutMs = 10_000) => {
		const deadline = performance.now() + timeoutMs;
		for (;;) {
			if (hasExited) {
				throw new Error('The process exited before it put the terminal in raw mode');
			}

			// The pseudo-terminal's settings, read from the outside (Linux stty).
			const {stdout} = await execFileAsync('stty', ['-F', ptsName ?? '', '-a']);
			if (/(^|\s)-icanon\b/.test(stdout)) {
				return;
			}

			if (performance.now() > deadline) {
				throw new Error(`The terminal was not in raw mode within ${timeoutMs} ms`);
			}

			await new Promise(resolve => {
				setTimeout(resolve, 5);
			});
		}
	};

	const pressAndWaitForChange = async (keys: string, timeoutMs = 10_000) => {
		// Snapshot only after everything already sent is on screen, so an earlier frame does not count.
		await flush();
		const before = readScreen();
		const started = performance.now();
		child.write(keys);
		await untilScreen(screen => screen !== before, timeoutMs, `for the screen to change after ${JSON.stringify(keys)}`);
		return performance.now() - started;
	};

	return {
		pid: child.pid,
		async screenText() {
			await flush();
			return readScreen();
		},
		rawOutput: () => raw,
		write(keys) {
			child.write(keys);
		},
		waitFor,
		waitForRawMode,
		async waitForReady(expected, timeoutMs) {
			await waitFor(expected, timeoutMs);
			await waitForRawMode(timeoutMs);
		},
		pressAndWaitForChange,
		resize(newCols, newRows) {
			term.resize(newCols, newRows);
			if (!hasExited) {
				child.resize(newCols, newRows);
			}
		},
		isAlternateScreen: () => term.buffer.active.type === 'alternate',
		isCursorVisible: () => isCursorVisible,
		flush,
		exited,
		hasExited: () => hasExited,
		kill(signal) {
			if (!hasExited) {
				child.kill(signal);
			}
		},
	};
}
