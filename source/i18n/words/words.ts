import type {Language, PluralForms} from '../catalogue-types.js';
import {en, type MessageKey} from '../en.js';
import {t, tIn, type Params} from '../translate.js';

/*
Who words a label or a described entry: `shownWords` (the interface's language,
t()), `wordsIn(language)` (the minutes', the session's), or `neutralWords`:
the catalogue's English as written, never the pseudo-language nor another
language, for what must not change with the language (lookup JSON, the keys
a lookup matches, the reasons replay records and `council log --json` prints).
*/

export type Words = (key: MessageKey, params?: Params) => string;

export const shownWords: Words = t;

export function wordsIn(language: Language): Words {
	return (key, params) => tIn(language, key, params);
}

const englishPlurals = new Intl.PluralRules('en');

function englishForm(forms: PluralForms, count: number): string {
	if (count === 0 && forms.zero !== undefined) {
		return forms.zero;
	}

	return (forms[englishPlurals.select(count) as keyof PluralForms] ?? forms.other);
}

/** The English of the catalogue, parameters as given (raw: JSON escapes them, and each edge sanitizes what it prints). */
export const neutralWords: Words = (key, params) => {
	const message = (en[key] as (typeof en)[MessageKey] | undefined)?.message ?? key;
	const count = params?.['count'];
	const text = typeof message === 'string' ? message : englishForm(message, typeof count === 'number' ? count : 0);
	return params === undefined ? text : text.replaceAll(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
		const value = params[name];
		return value === undefined ? whole : String(value);
	});
};
