/*
The one JSON writer of every `--json` output, the JSON minutes and the datasets
`council import` prints or writes. JSON.stringify escapes C0 controls but leaves
DEL, the C1 controls (U+009B is an 8-bit CSI to a terminal), the bidi marks and
overrides (U+202E shows text reversed) and the line separators as raw
characters; here they become \u escapes. They can only occur inside strings
(JSON's structure is ASCII), so replacing them anywhere in the text is exact:
JSON.parse gives back the same value.
*/

// DEL, C1, Arabic letter mark, LRM/RLM, line/paragraph separators, bidi embeddings/overrides, isolates.
// eslint-disable-next-line no-control-regex
const unsafeInOutput = /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

function escaped(character: string): string {
	return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A JSON value as indented JSON text ending in a newline, with control and bidi characters escaped. */
export function jsonText(value: unknown): string {
	const text = JSON.stringify(value, undefined, 2) ?? 'null';
	return `${text.replace(unsafeInOutput, escaped)}\n`;
}
