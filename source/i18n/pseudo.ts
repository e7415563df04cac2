/*
The pseudo-language the tests render in (as Android's pseudo-locales): every
catalogue message has its ASCII letters swapped for accented ones of the same
width, parameters and key names aside. A screen drawn in it shows plain ASCII
words only where they came from the data, so an English literal added to a view
without the catalogue stands out (test/i18n/pseudo-language.test.ts).
*/

const accented: Readonly<Record<string, string>> = Object.fromEntries(
	[...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [letter, [...'àƀçđéƒĝĥíĵķľɱñóƥɋŕšťúʋŵӿýžÀƁÇĐÉƑĜĤÍĴĶĽṀÑÓƤɊŔŠŤÚƲŴӾÝŽ'][index]!]),
);

export function pseudoMessage(message: string): string {
	// {parameters} stay as they are, to be filled in.
	return message.split(/(\{[a-zA-Z]+\})/).map(part => (part.startsWith('{') ? part : [...part].map(character => accented[character] ?? character).join(''))).join('');
}
