import type {CommandIo} from '../../source/commands/io.js';

/** A CommandIo that keeps what a command printed, for in-process CLI tests. */
export function fakeIo(isTty = false): CommandIo & {out: string; err: string} {
	const io = {
		out: '',
		err: '',
		stdout: (text: string) => {
			io.out += text;
		},
		stderr: (text: string) => {
			io.err += text;
		},
		env: {},
		cwd: process.cwd(),
		isTty,
	};
	return io;
}
