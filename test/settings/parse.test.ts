import {describe, expect, it} from 'vitest';
import {parseSettings} from '../../source/settings/parse.js';
import {defaultSettings, settingsSchema} from '../../source/settings/schema.js';

describe('settings schema', () => {
	it('has a default for everything that is not optional', () => {
		expect(defaultSettings).toEqual({role: 'chair', theme: 'default', panes: {agendaWidth: 45, positionsHeight: 40}});
		expect(settingsSchema.parse({panes: {agendaWidth: 30}}).panes).toEqual({agendaWidth: 30, positionsHeight: 40});
	});
});

describe('parseSettings', () => {
	it('accepts a complete, valid object as is', () => {
		const input = {
			lastDataset: '/home/secretariat/c25.json',
			role: 'secretary',
			authorName: 'Doreen',
			theme: 'high-contrast',
			panes: {agendaWidth: 60, positionsHeight: 25},
		};
		expect(parseSettings(input)).toEqual({value: input, errors: []});
	});

	it('fills in defaults for missing fields without complaint', () => {
		expect(parseSettings({})).toEqual({value: defaultSettings, errors: []});
	});

	it('keeps valid fields and replaces each invalid one by its default, naming it', () => {
		const {value, errors} = parseSettings({role: 'secretary', theme: 'neon', panes: {agendaWidth: 5, positionsHeight: 30}, authorName: 42});
		expect(value).toEqual({role: 'secretary', theme: 'default', panes: {agendaWidth: 45, positionsHeight: 30}});
		expect(errors).toHaveLength(3);
		expect(errors).toEqual(expect.arrayContaining([
			expect.stringMatching(/^theme: .*using the default$/),
			expect.stringMatching(/^panes\.agendaWidth: /),
			expect.stringMatching(/^authorName: /),
		]));
	});

	it('drops unknown settings with a note', () => {
		expect(parseSettings({colour: 'blue'})).toEqual({value: defaultSettings, errors: ['colour: unknown setting, ignored']});
	});

	it('replaces a whole group of the wrong type', () => {
		const {value, errors} = parseSettings({panes: 'wide'});
		expect(value.panes).toEqual(defaultSettings.panes);
		expect(errors).toEqual([expect.stringMatching(/^panes: /)]);
	});

	it.each([[null, 'null'], [[1, 2], 'an array'], ['chair', 'a string'], [7, 'a number']])('uses the defaults for %j', (input, found) => {
		expect(parseSettings(input)).toEqual({value: defaultSettings, errors: [`expected an object of settings, found ${found}; using the defaults`]});
	});

	it('never returns the frozen defaults themselves', () => {
		const {value} = parseSettings(undefined);
		value.panes.agendaWidth = 50;
		expect(defaultSettings.panes.agendaWidth).toBe(45);
	});
});
