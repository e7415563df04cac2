import {languages, type Language} from './catalogue-types.js';

/*
Which language the interface speaks: `--lang`, else the `lang` preference,
else the locale (LC_ALL, then LC_MESSAGES, then LANG: POSIX's order for
messages), else English. A locale names a language we ship by its first part
(`fr_FR.UTF-8`, `es-419`, `zh_TW`); `C`, `POSIX` and anything else is English.
Only --lang is checked strictly (a mistyped value is a usage error); a locale
we do not ship is simply not ours to refuse.
*/

export function parseLanguage(value: string): Language | undefined {
	const base = value.trim().toLowerCase().split(/[_.@-]/)[0] ?? '';
	return (languages as readonly string[]).includes(base) ? (base as Language) : undefined;
}

export type LanguageSources = {
	readonly flag?: string | undefined;
	readonly preference?: string | undefined;
	readonly env: Readonly<Record<string, string | undefined>>;
};

export function chooseLanguage(sources: LanguageSources): Language {
	if (sources.flag !== undefined) {
		const chosen = parseLanguage(sources.flag);
		if (chosen !== undefined) {
			return chosen;
		}
	}

	if (sources.preference !== undefined) {
		const chosen = parseLanguage(sources.preference);
		if (chosen !== undefined) {
			return chosen;
		}
	}

	for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
		const value = sources.env[name];
		// An empty variable does not count: POSIX skips it and looks at the next.
		if (value !== undefined && value !== '') {
			return parseLanguage(value) ?? 'en';
		}
	}

	return 'en';
}
