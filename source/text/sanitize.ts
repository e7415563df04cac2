/*
Text from a dataset, a journal or an imported document is untrusted: a title
holding `\x1b]52;c;...\x07` would write the user's clipboard, `\x1b[2J` would wipe
the chair's screen. Everything from data passes through here before it can reach
a terminal. Whole escape sequences are removed (not just their ESC byte, which
would leave `]52;c;...` litter), then every remaining C0/C1 control character.
*/

// CSI, OSC, DCS/SOS/PM/APC strings and two-byte ESC sequences, in 7-bit and 8-bit forms.
const escapeSequence =
	// eslint-disable-next-line no-control-regex
	/(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?|(?:\u001B[\]PX^_]|[\u0090\u0098\u009D\u009E\u009F])[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|\u001B[\u0020-\u002F]*[\u0030-\u007E]?/g;

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
Returns a copy of a parsed JSON value with every string sanitized (keys too).
Strings that need no change are kept as they are, so a clean 50 MB dataset costs
one regular-expression test per string.
*/
export function sanitizeDeep<T>(value: T): T {
	if (typeof value === 'string') {
		return sanitizeText(value) as T;
	}

	if (Array.isArray(value)) {
		let copy: unknown[] | undefined;
		for (let index = 0; index < value.length; index++) {
			const element: unknown = value[index];
			const clean = sanitizeDeep(element);
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
			const clean = sanitizeDeep(element);
			if (clean !== element || cleanKey !== key) {
				copy ??= {...(value as Record<string, unknown>)};
				if (cleanKey !== key) {
					delete copy[key];
				}

				copy[cleanKey] = clean;
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
