import {EventEmitter} from 'node:events';
import {describe, expect, it} from 'vitest';
import {crashMessage, enterTerminalSession} from '../../source/ui/terminal-session.js';

const enter = '\u001B[?1049h\u001B[?25l';
const leave = '\u001B[?25h\u001B[?1049l';

/** A stand-in for `process`: real listeners, recorded exits and writes. */
function fakeHost(env: NodeJS.ProcessEnv = {}) {
	const emitter = new EventEmitter();
	const exits: number[] = [];
	const out: string[] = [];
	const err: string[] = [];
	const host = {
		on: (event: string, listener: (...args: any[]) => void) => emitter.on(event, listener),
		off: (event: string, listener: (...args: any[]) => void) => emitter.off(event, listener),
		env,
		exit(code: number) {
			exits.push(code);
		},
	};
	const stdout = {write: (text: string) => out.push(text)};
	const stderr = {write: (text: string) => err.push(text)};
	return {emitter, host, exits, out, err, stdout, stderr};
}

const watched = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'uncaughtException', 'unhandledRejection', 'exit'];

describe('enterTerminalSession', () => {
	it('enters the alternate screen, hides the cursor, and restores both once', () => {
		const {host, out, stdout, stderr, emitter} = fakeHost();
		const restore = enterTerminalSession({stdout, stderr, process: host});
		expect(out.join('')).toBe(enter);
		for (const event of watched) {
			expect(emitter.listenerCount(event)).toBe(1);
		}

		restore();
		restore();
		expect(out.join('')).toBe(enter + leave);
		for (const event of watched) {
			expect(emitter.listenerCount(event)).toBe(0);
		}
	});

	it.each([['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129], ['SIGQUIT', 131]])('restores and exits on %s with %i', (signal, code) => {
		const {host, out, stdout, stderr, emitter, exits} = fakeHost();
		const order: string[] = [];
		enterTerminalSession({stdout, stderr, process: host, beforeRestore: () => order.push(`unmount after ${out.length} writes`)});
		emitter.emit(signal, signal);
		expect(order).toEqual(['unmount after 1 writes']);
		expect(out.join('')).toBe(enter + leave);
		expect(exits).toEqual([code]);
	});

	it('restores on an uncaught exception and prints one line without the stack', () => {
		const {host, out, err, stdout, stderr, emitter, exits} = fakeHost();
		enterTerminalSession({stdout, stderr, process: host});
		emitter.emit('uncaughtException', new Error('dataset vanished\n    at somewhere (file.js:1:2)'));
		expect(out.join('')).toBe(enter + leave);
		expect(err.join('')).toBe('council: dataset vanished\n');
		expect(exits).toEqual([1]);
	});

	it('prints the stack when COUNCIL_DEBUG is set', () => {
		const {host, err, stdout, stderr, emitter} = fakeHost({COUNCIL_DEBUG: '1'});
		enterTerminalSession({stdout, stderr, process: host});
		emitter.emit('unhandledRejection', new Error('boom'));
		expect(err.join('')).toMatch(/^council: Error: boom\n\s+at /);
	});

	it('restores on process exit, and still restores when the app teardown throws', () => {
		const {host, out, stdout, stderr, emitter, exits} = fakeHost();
		enterTerminalSession({stdout, stderr, process: host, beforeRestore() {
			throw new Error('already broken');
		}});
		emitter.emit('exit', 0);
		expect(out.join('')).toBe(enter + leave);
		expect(exits).toEqual([]);
	});

	it('never throws when the terminal is gone (writes fail)', () => {
		const {host, stderr, emitter, exits} = fakeHost();
		const stdout = {write() {
			throw new Error('EIO');
		}};
		const restore = enterTerminalSession({stdout, stderr, process: host});
		expect(() => emitter.emit('SIGHUP', 'SIGHUP')).not.toThrow();
		expect(exits).toEqual([129]);
		expect(() => restore()).not.toThrow();
	});
});

describe('crashMessage', () => {
	it('keeps the first line and removes escape sequences from it', () => {
		expect(crashMessage('council', new Error('bad \u001B]52;c;aGk=\u0007title\nmore'), false)).toBe('council: bad title');
	});

	it('handles thrown non-errors and empty messages', () => {
		expect(crashMessage('council', 'plain string', false)).toBe('council: plain string');
		expect(crashMessage('council', new Error(''), false)).toBe('council: unexpected error');
	});
});
