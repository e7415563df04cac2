import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {entityLabel} from '../../source/dataset/labels.js';
import {outcomeKinds} from '../../source/outcomes/outcome-kinds.js';
import {draftDecision} from '../../source/journal/draft-decision.js';
import {helpLines} from '../../source/features/help/help-lines.js';
import {reducer, type Action} from '../../source/features/reducer.js';
import {announcements} from '../../source/features/line-mode/announce.js';
import {lineReducer} from '../../source/features/line-mode/line-reducer.js';
import {parseCommand} from '../../source/features/line-mode/parse-command.js';
import {helpLines as lineHelpLines, showLines} from '../../source/features/line-mode/show-lines.js';
import {lineText, type Line} from '../../source/format/line.js';
import {pseudoMessage} from '../../source/i18n/pseudo.js';
import {setLanguage} from '../../source/i18n/translate.js';
import {keymap} from '../../source/keymap/keymap.js';
import {createInitialState, type State} from '../../source/state/state.js';
import {screenLines} from '../../source/ui/screen.js';
import {fixtureIndex} from '../state/fixture.js';

/*
Every screen drawn in the pseudo-language (source/i18n/pseudo.ts: each
catalogue message's letters accented): a plain ASCII word left on screen came
from the data, from a key's name, or from a literal that skipped the catalogue,
which is what this test catches. The screens are the dashboard's states reached
by its own reducer, and line mode's lines.
*/

const index = fixtureIndex();

/** Words the data holds (titles, names, numbers' letters): these are shown as they are, in any language. */
function dataWords(value: unknown, into = new Set<string>()): Set<string> {
	if (typeof value === 'string') {
		for (const word of value.match(/[A-Za-z]+/g) ?? []) {
			into.add(word);
		}
	} else if (Array.isArray(value)) {
		for (const item of value) {
			dataWords(item, into);
		}
	} else if (value !== null && typeof value === 'object') {
		for (const item of Object.values(value)) {
			dataWords(item, into);
		}
	}

	return into;
}

const allowed = dataWords(index.dataset);
// The outcome words of the decision form are what is typed (their first letter picks one), like line mode's command words.
dataWords(outcomeKinds, allowed);
// The decision's draft is built from the document's own action wording ("The Council approved the report 2.").
dataWords(index.dataset.agendaItems.map(item => draftDecision(item.action)), allowed);
// Entity labels ("C26/12 proposal 1", "Resolution 71") are names the CLI's JSON carries too: still English
// (source/dataset/labels.ts, listed in the README as not yet in the catalogue), so taken as data here.
dataWords([...index.entities.values()].map(entity => entityLabel(entity, index.entities)), allowed);
// The header's zone ("UTC", "UTC+02:00", format/time.ts): UTC is the same abbreviation in every language (ITU-R TF.460).
allowed.add('UTC');
for (const typed of ['bud', 'zzz']) {
	allowed.add(typed);
}

// Key names are printed on the keyboard, not translated (Ctrl+S, PgDn, Esc, jk); what the tests type is data too.
for (const binding of keymap) {
	for (const word of `${binding.label} ${binding.footerText?.split(' ')[0] ?? ''}`.match(/[A-Za-z]{2,}/g) ?? []) {
		allowed.add(word);
	}
}

/** ASCII words of two letters or more that are neither data nor a key's name. */
function untranslated(lines: readonly string[]): string[] {
	return [...new Set(lines.flatMap(line => line.match(/[A-Za-z]{2,}/g) ?? []))].filter(word => !allowed.has(word));
}

const text = (lines: readonly Line[]) => lines.map(line => lineText(line));

function run(state: State, ...actions: Action[]): State {
	return actions.reduce(reducer, state);
}

const key = (name: string, typed?: string): Action => (typed === undefined ? {type: 'key', key: name} : {type: 'key', key: name, text: typed});

beforeAll(() => {
	setLanguage('en', pseudoMessage);
});

afterAll(() => {
	setLanguage('en');
});

describe('the pseudo-language', () => {
	it('catches an English word that did not come through the catalogue or the data', () => {
		expect(untranslated(['Ťĥé àĝéñđà', 'Agenda 1/12', 'Report on topic 2'])).toEqual(['Agenda']);
	});

	// Built inside each test: the screens are drawn (and their lines cached) in the pseudo-language.
	const start = () => createInitialState(index, {size: {columns: 100, rows: 30}, now: Date.UTC(2026, 5, 1, 9, 42, 7), openedAt: Date.UTC(2026, 5, 1, 9, 0), role: 'secretary'});
	const screens: Record<string, () => State> = {
		'the agenda': start,
		'the detail, scrolled': () => run(start(), key('j'), key('tab'), key('G')),
		'the positions': () => run(start(), key('j'), key('tab'), key('tab')),
		'a proposal\'s positions': () => run(start(), key('j'), key('tab'), key('tab'), key(']')),
		'the filter being typed': () => run(start(), key('/'), key('paste', 'bud')),
		'a filter matching nothing': () => run(start(), key('/'), key('paste', 'zzz'), key('return')),
		'the lookup prompt': () => run(start(), key('#'), key('paste', '71')),
		'the help screen': () => run(start(), key('?')),
		'a viewer\'s footer': () => createInitialState(index, {size: {columns: 100, rows: 30}, now: 0, role: 'viewer'}),
		'a narrow terminal': () => run(start(), {type: 'resize', size: {columns: 60, rows: 16}}),
		'too small a terminal': () => run(start(), {type: 'resize', size: {columns: 30, rows: 10}}),
		'the decision form': () => run(start(), key('j'), key('d')),
		'the decision form, outcome field, asking before discarding': () => run(start(), key('j'), key('d'), key('paste', 'x'), key('tab'), key('escape')),
		'the status form': () => run(start(), key('s')),
		'the position form, finding a delegation': () => run(start(), key('p'), key('paste', 'fr')),
		'the position form, nothing matching': () => run(start(), key('p'), key('paste', 'zzz')),
		'the position form, the stance': () => run(start(), key('p'), key('paste', 'fr'), key('return')),
		'the position form, the note': () => run(start(), key('p'), key('paste', 'fr'), key('return'), key('1')),
		'a recording key with no journal': () => run(createInitialState(index, {size: {columns: 100, rows: 30}, now: 0}), key('d')),
		'a viewer pressing d': () => run(createInitialState(index, {size: {columns: 100, rows: 30}, now: 0, role: 'viewer'}), key('d')),
	};
	for (const [name, state] of Object.entries(screens)) {
		it(`${name}: no English word on screen but the data's`, () => {
			expect(untranslated(text(screenLines(state())))).toEqual([]);
		});
	}

	it('every line of the help screen', () => {
		expect(untranslated(text(helpLines(100)))).toEqual([]);
	});

	it('line mode: help, show, and what is said for each change', () => {
		expect(untranslated(lineHelpLines().map(line => line.replace(/^\w+/, '')))).toEqual([]);
		expect(untranslated(showLines(run(start(), key('j'))))).toEqual([]);
		let state = start();
		const said: string[] = [];
		for (const typed of ['next', 'filter topic', 'filter', 'item 1.04', 'current 1.02', 'dance']) {
			const parsed = parseCommand(index, typed);
			if (parsed.kind === 'error') {
				said.push(parsed.message);
			}

			for (const action of parsed.kind === 'actions' ? parsed.actions : []) {
				const next = lineReducer(state, action);
				said.push(...announcements(state, next));
				state = next;
			}
		}

		// The command words themselves (next, filter, ...) are what is typed: they stay English.
		expect(said.length).toBeGreaterThan(5);
		expect(untranslated(said).filter(word => !['dance'].includes(word))).toEqual([]);
	});
});
