import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import {afterEach, describe, expect, test} from 'vitest';
import {loadDataset} from '../../source/dataset/load.js';
import {setLanguage} from '../../source/i18n/translate.js';
import {exportMinutesFile} from '../../source/minutes/write.js';
import {fixtureDatasetPath, temporaryFolder} from '../journal/helpers.js';
import {runCli} from '../journal/processes.js';

/*
`council export` of the recorded morning (test/fixtures/journal-session.jsonl)
over the same dataset with `session.language` set, through the built CLI: the
record is in the session's language in every format, and the interface's
language (--lang, LANG) never changes it.
*/

const fixtures = path.dirname(fixtureDatasetPath);
const journal = path.join(fixtures, 'journal-session.jsonl');
const zone = ['--time-zone', 'Europe/Zurich'];

function sessionIn(language: string): {dataset: string; env: Record<string, string>} {
	const folder = temporaryFolder('council-export-language-');
	const input = JSON.parse(readFileSync(fixtureDatasetPath, 'utf8')) as {session: Record<string, unknown>};
	input.session['language'] = language;
	const dataset = path.join(folder, `session-${language}.json`);
	writeFileSync(dataset, JSON.stringify(input));
	return {dataset, env: {COUNCIL_DATA_DIR: folder, COUNCIL_CONFIG_DIR: folder}};
}

afterEach(() => {
	setLanguage('en');
});

describe('council export in the session\'s language', () => {
	test('the dashboard\'s e (exportMinutesFile) writes the session\'s language too, whatever the screen speaks', async () => {
		const {dataset, env} = sessionIn('fr');
		const loaded = await loadDataset(dataset);
		if (!loaded.ok) {
			throw new Error('the French fixture does not load');
		}

		setLanguage('es');
		const written = await exportMinutesFile({index: loaded.index, journalPath: journal, format: 'md', folder: env.COUNCIL_DATA_DIR!, now: Date.UTC(2026, 3, 13, 9, 30), timeZone: 'Europe/Zurich'});
		const text = readFileSync(written.file, 'utf8');
		expect(text).toContain('# Compte rendu de la première séance\n');
		expect(text).toContain('3.1 Le conseiller de Chine présente le Document C99/42.\n');
		expect(text).not.toMatch(/Resumen|Documento/);
	});

	test('French: md, text and json', async () => {
		const {dataset, env} = sessionIn('fr');
		const md = await runCli(['export', '--journal', journal, ...zone, dataset], env);
		expect(md.code).toBe(0);
		expect(md.stdout.split('\n').slice(0, 9)).toEqual([
			'**PROJET : établi d’après le journal de la session, à revoir par le secrétariat avant distribution.**',
			'',
			'# Compte rendu de la première séance',
			'',
			'ITU Council, Council 1999 (test session)',
			'',
			'Geneva, lundi 13 avril 2026, de 11:00 à 11:15 (Europe/Zurich, UTC+02:00)',
			'',
			'Président : Chair Amina Diallo',
		]);
		for (const line of [
			'|  | Sujets traités | Documents |',
			'## 2 Report on the implementation of the strategic plan (point PL 1.02 de l’ordre du jour)',
			'2.2 Le conseiller de États-Unis demande des informations complémentaires sur le Document C99/11 (Asked for the figures by region).',
			'3.1 Le conseiller de Chine présente le Document C99/42.',
			'3.3 Le conseiller de Suisse émet une réserve sur la proposition 1) du Document C99/42 (On principle 3: sovereignty) et demande que cette réserve soit consignée dans le compte rendu.',
			'3.6 **The Council referred proposal 2) to the Council Working Group.** Il en est ainsi décidé par consensus.',
			'1 ligne du journal a été ignorée, incomplète ou invalide (voir council log).',
			'## Annexe : inscriptions du journal (vérification)',
		]) {
			expect(md.stdout).toContain(`${line}\n`);
		}

		const text = await runCli(['export', '--format', 'text', '--journal', journal, ...zone, dataset], env);
		expect(text.code).toBe(0);
		expect(text.stdout).toContain('Compte rendu de la première séance\n==================================\n');
		expect(text.stdout).toContain('    Documents : C99/10 Draft budget\n');
		expect(text.stdout).toContain('1.1   Le représentant du Secrétariat présente le Document C99/10.\n');
		const json = await runCli(['export', '--format', 'json', '--journal', journal, ...zone, dataset], env);
		expect(json.code).toBe(0);
		const record = JSON.parse(json.stdout) as {format: string; title: string; items: Array<{motions: Array<{manner: string; classification: string[]}>; positions: Array<{on: string; stance: string}>}>};
		const english = JSON.parse(readFileSync(path.join(fixtures, 'journal-session-minutes.json'), 'utf8')) as typeof record;
		expect(record.title).toBe('Compte rendu de la première séance');
		// The machine-readable values are those of the English record.
		expect(record.items.map(item => item.motions.map(motion => [motion.manner, motion.classification]))).toEqual(english.items.map(item => item.motions.map(motion => [motion.manner, motion.classification])));
		expect(record.items[2]!.positions.map(position => [position.stance, position.on])).toContainEqual(['reservation', 'la proposition 1) du Document C99/42']);
	});

	test('French docx: the Word document read back (mammoth) is French', async () => {
		const {dataset, env} = sessionIn('fr');
		const file = path.join(env.COUNCIL_DATA_DIR!, 'compte-rendu.docx');
		const result = await runCli(['export', '--format', 'docx', '--output', file, '--journal', journal, ...zone, dataset], env);
		expect(result.code).toBe(0);
		const {value: html} = await mammoth.convertToHtml({path: file});
		expect(html).toContain('<h1>Compte rendu de la première séance</h1>');
		expect(html).toContain('<h2>Draft budget of the Union (point PL 1.01 de l’ordre du jour)</h2>');
		expect(html).toContain('<ol><li>Le représentant du Secrétariat présente le Document C99/10.</li><li><strong>The Council reviewed and approved the draft budget.</strong> Il en est ainsi décidé par consensus.</li></ol>');
		expect(html).toContain('<h2>Annexe : inscriptions du journal (vérification)</h2>');
		expect(html).not.toMatch(/Summary record|agenda item|Appendix|DRAFT/);
	});

	test('Arabic and Chinese: md, text, json and docx', async () => {
		for (const [language, title, paragraph] of [
			['ar', 'محضر موجز للجلسة الأولى', '3.1 قدّم مستشار China الوثيقة C99/42.'],
			['zh', '第一次会议简要记录', '3.1 中国理事介绍了C99/42号文件。'],
		] as const) {
			const {dataset, env} = sessionIn(language);
			const md = await runCli(['export', '--journal', journal, ...zone, dataset], env);
			expect(md.code, language).toBe(0);
			expect(md.stdout).toContain(`# ${title}\n`);
			expect(md.stdout).toContain(`${paragraph}\n`);
			const text = await runCli(['export', '--format', 'text', '--journal', journal, ...zone, dataset], env);
			expect(text.stdout).toContain(`${title}\n`);
			const json = await runCli(['export', '--format', 'json', '--journal', journal, ...zone, dataset], env);
			expect((JSON.parse(json.stdout) as {title: string}).title).toBe(title);
			const file = path.join(env.COUNCIL_DATA_DIR!, `record-${language}.docx`);
			expect((await runCli(['export', '--format', 'docx', '--output', file, '--journal', journal, ...zone, dataset], env)).code).toBe(0);
			const {value: html} = await mammoth.convertToHtml({path: file});
			expect(html).toContain(`<h1>${title}</h1>`);
		}
	});

	test('the interface\'s language does not change the minutes: --lang fr and LANG=fr on an English session write the English record', async () => {
		const folder = temporaryFolder('council-export-language-');
		const env = {COUNCIL_DATA_DIR: folder, COUNCIL_CONFIG_DIR: folder};
		const expected = readFileSync(path.join(fixtures, 'journal-session-minutes.md'), 'utf8');
		const flagged = await runCli(['export', '--lang', 'fr', '--journal', journal, ...zone, fixtureDatasetPath], env);
		expect(flagged.code).toBe(0);
		expect(flagged.stdout).toBe(expected);
		const located = await runCli(['export', '--journal', journal, ...zone, fixtureDatasetPath], {...env, LANG: 'fr_FR.UTF-8', LC_ALL: 'fr_FR.UTF-8'});
		expect(located.stdout).toBe(expected);
		const text = await runCli(['export', '--lang', 'es', '--format', 'text', '--journal', journal, ...zone, fixtureDatasetPath], env);
		expect(text.stdout).toBe(readFileSync(path.join(fixtures, 'journal-session-minutes.txt'), 'utf8'));
		// And a French session stays French under an English interface.
		const {dataset, env: frenchEnv} = sessionIn('fr');
		const french = await runCli(['export', '--lang', 'en', '--journal', journal, ...zone, dataset], frenchEnv);
		expect(french.stdout).toContain('# Compte rendu de la première séance\n');
	});
});
