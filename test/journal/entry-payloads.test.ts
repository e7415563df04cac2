import {describe, expect, it} from 'vitest';
import {floorPayloads, payloadSchemas} from '../../source/journal/entry-kinds/payloads.js';
import {entryKinds} from '../../source/journal/entry-kinds/registry.js';
import {floorKinds, isFloorKind} from '../../source/journal/floor/floor-payloads.js';
import {journalEntry} from '../../source/journal/schema.js';

/*
The entry kinds' behaviour (entry-kinds/NAME.ts, listed in registry.ts) and their
payloads' schemas (entry-kinds/payloads.ts) live apart so that replay loads no zod
(issue 15): the two lists must name the same kinds, and the journal line's union
is built in the registry's order.
*/

describe('the entry kinds and their payloads', () => {
	it('name the same kinds, and the union has one option per kind in the registry\'s order', () => {
		expect(Object.keys(payloadSchemas).sort()).toEqual(entryKinds.map(kind => kind.kind).sort());
		const options = journalEntry.options.map(option => option.shape.kind.value);
		expect(options).toEqual(entryKinds.map(kind => kind.kind));
		for (const option of journalEntry.options) {
			expect(option.shape.payload).toBe(payloadSchemas[option.shape.kind.value]);
		}
	});

	it('the floor kinds listed without zod are the floor payloads\' kinds, in order', () => {
		expect([...floorKinds]).toEqual(Object.keys(floorPayloads));
		expect(Object.keys(payloadSchemas).filter(kind => isFloorKind(kind))).toEqual(Object.keys(floorPayloads));
		expect(isFloorKind('floor')).toBe(false);
		expect(isFloorKind('__proto__')).toBe(false);
		expect(isFloorKind('hasOwnProperty')).toBe(false);
	});
});
