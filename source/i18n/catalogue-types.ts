/*
The shape of the message catalogue. English (en.ts) is the source: every key
with its message and a note for translators. Every other language is a file
keyed the same, holding only the messages (the note lives once, in English).
*/

/** Plural forms by Intl.PluralRules category; `other` is always required. */
export type PluralForms = {
	readonly zero?: string;
	readonly one?: string;
	readonly two?: string;
	readonly few?: string;
	readonly many?: string;
	readonly other: string;
};

export type Message = string | PluralForms;

export type SourceEntry = {
	/** The English text; `{name}` is a parameter, kept as is by translators. */
	readonly message: Message;
	/** For translators: where the text appears, what the parameters hold, how long it may be. Not in the bundle (scripts/catalogue-as-data.mjs leaves it out): only the sources' readers, the tests, may read it. */
	readonly note: string;
};

/** The languages the interface ships in; `qps` is the pseudo-language the tests render in. */
export const languages = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export type Language = (typeof languages)[number];

/** Languages translated completely (CLI included); the others cover the dashboard and the minutes. */
export const completeLanguages: readonly Language[] = ['en', 'fr', 'es'];

/** Each language's own name, for `--help` and error messages. */
export const languageNames: Record<Language, string> = {
	en: 'English',
	fr: 'Français',
	es: 'Español',
	ar: 'العربية',
	zh: '中文',
	ru: 'Русский',
};
