import {sanitizeText, visibleLine} from '../text/sanitize.js';
import {ar} from './ar.js';
import type {Language, Message, PluralForms} from './catalogue-types.js';
import {en, type MessageKey} from './en.js';
import {es} from './es.js';
import {fr} from './fr.js';
import {ru} from './ru.js';
import {zh} from './zh.js';

/*
`t(key, params)`: the one way interface text is made. The language is chosen
once, at the edge (cli/start.ts: --lang, the preference, the locale), before
anything is drawn, and stays for the process, like the dataset: so views stay
functions of state without every one of them taking the language as an argument.
A message missing from a language falls back to English (ar, zh and ru cover the
dashboard and the minutes; test/i18n/catalogue.test.ts says which keys each must have).

Parameters are sanitized (escape sequences and control characters removed;
sanitizeText keeps a decision's newlines for the screen to wrap): a value from
data cannot reach the terminal raw through a translation. `tLine` shows them
through visibleLine instead (a newline as `\n`), the promise `say` keeps for the
CLI: a file name or an argument cannot forge a line of a message.
*/

export type {MessageKey} from './en.js';

export type Params = Readonly<Record<string, string | number>>;

export type Catalogue = Partial<Record<MessageKey, Message>>;

/** English's messages without their notes. A loop, not Object.fromEntries(Object.entries(en).map(…)): on the bundle's English (JSON.parse's, scripts/catalogue-as-data.mjs) that took 4.5 ms of every start, the loop 0.3. */
function englishMessages(): Catalogue {
	const messages: Catalogue = {};
	for (const key of Object.keys(en) as MessageKey[]) {
		messages[key] = en[key].message;
	}

	return messages;
}

const catalogues: Record<Language, Catalogue> = {en: englishMessages(), fr, es, ar, zh, ru};

/** Turns every message before it is used (the pseudo-language of the tests); identity otherwise. */
export type Transform = (message: string) => string;

let active: {language: Language; transform: Transform | undefined; version: number} = {language: 'en', transform: undefined, version: 0};
const pluralRules = new Map<string, Intl.PluralRules>();
/** One number format per language: making one costs about a millisecond, and a screen fills hundreds of counts. */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language): Intl.NumberFormat {
	let format = numberFormats.get(language);
	if (format === undefined) {
		format = new Intl.NumberFormat(`${localeTag(language)}-u-nu-latn`, {useGrouping: false});
		numberFormats.set(language, format);
	}

	return format;
}

/**
A number as a message shows it: Latin digits, no grouping, the language's
decimal sign. A count (a whole number from 0 up) is its digits in every
language council speaks, so it skips Intl: the first Intl.NumberFormat costs
about 9 ms of the dashboard's first frame. A fraction or a negative number
goes through Intl (Arabic marks its minus sign; French writes 1,5).
*/
export function formatNumber(value: number, language: Language = active.language): string {
	return Number.isSafeInteger(value) && value >= 0 && !Object.is(value, -0) ? String(value) : numberFormat(language).format(value);
}

export function setLanguage(language: Language, transform?: Transform): void {
	active = {language, transform, version: active.version + 1};
}

/**
Runs `run` with t() speaking `language` (the pseudo transform kept), then puts
the interface's language back: for text the minutes take from code that speaks
through t() (the journal's descriptions), in the session's language. Synchronous
and restored before it returns, so no drawn line ever sees it and the version
caches key on is unchanged.
*/
export function inLanguage<T>(language: Language, run: () => T): T {
	const saved = active;
	active = {...saved, language};
	try {
		return run();
	} finally {
		active = saved;
	}
}

/** Changes whenever the language does: caches of drawn lines (detail, help, lookup) key on it. */
export function languageVersion(): number {
	return active.version;
}

export function currentLanguage(): Language {
	return active.language;
}

/** The BCP 47 tag for Intl (dates, plurals, sorting). */
export function localeTag(language: Language = active.language): string {
	return language === 'zh' ? 'zh-Hans' : language;
}

function rulesFor(language: Language): Intl.PluralRules {
	let rules = pluralRules.get(language);
	if (rules === undefined) {
		rules = new Intl.PluralRules(localeTag(language));
		pluralRules.set(language, rules);
	}

	return rules;
}

function pick(forms: PluralForms, count: number, language: Language): string {
	// An exact 0 reads better as its own form where a language has one ("aucun", "no items").
	if (count === 0 && forms.zero !== undefined) {
		return forms.zero;
	}

	const category = rulesFor(language).select(count) as keyof PluralForms;
	return forms[category] ?? forms.other;
}

function fill(text: string, params: Params | undefined, clean: (value: string) => string, language: Language): string {
	if (params === undefined) {
		return text;
	}

	return text.replaceAll(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
		const value = params[name];
		if (value === undefined) {
			return whole;
		}

		return typeof value === 'number' ? formatNumber(value, language) : clean(value);
	});
}

/** The raw message of a key in a language (or English), before parameters. */
export function messageOf(key: MessageKey, language: Language = active.language): Message {
	// A key English lacks (a cast key name) shows as itself rather than crash; the catalogue test names it.
	return catalogues[language][key] ?? (en[key] as (typeof en)[MessageKey] | undefined)?.message ?? key;
}

function translate(key: MessageKey, params: Params | undefined, clean: (value: string) => string, language: Language = active.language): string {
	const {transform} = active;
	const message = messageOf(key, language);
	const count = params?.['count'];
	const chosen = typeof message === 'string' ? message : pick(message, typeof count === 'number' ? count : 0, language);
	return fill(transform === undefined ? chosen : transform(chosen), params, clean, language);
}

/** As t(), in a given language rather than the interface's (the minutes speak the session's). */
export function tIn(language: Language, key: MessageKey, params?: Params): string {
	return translate(key, params, sanitizeText, language);
}

/** The message of `key` in the interface's language, its plural form picked by `count`. */
export function t(key: MessageKey, params?: Params): string {
	return translate(key, params, sanitizeText);
}

/** As t(), each parameter on one visible line: for CLI messages echoing names and arguments. */
export function tLine(key: MessageKey, params?: Params): string {
	return translate(key, params, visibleLine);
}

/** Another language's catalogue, for the completeness test and the translators' check. */
export function catalogueOf(language: Language): Catalogue {
	return catalogues[language];
}

/**
A table of words (statuses, stances, ...) whose every read goes through t(), so
a module's `statusWord[status]` reads in the interface's language with its
call sites unchanged.
*/
export function translatedWords<K extends string>(keys: Readonly<Record<K, MessageKey>>): Readonly<Record<K, string>> {
	const words = {} as Record<K, string>;
	for (const name of Object.keys(keys) as K[]) {
		Object.defineProperty(words, name, {get: () => t(keys[name]), enumerable: true});
	}

	return words;
}

/** The widest a word of the table is in any language: columns keep one width whatever the language. */
export function widestInAnyLanguage(keys: Readonly<Record<string, MessageKey>>, measure: (text: string) => number): number {
	let widest = 0;
	for (const key of Object.values(keys)) {
		for (const catalogue of Object.values(catalogues)) {
			const message = catalogue[key];
			if (typeof message === 'string') {
				widest = Math.max(widest, measure(message));
			}
		}
	}

	return widest;
}
