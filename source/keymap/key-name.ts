/*
The one place terminal input is parsed: the bytes of one read → key presses,
each a canonical key name, the vocabulary of the keymap table. A read can hold
several presses (key repeat, a slow SSH link, keys typed faster than they are
read, a paste): every control byte and every escape sequence is a press of its
own, and a run of printable text is one press carrying that text (a paste is
inserted whole; outside typing, the reducer counts each character). Ink only
splits at escape sequences and names a run like "\x7f\x7f" nothing at all,
which dropped both Backspaces (issue 8 item 17); so its names are not used.

Names: a printable character as itself ("j", "G", "/"), or "up", "down",
"left", "right", "pageup", "pagedown", "home", "end", "delete", "insert",
"tab", "shift-tab", "return", "escape", "backspace", "ctrl-a" ... "ctrl-z",
"meta-b", "meta-left", "ctrl-left", "meta-backspace", ...
*/

export type KeyPress = {
	readonly key: string;
	/** The text typed, for printable input only. */
	readonly text?: string;
};

const escape = '\u001B';

/** CSI final byte (with no parameters but modifiers) → name. */
const csiLetters: Readonly<Record<string, string>> = {
	A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end', E: 'clear', Z: 'shift-tab',
};

/** CSI "n~" → name (xterm, rxvt, the Linux console). */
const csiTilde: Readonly<Record<string, string>> = {
	1: 'home', 2: 'insert', 3: 'delete', 4: 'end', 5: 'pageup', 6: 'pagedown', 7: 'home', 8: 'end',
};

/** xterm's modifier parameter (1 + shift 1, alt 2, ctrl 4) → prefix of the name. */
function modifierPrefix(modifier: number): string {
	const bits = Math.max(0, modifier - 1);
	const parts: string[] = [];
	if (bits & 4) {
		parts.push('ctrl');
	}

	if (bits & 2) {
		parts.push('meta');
	}

	if (bits & 1) {
		parts.push('shift');
	}

	return parts.map(part => `${part}-`).join('');
}

/** The name of one control byte (0x00-0x1f, 0x7f). */
function controlName(code: number): string | undefined {
	switch (code) {
		case 0x0D:
		case 0x0A: {
			return 'return';
		}

		case 0x09: {
			return 'tab';
		}

		case 0x7F:
		case 0x08: {
			return 'backspace';
		}

		case 0x1B: {
			return 'escape';
		}

		case 0x00: {
			return 'ctrl-space';
		}

		default: {
			return code >= 0x01 && code <= 0x1A ? `ctrl-${String.fromCodePoint(code + 0x60)}` : undefined;
		}
	}
}

function isControl(code: number): boolean {
	return code < 0x20 || code === 0x7F || (code >= 0x80 && code < 0xA0);
}

/** The end (exclusive) of the CSI sequence starting at `start` (its ESC), or -1 if it is cut off. */
function csiEnd(input: string, start: number): number {
	let index = start + 2;
	// Legacy function keys (ESC [ [ A) carry a second '['.
	if (input[index] === '[') {
		index++;
	}

	for (; index < input.length; index++) {
		const code = input.codePointAt(index) ?? 0;
		if (code >= 0x40 && code <= 0x7E) {
			return index + 1;
		}

		if (code < 0x20 || code > 0x3F) {
			// Not a CSI byte: the sequence ends here, malformed.
			return index;
		}
	}

	return input.length;
}

function csiName(sequence: string): string | undefined {
	const body = sequence.slice(2).replace(/^\[/, '');
	const final = body.at(-1) ?? '';
	const parameters = body.slice(0, -1).split(';').map(Number);
	if (final === '~') {
		const name = csiTilde[parameters[0] ?? 0];
		return name === undefined ? undefined : modifierPrefix(parameters[1] ?? 1) + name;
	}

	const name = csiLetters[final];
	if (name === undefined) {
		return undefined;
	}

	return name === 'shift-tab' ? name : modifierPrefix(parameters[1] ?? 1) + name;
}

/** Splits one read into key presses, in order; unknown sequences are dropped, never typed. */
export function parseKeys(input: string): KeyPress[] {
	const presses: KeyPress[] = [];
	let index = 0;
	while (index < input.length) {
		const code = input.codePointAt(index) ?? 0;
		if (code === 0x1B) {
			const next = input[index + 1];
			if (next === '[') {
				const end = csiEnd(input, index);
				const name = csiName(input.slice(index, end));
				if (name !== undefined) {
					presses.push({key: name});
				}

				index = end;
				continue;
			}

			if (next === 'O' && index + 2 < input.length) {
				// SS3: arrows and Home/End in application mode.
				const name = csiLetters[input[index + 2] ?? ''];
				if (name !== undefined) {
					presses.push({key: name});
				}

				index += 3;
				continue;
			}

			if (next === escape && input[index + 2] === '[') {
				// ESC ESC [ C: Alt+arrow in some terminals (Terminal.app, rxvt).
				const end = csiEnd(input, index + 1);
				const name = csiName(input.slice(index + 1, end));
				if (name !== undefined) {
					presses.push({key: name.startsWith('meta-') ? name : `meta-${name}`});
				}

				index = end;
				continue;
			}

			if (next === undefined || next === escape) {
				presses.push({key: 'escape'});
				index++;
				continue;
			}

			// ESC then a key: Alt+key (readline's meta).
			const nextCode = input.codePointAt(index + 1) ?? 0;
			const length = nextCode > 0xFF_FF ? 2 : 1;
			const control = controlName(nextCode);
			presses.push({key: isControl(nextCode) ? `meta-${control ?? 'unknown'}` : `meta-${input.slice(index + 1, index + 1 + length)}`});
			index += 1 + length;
			continue;
		}

		if (isControl(code)) {
			const name = controlName(code);
			if (name !== undefined) {
				presses.push({key: name});
			}

			// CR LF (a pasted Windows line end) is one Enter.
			index += code === 0x0D && input[index + 1] === '\n' ? 2 : 1;
			continue;
		}

		// A run of printable text, up to the next control byte or ESC.
		let end = index;
		while (end < input.length) {
			const point = input.codePointAt(end) ?? 0;
			if (isControl(point)) {
				break;
			}

			end += point > 0xFF_FF ? 2 : 1;
		}

		const text = input.slice(index, end);
		presses.push({key: text, text});
		index = end;
	}

	return presses;
}
