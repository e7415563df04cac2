import {describe, expect, it} from 'vitest';
import {createLocator, lineStarts, positionAt, syntaxProblems} from '../../source/dataset/locate.js';
import {checkReferences, formatPath} from '../../source/dataset/references.js';

describe('positions in a JSON text', () => {
	it('line and column of offsets, with LF and CRLF line ends', () => {
		for (const newline of ['\n', '\r\n']) {
			const text = ['{', '  "a": [1, 2],', '  "b": {"c": true}', '}'].join(newline);
			const locator = createLocator(text);
			expect(locator.locate(['a', 1])).toEqual({line: 2, column: 12});
			expect(locator.locate(['b', 'c'])).toEqual({line: 3, column: 14});
			// A missing field points at the nearest enclosing value; a key at the field's name.
			expect(locator.locate(['b', 'missing'])).toEqual({line: 3, column: 8});
			expect(locator.locate(['b'], 'c')).toEqual({line: 3, column: 9});
			expect(locator.locate([])).toEqual({line: 1, column: 1});
		}
	});

	it('positionAt on line boundaries', () => {
		const starts = lineStarts('ab\ncd\n');
		expect(starts).toEqual([0, 3, 6]);
		expect(positionAt(starts, 0)).toEqual({line: 1, column: 1});
		expect(positionAt(starts, 2)).toEqual({line: 1, column: 3});
		expect(positionAt(starts, 3)).toEqual({line: 2, column: 1});
		expect(positionAt(starts, 6)).toEqual({line: 3, column: 1});
	});

	it('syntax problems, one per place', () => {
		expect(syntaxProblems('{"a": tru}')[0]).toEqual({line: 1, column: 7, message: 'unexpected character'});
		expect(syntaxProblems('{"a": 1 "b": 2 "c": 3}').map(problem => problem.column)).toEqual([9, 16]);
		// A raw line break ends the string early: reported where the string starts.
		expect(syntaxProblems('{"a": "x\ny"}')[0]).toEqual({line: 1, column: 7, message: 'unterminated string'});
	});
});

describe('formatPath', () => {
	it.each([
		[[], '(dataset)'],
		[['agendaItems', 0, 'documents', 1], 'agendaItems[0].documents[1]'],
		[['delegations', 2, 'names', 'zh'], 'delegations[2].names.zh'],
		[['a key', 0], '["a key"][0]'],
		[['$schema'], '$schema'],
	])('%j → %s', (path, text) => {
		expect(formatPath(path)).toBe(text);
	});
});

describe('checkReferences on a file that failed the schema', () => {
	it('checks what it can and skips what is not where it should be', () => {
		const problems = checkReferences({
			session: {id: 's'},
			agendaItems: [{id: 'i', documents: ['d', 42, 'x']}, 'not an object', {documents: ['nope']}],
			documents: {not: 'a list'},
			positions: [{id: 'p', delegation: 'i', on: 'i'}],
		});
		expect(problems.map(problem => [formatPath(problem.path), problem.message])).toEqual([
			['agendaItems[0].documents[0]', 'refers to document "d", which does not exist (from agenda item "i")'],
			['agendaItems[0].documents[2]', 'refers to document "x", which does not exist (from agenda item "i")'],
			['agendaItems[2].documents[0]', 'refers to document "nope", which does not exist (from an agenda item without an id)'],
			['positions[0].delegation', 'refers to "i", which is an agenda item, not a delegation (from position "p")'],
		]);
	});
});
