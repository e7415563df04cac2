import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {entityLabel, kindWord, shownLabel} from '../../source/dataset/labels.js';
import {lookup} from '../../source/dataset/lookup.js';
import {lookupView} from '../../source/features/lookup/lookup-view.js';
import {reducer, type Action} from '../../source/features/reducer.js';
import {lookupText} from '../../source/format/lookup-text.js';
import {lookupJson} from '../../source/format/lookup-json.js';
import {lineText} from '../../source/format/line.js';
import {pseudoMessage} from '../../source/i18n/pseudo.js';
import {setLanguage} from '../../source/i18n/translate.js';
import {neutralWords, shownWords} from '../../source/i18n/words/words.js';
import {describeEntry, formatLogLine} from '../../source/journal/describe.js';
import type {ReplayContext} from '../../source/journal/entry-kinds/entry-kind.js';
import {entryKinds} from '../../source/journal/entry-kinds/registry.js';
import {defaultFloorSettings} from '../../source/journal/floor/floor-settings.js';
import type {FloorContext, ItemFloor} from '../../source/journal/floor/floor-state.js';
import {floorRejection, type RulesView} from '../../source/journal/floor/rules.js';
import {statementSentence} from '../../source/journal/floor/statement-text.js';
import type {FloorEvent} from '../../source/journal/floor/floor-events.js';
import type {JournalEntry} from '../../source/journal/schema.js';
import {keymap} from '../../source/keymap/keymap.js';
import {shareStatusText} from '../../source/share/order.js';
import {createInitialState, type State} from '../../source/state/state.js';
import {screenLines} from '../../source/ui/screen.js';
import {fixtureIndex} from '../state/fixture.js';

/*
The words of issue 16's part 2 drawn in the pseudo-language (source/i18n/pseudo.ts):
every journal entry kind described (the registry iterated, so a new kind must
bring its samples), the refusals of the entry kinds and of the floor's rules,
a statement as the record words it, every entity's label and kind, the lookup
overlay and `council lookup`'s text, the header's share words. What is left on
screen once every string of the data is taken out must hold no ASCII word: an
English literal that skipped the catalogue stays and is named. Labels for JSON
and lookup keys (neutralWords) stay the catalogue's English whatever the language.
*/

const index = fixtureIndex();

/** Every string the dataset holds, but enum-like ids ("take-note"), which would hide the same English word: longest first. */
function dataStrings(value: unknown, into = new Set<string>()): Set<string> {
	if (typeof value === 'string') {
		if (value.trim() !== '' && !/^[a-z]+(?:-[a-z]+)*$/.test(value)) {
			into.add(value);
		}
	} else if (Array.isArray(value)) {
		for (const item of value) {
			dataStrings(item, into);
		}
	} else if (value !== null && typeof value === 'object') {
		for (const item of Object.values(value)) {
			dataStrings(item, into);
		}
	}

	return into;
}

const data = [...dataStrings(index.dataset)];
// Key names are printed on the keyboard (Esc, Tab, PgDn), not translated.
const keyNames = new Set(keymap.flatMap(binding => `${binding.label} ${binding.footerText?.split(' ')[0] ?? ''}`.match(/[A-Za-z]{2,}/g) ?? []));
keyNames.add('UTC');

/** ASCII words of two letters or more left once the data's strings are taken out of each line. */
function english(lines: readonly string[], extra: readonly string[] = []): string[] {
	const strings = [...extra, ...data].sort((a, b) => b.length - a.length);
	const words = lines.flatMap(line => {
		let rest = line;
		for (const text of strings) {
			rest = rest.replaceAll(text, ' ');
		}

		return rest.match(/[A-Za-z]{2,}/g) ?? [];
	});
	return [...new Set(words)].filter(word => !keyNames.has(word));
}

const author = {name: 'Ana Secretary', role: 'secretary'} as const;
const entry = (kind: string, payload: unknown, id = `lz0a1b2c3-${(0x1000_0000 + kind.length).toString(16)}`): JournalEntry =>
	({v: 1, id, time: '2026-06-01T09:30:00Z', author, kind, payload}) as JournalEntry;

/** Payloads of each kind, every variant its words have; a kind missing here fails the first test. */
const samples: Record<string, readonly unknown[]> = {
	decision: [
		{target: 'item-2', outcome: 'approved', text: 'The Council approved the report 2.'},
		{target: 'prop-2-1', outcome: 'other', text: '', outcomes: [{kind: 'noted'}, {kind: 'confirmed'}, {kind: 'agreed'}, {kind: 'decided'}, {kind: 'instructed'}, {kind: 'referred'}], number: 'Decision 650 (C25)'},
	],
	status: [{item: 'item-3', status: 'under-consideration'}],
	position: [{delegation: 'fr', on: 'prop-2-2', stance: 'more-information', note: 'Too early'}, {delegation: 'cn', on: 'item-2', stance: 'neutral'}],
	current: [{item: 'item-1'}],
	undo: [{entry: 'lz0a1b2c3-10000008'}, {entry: 'lz0a1b2c3-10000004'}, {entry: 'lz0a1b2c3-ffffffff'}],
	'floor-request': [{item: 'item-1', delegation: 'fr', kind: 'speak'}, {item: 'item-1', delegation: 'eg', kind: 'point-of-order'}, {item: 'item-1', delegation: 'cn', kind: 'reply'}],
	'floor-withdraw': [{item: 'item-1', delegation: 'fr'}],
	'floor-move': [{item: 'item-1', delegation: 'fr', by: -1}, {item: 'item-1', delegation: 'fr', by: 3}],
	'floor-give': [{item: 'item-1', delegation: 'br'}],
	'floor-end': [{item: 'item-1', delegation: 'br'}],
	'floor-statement': [{item: 'item-1', delegation: 'fr', text: 'Supports'}, {item: 'item-1', delegation: 'fr', text: 'Supports', stance: 'opposes'}],
	'floor-close': [{item: 'item-1'}],
	'floor-open': [{item: 'item-1'}],
	'floor-plan': [{item: 'item-1', minutes: 1}, {item: 'item-1', minutes: 25}],
	vote: [
		{target: 'item-2', counts: {yes: 30, no: 2, abstain: 1, absent: 15}, majority: 'simple'},
		{target: 'prop-2-1', counts: {yes: 1, no: 1, abstain: 0, absent: 0}, roll: [{delegation: 'fr', option: 'yes'}, {delegation: 'cn', option: 'no'}], majority: 'two-thirds'},
	],
	delegation: [{id: 'va', name: 'Holy See', kind: 'observer'}, {id: 'itu', name: 'Secretariat', kind: 'secretariat'}],
};

// The samples' texts (a decision's, a note, a new delegation's name), and every id, are data too: kinds and enums are not.
data.push(...dataStrings(samples), ...[...index.entities.keys()].filter(id => /^[a-z]{2,}$/.test(id)), 'va', 'itu');
data.sort((a, b) => b.length - a.length);

const entries = entryKinds.flatMap(kind => (samples[kind.kind] ?? []).map((payload, position) => entry(kind.kind, payload, `lz0a1b2c3-${(0x1000_0000 + position * 4 + entryKinds.indexOf(kind)).toString(16).padStart(8, '0')}`)));
const byId = new Map(entries.map(each => [each.id, each]));
// An undo of a decision and an undo of an undo (one level of detail).
byId.set('lz0a1b2c3-10000008', entry('decision', samples['decision']![0], 'lz0a1b2c3-10000008'));
byId.set('lz0a1b2c3-10000004', entry('undo', {entry: 'lz0a1b2c3-10000008'}, 'lz0a1b2c3-10000004'));

const nothingKnown: ReplayContext = {itemIds: new Set(), proposalIds: new Set(), delegationIds: new Set(), byId: new Map()};

beforeAll(() => {
	setLanguage('en', pseudoMessage);
});

afterAll(() => {
	setLanguage('en');
});

describe('the words in the pseudo-language', () => {
	it('catches an English word the data does not hold', () => {
		expect(english(['Ťĥé Report on topic 1 ŕéƥóŕť', 'Cited by (2)'])).toEqual(['Cited', 'by']);
	});

	it('every entry kind has samples here', () => {
		expect(entryKinds.map(kind => kind.kind).filter(kind => samples[kind] === undefined)).toEqual([]);
	});

	for (const kind of entryKinds) {
		it(`${kind.kind}: described (the dashboard, line mode, council log) and refused with no English word`, () => {
			const described = entries.filter(each => each.kind === kind.kind);
			expect(described.length).toBeGreaterThan(0);
			const lines = described.flatMap(each => [describeEntry(each, index, byId, shownWords), formatLogLine(each, index, byId)]);
			// Who recorded it is data; the entry's id is letters and digits.
			expect(english(lines, ['Ana Secretary', ...described.map(each => each.id), ...byId.keys()])).toEqual([]);
			const refusals = described.map(each => kind.rejection(each.payload as never, nothingKnown, shownWords)).filter(reason => reason !== undefined);
			expect(english(refusals, ['lz0a1b2c3-ffffffff', ...byId.keys(), 'va', 'itu'])).toEqual([]);
		});
	}

	it('a described entry is the catalogue\'s English unless a screen asks (the minutes\' JSON keeps it)', () => {
		expect(describeEntry(entry('status', {item: 'item-3', status: 'deferred'}), index)).toBe('status of PL 1.03 Budget of the Union for 2026-2027: deferred');
		expect(describeEntry(entry('status', {item: 'item-3', status: 'deferred'}), index, undefined, shownWords)).toBe('šťàťúš óƒ PL 1.03 Budget of the Union for 2026-2027: đéƒéŕŕéđ');
		expect(statementSentence({kind: 'member-state', name: 'United States'}, 'councillor', 'agreed')).toBe('The councillor from the United States agreed.');
	});

	it('refusals for replay stay the catalogue\'s English, as council log --json keeps them', () => {
		const rejection = entryKinds.find(kind => kind.kind === 'position')!.rejection;
		expect(rejection({delegation: 'xx', on: 'nowhere', stance: 'supports'} as never, nothingKnown)).toBe('no agenda item or proposal "nowhere" in the dataset');
	});

	it('every refusal of the floor\'s rules', () => {
		const queue = [{entryId: 'e1', delegation: 'fr', kind: 'speak', at: 0}, {entryId: 'e2', delegation: 'eg', kind: 'speak', at: 1}] as const;
		const list = (isClosed: boolean): ItemFloor => ({item: 'item-1', queue, isClosed});
		const view = (isClosed: boolean, speaking?: string): RulesView => ({
			item: () => list(isClosed),
			speaker: speaking === undefined ? undefined : {entryId: 's', item: 'item-1', delegation: speaking, kind: 'speak', start: 0},
			hasSpoken: () => true,
		});
		const context: FloorContext = {settings: {...defaultFloorSettings, observersOnce: true}, roleOf: id => (id === 'br' ? 'observer' : 'councillor'), nameOf: id => index.entities.get(id)?.kind === 'delegation' ? (index.entities.get(id)!.value as {name: string}).name : id};
		const refused: Array<[RulesView, FloorEvent]> = [
			[view(false), {type: 'request', item: 'item-1', delegation: 'fr', kind: 'speak'}],
			[view(true), {type: 'request', item: 'item-1', delegation: 'cn', kind: 'speak'}],
			[view(false), {type: 'request', item: 'item-1', delegation: 'br', kind: 'speak'}],
			[view(false), {type: 'withdraw', item: 'item-1', delegation: 'cn'}],
			[view(false), {type: 'move', item: 'item-1', delegation: 'cn', by: 1}],
			[view(false), {type: 'move', item: 'item-1', delegation: 'fr', by: -1}],
			[view(false), {type: 'move', item: 'item-1', delegation: 'eg', by: 1}],
			[view(false, 'fr'), {type: 'give', item: 'item-1', delegation: 'fr'}],
			[view(false), {type: 'end', item: 'item-1', delegation: 'fr'}],
			[view(false, 'eg'), {type: 'end', item: 'item-1', delegation: 'fr'}],
			[view(false), {type: 'statement', item: 'item-1', delegation: 'fr', text: ' '}],
			[view(true), {type: 'close', item: 'item-1'}],
			[view(false), {type: 'open', item: 'item-1'}],
			[view(false), {type: 'plan', item: 'item-1', minutes: 0}],
		];
		const reasons = refused.map(([rules, event]) => floorRejection(rules, event, context));
		expect(reasons.every(reason => reason !== undefined)).toBe(true);
		expect(english(reasons as string[])).toEqual([]);
		// Replay's reason is the catalogue's English.
		expect(floorRejection(view(true), {type: 'close', item: 'item-1'}, context, neutralWords)).toBe('the list of speakers is already closed');
	});

	it('a statement as the summary record words it', () => {
		const lines = [
			statementSentence({kind: 'member-state', name: 'United States'}, 'councillor', 'supported proposal 1; asked for a cost estimate', shownWords),
			statementSentence({kind: 'observer', name: 'Holy See'}, 'observer', '', shownWords),
			statementSentence({kind: 'secretariat', name: 'Secretariat'}, 'observer', 'explained', shownWords),
		];
		expect(english(lines, ['United States', 'Holy See', 'Secretariat', 'supported proposal 1', 'asked for a cost estimate', 'explained'])).toEqual([]);
	});

	it('every entity\'s label and kind; the labels JSON and lookups use stay English', () => {
		const entities = [...index.entities.values()];
		expect(english(entities.map(entity => `${shownLabel(entity, index.entities)} · ${kindWord[entity.kind]}`))).toEqual([]);
		const resolution = index.entities.get('res-71')!;
		expect(entityLabel(resolution, index.entities)).toBe('Resolution 71 (Rev. Bucharest, 2022)');
		expect(entityLabel(index.entities.get('prop-2-2')!, index.entities)).toBe('C26/12 proposal 2');
		expect(entityLabel(index.entities.get('item-1')!, index.entities)).toBe('Item PL 1.01: Report on topic 1');
		const json = JSON.stringify(lookupJson(lookup(index, '71'), index.entities));
		expect(json).toContain('"label":"Resolution 71 (Rev. Bucharest, 2022)"');
		expect(json).not.toMatch(/[À-ž]/);
		expect(lookup(index, 'C26/12 proposal 2').kind).toBe('found');
	});

	it('a label\'s data is data: an instrument called "constructor", escape sequences in a revision', () => {
		const hostile = fixtureIndex({
			edit(input) {
				input.instruments = [{id: 'odd', instrument: 'constructor', article: '9', provisions: []}];
				input.resolutions = [{id: 'res-9', number: 9, body: 'council', revision: 'Rev. \u001B[31mred\u001B[0m', title: 'T', excerpts: []}];
			},
		});
		expect(entityLabel(hostile.entities.get('odd')!, hostile.entities)).toBe('Article 9 of the constructor');
		expect(shownLabel(hostile.entities.get('odd')!, hostile.entities)).toBe('Àŕťíçľé 9 óƒ ťĥé constructor');
		expect(shownLabel(hostile.entities.get('res-9')!, hostile.entities)).not.toMatch(/\u001B/);
	});

	it('the lookup overlay: found, its citations, ambiguous, not found', () => {
		for (const query of ['71', 'PP-22/157', 'C26/12 proposal 2', '1.02', 'France', 'C26/12', 'zzz-nothing', 'Resolution 7']) {
			const result = lookup(index, query);
			const view = lookupView(index, result, 400);
			const suggestions = result.kind === 'not-found' ? result.suggestions : [];
			expect(english([view.title, ...view.lines.map(line => lineText(line.line))], [query, ...suggestions]), query).toEqual([]);
		}
	});

	it('council lookup\'s text', () => {
		for (const query of ['71', 'PP-22/157', 'C26/12 proposal 2', '1.02', 'France', 'C26/12', 'session', 'zzz-nothing']) {
			const result = lookup(index, query);
			const suggestions = result.kind === 'not-found' ? result.suggestions : [];
			const ids = result.kind === 'found' ? [result.entity.value.id] : result.kind === 'ambiguous' ? result.candidates.map(candidate => candidate.entity.value.id) : [];
			expect(english(lookupText(index, result).split('\n'), [query, ...suggestions, ...ids]), query).toEqual([]);
		}
	});

	it('the header\'s share words', () => {
		const statuses = [
			shareStatusText({state: 'online', unshared: 0, isReadOnly: false}),
			shareStatusText({state: 'online', unshared: 3, isReadOnly: false}),
			shareStatusText({state: 'connecting', unshared: 1, isReadOnly: false}),
			shareStatusText({state: 'offline', unshared: 2, isReadOnly: false}),
			shareStatusText({state: 'offline', unshared: 2, isReadOnly: false, reason: 'password authentication failed'}),
		];
		for (const shareStatus of statuses) {
			const start = createInitialState(index, {size: {columns: 200, rows: 30}, now: Date.UTC(2026, 5, 1, 9, 42, 7), openedAt: Date.UTC(2026, 5, 1, 9, 0), role: 'secretary'});
			const state: State = {...start, records: {...start.records, shareStatus}};
			const header = screenLines(state).map(line => lineText(line)).find(line => line.includes(shareStatus));
			expect(header, shareStatus).toBeDefined();
			expect(english([header!], ['password authentication failed'])).toEqual([]);
		}
	});

	it('the positions pane names a proposal in the interface\'s language', () => {
		const start = createInitialState(index, {size: {columns: 120, rows: 40}, now: 0, role: 'secretary'});
		const key = (name: string): Action => ({type: 'key', key: name});
		const state = [key('j'), key('tab'), key('tab'), key(']')].reduce(reducer, start);
		const lines = screenLines(state).map(line => lineText(line));
		expect(lines.some(line => line.includes('C26/12 ƥŕóƥóšàľ'))).toBe(true);
		expect(lines.some(line => line.includes('C26/12 proposal'))).toBe(false);
	});
});
