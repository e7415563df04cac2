import {describe, expect, test} from 'vitest';
import {buildIndex} from '../../source/dataset/build-index.js';
import {replay} from '../../source/journal/replay.js';
import {buildMatrix, cellOf} from '../../source/outcomes/matrix.js';
import {csvField, matrixCsv, matrixJson, matrixText} from '../../source/outcomes/matrix-export.js';
import {matrixLines, scrollTo, visibleCounts} from '../../source/outcomes/matrix-layout.js';
import {entryFactory, fixtureDataset} from '../journal/helpers.js';

const dataset = fixtureDataset();
const index = buildIndex(dataset);

function matrixOf(statements: Parameters<typeof buildMatrix>[2] = []) {
	const make = entryFactory();
	const records = replay(dataset, [
		make({kind: 'position', payload: {delegation: 'ch', on: 'prop-1', stance: 'reservation', note: 'On principle 3'}}),
		make({kind: 'position', payload: {delegation: 'us', on: 'item-report', stance: 'more-information'}}),
		make({kind: 'position', payload: {delegation: 'cn', on: 'item-one-itu', stance: 'opposes'}}),
		make({kind: 'position', payload: {delegation: 'ae', on: 'prop-2', stance: 'supports'}}),
	]);
	return buildMatrix(index, records.positionsOn, statements);
}

describe('the consensus matrix', () => {
	test('a cell per delegation and item or proposal: the stance in effect, "spoke" for a statement without one', () => {
		const matrix = matrixOf([{item: 'item-budget', delegation: 'ch'}, {item: 'item-one-itu', delegation: 'cn', stance: 'supports'}, {item: 'item-report', delegation: 'ae', stance: 'neutral'}]);
		expect(matrix.columns.map(column => column.label)).toEqual(['PL 1.01', 'PL 1.02', 'PL 1.03', 'PL 1.03/1)', 'PL 1.03/2)']);
		expect(matrix.rows.map(row => row.name)).toEqual(['China', 'Switzerland', 'United States', 'United Arab Emirates']);
		expect(cellOf(matrix, 'ch', 'prop-1')).toBe('reservation');
		expect(cellOf(matrix, 'ch', 'item-budget')).toBe('spoke');
		expect(cellOf(matrix, 'ae', 'item-report')).toBe('neutral');
		// The recorded position (opposes, replacing the dataset's support) wins over what the statement said.
		expect(cellOf(matrix, 'cn', 'item-one-itu')).toBe('opposes');
		expect(cellOf(matrix, 'us', 'item-budget')).toBeUndefined();
		expect(Object.fromEntries(matrix.objections)).toEqual({'item-budget': 0, 'item-report': 0, 'item-one-itu': 1, 'prop-1': 1, 'prop-2': 0});
	});

	test('the window at 60 columns: glyphs a reader without colour can read, the cursor in brackets, objections counted', () => {
		const matrix = matrixOf();
		expect(matrixLines(matrix, {top: 0, left: 0, row: 1, column: 2, width: 60, height: 8})).toEqual([
			'Delegation          PL 1.01     PL 1.02     PL 1.03 ',
			'  China                   .           .           - ',
			'> Switzerland             .           .          [.]',
			'  United States           .           ?           . ',
			'  United Arab Em…         .           .           . ',
			'  objections             ok          ok          1! ',
			'+ supports  - opposes  ! reservation  ? more info  = neutra…',
		]);
	});

	test('only the window is laid out, and the cursor scrolls it', () => {
		const matrix = matrixOf();
		const counts = visibleCounts(matrix, 60, 8);
		expect(counts).toEqual({rows: 5, columns: 3});
		const moved = scrollTo({top: 0, left: 0, row: 3, column: 4, width: 60, height: 8}, counts);
		expect(moved).toMatchObject({top: 0, left: 2});
		expect(matrixLines(matrix, moved)).toEqual([
			'Delegation          PL 1.03  PL 1.03/1)  PL 1.03/2) ',
			'  China                   -           .           . ',
			'  Switzerland             .           !           . ',
			'  United States           .           .           . ',
			'> United Arab Em…         .           .          [+]',
			'  objections             1!          1!          ok ',
			'+ supports  - opposes  ! reservation  ? more info  = neutra…',
		]);
		// Back up: the window follows the cursor.
		expect(scrollTo({...moved, row: 0, column: 0}, counts)).toMatchObject({top: 0, left: 0});
	});

	test('CSV: quoted where needed, and a cell that would run as a formula is defused', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
		expect(csvField('+1')).toBe('\'+1');
		expect(csvField('-2')).toBe('\'-2');
		expect(csvField('@SUM(A1)')).toBe('\'@SUM(A1)');
		expect(csvField('line\nbreak')).toBe('"line\nbreak"');
		const csv = matrixCsv(matrixOf());
		expect(csv.split('\n')).toEqual([
			'Delegation,PL 1.01 Draft budget of the Union,PL 1.02 Report on the implementation of the strategic plan,"PL 1.03 Implementation of the ""One ITU"" concept",proposal 1) (item PL 1.03),proposal 2) (item PL 1.03)',
			'China,,,opposes,,',
			'Switzerland,,,,reservation,',
			'United States,,more-information,,,',
			'United Arab Emirates,,,,,supports',
			'',
		]);
	});

	test('JSON: columns with their objections, a row of cells per delegation in column order', () => {
		const parsed = JSON.parse(matrixJson(matrixOf())) as {format: string; version: number; columns: Array<{id: string; objections: number}>; rows: Array<{delegation: string; cells: Array<string | null>}>};
		expect(parsed.format).toBe('council-matrix');
		expect(parsed.version).toBe(1);
		expect(parsed.columns.map(column => [column.id, column.objections])).toEqual([['item-budget', 0], ['item-report', 0], ['item-one-itu', 1], ['prop-1', 1], ['prop-2', 0]]);
		expect(parsed.rows[1]).toEqual({delegation: 'ch', name: 'Switzerland', cells: [null, null, null, 'reservation', null]});
	});

	test('text: every column, the legend, and what each label stands for', () => {
		const text = matrixText(matrixOf());
		expect(text).toContain('  Switzerland                  .           .           .           !           .\n');
		expect(text).toContain('PL 1.03/1): proposal 1) (item PL 1.03)\n');
		expect(text).toContain('PL 1.01 Draft budget of the Union\n');
	});
});

describe('moving on the matrix screen', () => {
	test('by cell, by page and to the ends, the window following; never past the edges', async () => {
		const {moveMatrix} = await import('../../source/outcomes/matrix-cursor.js');
		const matrix = matrixOf();
		let window = {top: 0, left: 0, row: 0, column: 0, width: 60, height: 6};
		window = moveMatrix(matrix, window, 'G');
		expect(window).toMatchObject({row: 3, top: 1});
		window = moveMatrix(matrix, window, 'end');
		expect(window).toMatchObject({column: 4, left: 2});
		expect(moveMatrix(matrix, window, 'right')).toEqual(window);
		expect(moveMatrix(matrix, window, 'down')).toEqual(window);
		window = moveMatrix(matrix, moveMatrix(matrix, window, 'pageup'), 'home');
		expect(window).toMatchObject({row: 0, column: 0, top: 0, left: 0});
		expect(moveMatrix(matrix, window, 'x')).toBe(window);
	});
});
