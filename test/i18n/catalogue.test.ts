import {describe, expect, it} from 'vitest';
import {completeLanguages, languages, type Language, type Message} from '../../source/i18n/catalogue-types.js';
import {chooseLanguage, parseLanguage} from '../../source/i18n/choose-language.js';
import {en, type MessageKey} from '../../source/i18n/en.js';
import {formatTime} from '../../source/i18n/format-time.js';
import {catalogueOf, setLanguage, t} from '../../source/i18n/translate.js';
import {contexts, keymap} from '../../source/keymap/keymap.js';
import {bindingKey} from '../../source/i18n/key-words.js';

/*
The catalogue is whole: every language has every key it must (en, fr, es all of
them; ar, zh, ru all but the CLI's, line mode's and the notices'), none has a
key English lacks, every plural message has the forms its language's
Intl.PluralRules can ask for, every translation keeps the parameters, and every
English entry has a note for translators.
*/

const keys = Object.keys(en) as MessageKey[];
/** Keys the dashboard-and-minutes languages may leave to English. */
const completeOnly = (key: string) => key.startsWith('cli.') || key.startsWith('line.') || key.startsWith('notice.');

function forms(message: Message): string[] {
	return typeof message === 'string' ? [message] : Object.values(message);
}

function parameters(text: string): Set<string> {
	return new Set([...text.matchAll(/\{([a-zA-Z]+)\}/g)].map(match => match[1]!));
}

describe('the message catalogue', () => {
	it('every English entry has a message and a note for translators', () => {
		for (const key of keys) {
			expect(en[key].note.length, key).toBeGreaterThan(5);
			expect(forms(en[key].message).every(form => form !== ''), key).toBe(true);
		}
	});

	for (const language of languages.filter(language => language !== 'en')) {
		it(`${language}: has every key it must, and only keys English has`, () => {
			const catalogue = catalogueOf(language);
			const required = completeLanguages.includes(language) ? keys : keys.filter(key => !completeOnly(key));
			expect(required.filter(key => catalogue[key] === undefined)).toEqual([]);
			expect(Object.keys(catalogue).filter(key => !(key in en))).toEqual([]);
		});

		it(`${language}: plural forms its plural rules use (other always), and the same parameters as English`, () => {
			const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
			for (const [key, message] of Object.entries(catalogueOf(language)) as Array<[MessageKey, Message]>) {
				const english = new Set(forms(en[key].message).flatMap(form => [...parameters(form)]));
				if (typeof message !== 'string') {
					// `other` is what every category falls back to (Arabic's many and other take the same noun form,
					// Russian headings the same plural), so it must be there; a form for a category the language's
					// rules never select is a mistake. `zero` is council's own: t() picks it for a count of 0 in any language.
					expect(message.other, key).toBeDefined();
					for (const category of Object.keys(message)) {
						expect([...categories, 'zero'], `${key}: a "${category}" form`).toContain(category);
					}
				} else if (typeof en[key].message !== 'string') {
					// A plain string stands for plural forms only where the language has none (Chinese).
					expect(categories, key).toEqual(['other']);
				}

				for (const form of forms(message)) {
					const own = parameters(form);
					// A form may spell its number out ("مؤيد واحد"): only {count} may be left out.
					for (const name of english) {
						expect(own.has(name) || name === 'count', `${key}: {${name}} in "${form}"`).toBe(true);
					}

					for (const name of own) {
						expect(english.has(name), `${key}: {${name}} is not a parameter`).toBe(true);
					}
				}
			}
		});
	}

	it('every context a key works in has its word on the ? screen', () => {
		expect(contexts.filter(context => !(`help.where-${context}` in en))).toEqual([]);
	});

	it('the keymap\'s words are in the catalogue, the same English as its keys.ts rows', () => {
		for (const binding of keymap) {
			const key = bindingKey(binding);
			expect(en[`keys.${key}.short` as MessageKey]?.message, key).toBe(binding.short);
			expect(en[`keys.${key}.help` as MessageKey]?.message, key).toBe(binding.description);
			if (binding.footerText !== undefined) {
				expect(`${binding.footerText.split(' ')[0]} ${en[`keys.${key}.footer` as MessageKey]?.message as string}`, key).toBe(binding.footerText);
			}
		}
	});
});

describe('t()', () => {
	const inLanguage = (language: Language, run: () => void) => {
		setLanguage(language);
		try {
			run();
		} finally {
			setLanguage('en');
		}
	};

	it('picks plural forms by the language\'s rules', () => {
		expect([0, 1, 2, 5].map(count => t('tally.reservation', {count}))).toEqual(['0 reservations', '1 reservation', '2 reservations', '5 reservations']);
		inLanguage('fr', () => {
			expect([0, 1, 2].map(count => t('tally.reservation', {count}))).toEqual(['0 réserve', '1 réserve', '2 réserves']);
		});
		inLanguage('ru', () => {
			expect([1, 3, 5, 21].map(count => t('tally.reservation', {count}))).toEqual(['1 оговорка', '3 оговорки', '5 оговорок', '21 оговорка']);
		});
		inLanguage('ar', () => {
			expect([1, 2, 3, 11, 100].map(count => t('tally.supports', {count}))).toEqual(['مؤيد واحد', 'مؤيدان', '3 مؤيدين', '11 مؤيداً', '100 مؤيد']);
		});
		inLanguage('zh', () => {
			expect(t('tally.reservation', {count: 2})).toBe('2 保留');
		});
	});

	it('a zero form where one is given; a missing message falls back to English', () => {
		expect(t('line.filter-applied', {filter: 'x', count: 0})).toBe('Filter “x”: no item matches');
		inLanguage('ar', () => {
			expect(t('line.goodbye')).toBe('council closed.');
		});
	});

	it('parameters lose escape sequences; tLine-style callers get one line', () => {
		expect(t('dash.item', {number: '1\u001B[2J\u001B]0;x\u0007'})).toBe('Item 1');
	});

	it('formats times through Intl.DateTimeFormat, 24-hour with Latin digits in every language', () => {
		const at = Date.UTC(2026, 5, 1, 14, 5, 9);
		for (const language of languages) {
			inLanguage(language, () => {
				expect(formatTime(at, 'UTC'), language).toBe('14:05:09');
			});
		}
	});
});

describe('choosing the language', () => {
	it('--lang, then the preference, then LC_ALL, LC_MESSAGES, LANG; anything else is English', () => {
		expect(chooseLanguage({flag: 'fr', preference: 'es', env: {LANG: 'ru_RU.UTF-8'}})).toBe('fr');
		expect(chooseLanguage({preference: 'es', env: {LANG: 'ru_RU.UTF-8'}})).toBe('es');
		expect(chooseLanguage({env: {LC_ALL: 'zh_CN.UTF-8', LC_MESSAGES: 'fr_FR', LANG: 'ru_RU.UTF-8'}})).toBe('zh');
		expect(chooseLanguage({env: {LC_ALL: '', LC_MESSAGES: 'fr_FR', LANG: 'ru_RU.UTF-8'}})).toBe('fr');
		expect(chooseLanguage({env: {LANG: 'es_ES.UTF-8'}})).toBe('es');
		expect(chooseLanguage({env: {LANG: 'ar_EG.UTF-8'}})).toBe('ar');
		expect(chooseLanguage({env: {LANG: 'C.UTF-8'}})).toBe('en');
		expect(chooseLanguage({env: {LC_ALL: 'de_DE.UTF-8', LANG: 'fr_FR'}})).toBe('en');
		expect(chooseLanguage({env: {}})).toBe('en');
		expect(parseLanguage('es-419')).toBe('es');
		expect(parseLanguage('klingon')).toBeUndefined();
	});
});
