import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import {datasetJsonSchema} from '../../source/dataset/json-schema.js';
import {dataset as datasetSchema} from '../../source/dataset/schema.js';
import {syntheticDataset} from '../../bench/synthetic.js';
import {bundledInput} from '../helpers/bundled.js';

const committed = new URL('../../data/schema.json', import.meta.url);

describe('data/schema.json', () => {
	it('is what `npm run schema` generates from the zod schema (run it after changing source/dataset/schema.ts)', () => {
		expect(readFileSync(committed, 'utf8')).toBe(datasetJsonSchema());
	});

	it('is the input side: defaulted fields are optional in a file', () => {
		const schema = JSON.parse(datasetJsonSchema()) as {required: string[]; properties: Record<string, {items?: {required?: string[]}}>};
		expect(schema.required).toEqual(expect.arrayContaining(['formatVersion', 'session', 'agendaItems', 'documents']));
		expect(schema.required).not.toContain('positions');
		expect(schema.properties['agendaItems']?.items?.required).not.toContain('status');
	});

	it('the bundled dataset names it, and a JSON Schema validator accepts the bundled dataset and rejects a broken one', async () => {
		const input = bundledInput();
		expect(input.$schema).toBe('./schema.json');
		// ajv comes with conf; an editor's JSON language server does the same check.
		const require = createRequire(import.meta.url);
		const {default: Ajv2020} = require('ajv/dist/2020.js') as {default: new (options: object) => {compile: (schema: object) => ((data: unknown) => boolean) & {errors?: unknown[]}}};
		const validate = new Ajv2020({strict: false, allErrors: true}).compile(JSON.parse(datasetJsonSchema()) as object);
		expect(validate(input)).toBe(true);
		(input.agendaItems[0] as unknown as Record<string, unknown>).number = 1;
		expect(validate(input)).toBe(false);
	});
});

describe('the zod schema', () => {
	it('accepts the bundled dataset and a synthetic one', () => {
		expect(datasetSchema.safeParse(bundledInput()).success).toBe(true);
		expect(datasetSchema.safeParse(JSON.parse(JSON.stringify(syntheticDataset({items: 50, delegations: 10, positions: 100})))).success).toBe(true);
	});

	it.each([
		['an id with capitals', (d: Record<string, any>) => { d.session.id = 'Session'; }, ['session', 'id']],
		['an unknown action kind', (d: Record<string, any>) => { d.agendaItems[0].action.kind = 'vote'; }, ['agendaItems', 0, 'action', 'kind']],
		['an unknown stance', (d: Record<string, any>) => { d.positions[0].stance = 'maybe'; }, ['positions', 0, 'stance']],
		['a resolution number as text', (d: Record<string, any>) => { d.resolutions[0].number = '71'; }, ['resolutions', 0, 'number']],
		['a document with no action required', (d: Record<string, any>) => { d.documents[0].actionRequired = []; }, ['documents', 0, 'actionRequired']],
		['a name in a language that is not official', (d: Record<string, any>) => { d.delegations[0].names.de = 'China'; }, ['delegations', 0, 'names']],
		['a date that is not YYYY-MM-DD', (d: Record<string, any>) => { d.session.start = '17 April 2018'; }, ['session', 'start']],
		['format version 2', (d: Record<string, any>) => { d.formatVersion = 2; }, ['formatVersion']],
	])('rejects %s', (_name, change, path) => {
		const input = bundledInput() as unknown as Record<string, any>;
		change(input);
		const result = datasetSchema.safeParse(input);
		expect(result.success).toBe(false);
		expect(result.error?.issues.map(issue => issue.path)).toContainEqual(path);
	});
});
