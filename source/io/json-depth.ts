/*
How deeply arrays and objects nest in a JSON text, found without recursion and
before anything recursive (the sanitizing walk, zod, the syntax-error locator)
sees the value: 20,000 nested brackets are 40 KB of text and would overflow the
stack of every one of them. The scan does not need valid JSON; it only skips
strings. A text with fewer brackets than the limit is answered by counting them
(indexOf, no per-character loop), which is the case of every journal line.
*/

export type NestingProblem = {
	/** 1-based line and column of the bracket that went past the limit. */
	readonly line: number;
	readonly column: number;
	readonly limit: number;
};

function fewBrackets(text: string, limit: number): boolean {
	// Nesting past the limit needs more than `limit` opening brackets, each a character of its own.
	if (text.length <= limit) {
		return true;
	}

	let count = 0;
	for (let at = text.indexOf('{'); at !== -1; at = text.indexOf('{', at + 1)) {
		if (++count > limit) {
			return false;
		}
	}

	for (let at = text.indexOf('['); at !== -1; at = text.indexOf('[', at + 1)) {
		if (++count > limit) {
			return false;
		}
	}

	return true;
}

/** Where `text` nests arrays and objects more than `limit` deep, or undefined. */
export function jsonNestingProblem(text: string, limit: number): NestingProblem | undefined {
	if (fewBrackets(text, limit)) {
		return undefined;
	}

	let depth = 0;
	let inString = false;
	let line = 1;
	let lineStart = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (inString) {
			if (code === 0x5C) {
				index++;
			} else if (code === 0x22) {
				inString = false;
			} else if (code === 0x0A) {
				line++;
				lineStart = index + 1;
			}

			continue;
		}

		switch (code) {
			case 0x22: {
				inString = true;
				break;
			}

			case 0x5B:
			case 0x7B: {
				depth++;
				if (depth > limit) {
					return {line, column: index - lineStart + 1, limit};
				}

				break;
			}

			case 0x5D:
			case 0x7D: {
				depth = Math.max(0, depth - 1);
				break;
			}

			case 0x0A: {
				line++;
				lineStart = index + 1;
				break;
			}

			default: {
				break;
			}
		}
	}

	return undefined;
}
