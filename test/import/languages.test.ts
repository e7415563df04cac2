import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {buildIndex} from '../../source/dataset/build-index.js';
import {lookup} from '../../source/dataset/lookup.js';
import {checkReferences} from '../../source/dataset/references.js';
import {dataset as datasetSchema, type Dataset} from '../../source/dataset/schema.js';
import {importText} from '../../source/import/import-text.js';
import {emptyDataset, mergeEntries} from '../../source/import/merge.js';

/*
The same Council document (C19/40) in the five other official languages: each
read by its own labels, field by field, and each a language version of the
English one, its references resolving to the same entities.
*/

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
const frame = {start: '2019-06-10', end: '2019-06-20'};

type Expected = {
	file: string;
	language: string;
	session: {title: string; place: string};
	source: string;
	title: string;
	titleAsWritten?: string;
	purpose: string;
	actions: Array<[string, string]>;
	references: Array<[string, string[]]>;
	date?: string;
};

const versions: Expected[] = [
	{
		file: 'sg-report-fr.txt',
		language: 'fr',
		session: {title: 'Conseil 2019', place: 'Genève'},
		source: 'Rapport du Secrétaire général',
		title: 'Rapport de gestion financière de l\'Union pour 2018',
		titleAsWritten: 'RAPPORT DE GESTION FINANCIÈRE DE L\'UNION POUR 2018',
		purpose: 'Le présent rapport expose les résultats financiers de l\'Union pour 2018.',
		actions: [['take-note', 'Le Conseil est invité à prendre note du présent rapport'], ['approve', 'à approuver le projet de Décision figurant dans l\'Annexe A.']],
		references: [['Résolution 25 (Rév. Busan, 2014)', ['res-pp-25']], ['Résolution 1372 du Conseil', ['res-c-1372']], ['Documents C19/12', ['doc-c19-12']], ['C19/104', ['doc-c19-104']], ['CV 73 et 81', ['cv-73', 'cv-81']]],
		date: '2019-03-04',
	},
	{
		file: 'sg-report-es.txt',
		language: 'es',
		session: {title: 'Consejo 2019', place: 'Ginebra'},
		source: 'Informe del Secretario General',
		title: 'Informe de gestión financiera de la Unión para 2018',
		titleAsWritten: 'INFORME DE GESTIÓN FINANCIERA DE LA UNIÓN PARA 2018',
		purpose: 'En este informe se exponen los resultados financieros de la Unión para 2018.',
		actions: [['take-note', 'Se invita al Consejo a tomar nota del presente informe'], ['approve', 'a aprobar el proyecto de Decisión del Anexo A.']],
		references: [['Resolución 25 (Rev. Busan, 2014)', ['res-pp-25']], ['Resolución 1372 del Consejo', ['res-c-1372']], ['Documentos C19/12', ['doc-c19-12']], ['C19/104', ['doc-c19-104']], ['CV 73 y 81', ['cv-73', 'cv-81']]],
		date: '2019-03-04',
	},
	{
		file: 'sg-report-ru.txt',
		language: 'ru',
		session: {title: 'Совет 2019', place: 'Женева'},
		source: 'Отчет Генерального секретаря',
		title: 'Отчет о финансовой деятельности Союза за 2018 год',
		titleAsWritten: 'ОТЧЕТ О ФИНАНСОВОЙ ДЕЯТЕЛЬНОСТИ СОЮЗА ЗА 2018 ГОД',
		purpose: 'В настоящем отчете представлены финансовые результаты Союза за 2018 год.',
		actions: [['take-note', 'Совету предлагается принять к сведению настоящий отчет'], ['approve', 'утвердить проект Решения, содержащийся в Приложении A.']],
		references: [['Резолюция 25 (Пересм. Пусан, 2014 г.)', ['res-pp-25']], ['Резолюция 1372 Совета', ['res-c-1372']], ['Документы C19/12', ['doc-c19-12']], ['C19/104', ['doc-c19-104']], ['CV 73 и 81', ['cv-73', 'cv-81']]],
		date: '2019-03-04',
	},
	...['sg-report-zh.txt', 'sg-report-zh-ascii.txt'].map((file): Expected => {
		const ascii = file.includes('ascii');
		return {
			file,
			language: 'zh',
			session: {title: '2019年理事会', place: '日内瓦'},
			source: '秘书长的报告',
			title: '国际电联2018年财务运作报告',
			purpose: '本报告介绍国际电联2018年的财务运作结果。',
			actions: [['take-note', '请理事会注意到本报告'], ['approve', '批准附件A中的决定草案。']],
			references: [[ascii ? '第25号决议(2014年,釜山,修订版)' : '第25号决议（2014年，釜山，修订版）', ['res-pp-25']], ['理事会第1372号决议', ['res-c-1372']], ['C19/12号文件', ['doc-c19-12']], ['C19/104号文件', ['doc-c19-104']], ['《公约》第73和81款', ['cv-73', 'cv-81']]],
			date: '2019-03-04',
		};
	}),
	{
		file: 'sg-report-ar.txt',
		language: 'ar',
		session: {title: 'المجلس 2019', place: 'جنيف'},
		source: 'تقرير الأمين العام',
		title: 'تقرير التشغيل المالي للاتحاد لعام 2018',
		purpose: 'يعرض هذا التقرير النتائج المالية للاتحاد لعام 2018.',
		actions: [['take-note', 'المجلس مدعو إلى الإحاطة علماً بهذا التقرير'], ['approve', 'الموافقة على مشروع المقرر الوارد في الملحق A.']],
		references: [['القرار 25 (المراجَع في بوسان، 2014)', ['res-pp-25']], ['القرار 1372 للمجلس', ['res-c-1372']], ['الوثيقتان C19/12 وC19/104', ['doc-c19-12', 'doc-c19-104']], ['CV 73 و81', ['cv-73', 'cv-81']]],
	},
];

describe.each(versions)('$file', expected => {
	const {entries, warnings} = importText(fixture(expected.file));
	const [document] = entries.documents;

	it('reads the header by its own labels', () => {
		expect(entries.session).toEqual({...expected.session, ...frame});
		expect(entries.agendaItem).toBe('ADM 12');
		expect(document).toMatchObject({id: 'doc-c19-40', symbol: 'C19/40', language: expected.language, originalLanguage: 'en', submittedBy: {wording: expected.source}, title: expected.title});
		expect(document?.titleAsWritten).toBe(expected.titleAsWritten);
		expect(document?.date).toBe(expected.date);
		expect(document?.submittedBy.delegations).toBeUndefined();
	});

	it('reads the summary, each action with its kind, and each reference to the English version\'s entities', () => {
		expect(document?.purpose).toBe(expected.purpose);
		expect(document?.actionRequired.map(action => [action.kind, action.wording])).toEqual(expected.actions);

		expect(document?.references.map(reference => [reference.wording, reference.targets])).toEqual(expected.references);
		expect(entries.resolutions.map(resolution => [resolution.id, resolution.body])).toEqual([['res-pp-25', 'plenipotentiary'], ['res-c-1372', 'council']]);
		expect(warnings).toEqual([]);
	});
});

it('reads a provision named in the body the French and Chinese way as the same CV 73', () => {
	expect(importText(fixture('sg-report-fr.txt')).entries.documents[0]?.sections).toEqual([
		{number: '1', heading: 'Contexte', paragraphs: [{text: 'Le rapport est présenté chaque année, conformément au numéro 73 de la Convention.', cites: ['cv-73']}]},
	]);
	expect(importText(fixture('sg-report-zh.txt')).entries.documents[0]?.sections).toEqual([
		{number: '1', heading: '背景', paragraphs: [{text: '本报告依照《公约》第73款每年提交。', cites: ['cv-73']}]},
	]);
});

function valid(dataset: Dataset): Dataset {
	expect(datasetSchema.safeParse(dataset).success).toBe(true);
	expect(checkReferences(dataset).filter(problem => problem.severity === 'error')).toEqual([]);
	return dataset;
}

describe('language versions of one document', () => {
	it('become versions of the English document, their references on the same entities, one agenda item', () => {
		let dataset = mergeEntries(emptyDataset(), importText(fixture('sg-report-glued.txt')).entries).dataset;
		for (const file of ['sg-report-fr.txt', 'sg-report-es.txt', 'sg-report-ru.txt', 'sg-report-zh.txt', 'sg-report-ar.txt']) {
			const merged = mergeEntries(dataset, importText(fixture(file)).entries);
			expect(merged.changes).toContainEqual(expect.objectContaining({action: 'add', kind: 'language version', id: 'doc-c19-40'}));
			dataset = valid(merged.dataset);
		}

		const documents = dataset.documents.filter(document => document.symbol === 'C19/40');
		expect(documents).toHaveLength(1);
		expect(documents[0]?.language).toBe('en');
		expect(documents[0]?.translations?.map(translation => [translation.language, translation.references])).toEqual([
			['fr', ['res-pp-25', 'res-c-1372', 'doc-c19-12', 'doc-c19-104', 'cv-73', 'cv-81']],
			['es', ['res-pp-25', 'res-c-1372', 'doc-c19-12', 'doc-c19-104', 'cv-73', 'cv-81']],
			['ru', ['res-pp-25', 'res-c-1372', 'doc-c19-12', 'doc-c19-104', 'cv-73', 'cv-81']],
			['zh', ['res-pp-25', 'res-c-1372', 'doc-c19-12', 'doc-c19-104', 'cv-73', 'cv-81']],
			['ar', ['res-pp-25', 'res-c-1372', 'doc-c19-12', 'doc-c19-104', 'cv-73', 'cv-81']],
		]);
		expect(documents[0]?.translations?.[3]).toMatchObject({title: '国际电联2018年财务运作报告', actionRequired: ['请理事会注意到本报告', '批准附件A中的决定草案。']});
		// One Resolution 25, one edition (Busan, 2014, however each language writes it), one CV 73.
		expect(dataset.resolutions.filter(resolution => resolution.number === 25)).toEqual([expect.objectContaining({id: 'res-pp-25', revision: 'Rev. Busan, 2014'})]);
		expect(dataset.resolutions.find(resolution => resolution.id === 'res-pp-25')?.editions).toBeUndefined();
		expect(dataset.instruments.filter(instrument => instrument.article === '73')).toHaveLength(1);
		expect(dataset.agendaItems.map(item => [item.number, item.documents])).toEqual([['ADM 12', ['doc-c19-40']]]);
		const index = buildIndex(dataset);
		expect(lookup(index, 'C19/40-F')).toMatchObject({kind: 'found', entity: {value: {id: 'doc-c19-40'}}});
	});

	it('a second import of the same language version is a re-import, not a new version', () => {
		const once = mergeEntries(mergeEntries(emptyDataset(), importText(fixture('sg-report-glued.txt')).entries).dataset, importText(fixture('sg-report-fr.txt')).entries).dataset;
		const twice = mergeEntries(once, importText(fixture('sg-report-fr.txt')).entries);
		expect(twice.changes).toEqual([{action: 'skip', kind: 'document', id: 'doc-c19-40', note: 'already in the dataset'}]);
		expect(twice.dataset).toBe(once);
	});
});

describe('a Spanish contribution from several Member States (Objeto, Propuestas)', () => {
	const {entries, warnings} = importText(fixture('contribution-es.txt'));
	const [document] = entries.documents;

	it('reads it field by field, names with or without accents matched to Member States', () => {
		expect(entries.session).toEqual({title: 'Consejo 2024', place: 'Ginebra', start: '2024-07-08', end: '2024-07-18'});
		expect(document).toMatchObject({
			id: 'doc-c24-61',
			symbol: 'C24/61',
			language: 'es',
			originalLanguage: 'es',
			date: '2024-06-03',
			agendaItem: 'PL 2.1',
			submittedBy: {wording: 'Contribución de México, Argentina y Paraguay', delegations: ['mx', 'ar', 'py']},
			title: 'Propuesta sobre la brecha digital',
			titleAsWritten: 'PROPUESTA SOBRE LA BRECHA DIGITAL',
			purpose: 'México, Argentina y Paraguay proponen medidas para reducir la brecha digital.',
			actionRequired: [{kind: 'consider', wording: 'Se invita al Consejo a examinar la presente contribución'}, {kind: 'approve', wording: 'a aprobar las propuestas.'}],
			references: [
				{wording: 'Resolución 139 (Rev. Bucarest, 2022) de la Conferencia de Plenipotenciarios', targets: ['res-pp-139']},
				{wording: 'Resolución 1408 del Consejo', targets: ['res-c-1408']},
				{wording: 'Decisión 5 (Rev. Bucarest, 2022)', targets: ['dec-pp-5']},
			],
		});
		expect(document?.sections[0]?.paragraphs).toEqual([{text: 'La Resolución 139 (Rev. Bucarest, 2022) encarga al Secretario General que fomente la conectividad.', cites: ['res-pp-139']}]);
		expect(entries.proposals.map(proposal => [proposal.id, proposal.number, proposal.text])).toEqual([['prop-c24-61-1', '1)', 'Proponemos que el Secretario General presente un informe al Consejo en 2025.']]);
		expect(entries.delegations.map(delegation => delegation.name)).toEqual(['Mexico', 'Argentina', 'Paraguay']);
		expect(warnings).toEqual([]);
	});

	it('finds a submitter the table does not list by its name in any of the six languages (CLDR)', async () => {
		const {findMemberState} = await import('../../source/import/member-states.js');
		expect(findMemberState('España')).toEqual({code: 'es', name: 'Spain'});
		expect(findMemberState('Франция')).toEqual({code: 'fr', name: 'France'});
		expect(findMemberState('法国')).toEqual({code: 'fr', name: 'France'});
		expect(findMemberState('فرنسا')).toEqual({code: 'fr', name: 'France'});
		expect(findMemberState('Mongolia')).toEqual({code: 'mn', name: 'Mongolia'});
		expect(findMemberState('Ruritania')).toBeUndefined();
	});
});
