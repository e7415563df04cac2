import {copyFileSync, appendFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {fixtureDatasetPath, temporaryFolder} from '../journal/helpers.js';
import {runCli} from '../journal/processes.js';

/*
The words of issue 16's part 2 as processes: `council log --lang fr` describes
every entry in French (names, titles and decision texts as written), and what
must not change with the language does not: `council lookup 71 --json` is the
same bytes in French and Arabic as in English, and so is `council log --json`.
*/

const journal = 'test/fixtures/journal-session.jsonl';

function environment() {
	const folder = temporaryFolder('council-words-');
	return {TZ: 'UTC', COUNCIL_DATA_DIR: folder, COUNCIL_CONFIG_DIR: folder, LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined};
}

describe('the words in the official languages, as processes', () => {
	it('council log --lang fr describes every entry in French; the data stays as written', async () => {
		const env = environment();
		const french = await runCli(['log', '--journal', journal, '--data', fixtureDatasetPath, '--lang', 'fr'], env);
		expect(french.code).toBe(0);
		const lines = french.stdout.split('\n');
		expect(lines[1]).toBe('2026-04-13 09:00:00 UTC  Chair Amina Diallo (président)  point en cours : PL 1.01 Draft budget of the Union  [0mnwyp400-a10000000001]');
		expect(lines[2]).toBe('2026-04-13 09:02:10 UTC  Secretary Li Wei (secrétaire)  décision sur PL 1.01 Draft budget of the Union : approuvé — « The Council reviewed and approved the draft budget. »  [0mnwyrwb4-a20000000002]');
		expect(french.stdout).toContain('annulation de 0mnwyy42o-a50000000005 (décision sur PL 1.02 Report on the implementation of the strategic plan : pris note — « The Council took note of the report. »)');
		expect(french.stdout).toContain('position de Switzerland sur proposition 1) du document C99/42 : réserve — « On principle 3: sovereignty »');
		expect(french.stdout).toContain('décision sur proposition 2) du document C99/42 : renvoyé à un groupe');
		expect(french.stdout).not.toMatch(/decision on|current item:|position of|undo of/);
		// English is as it always was.
		const english = await runCli(['log', '--journal', journal, '--data', fixtureDatasetPath], env);
		expect(english.stdout.split('\n')[2]).toBe('2026-04-13 09:02:10 UTC  Secretary Li Wei (secretary)  decision on PL 1.01 Draft budget of the Union: approved — "The Council reviewed and approved the draft budget."  [0mnwyrwb4-a20000000002]');
		// JSON is the same in every language, the reason an entry is ignored included.
		const withIgnored = path.join(env.COUNCIL_DATA_DIR, 'journal.jsonl');
		copyFileSync(journal, withIgnored);
		appendFileSync(withIgnored, '{"v":1,"id":"0mnwz9000-ad000000000d","time":"2026-04-13T09:16:00.000Z","author":{"name":"Secretary Li Wei","role":"secretary"},"kind":"position","payload":{"delegation":"us","on":"nowhere","stance":"supports"}}\n');
		const json = await runCli(['log', '--journal', withIgnored, '--data', fixtureDatasetPath, '--json'], env);
		expect(json.stdout).toContain('no agenda item or proposal \\"nowhere\\" in the dataset');
		const frenchJson = await runCli(['log', '--journal', withIgnored, '--data', fixtureDatasetPath, '--json', '--lang', 'fr'], env);
		expect(frenchJson.stdout).toBe(json.stdout);
		// So is the summary record's JSON, each entry's description included.
		const minutes = await runCli(['export', '--journal', journal, '--data', fixtureDatasetPath, '--format', 'json'], env);
		expect(minutes.stdout).toContain('"description": "decision on PL 1.01 Draft budget of the Union: approved');
		const frenchMinutes = await runCli(['export', '--journal', journal, '--data', fixtureDatasetPath, '--format', 'json', '--lang', 'fr'], env);
		expect(frenchMinutes.stdout).toBe(minutes.stdout);
	});

	it('council lookup 71 --json is byte-identical under --lang fr and --lang ar; the text is translated', async () => {
		const env = environment();
		const english = await runCli(['lookup', '71', '--json'], env);
		expect(english.code).toBe(0);
		expect(english.stdout).toContain('"label": "Resolution 71 (Rev. Bucharest, 2022)"');
		for (const language of ['fr', 'ar']) {
			const other = await runCli(['lookup', '71', '--json', '--lang', language], env);
			expect(other.code).toBe(0);
			expect(Buffer.from(other.stdout)).toEqual(Buffer.from(english.stdout));
		}

		// A proposal found by its English label in any language: lookup matching does not change either.
		const byLabel = await runCli(['lookup', 'C99/42 proposal 1', '--data', fixtureDatasetPath, '--lang', 'es'], env);
		expect(byLabel.code).toBe(0);
		expect(byLabel.stdout).toMatch(/^C99\/42 propuesta 1\n {2}propuesta · id prop-1\n/);
		const text = await runCli(['lookup', '71', '--lang', 'fr'], env);
		expect(text.stdout).toMatch(/^Résolution 71 \(Rev\. Bucharest, 2022\)\n {2}résolution · id res-pp-71\n {2}organe : Conférence de plénipotentiaires\n/);
		expect(text.stdout).toContain('\nCité par (3)\n');
		// A decision the Council numbered, from the journal: its words in French, its JSON the same.
		const numbered = path.join(env.COUNCIL_DATA_DIR, 'numbered.jsonl');
		appendFileSync(numbered, '{"v":1,"id":"0mnwz9000-ad000000000d","time":"2026-04-13T09:16:00.000Z","author":{"name":"Secretary Li Wei","role":"secretary"},"kind":"decision","payload":{"target":"item-budget","outcome":"noted","text":"Line one.\\nLine two.","outcomes":[{"kind":"noted","on":"the report"},{"kind":"instructed"}],"number":"Decision 650 (C25)"}}\n');
		const decision = await runCli(['lookup', 'Decision 650', '--journal', numbered, '--data', fixtureDatasetPath, '--lang', 'fr'], env);
		expect(decision.stdout).toBe([
			'Decision 650 (C25) : décision sur PL 1.01 Draft budget of the Union (d’après le journal)',
			'  Résultats : pris note the report; chargé',
			'  Texte : Line one.',
			'          Line two.',
			'  Inscrite le 2026-04-13 09:16:00Z par Secretary Li Wei (secrétaire), entrée 0mnwz9000-ad000000000d',
			'',
		].join('\n'));
		const decisionJson = await runCli(['lookup', 'Decision 650', '--journal', numbered, '--data', fixtureDatasetPath, '--json'], env);
		expect((await runCli(['lookup', 'Decision 650', '--journal', numbered, '--data', fixtureDatasetPath, '--json', '--lang', 'ar'], env)).stdout).toBe(decisionJson.stdout);
		expect(decisionJson.stdout).toContain('"targetLabel": "PL 1.01 Draft budget of the Union"');
		const nearest = await runCli(['lookup', 'Resolution 7', '--lang', 'es'], env);
		expect(nearest.code).toBe(1);
		expect(nearest.stdout).toMatch(/^ningún resultado para «Resolution 7»\n/);
	});
});
