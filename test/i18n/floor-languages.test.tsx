import {stripVTControlCharacters} from 'node:util';
import {cleanup, render} from 'ink-testing-library';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {voteLines} from '../../source/features/record-vote/vote-lines.js';
import type {VoteForm} from '../../source/features/record-vote/vote-form.js';
import type {Language} from '../../source/i18n/catalogue-types.js';
import {setLanguage, t} from '../../source/i18n/translate.js';
import {rollCallForm, rollCallKey} from '../../source/outcomes/roll-call-form.js';
import {displayWidth} from '../../source/text/width.js';
import {App} from '../../source/ui/app.js';
import {fixtureIndex} from '../state/fixture.js';
import {keys, renderDashboard, tick} from '../ui/dashboard-harness.js';
import {floorIndex, floorRecords, overtimeAt, warningAt} from './floor-scenes.js';

/*
The floor, the consensus matrix and the roll call in other languages: exact
French frames at 80x24, and in French and Arabic at 80x24 and 120x40 every line
within the terminal's width (cut by display width, never wrapped by the
terminal), the frame exactly its height, and no bidi control character written
(Arabic stays in logical order, README "Languages"). Plural forms by each
language's rules where a count is shown.
*/

const matrixIndex = fixtureIndex();

beforeAll(() => {
	process.env['TZ'] = 'UTC';
});

afterEach(() => {
	cleanup();
	setLanguage('en');
});

afterAll(() => {
	setLanguage('en');
});

const floorFr80x24 = [
	'ITU Council · Council 2026',
	'09:02:31 UTC · écoulé 0:17:31 · point 17:31 sur 20:00 · fin ~09:05 · en cours :',
	'Parole : Brazil 2:31 · reste 0:29 (alerte) · 3 en attente | ○ 2 en attente · ◐ …',
	'──[ Parole ]────────────────────────────────────────────────────────────────────',
	'Point 1 Implementation of the "One ITU" concept · liste ouverte · prévu 20:00',
	'Parole : Brazil 2:31 · reste 0:29 (alerte)',
	'Liste des orateurs : 3 en attente',
	'> 1. Egypt   membre       [motion d’ordre]',
	'  2. China   membre',
	'  3. Mexico  observateur',
	'Ont pris la parole sur ce point : Brazil deux fois (5:01)',
	'Déclarations, dans l’ordre des interventions',
	'  Brazil : Supports the proposal, with an amendment (pour)',
	'Temps de parole par délégation, toute la session',
	'  Brazil    2 interventions    5:01',
	'',
	'',
	'',
	'',
	'',
	'',
	'',
	'f parole  a ajouter orateur  n suivant  x fin parole  t déclaration',
].join('\n');

const matrixFr80x24 = [
	'ITU Council · Council 2026',
	'09:42:07 UTC · écoulé 0:42:07 · en cours : * PL 1.01 Report on topic 1',
	'○ 3 en attente · ◐ 3 en examen · ● 3 décidé · » 3 reporté',
	'──[ Matrice du consensus · 4 délégations × 14 points et propositions · m ou Éch…',
	'Délégation     PL 1.01     PL 1.02  PL 1.02/1)  PL 1.02/2)     PL 1.03',
	'  中国               .           +           .           .           .',
	'> مصر                .          [!]          .           .           .',
	'  France             .           +           .           -           .',
	'  Brazil             .           +           .           .           .',
	'  objections        ok          1!          ok          1!          ok',
	'+ pour  - contre  ! réserve  ? précisions  = neutre  s a parlé  . rien',
	'مصر sur PL 1.02 Report on topic 2 : réserve',
	...Array.from({length: 10}, () => ''),
	'm matrice  ←→↑↓/hjkl déplacer',
].join('\n');

const voteFr80x24 = [
	'ITU Council · Council 2026',
	'09:42:07 UTC · écoulé 0:42:07 · en cours : * PL 1.01 Report on topic 1',
	'○ 3 en attente · ◐ 3 en examen · ● 3 décidé · » 3 reporté',
	'──[ Vote par appel nominal sur le point PL 1.02 ]───────────────────────────────',
	'  y oui  n non  a abstention  - absent  ↑/↓ corriger',
	'  t majorité : des deux tiers',
	'  1 pour, 1 contre, 1 abstention · 3/4 appelées',
	'  majorité de 2 sur 2 exprimés : non adopté',
	'  o ordre : celui de la liste  s commencer ici  c compter les voix',
	'    中国      oui',
	'    مصر       non',
	'    France    abstention',
	'  > Brazil    ·',
	'  Ctrl+S enregistre · Échap annule',
	...Array.from({length: 8}, () => ''),
	'Ctrl+S enregistrer  Esc annuler',
].join('\n');

type Scene = {readonly index: typeof matrixIndex; readonly now?: number; readonly records?: ReturnType<typeof floorRecords>; readonly presses: readonly string[]};

const scenes: Record<string, Scene> = {
	'the floor overlay': {index: floorIndex, now: warningAt, records: floorRecords(), presses: ['f']},
	'the floor overlay in overtime, the list closed': {index: floorIndex, now: overtimeAt, records: floorRecords({type: 'close', item: 'item-1'}), presses: ['f']},
	'the speaker picker on a point of order': {index: floorIndex, now: warningAt, records: floorRecords(), presses: ['f', 'a', keys.tab, 'e']},
	'the statement form': {index: floorIndex, now: warningAt, records: floorRecords(), presses: ['f', 't', 'x', keys.tab, '3']},
	'the plan form': {index: floorIndex, now: warningAt, records: floorRecords(), presses: ['f', 'm']},
	'the header with a speaker, agenda shown': {index: floorIndex, now: overtimeAt, records: floorRecords(), presses: []},
	'the matrix, a cell picked': {index: matrixIndex, presses: ['m', 'j', 'l']},
	'the roll call, two-thirds': {index: matrixIndex, presses: ['j', 'v', 'y', 'n', 'a', 't']},
};

async function frameOf(language: Language, scene: Scene, columns: number, rows: number): Promise<string> {
	setLanguage(language);
	const dashboard = await renderDashboard(scene.index, {columns, rows, role: 'secretary', ...(scene.now === undefined ? {} : {now: scene.now}), ...(scene.records === undefined ? {} : {records: scene.records})});
	await dashboard.press(...scene.presses);
	const frame = dashboard.frame();
	dashboard.unmount();
	return frame;
}

// eslint-disable-next-line no-control-regex
const bidiControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('French frames at 80x24', () => {
	it('the floor overlay: list, who spoke, statements, time per delegation', async () => {
		expect(await frameOf('fr', scenes['the floor overlay']!, 80, 24)).toBe(floorFr80x24);
	});

	it('the consensus matrix, the cursor on a reservation', async () => {
		expect(await frameOf('fr', scenes['the matrix, a cell picked']!, 80, 24)).toBe(matrixFr80x24);
	});

	it('the roll call: the majority rule and the result on lines of their own when they do not fit beside the keys and the tally', async () => {
		expect(await frameOf('fr', scenes['the roll call, two-thirds']!, 80, 24)).toBe(voteFr80x24);
	});

	it('under ink-testing-library\'s own renderer, the French floor overlay is the frame ours draws at 100 columns', async () => {
		setLanguage('fr');
		const itl = render(<App index={floorIndex} now={warningAt} records={floorRecords()} role='secretary' />);
		await tick();
		itl.stdin.write('f');
		await tick();
		await tick();
		const ours = await renderDashboard(floorIndex, {columns: 100, rows: 24, now: warningAt, records: floorRecords(), role: 'secretary'});
		await ours.press('f');
		const lines = (frame: string) => frame.split('\n').slice(3, 15);
		expect(lines(stripVTControlCharacters(itl.lastFrame() ?? '').split('\n').map(line => line.trimEnd()).join('\n'))).toEqual(lines(ours.frame()));
		expect(ours.frame()).toContain('Liste des orateurs : 3 en attente');
		ours.unmount();
	});
});

describe('French and Arabic (and Spanish, Chinese, Russian) at 80x24 and 120x40: within the width, exactly the height, no bidi control', () => {
	for (const language of ['fr', 'ar', 'es', 'zh', 'ru'] as const) {
		for (const [columns, rows] of [[80, 24], [120, 40]] as const) {
			for (const [name, scene] of Object.entries(scenes)) {
				it(`${language} ${columns}x${rows}: ${name}`, async () => {
					const frame = await frameOf(language, scene, columns, rows);
					const lines = frame.split('\n');
					expect(lines).toHaveLength(rows - 1);
					expect(Math.max(...lines.map(line => displayWidth(line)))).toBeLessThanOrEqual(columns);
					expect(frame).not.toMatch(bidiControls);
				});
			}
		}
	}

	it('the Arabic floor overlay speaks Arabic: the list\'s heading, the roles, the clock', async () => {
		const frame = await frameOf('ar', scenes['the floor overlay']!, 80, 24);
		expect(frame).toContain('قائمة المتكلمين: 3 متكلمين في الانتظار');
		expect(frame).toContain('> 1. Egypt   عضو    [نقطة نظام]');
		expect(frame).toContain('الكلمة: Brazil 2:31 · يتبقى 0:29 (تنبيه)');
	});
});

describe('plural forms where a count is shown', () => {
	const inLanguage = (language: Language, read: () => unknown) => {
		setLanguage(language);
		try {
			return read();
		} finally {
			setLanguage('en');
		}
	};

	it('the list of speakers, the delegations of the matrix, the interventions', () => {
		expect([0, 1, 3].map(count => t('floor.list-of-speakers', {count}))).toEqual(['List of speakers: empty', 'List of speakers: 1 waiting', 'List of speakers: 3 waiting']);
		expect(inLanguage('ar', () => [0, 1, 2, 3, 11, 100].map(count => t('floor.list-of-speakers', {count})))).toEqual([
			'قائمة المتكلمين: فارغة',
			'قائمة المتكلمين: متكلم واحد في الانتظار',
			'قائمة المتكلمين: متكلمان في الانتظار',
			'قائمة المتكلمين: 3 متكلمين في الانتظار',
			'قائمة المتكلمين: 11 متكلماً في الانتظار',
			'قائمة المتكلمين: 100 متكلم في الانتظار',
		]);
		expect(inLanguage('ru', () => [1, 3, 5, 21].map(count => t('matrix.delegations', {count})))).toEqual(['1 делегация', '3 делегации', '5 делегаций', '21 делегация']);
		expect(inLanguage('ru', () => [1, 2, 5].map(count => t('floor.interventions', {count})))).toEqual(['выступление', 'выступления', 'выступлений']);
		expect(inLanguage('fr', () => [0, 1, 2].map(count => t('vote.count-abstain', {count})))).toEqual(['0 abstention', '1 abstention', '2 abstentions']);
		expect(inLanguage('zh', () => t('matrix.delegations', {count: 4}))).toBe('4 个代表团');
	});

	it('the roll call at 50 columns keeps the result whole in English too', () => {
		let roll = rollCallForm([{id: 'a', name: 'Algeria'}, {id: 'b', name: 'Brazil'}]);
		roll = rollCallKey(rollCallKey(roll, 'y'), 'n');
		const form = {kind: 'vote', target: 'item-1', label: 'item 1', roll, phase: {kind: 'editing'}} as VoteForm;
		const text = voteLines(form, 50, 12).map(line => line.map(part => part.text).join(''));
		expect(text.slice(0, 4)).toEqual(['  y yes  n no  a abstain  - absent  ↑/↓ correct', '  t majority: simple', '  1 yes, 1 no, 0 abstain · 2/2 called', '  majority 2 of 2 cast: not adopted']);
		expect(voteLines(form, 80, 12).map(line => line.map(part => part.text).join('')).slice(0, 2)).toEqual(['  y yes  n no  a abstain  - absent  ↑/↓ correct  t majority: simple', '  1 yes, 1 no, 0 abstain · 2/2 called · majority 2 of 2 cast: not adopted']);
	});
});
