import mammoth from 'mammoth';
import {afterEach, describe, expect, test} from 'vitest';
import type {DatasetIndex} from '../../source/dataset/build-index.js';
import type {Language} from '../../source/i18n/catalogue-types.js';
import {setLanguage} from '../../source/i18n/translate.js';
import {renderRecord} from '../../source/minutes/render.js';
import {recordDocx} from '../../source/minutes/record-docx.js';
import {recordJson} from '../../source/minutes/record-json.js';
import {recordMarkdown} from '../../source/minutes/record-markdown.js';
import {recordText} from '../../source/minutes/record-text.js';
import {recordWords, sessionWords} from '../../source/minutes/record-words.js';
import type {SummaryRecord} from '../../source/minutes/summary-record.js';
import {displayWidth} from '../../source/text/width.js';
import {chair, decision, entry, indexWith, recordOf, statement, vote} from './record-fixtures.js';

/*
The summary record in the session's language (`session.language`): the
builder's sentences and every renderer's headings, whatever language the
interface speaks; the JSON's machine-readable keys and values the same in every
language, only its human-readable text following the session.
*/

afterEach(() => {
	setLanguage('en');
});

const session = (language: Language | undefined): DatasetIndex => indexWith(input => {
	if (language === undefined) {
		delete input.session.language;
	} else {
		input.session.language = language;
	}
});

/** A morning with what every sentence kind says: an introduction, proposals, a statement, positions, a decision over objections, votes, several outcomes with a number. */
const morningEntries = [
	entry(0, {kind: 'current', payload: {item: 'item-one-itu'}}, chair),
	entry(1, {kind: 'position', payload: {delegation: 'ch', on: 'prop-1', stance: 'reservation', note: 'sur le principe 3'}}),
	entry(2, {kind: 'position', payload: {delegation: 'us', on: 'prop-1', stance: 'opposes'}}),
	entry(3, {kind: 'decision', payload: {target: 'prop-1', outcome: 'approved', text: ''}}),
	entry(20, {kind: 'current', payload: {item: 'item-report'}}, chair),
];

function morning(over: DatasetIndex): SummaryRecord {
	return recordOf(morningEntries, {
		statements: [statement(1, 'item-one-itu', 'cn', 'Appuie la proposition 1; demande une estimation des coûts')],
		votes: [
			vote(8, 'prop-2', {yes: 2, no: 1, abstain: 1, absent: 1}, {roll: [{delegation: 'us', option: 'no'}, {delegation: 'cn', option: 'yes'}, {delegation: 'ch', option: 'abstain'}, {delegation: 'ae', option: 'yes'}]}),
			vote(21, 'item-report', {yes: 3, no: 3, abstain: 0, absent: 0}),
		],
		decisions: [decision(22, 'item-report', [{kind: 'noted', on: 'le rapport'}, {kind: 'deferred'}], '', 'Décision 650 (C25)')],
	}, {}, over);
}

const paragraphs = (record: SummaryRecord) => record.items.flatMap(item => item.paragraphs.map(paragraph => [`${paragraph.number} ${paragraph.lead === undefined ? '' : `[${paragraph.lead}] `}${paragraph.text}`, ...(paragraph.list ?? []).map(line => `  - ${line}`)])).flat();

describe('the summary record in the session\'s language', () => {
	test('French: the title, the heading, and every sentence as a French compte rendu writes it (present tense, "du Document", the names the dataset gives in French)', () => {
		const french = session('fr');
		const record = morning(french);
		expect(record.title).toBe('Compte rendu de la première séance');
		expect(paragraphs(record)).toEqual([
			'1.1 Le conseiller de Chine présente le Document C99/42.',
			'1.2 Le Document C99/42 contient les propositions suivantes :',
			'  - 1) The following basic principles.',
			'  - 2) Instruct the Council Working Group to study the concept.',
			'1.3 Le conseiller de Chine appuie la proposition 1 et demande une estimation des coûts.',
			'1.4 Le conseiller de Suisse émet une réserve sur la proposition 1) du Document C99/42 (sur le principe 3) et demande que cette réserve soit consignée dans le compte rendu.',
			'1.5 Le conseiller de États-Unis s’oppose à la proposition 1) du Document C99/42.',
			'1.6 [Le Conseil approuve la proposition 1) du Document C99/42.] Il en est ainsi décidé sans vote, avec une réserve de Suisse et une objection de États-Unis.',
			'1.7 Il est procédé à un vote par appel nominal sur la proposition 2) du Document C99/42 : 2 voix pour, 1 voix contre, 1 abstention, 1 absent ; 3 présents et votants, majorité simple requise : 2 ; la proposition est adoptée.',
			'  - Pour (2) : Chine, Émirats arabes unis',
			'  - Contre (1) : États-Unis',
			'  - Abstentions (1) : Suisse',
			'2.1 Le représentant du Secrétariat présente le Document C99/11.',
			'2.2 Il est procédé à un vote à main levée sur le Document C99/11 : 3 voix pour, 3 voix contre, 0 abstention ; 6 présents et votants, majorité simple requise : 4 ; la proposition n’est pas adoptée (partage égal des voix).',
			'2.3 [Décision 650 (C25) : Le Conseil prend note du rapport et reporte l’examen du Document C99/11.] ',
		]);
		const markdown = recordMarkdown(record, sessionWords(french.dataset.session));
		expect(markdown.split('\n').slice(0, 13)).toEqual([
			'**PROJET : établi d’après le journal de la session, à revoir par le secrétariat avant distribution.**',
			'',
			'# Compte rendu de la première séance',
			'',
			'ITU Council, Council 1999 (test session)',
			'',
			'Geneva, lundi 13 avril 2026, de 11:00 à 11:20 (Europe/Zurich, UTC+02:00)',
			'',
			'Président : Amina Diallo',
			'',
			'|  | Sujets traités | Documents |',
			'| --- | --- | --- |',
			'| 1 | PL 1.03 Implementation of the "One ITU" concept | C99/42 One ITU |',
		]);
		expect(markdown).toContain('## 1 Implementation of the "One ITU" concept (point PL 1.03 de l’ordre du jour)');
		expect(markdown).toContain('Points non examinés : PL 1.01 Draft budget of the Union.');
		expect(markdown).toContain('## Annexe : inscriptions du journal (vérification)\n\n| Heure | Inscription | Consignée par | Objet |\n');
		expect(markdown).toContain('| Amina Diallo (président) |');
		expect(markdown).not.toMatch(/Summary record|Subjects discussed|agenda item|introduced|Decided|Appendix|Chair:|DRAFT/);
	});

	test('French text: headings underlined to their width, the documents under each subject, the long date by Intl', () => {
		const french = session('fr');
		const text = recordText(morning(french), sessionWords(french.dataset.session));
		expect(text.split('\n').slice(0, 14)).toEqual([
			'PROJET : établi d’après le journal de la session, à revoir par le secrétariat',
			'avant distribution.',
			'',
			'Compte rendu de la première séance',
			'==================================',
			'',
			'ITU Council, Council 1999 (test session)',
			'Geneva, lundi 13 avril 2026, de 11:00 à 11:20 (Europe/Zurich, UTC+02:00)',
			'Président : Amina Diallo',
			'',
			'1   PL 1.03 Implementation of the "One ITU" concept',
			'    Documents : C99/42 One ITU',
			'2   PL 1.02 Report on the implementation of the strategic plan',
			'    Documents : C99/11 Strategic plan report',
		]);
		expect(text.split('\n').every(line => displayWidth(line) <= 80)).toBe(true);
	});

	test('French docx: read back through its XML (mammoth), the headings, numbered paragraphs and tables are French', async () => {
		const french = session('fr');
		const bytes = await recordDocx(morning(french), sessionWords(french.dataset.session));
		const {value: html} = await mammoth.convertToHtml({buffer: bytes});
		expect(html).toContain('<p><strong>PROJET : établi d’après le journal de la session, à revoir par le secrétariat avant distribution.</strong></p>');
		expect(html).toContain('<h1>Compte rendu de la première séance</h1>');
		expect(html).toContain('<h2>Implementation of the "One ITU" concept (point PL 1.03 de l’ordre du jour)</h2>');
		expect(html).toContain('<li>Le conseiller de Chine présente le Document C99/42.</li>');
		expect(html).toContain('<li><strong>Le Conseil approuve la proposition 1) du Document C99/42.</strong> Il en est ainsi décidé sans vote, avec une réserve de Suisse et une objection de États-Unis.');
		expect(html).toContain('<h2>Annexe : inscriptions du journal (vérification)</h2>');
		expect(html).toMatch(/<th><p><strong>Sujets traités<\/strong><\/p><\/th><th><p><strong>Documents<\/strong><\/p><\/th>/);
		expect(html).toMatch(/<th><p><strong>Heure<\/strong><\/p><\/th><th><p><strong>Inscription<\/strong><\/p><\/th><th><p><strong>Consignée par<\/strong><\/p><\/th>/);
		expect(html).not.toMatch(/Summary record|Subjects discussed|agenda item|Appendix|DRAFT/);
	});

	test('Spanish: a resumen de los debates, "del Documento", the present tense', () => {
		const spanish = session('es');
		const record = morning(spanish);
		expect(record.title).toBe('Resumen de los debates de la primera sesión');
		expect(paragraphs(record)).toContain('1.4 El Consejero de Suiza expresa una reserva sobre la propuesta 1) del Documento C99/42 (sur le principe 3) y pide que su reserva conste en el resumen de los debates.');
		expect(paragraphs(record)).toContain('2.2 Se procede a una votación a mano alzada sobre el Documento C99/11: 3 votos a favor, 3 votos en contra, 0 abstenciones; 6 presentes y votantes, mayoría simple requerida de 4: no se adopta (empate de votos).');
		expect(recordMarkdown(record, sessionWords(spanish.dataset.session))).toContain('Geneva, lunes, 13 de abril de 2026, de 11:00 a 11:20 (Europe/Zurich, UTC+02:00)');
	});

	test('Arabic, Chinese and Russian: titles, dates, verb-first and full-width sentences; the text format keeps 80 display columns', () => {
		const arabic = session('ar');
		const arabicRecord = morning(arabic);
		expect(arabicRecord.title).toBe('محضر موجز للجلسة الأولى');
		expect(paragraphs(arabicRecord)[0]).toBe('1.1 قدّم مستشار China الوثيقة C99/42.');
		const arabicText = recordText(arabicRecord, sessionWords(arabic.dataset.session));
		expect(arabicText).toContain('Geneva، الاثنين، 13 أبريل 2026، من 11:00 إلى 11:20 (Europe/Zurich، UTC+02:00)');
		expect(arabicText).toContain('الملحق: قيود السجل (للتدقيق)');
		const chinese = session('zh');
		const chineseRecord = morning(chinese);
		expect(chineseRecord.title).toBe('第一次会议简要记录');
		expect(paragraphs(chineseRecord)).toContain('1.1 中国理事介绍了C99/42号文件。');
		expect(paragraphs(chineseRecord)).toContain('2.2 就C99/11号文件进行了举手表决：赞成3票、反对3票、弃权0票；出席并参加表决6票，需简单多数4票：未获通过（票数相等）。');
		const chineseText = recordText(chineseRecord, sessionWords(chinese.dataset.session));
		expect(chineseText).toContain('Geneva，2026年4月13日星期一，11:00至11:20（Europe/Zurich，UTC+02:00）');
		// Russian in the past tense, the speaker named as its summary records name one (the name stays the dataset's).
		expect(paragraphs(morning(session('ru')))[0]).toBe('1.1 Советник (Китай) представил Документ C99/42.');
		for (const text of [arabicText, chineseText]) {
			expect(text.split('\n').filter(line => displayWidth(line) > 80)).toEqual([]);
		}
	});

	test('the interface\'s language never changes the record: a French interface writes an English session in English, an English one a French session in French', async () => {
		const english = session(undefined);
		const before = await renderRecord(morning(english), 'md', sessionWords(english.dataset.session));
		setLanguage('fr');
		const after = await renderRecord(morning(english), 'md', sessionWords(english.dataset.session));
		expect(after).toBe(before);
		expect(after).toContain('# Summary record of the first meeting');
		const french = session('fr');
		const inFrench = await renderRecord(morning(french), 'md', sessionWords(french.dataset.session));
		setLanguage('en');
		expect(await renderRecord(morning(french), 'md', sessionWords(french.dataset.session))).toBe(inFrench);
	});

	test('meetings beyond the twentieth, and whole sessions, have titles in every language', () => {
		expect([1, 8, 20, 21, 22, 23].map(number => recordWords('en').ordinal(number))).toEqual(['first', 'eighth', 'twentieth', '21st', '22nd', '23rd']);
		expect([1, 2, 21].map(number => recordWords('fr').ordinal(number))).toEqual(['première', 'deuxième', '21e']);
		expect([10, 21].map(number => recordWords('zh').ordinal(number))).toEqual(['十', '21']);
		expect(recordWords('ar').say('minutes.title-meeting', {ordinal: recordWords('ar').ordinal(21)})).toBe('محضر موجز للجلسة رقم 21');
		expect(recordWords('ru').say('minutes.title-meeting', {ordinal: recordWords('ru').ordinal(3)})).toBe('Краткий отчет о третьем заседании');
		expect(recordWords('es').say('minutes.title-session')).toBe('Resumen de los debates de la reunión');
	});

	test('French and Spanish join a preposition with the article a reference begins with, and nothing else', () => {
		const french = recordWords('fr');
		expect(french.say('minutes.outcome-noted', {object: 'le rapport'})).toBe('prend note du rapport');
		expect(french.say('minutes.outcome-noted', {object: 'les documents'})).toBe('prend note des documents');
		expect(french.say('minutes.position-opposes', {speaker: 'Le conseiller de Suisse', on: 'le Document C99/42'})).toBe('Le conseiller de Suisse s’oppose au Document C99/42.');
		expect(french.say('minutes.outcome-noted', {object: 'la décision'})).toBe('prend note de la décision');
		// A speaker's name that begins with "le" is not the parameter after "de": left as written.
		expect(french.say('minutes.speaker-councillor', {name: 'Lesotho'})).toBe('Le conseiller de Lesotho');
		expect(recordWords('es').say('minutes.outcome-noted', {object: 'el informe'})).toBe('toma nota del informe');
		expect(recordWords('en').say('minutes.outcome-noted', {object: 'le rapport'})).toBe('took note of le rapport');
	});
});

/** Every string value of a JSON value with its path ("items.0.paragraphs.1.text"). */
function leaves(value: unknown, path = '', into: Array<[string, unknown]> = []): Array<[string, unknown]> {
	if (Array.isArray(value)) {
		into.push([`${path}#length`, value.length]);
		for (const [index, item] of value.entries()) {
			leaves(item, `${path}.${index}`, into);
		}
	} else if (value !== null && typeof value === 'object') {
		into.push([`${path}#keys`, Object.keys(value).join(',')]);
		for (const [key, item] of Object.entries(value)) {
			leaves(item, path === '' ? key : `${path}.${key}`, into);
		}
	} else {
		into.push([path, value]);
	}

	return into;
}

// The JSON's human-readable text: what a reader reads (README, "The summary record"). Everything else is for machines.
const humanText = [
	/^title$/,
	/^items\.\d+\.paragraphs\.\d+\.(text|lead|list\.\d+)$/,
	/^items\.\d+\.motions\.\d+\.(subject|text)$/,
	/^items\.\d+\.motions\.\d+\.voteEvents\.\d+\.text$/,
	/^items\.\d+\.positions\.\d+\.on$/,
	// What an entry recorded, in the journal's words (journal/describe.ts), which say a stance in the session's language too.
	/^audit\.entries\.\d+\.description$/,
];

describe('the JSON in another language', () => {
	test('the same keys, the same machine-readable values (kinds, stances, results, counts, ids, times, names); only the reader\'s text follows the session', () => {
		const english = leaves(JSON.parse(recordJson(morning(session(undefined)))));
		for (const language of ['fr', 'ar', 'zh'] as const) {
			const other = leaves(JSON.parse(recordJson(morning(session(language)))));
			expect(other.map(([path]) => path)).toEqual(english.map(([path]) => path));
			const differing = other.filter(([, value], index) => value !== english[index]![1]).map(([path]) => path);
			expect(differing.filter(path => !humanText.some(pattern => pattern.test(path)))).toEqual([]);
			expect(differing).toContain('title');
		}

		const french = JSON.parse(recordJson(morning(session('fr')))) as SummaryRecord;
		expect([french.format, french.version, french.draft]).toEqual(['council-summary-record', 2, true]);
		expect(french.items[0]!.motions[0]).toMatchObject({manner: 'without-vote', result: 'decided', classification: ['approved'], subject: 'la proposition 1) du Document C99/42'});
		expect(french.items[0]!.positions.map(position => [position.delegation, position.stance])).toContainEqual(['Switzerland', 'reservation']);
	});
});
