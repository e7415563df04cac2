import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {floorText} from '../../source/features/floor/floor-report.js';
import {floorContextFor} from '../../source/features/floor/floor-world.js';
import {reducer, type Action} from '../../source/features/reducer.js';
import {lineText, type Line} from '../../source/format/line.js';
import {pseudoMessage} from '../../source/i18n/pseudo.js';
import {setLanguage} from '../../source/i18n/translate.js';
import {keymap} from '../../source/keymap/keymap.js';
import type {DatasetIndex} from '../../source/dataset/build-index.js';
import type {SessionRecords} from '../../source/state/records.js';
import {createInitialState, type State} from '../../source/state/state.js';
import {screenLines} from '../../source/ui/screen.js';
import {item} from '../floor/fixture.js';
import {fixtureIndex} from '../state/fixture.js';
import {floorIndex, floorRecords, overtimeAt, warningAt} from './floor-scenes.js';

/*
The floor's, the consensus matrix's and the roll call's screens drawn in the
pseudo-language (source/i18n/pseudo.ts: every catalogue message's letters
accented): a plain ASCII word left on screen came from the data, from a key's
name, or from a literal that skipped the catalogue, which is what fails here.
The screens are reached by the dashboard's own reducer, as a chair reaches them.
*/

const matrixIndex = fixtureIndex();

/** Words the data holds (titles, names, statements): shown as they are, in any language. */
function dataWords(value: unknown, into: Set<string>): Set<string> {
	if (typeof value === 'string') {
		for (const word of value.match(/[A-Za-z]+/g) ?? []) {
			into.add(word);
		}
	} else if (Array.isArray(value)) {
		for (const entry of value) {
			dataWords(entry, into);
		}
	} else if (value !== null && typeof value === 'object') {
		for (const entry of Object.values(value)) {
			dataWords(entry, into);
		}
	}

	return into;
}

const allowed = new Set<string>(['UTC']);
dataWords(floorIndex.dataset, allowed);
dataWords(matrixIndex.dataset, allowed);
// The statement's text and what the tests type are what the secretary typed: data.
dataWords(['Supports the proposal, with an amendment', 'mex zzz Agrees'], allowed);
// Key names are printed on the keyboard, not translated (Ctrl+S, Esc, Bksp, jk).
for (const binding of keymap) {
	for (const word of `${binding.label} ${binding.footerText?.split(' ')[0] ?? ''}`.match(/[A-Za-z]{2,}/g) ?? []) {
		allowed.add(word);
	}
}

/** ASCII words of two letters or more that are neither data nor a key's name (a data word cut to its column, "Imple…", is data). */
function untranslated(lines: readonly string[]): string[] {
	const words = [...new Set(lines.flatMap(line => line.match(/[A-Za-z]{2,}…?/g) ?? []))];
	return words.filter(word => (word.endsWith('…') ? ![...allowed].some(whole => whole.startsWith(word.slice(0, -1))) : !allowed.has(word)));
}

const text = (lines: readonly Line[]) => lines.map(line => lineText(line));
const key = (name: string, typed?: string): Action => (typed === undefined ? {type: 'key', key: name} : {type: 'key', key: name, text: typed});

function run(state: State, ...actions: Action[]): State {
	return actions.reduce(reducer, state);
}

function floorState(now: number, columns = 100, rows = 30, records: SessionRecords = floorRecords()): State {
	return createInitialState(floorIndex, {size: {columns, rows}, now, openedAt: now - 1_000_000, role: 'secretary', records});
}

const matrixState = (index: DatasetIndex = matrixIndex) => createInitialState(index, {size: {columns: 100, rows: 30}, now: Date.UTC(2026, 5, 1, 9, 42, 7), role: 'secretary'});

beforeAll(() => {
	setLanguage('en', pseudoMessage);
});

afterAll(() => {
	setLanguage('en');
});

describe('the floor, the matrix and the roll call in the pseudo-language', () => {
	it('catches an English word that did not come through the catalogue or the data', () => {
		expect(untranslated(['Ƥàŕóľé Brazil 2:31 · Imple…', 'Floor: nobody', 'Ƥàŕóľé Nobo…'])).toEqual(['Floor', 'nobody', 'Nobo…']);
	});

	const screens: Record<string, () => State> = {
		'the header, a speaker warned': () => floorState(warningAt),
		'the header, overtime': () => floorState(overtimeAt),
		'the one-line header of a narrow terminal, warned': () => floorState(warningAt, 60, 20),
		'the one-line header of a narrow terminal, overtime': () => floorState(overtimeAt, 60, 20),
		'the header, nobody speaking, requests waiting': () => floorState(overtimeAt, 100, 30, floorRecords({type: 'end', item, delegation: 'br'})),
		'the floor overlay: list, who spoke, statements, time per delegation': () => run(floorState(warningAt), key('f')),
		'the floor overlay at 3:05, the list closed, the speaker on another item': () => run(floorState(overtimeAt, 100, 30, floorRecords({type: 'close', item}, {type: 'give', item: 'item-2', delegation: 'cn'})), key('f')),
		'the floor overlay, the list empty': () => run(floorState(overtimeAt, 100, 30, floorRecords({type: 'withdraw', item, delegation: 'eg'}, {type: 'withdraw', item, delegation: 'cn'}, {type: 'withdraw', item, delegation: 'mx'})), key('f')),
		'the speaker picker': () => run(floorState(warningAt), key('f'), key('a'), key('paste', 'mex')),
		'the speaker picker, a point of order, nothing matching': () => run(floorState(warningAt), key('f'), key('a'), key('tab'), key('paste', 'zzz'), key('return')),
		'the speaker picker, a right of reply': () => run(floorState(warningAt), key('f'), key('a'), key('tab'), key('tab')),
		'the statement form, nothing typed': () => run(floorState(warningAt), key('f'), key('t'), key('return')),
		'the statement form, its stance': () => run(floorState(warningAt), key('f'), key('t'), key('paste', 'Agrees'), key('tab'), key('1')),
		'the statement form, no stance yet': () => run(floorState(warningAt), key('f'), key('t'), key('tab')),
		'the plan form, one minute': () => run(floorState(warningAt), key('f'), key('m'), key('ctrl-u'), key('paste', '1')),
		'the plan form, refused': () => run(floorState(warningAt), key('f'), key('m'), key('ctrl-u'), key('return')),
		'the floor saving': () => run(floorState(warningAt), key('f'), key('x')),
		'x with nobody speaking': () => run(floorState(overtimeAt, 100, 30, floorRecords({type: 'end', item, delegation: 'br'})), key('x')),
		'n on an empty list': () => run(floorState(overtimeAt, 100, 30, floorRecords({type: 'withdraw', item, delegation: 'eg'}, {type: 'withdraw', item, delegation: 'cn'}, {type: 'withdraw', item, delegation: 'mx'})), key('f'), key('n')),
		'a viewer pressing a': () => run(createInitialState(floorIndex, {size: {columns: 100, rows: 30}, now: warningAt, role: 'viewer', records: floorRecords()}), key('a')),
		'a floor key with no journal': () => run(createInitialState(floorIndex, {size: {columns: 100, rows: 30}, now: warningAt, records: floorRecords()}), key('x')),
		'the matrix': () => run(matrixState(), key('m')),
		'the matrix, on a stance, then on an objection': () => run(matrixState(), key('m'), key('l')),
		'the matrix, a cell with an objection': () => run(matrixState(), key('m'), key('j'), key('j'), key('l'), key('l'), key('l')),
		'the matrix of the floor: a delegation that spoke': () => run(createInitialState(floorIndex, {size: {columns: 100, rows: 30}, now: warningAt, role: 'secretary', records: floorRecords()}), key('m')),
		'the vote form': () => run(matrixState(), key('j'), key('v')),
		'the vote form, called, two-thirds': () => run(matrixState(), key('j'), key('v'), key('paste', 'yna'), key('t')),
		'the vote form, saved with nothing called': () => run(matrixState(), key('j'), key('v'), key('ctrl-s')),
		'the vote form, saving': () => run(matrixState(), key('j'), key('v'), key('paste', 'yy'), key('ctrl-s')),
		'the vote form, counts typed': () => run(matrixState(), key('j'), key('v'), key('c'), key('paste', '2'), key('tab'), key('paste', '1')),
		'the vote form, counts, nothing typed, saved': () => run(matrixState(), key('j'), key('v'), key('c'), key('ctrl-s')),
		'the vote form, counts, too many': () => run(matrixState(), key('j'), key('v'), key('c'), key('paste', '9'), key('ctrl-s')),
	};
	for (const [name, state] of Object.entries(screens)) {
		it(`${name}: no English word on screen but the data's`, () => {
			const lines = text(screenLines(state()));
			expect(lines.join('\n')).not.toBe('');
			expect(untranslated(lines)).toEqual([]);
		});
	}

	it('council floor list: the list as text', () => {
		const lines = floorText({index: floorIndex, floor: floorRecords().floor!, context: floorContextFor(floorIndex.dataset), item, now: warningAt}).split('\n');
		expect(lines.length).toBeGreaterThan(8);
		expect(untranslated(lines)).toEqual([]);
	});
});
