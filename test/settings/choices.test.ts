import {describe, expect, it} from 'vitest';
import {defaultSettings as plainDefaults, minutesFormats, paneSizeLimits, roles, themes} from '../../source/settings/choices.js';
import {defaultSettings, paneSizes, settingsSchema} from '../../source/settings/schema.js';

// The start reads the plain values of choices.ts without building the schema: they must be the schema's.
describe('settings choices', () => {
	it('the defaults are what the schema gives for an empty file, key for key and in order', () => {
		const parsed = settingsSchema.parse({});
		expect(plainDefaults).toStrictEqual(parsed);
		expect(JSON.stringify(plainDefaults)).toBe(JSON.stringify(parsed));
		expect(defaultSettings).toBe(plainDefaults);
		expect(Object.isFrozen(plainDefaults)).toBe(true);
	});

	it('the pane limits are the schema\'s bounds', () => {
		for (const field of ['agendaWidth', 'positionsHeight'] as const) {
			const number = paneSizes.shape[field].unwrap();
			expect({min: number.minValue, max: number.maxValue}).toStrictEqual({min: paneSizeLimits[field].min, max: paneSizeLimits[field].max});
			expect(paneSizes.parse({})[field]).toBe(paneSizeLimits[field].default);
			expect(paneSizes.safeParse({[field]: paneSizeLimits[field].min - 1}).success).toBe(false);
			expect(paneSizes.safeParse({[field]: paneSizeLimits[field].max + 1}).success).toBe(false);
		}
	});

	it('the roles, themes and formats are the schema\'s options', () => {
		expect(settingsSchema.shape.role.unwrap().options).toStrictEqual([...roles]);
		expect(settingsSchema.shape.theme.unwrap().options).toStrictEqual([...themes]);
		expect(settingsSchema.shape.minutesFormat.unwrap().options).toStrictEqual([...minutesFormats]);
	});
});
