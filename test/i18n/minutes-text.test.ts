import {afterEach, describe, expect, it} from 'vitest';
import {dataset as datasetSchema} from '../../source/dataset/schema.js';
import {minutesText} from '../../source/i18n/minutes-text.js';
import {setLanguage, t} from '../../source/i18n/translate.js';
import {fixtureInput} from '../state/fixture.js';

/*
The minutes' headings in the session's language (session.language, default
English), whatever the interface speaks: what the minutes renderers call.
*/

afterEach(() => {
	setLanguage('en');
});

describe('the minutes\' words', () => {
	it('in the session\'s language, the interface\'s own left as it was', () => {
		setLanguage('es');
		const french = minutesText('fr');
		expect(french('minutes.title', {body: 'Conseil de l’UIT', title: 'Session 2026'})).toBe('Procès-verbal : Conseil de l’UIT, Session 2026');
		expect(french('minutes.journal-summary', {count: 2, first: '09:00', last: '10:00'})).toBe('Résumé de la session d’après son journal : 2 inscriptions, de 09:00 à 10:00.');
		expect(t('dash.detail')).toBe('Detalle');
		expect(minutesText('ru')('minutes.interventions', {count: 5})).toBe('5 выступлений');
		expect(minutesText('ar')('minutes.interventions', {count: 2})).toBe('مداخلتان');
		expect(minutesText('zh')('minutes.speaking-time')).toBe('发言时间');
		expect(minutesText()('minutes.no-decision')).toBe('No decision recorded.');
	});

	it('a session names its language in the dataset; an unknown one is refused', () => {
		const input = fixtureInput(1);
		expect(datasetSchema.parse({...input, session: {...input.session, language: 'fr'}}).session.language).toBe('fr');
		expect(datasetSchema.parse(input).session.language).toBeUndefined();
		expect(datasetSchema.safeParse({...input, session: {...input.session, language: 'de'}}).success).toBe(false);
	});
});
