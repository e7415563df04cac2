/*
Text from a dataset, a journal or an imported document is untrusted: a title
holding `\x1b]52;c;...\x07` would write the user's clipboard, `\x1b[2J` would wipe
the chair's screen. Everything from data passes through here before it can reach
a terminal. Whole escape sequences are removed (not just their ESC byte, which
would leave `]52;c;...` litter), then every remaining C0/C1 control character.

Only the sequence goes, never the text around it:
- a string sequence (OSC, DCS, SOS, PM, APC) is removed whole only when it is
  terminated (BEL or ESC \) before any other control character; an unterminated
  one loses its introducer and keeps the text after it;
- the 8-bit string introducers (U+0090, U+0098, U+009D-U+009F) and every other
  lone C1 control are removed alone, never read as the start of a string: in
  UTF-8 text they are almost always mojibake (the 0x98 of "S\u0098o Paulo"), and
  reading one as SOS swallowed the rest of the field ("S");
- an 8-bit CSI (U+009B) is removed with its parameters only when a final byte
  follows them at once (`\u009B31m`), so a stray one before text ("\u009B 2022")
  loses only itself.
Nothing a terminal could act on survives: no ESC and no C1 byte is left.
*/

// CSI (7-bit; 8-bit with its final byte), terminated 7-bit OSC/DCS/SOS/PM/APC strings, two-byte ESC sequences.
const escapeSequence =
	// eslint-disable-next-line no-control-regex
	/\u001B\[[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?|\u009B[\u0030-\u003F]*[\u0040-\u007E]|\u001B[\]PX^_][^\u0000-\u001F\u007F-\u009F]*(?:\u0007|\u001B\\)|\u001B[\u0020-\u002F]*[\u0030-\u007E]?/g;

// C0 except \n and \t, DEL, C1; plus the bidi overrides and isolates that can make
// text display in an order other than the one it is stored in (Trojan Source).
// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

// eslint-disable-next-line no-control-regex
const anyUnsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Removes escape sequences and control characters; keeps newlines, turns tabs into spaces. */
export function sanitizeText(value: string): string {
	if (!anyUnsafe.test(value) && !value.includes('\t')) {
		return value;
	}

	return value.replace(escapeSequence, '').replace(controlCharacter, '').replaceAll('\t', ' ');
}

/** Like sanitizeText, and also folds newlines to spaces: for one-line fields such as titles in a list. */
export function sanitizeLine(value: string): string {
	return sanitizeText(value).replace(/\s*\n\s*/g, ' ');
}

/**
A line of text that names something typed or stored (a file name, an argument,
an author name) as shown in a one-line message: sanitized, and its newlines
shown as `\n`, so a name holding a newline cannot forge a second line
("x\nok: y.json"). Idempotent, so a message passing through it twice is unchanged.
*/
export function visibleLine(value: string): string {
	const clean = sanitizeText(value);
	return clean.includes('\n') ? clean.replaceAll('\n', '\\n') : clean;
}

/** Where sanitizeDeep changed something: the path to a string it changed, or to the object whose key it changed (with that key as written). */
export type SanitizedAt = {readonly path: ReadonlyArray<string | number>; readonly key?: string};

/**
Returns a copy of a parsed JSON value with every string sanitized (keys too).
Strings that need no change are kept as they are, so a clean 50 MB dataset costs
one regular-expression test per string. `onChange`, when given, hears of every
string and key that lost something (an escape sequence, a control character;
not a tab turned into a space): validate warns about them.

Keys are defined, never assigned: `copy["__proto__"] = value` would replace the
copy's prototype (a key "__pro\u0007to__" becomes "__proto__" once sanitized)
and hide the field from every unknown-field check.
*/
export function sanitizeDeep<T>(value: T, onChange?: (at: SanitizedAt) => void): T {
	return sanitizeAt(value, [], onChange);
}

function sanitizeAt<T>(value: T, path: Array<string | number>, onChange: ((at: SanitizedAt) => void) | undefined): T {
	if (typeof value === 'string') {
		const clean = sanitizeText(value);
		// A tab becoming a space loses nothing: not worth a warning.
		if (clean !== value && onChange !== undefined && clean !== value.replaceAll('\t', ' ')) {
			onChange({path: [...path]});
		}

		return clean as T;
	}

	if (Array.isArray(value)) {
		let copy: unknown[] | undefined;
		for (let index = 0; index < value.length; index++) {
			const element: unknown = value[index];
			path.push(index);
			const clean = sanitizeAt(element, path, onChange);
			path.pop();
			if (clean !== element) {
				copy ??= [...value];
				copy[index] = clean;
			}
		}

		return (copy ?? value) as T;
	}

	if (value !== null && typeof value === 'object') {
		let copy: Record<string, unknown> | undefined;
		for (const [key, element] of Object.entries(value as Record<string, unknown>)) {
			const cleanKey = sanitizeText(key);
			path.push(cleanKey);
			const clean = sanitizeAt(element, path, onChange);
			path.pop();
			if (cleanKey !== key && cleanKey !== key.replaceAll('\t', ' ')) {
				onChange?.({path: [...path], key});
			}

			if (clean !== element || cleanKey !== key) {
				copy ??= {...(value as Record<string, unknown>)};
				if (cleanKey !== key) {
					delete copy[key];
				}

				Object.defineProperty(copy, cleanKey, {value: clean, writable: true, enumerable: true, configurable: true});
			}
		}

		return (copy ?? value) as T;
	}

	return value;
}

/*
JSON text cannot hold a raw C0 control inside a string: it must be escaped
(\u001b, \t, \r ...). So a JSON text with none of those escapes and no raw C1 or
bidi-override character parses to strings that need no sanitizing, and the walk
over a 50 MB dataset can be skipped. Any \u00XX escape (even \u00e9) takes the
careful path: this test may say "maybe" too often, never "clean" wrongly.
*/
const unsafeInJson = /\\(?:u(?:00[0-9a-fA-F]{2}|20[26][0-9a-fA-F])|[tbfr])|[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** True when the JSON text may parse to strings that sanitizeText would change. */
export function mayNeedSanitizing(jsonText: string): boolean {
	return unsafeInJson.test(jsonText);
}
