import type {z} from 'zod';
import {t, tLine, type MessageKey} from '../i18n/translate.js';
import {forbiddenKeyMessage, forbiddenKeys} from '../text/json-keys.js';
import {fieldNamesAt, nearestFieldName} from './field-names.js';
import type {JsonPath} from './locate.js';
import {dataset as datasetSchema} from './schema.js';

/*
How a schema issue is said to the person who wrote the file: what was found
("must be text, not 5"), what is missing, the nearest field name to a misspelt
one, in the interface's language; the place (file:line:column, the path) is
the loader's (load.ts).
*/

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const segment of path) {
		if (value === null || typeof value !== 'object') {
			return undefined;
		}

		value = (value as Record<PropertyKey, unknown>)[segment];
	}

	return value;
}

function describeValue(value: unknown): string {
	if (value === null) {
		return 'null';
	}

	if (Array.isArray(value)) {
		return t('cli.dataset-issue.value.list');
	}

	switch (typeof value) {
		case 'string': {
			return tLine('cli.dataset-issue.value.text', {text: JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)});
		}

		case 'number':
		case 'boolean': {
			return String(value);
		}

		case 'object': {
			return t('cli.dataset-issue.value.object');
		}

		default: {
			return typeof value;
		}
	}
}

const expectedNames: Record<string, MessageKey> = {
	string: 'cli.dataset-issue.type.string',
	number: 'cli.dataset-issue.type.number',
	int: 'cli.dataset-issue.type.int',
	boolean: 'cli.dataset-issue.type.boolean',
	array: 'cli.dataset-issue.type.array',
	object: 'cli.dataset-issue.type.object',
};

export function describeIssue(issue: z.core.$ZodIssue, data: unknown): Array<{path: JsonPath; key?: string; message: string; severity: 'error'}> {
	const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
	const value = valueAt(data, path);
	switch (issue.code) {
		case 'invalid_type': {
			const key = expectedNames[issue.expected];
			const expected = key === undefined ? issue.expected : t(key);
			const message = value === undefined ? t('cli.dataset-issue.missing', {expected}) : tLine('cli.dataset-issue.must-be-type', {expected, value: describeValue(value)});
			return [{path, message, severity: 'error'}];
		}

		case 'invalid_value': {
			const values = issue.values.map(option => JSON.stringify(option));
			const one = values.length === 1;
			const shown = one ? values[0] ?? '' : values.join(', ');
			const message = value === undefined
				? tLine(one ? 'cli.dataset-issue.required' : 'cli.dataset-issue.required-one-of', {values: shown})
				: tLine(one ? 'cli.dataset-issue.must-be' : 'cli.dataset-issue.must-be-one-of', {values: shown, value: describeValue(value)});
			return [{path, message, severity: 'error'}];
		}

		case 'unrecognized_keys': {
			const allowed = fieldNamesAt(datasetSchema, path);
			return issue.keys.map(key => {
				if (forbiddenKeys.has(key)) {
					return {path, key, message: forbiddenKeyMessage(key), severity: 'error'};
				}

				const nearest = nearestFieldName(key, allowed);
				return {path, key, message: nearest === undefined ? tLine('cli.dataset-issue.unknown-field', {key}) : tLine('cli.dataset-issue.unknown-field-nearest', {key, nearest}), severity: 'error'};
			});
		}

		case 'too_small': {
			if (issue.origin === 'array') {
				return [{path, message: t('cli.dataset-issue.at-least', {minimum: String(issue.minimum)}), severity: 'error'}];
			}

			return [{path, message: lowerFirst(issue.message), severity: 'error'}];
		}

		case 'invalid_format': {
			const message = issue.format === 'date' ? tLine('cli.dataset-issue.date', {value: describeValue(value)}) : `${lowerFirst(issue.message)}, not ${describeValue(value)}`;
			return [{path, message, severity: 'error'}];
		}

		default: {
			return [{path, message: lowerFirst(issue.message), severity: 'error'}];
		}
	}
}

function lowerFirst(message: string): string {
	return message.charAt(0).toLowerCase() + message.slice(1);
}
