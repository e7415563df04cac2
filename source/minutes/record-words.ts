import type {Language} from '../i18n/catalogue-types.js';
import {minutesText, type MinutesKey} from '../i18n/minutes-text.js';
import type {Params} from '../i18n/translate.js';
import {ordinal as englishOrdinal} from './meetings.js';

/*
The words a summary record is written with, in the session's language
(`session.language`, default English) whatever the reader's interface speaks:
the record is a document of the session. Every heading and fixed phrase of the
builder and the renderers comes from here, so a record cannot mix languages.

Beyond the catalogue's messages, three rules of the languages themselves:
- French and Spanish contract a preposition with the article a reference
  begins with ("de" + "le Document" → "du Document", "a el" → "al"), so the
  catalogue's references carry their article and its sentences say "de {on}";
- a list ends with the language's "and" (minutes.list-and);
- dates are Intl.DateTimeFormat's in the language (Latin digits, as the times),
  English as the Council writes it, "Monday 13 April 2026".
*/

export type RecordWords = {
	readonly language: Language;
	/** A message of the record, parameters filled (and contracted in French and Spanish). */
	readonly say: (key: MinutesKey, params?: Params) => string;
	/** "France, Brazil and China" in the record's language. */
	readonly list: (names: readonly string[]) => string;
	/** The title's ordinal of a meeting: "first", "première", "一". */
	readonly ordinal: (value: number) => string;
	/** A long date from YYYY-MM-DD: "Monday 13 April 2026", "lundi 13 avril 2026". */
	readonly longDate: (date: string) => string;
};

// A preposition and the article a parameter begins with, as the language joins them.
const contractions: Partial<Record<Language, Readonly<Record<string, Readonly<Record<string, string>>>>>> = {
	fr: {le: {de: 'du', à: 'au'}, les: {de: 'des', à: 'aux'}},
	es: {el: {de: 'del', a: 'al'}},
};

const escapeRegExp = (text: string) => text.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');

function contract(language: Language, text: string, params: Params | undefined): string {
	const rules = contractions[language];
	if (rules === undefined || params === undefined) {
		return text;
	}

	let result = text;
	for (const value of Object.values(params)) {
		const article = typeof value === 'string' ? value.split(' ', 1)[0]! : '';
		const joined = Object.hasOwn(rules, article) ? rules[article] : undefined;
		if (typeof value !== 'string' || joined === undefined) {
			continue;
		}

		const rest = value.slice(article.length + 1);
		for (const [preposition, contracted] of Object.entries(joined)) {
			// Only the preposition the message puts right before the parameter: "de {on}", never a word ending in "de".
			result = result.replace(new RegExp(`(^|\\s)${preposition} ${escapeRegExp(value)}`, 'gu'), (_whole, space: string) => `${space}${contracted} ${rest}`);
		}
	}

	return result;
}

// The Council's English date, without the comma en-GB now puts after the weekday.
const dateLocale: Record<Language, string> = {en: 'en-GB', fr: 'fr', es: 'es', ar: 'ar', zh: 'zh-Hans', ru: 'ru'};
const formatters = new Map<Language, Intl.DateTimeFormat>();

function longDateIn(language: Language, date: string): string {
	const [year, month, day] = date.split('-').map(Number);
	if (year === undefined || month === undefined || day === undefined || Number.isNaN(year + month + day)) {
		return date;
	}

	let formatter = formatters.get(language);
	if (formatter === undefined) {
		formatter = new Intl.DateTimeFormat(`${dateLocale[language]}-u-nu-latn`, {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
		formatters.set(language, formatter);
	}

	const at = Date.UTC(year, month - 1, day);
	if (language !== 'en') {
		return formatter.format(at);
	}

	const parts = Object.fromEntries(formatter.formatToParts(at).map(part => [part.type, part.value]));
	return `${parts['weekday'] ?? ''} ${parts['day'] ?? ''} ${parts['month'] ?? ''} ${parts['year'] ?? ''}`.trim();
}

/** The record's words in a language. */
export function recordWords(language: Language = 'en'): RecordWords {
	const text = minutesText(language);
	const say = (key: MinutesKey, params?: Params) => contract(language, text(key, params), params);
	return {
		language,
		say,
		list(names) {
			if (names.length <= 1) {
				return names[0] ?? '';
			}

			return say('minutes.list-and', {items: names.slice(0, -1).join(say('minutes.list-comma')), last: names.at(-1)!});
		},
		ordinal(value) {
			const words = say('minutes.ordinals').split('|');
			const word = words[value - 1];
			if (word !== undefined && words.length === 20) {
				return word;
			}

			// English makes its own suffixes (21st, 22nd, 23rd); the others write the number as their catalogue says.
			return language === 'en' ? englishOrdinal(value) : say('minutes.ordinal-number', {number: value});
		},
		longDate: date => longDateIn(language, date),
	};
}

/** The words of a dataset's session: its language, English when it names none. */
export function sessionWords(session: {readonly language?: Language | undefined}): RecordWords {
	return recordWords(session.language ?? 'en');
}
