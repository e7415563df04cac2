import {visibleLine} from '../text/sanitize.js';

/*
Every message the CLI builds from user or data text (an argument, an option's
value, a file name, an author name, a journal entry's id) is built with `say`:
the template's own text is kept, and every interpolated value is shown through
visibleLine (escape sequences and controls removed, newlines shown as `\n`).
So a file named `x\e]0;T\a` cannot retitle the window, `x\nok: y` cannot forge
a line, and no call site has to remember to sanitize. Text already made safe
(lines a formatter built and sanitized, several lines of help) is passed as
`trusted(text)`.

@example
```
io.stderr(say`council: unknown option ${option}\n`);
```
*/

export type Trusted = {readonly trusted: string};

/** Text known to be safe as it is (built from sanitized parts); `say` inserts it unchanged. */
export function trusted(text: string): Trusted {
	return {trusted: text};
}

function isTrusted(value: unknown): value is Trusted {
	return value !== null && typeof value === 'object' && typeof (value as Partial<Trusted>).trusted === 'string';
}

export function say(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
	let text = strings[0] ?? '';
	for (const [index, value] of values.entries()) {
		text += isTrusted(value) ? value.trusted : visibleLine(String(value));
		text += strings[index + 1] ?? '';
	}

	return text;
}
