import {spawn} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {setLanguage} from '../../source/i18n/translate.js';
import {SettingsStore} from '../../source/settings/store.js';
import {loadDataset} from '../../source/dataset/load.js';
import {readDatasetVersion} from '../../source/dataset/watch-dataset.js';
import type {DatasetChange} from '../../source/features/dataset-reload/reload-reducer.js';
import {journalFeed} from '../../source/ui/run-dashboard.js';
import {defaultSettings} from '../../source/settings/choices.js';
import {cliPath, startCouncil} from '../helpers/council.js';
import type {PtySession} from '../helpers/pty.js';
import {zip} from '../io/zip.js';

/*
The problems council reports about its own files (source/i18n/problems/) in
French and Spanish, each driven by its real path: a damaged settings file and
one that cannot be written, a journal with a bad line (line mode's start, the
dashboard's footer, council log's warning; council log --json the same bytes as
in English), the journal refused, a dataset reload that fails under the
dashboard, a .docx whose zip lies, and council import --report's headings.
*/

let folder: string;
const fixtures = path.resolve('test/fixtures/import');

beforeAll(() => {
	folder = mkdtempSync(path.join(os.tmpdir(), 'council-problems-'));
	copyFileSync('data/one-itu.json', path.join(folder, 'data.json'));
});

afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
	setLanguage('en');
});

let scratchCount = 0;
function scratch(): string {
	const made = path.join(folder, `s${scratchCount++}`);
	mkdirSync(made);
	return made;
}

type Run = {code: number | null; stdout: string; stderr: string};

/** The built CLI as a process, in `cwd`, with `input` on stdin (line mode reads it), its settings in `config`. */
async function council(args: readonly string[], options: {cwd?: string; config?: string; env?: Record<string, string | undefined>; input?: string} = {}): Promise<Run> {
	const env: Record<string, string | undefined> = {
		...process.env, CI: undefined, LC_ALL: undefined, LC_MESSAGES: undefined, LANG: undefined, LANGUAGE: undefined,
		COUNCIL_CONFIG_DIR: options.config ?? path.join(folder, 'config'), COUNCIL_DATA_DIR: path.join(folder, 'journals'), ...options.env,
	};
	const child = spawn(process.execPath, [cliPath, ...args], {env: env as NodeJS.ProcessEnv, cwd: options.cwd ?? folder});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => {
		stdout += chunk.toString('utf8');
	});
	child.stderr.on('data', (chunk: Buffer) => {
		stderr += chunk.toString('utf8');
	});
	child.stdin.end(options.input ?? '');
	const code = await new Promise<number | null>(resolve => {
		child.on('close', resolve);
	});
	return {code, stdout, stderr};
}

/** A folder holding the dataset and a journal whose third line is not JSON. */
async function sessionWithBadLine(): Promise<string> {
	const space = scratch();
	copyFileSync('data/one-itu.json', path.join(space, 'data.json'));
	expect((await council(['record', 'current', '1', '--journal', 'j.jsonl', '--data', 'data.json'], {cwd: space})).code).toBe(0);
	writeFileSync(path.join(space, 'j.jsonl'), `${readFileSync(path.join(space, 'j.jsonl'), 'utf8')}not json {\n`);
	return space;
}

describe('the settings file\'s problems in French and Spanish (the store, as council start reads it)', () => {
	afterEach(() => {
		setLanguage('en');
	});

	it('a damaged file whose copy cannot be kept (a folder in the way): what is wrong, and that it is left as it is', async () => {
		const config = scratch();
		writeFileSync(path.join(config, 'settings.json'), '{"theme": 5\n');
		mkdirSync(path.join(config, 'settings.json.damaged'));
		setLanguage('fr');
		const french = (await SettingsStore.open({directory: config})).load().warnings;
		const file = path.join(config, 'settings.json');
		expect(french).toHaveLength(2);
		expect(french[0]).toMatch(new RegExp(`^Fichier de préférences ${file} : JSON non valide \\(`));
		expect(french[1]).toBe(`Fichier de préférences ${file} : impossible de garder une copie du fichier endommagé (settings.json.damaged est un dossier, pas un fichier ordinaire) ; il est laissé tel quel`);
		setLanguage('es');
		const spanish = (await SettingsStore.open({directory: config})).load().warnings;
		expect(spanish[1]).toBe(`Archivo de preferencias ${file}: no se pudo guardar una copia del archivo dañado (settings.json.damaged es una carpeta, no un archivo ordinario); se deja como está`);
		expect(readFileSync(file, 'utf8')).toBe('{"theme": 5\n');
	});

	it('a damaged file repaired: each field\'s problem and where the old file is kept', async () => {
		const config = scratch();
		const file = path.join(config, 'settings.json');
		writeFileSync(file, JSON.stringify({theme: 'neon', colour: 'blue'}));
		setLanguage('fr');
		const french = (await SettingsStore.open({directory: config})).load().warnings;
		expect(french).toContain(`Fichier de préférences ${file} : colour : préférence inconnue, ignorée`);
		expect(french.some(warning => warning.startsWith(`Fichier de préférences ${file} : theme : `) && warning.endsWith(' ; valeur par défaut'))).toBe(true);
		expect(french.at(-1)).toBe(`Fichier de préférences ${file} : remplacé par les valeurs par défaut pour les champs ci-dessus ; l’ancien fichier est conservé sous ${file}.damaged`);
		writeFileSync(file, '[1, 2]');
		setLanguage('es');
		const spanish = (await SettingsStore.open({directory: config})).load().warnings;
		expect(spanish[0]).toBe(`Archivo de preferencias ${file}: se esperaba un objeto de preferencias y se encontró una lista; se usan los valores por defecto`);
		expect(spanish.at(-1)).toBe(`Archivo de preferencias ${file}: sustituido por los valores por defecto en los campos anteriores; el archivo anterior se conserva como ${file}.damaged`);
	});

	it('settings that cannot be written: a symbolic link, a file in the place of the folder', async () => {
		const config = scratch();
		writeFileSync(path.join(config, 'elsewhere.json'), '{}');
		symlinkSync(path.join(config, 'elsewhere.json'), path.join(config, 'settings.json'));
		setLanguage('fr');
		const linked = await SettingsStore.open({directory: config});
		expect(linked.save({...defaultSettings, theme: 'mono'})).toEqual([`Fichier de préférences ${path.join(config, 'settings.json')} : non enregistré (c’est un lien symbolique, et council n’écrit jamais à travers un lien)`]);
		expect(readFileSync(path.join(config, 'elsewhere.json'), 'utf8')).toBe('{}');

		// As root a read-only folder is still written: a file where the folder should be stops the write.
		const gone = path.join(scratch(), 'config');
		mkdirSync(gone);
		setLanguage('es');
		const store = await SettingsStore.open({directory: gone});
		rmSync(gone, {recursive: true});
		writeFileSync(gone, 'not a folder');
		const [problem, ...more] = store.save({...defaultSettings, theme: 'mono'});
		expect(more).toEqual([]);
		expect(problem).toMatch(new RegExp(`^Archivo de preferencias ${path.join(gone, 'settings.json')}: no guardado \\(no se puede leer \\(E[A-Z]+\\)\\)$`));
	});

	it('a settings folder named with an escape sequence is shown without it', async () => {
		const config = path.join(scratch(), 'x\u001B]0;owned\u0007y');
		mkdirSync(config);
		writeFileSync(path.join(config, 'settings.json'), 'nope');
		setLanguage('fr');
		const warnings = (await SettingsStore.open({directory: config})).load().warnings;
		expect(warnings.length).toBeGreaterThan(0);
		for (const warning of warnings) {
			expect(warning).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
		}

		expect(warnings[0]).toContain('Fichier de préférences ');
	});

	it('council --plain --lang fr says the damaged settings on standard error in French', async () => {
		const config = scratch();
		writeFileSync(path.join(config, 'settings.json'), '{"plain": "yes"}');
		const run = await council(['--plain', '--lang', 'fr', 'data.json'], {config, input: 'q\n'});
		expect(run.code).toBe(0);
		expect(run.stderr).toContain(`council: Fichier de préférences ${path.join(config, 'settings.json')} : plain : `);
		expect(run.stderr).toContain(' ; valeur par défaut\n');
		expect(run.stderr).toContain('remplacé par les valeurs par défaut pour les champs ci-dessus');
		expect(run.stderr).not.toContain('Settings file');
	});
});

describe('a journal with a bad line in French and Spanish', () => {
	it('line mode\'s start says the skipped line in the language; --lang fr and LANG=es_ES.UTF-8', async () => {
		const space = await sessionWithBadLine();
		const french = await council(['--plain', '--lang', 'fr', '--journal', 'j.jsonl', 'data.json'], {cwd: space, input: 'q\n'});
		expect(french.code).toBe(0);
		expect(french.stdout).toContain('Journal : 1 ligne ignorée (council log les liste) : la ligne 3 n’est pas du JSON et a été ignorée : not json {\n');
		const spanish = await council(['--plain', '--journal', 'j.jsonl', 'data.json'], {cwd: space, input: 'q\n', env: {LANG: 'es_ES.UTF-8'}});
		expect(spanish.stdout).toContain('Diario: 1 línea omitida (council log las lista): la línea 3 no es JSON y se omitió: not json {\n');
		expect(`${french.stdout}${spanish.stdout}`).not.toMatch(/is not JSON|skipped/);
	});

	it('council log warns in the language; council log --json is byte for byte the English', async () => {
		const space = await sessionWithBadLine();
		const french = await council(['log', '--lang', 'fr', '--journal', 'j.jsonl', '--data', 'data.json'], {cwd: space});
		expect(french.code).toBe(0);
		expect(french.stderr).toBe('avertissement : la ligne 3 n’est pas du JSON et a été ignorée : not json {\n');
		const spanish = await council(['log', '--journal', 'j.jsonl', '--data', 'data.json'], {cwd: space, env: {LANG: 'es_ES.UTF-8'}});
		expect(spanish.stderr).toBe('advertencia: la línea 3 no es JSON y se omitió: not json {\n');

		const english = await council(['log', '--json', '--journal', 'j.jsonl', '--data', 'data.json'], {cwd: space});
		const frenchJson = await council(['log', '--json', '--lang', 'fr', '--journal', 'j.jsonl', '--data', 'data.json'], {cwd: space});
		const spanishJson = await council(['log', '--json', '--journal', 'j.jsonl', '--data', 'data.json'], {cwd: space, env: {LANG: 'es_ES.UTF-8'}});
		expect(frenchJson.stdout).toBe(english.stdout);
		expect(spanishJson.stdout).toBe(english.stdout);
		expect((JSON.parse(english.stdout) as {problems: unknown}).problems).toEqual([{line: 3, kind: 'not-json', message: 'line 3 is not JSON and was skipped: not json {'}]);
	});

	it('a journal refused: the dataset itself, or a file that is no journal', async () => {
		const space = scratch();
		copyFileSync('data/one-itu.json', path.join(space, 'data.json'));
		writeFileSync(path.join(space, 'notes.txt'), 'my notes\n');
		const itself = await council(['log', '--lang', 'es', '--journal', 'data.json', '--data', 'data.json'], {cwd: space});
		expect(itself.code).toBe(1);
		expect(itself.stderr).toContain('El diario data.json: es el propio archivo de datos: el diario es un archivo aparte (--journal PATH nombra otro archivo, u omítalo).');
		const notes = await council(['--plain', '--lang', 'fr', '--journal', 'notes.txt', 'data.json'], {cwd: space, input: 'q\n'});
		expect(notes.code).toBe(1);
		expect(notes.stderr).toContain('le journal notes.txt : ce n’est pas un journal : sa première ligne n’est pas une inscription');
		expect(readFileSync(path.join(space, 'notes.txt'), 'utf8')).toBe('my notes\n');
	});
});

describe('a journal bound to another session, or to a dataset that changed, in French and Spanish', () => {
	it('refuses another session\'s journal, and says a changed dataset, in the language (English unchanged)', async () => {
		const space = scratch();
		const dataset = JSON.parse(readFileSync('data/one-itu.json', 'utf8')) as {session: {id: string; title: string}};
		writeFileSync(path.join(space, 'a.json'), JSON.stringify(dataset));
		writeFileSync(path.join(space, 'b.json'), JSON.stringify({...dataset, session: {...dataset.session, id: 'autre-seance'}}));
		expect((await council(['record', 'current', '1', '--data', 'a.json', '--journal', 'j.jsonl'], {cwd: space})).code).toBe(0);
		const french = await council(['record', 'status', '1', 'decided', '--lang', 'fr', '--data', 'b.json', '--journal', 'j.jsonl'], {cwd: space});
		expect(french.code).toBe(1);
		expect(french.stderr).toContain(`le journal ${path.join(space, 'j.jsonl')} appartient à la séance « ${dataset.session.id} » (commencée sur ${path.join(space, 'a.json')}), pas à la séance « autre-seance » de ${path.join(space, 'b.json')}. Utilisez le fichier de données de cette séance (ou omettez --data), ou un autre --journal.`);
		const spanish = await council(['record', 'status', '1', 'decided', '--data', 'b.json', '--journal', 'j.jsonl'], {cwd: space, env: {LANG: 'es_ES.UTF-8'}});
		expect(spanish.stderr).toContain(`el diario ${path.join(space, 'j.jsonl')} pertenece a la sesión «${dataset.session.id}»`);
		const english = await council(['record', 'status', '1', 'decided', '--data', 'b.json', '--journal', 'j.jsonl'], {cwd: space});
		expect(english.stderr).toContain('belongs to session');

		// The same session, its dataset changed (a title), and then the journal used from another path.
		writeFileSync(path.join(space, 'a.json'), JSON.stringify({...dataset, session: {...dataset.session, title: `${dataset.session.title} (rev.)`}}));
		const changed = await council(['record', 'status', '1', 'decided', '--lang', 'fr', '--data', 'a.json', '--journal', 'j.jsonl'], {cwd: space});
		expect(changed.code).toBe(0);
		expect(changed.stderr).toContain(`avis : ${path.join(space, 'a.json')} a changé depuis que le journal ${path.join(space, 'j.jsonl')} a commencé sur ce fichier ; ses inscriptions sont rejouées sur les données telles qu’elles sont maintenant.`);
		copyFileSync(path.join(space, 'a.json'), path.join(space, 'c.json'));
		const moved = await council(['record', 'status', '1', 'pending', '--data', 'c.json', '--journal', 'j.jsonl'], {cwd: space, env: {LANG: 'es_ES.UTF-8'}});
		expect(moved.code).toBe(0);
		expect(moved.stderr).toContain(`aviso: ${path.join(space, 'c.json')} ha cambiado desde que el diario ${path.join(space, 'j.jsonl')} comenzó (con ${path.join(space, 'a.json')})`);
	});
});

describe('a dataset that does not reload, in French', () => {
	afterEach(() => {
		setLanguage('en');
	});

	it('a file that cannot be read, and more problems than are shown', async () => {
		const space = scratch();
		setLanguage('fr');
		expect(await readDatasetVersion(path.join(space, 'none.json'), 'none.json')).toEqual({ok: false, message: 'none.json ne peut pas être lu (ENOENT)'});
		const broken = JSON.parse(readFileSync('data/one-itu.json', 'utf8')) as {session: Record<string, unknown>; agendaItems: Array<Record<string, unknown>>};
		broken.session['title'] = 5;
		delete broken.session['body'];
		broken.agendaItems[0]!['status'] = 'zzq';
		broken.agendaItems[0]!['titel'] = 'x';
		writeFileSync(path.join(space, 'bad.json'), JSON.stringify(broken, null, 2));
		const read = await readDatasetVersion(path.join(space, 'bad.json'), 'bad.json');
		expect(read).toEqual({ok: false, message: expect.stringMatching(/^bad\.json:\d+:\d+ .*; et 1 de plus \(council validate les liste\)$/)});
	});
});

describe('council import in French and Spanish', () => {
	it('--report\'s headings with LANG=es_ES.UTF-8, a plan\'s title with --lang fr', async () => {
		const spanish = await council(['import', path.join(fixtures, 'sg-report-glued.txt'), '--report'], {env: {LANG: 'es_ES.UTF-8'}});
		expect(spanish.code).toBe(0);
		// The label column is as wide as the widest label, "Acción solicitada (2)", and two.
		expect(spanish.stdout).toContain('\n  Signatura              C19/40 (inglés, original en inglés, 2019-03-04)\n  Punto                  ADM 12\n  Origen                 Report by the Secretary-General\n');
		expect(spanish.stdout).toContain('\n  Acción solicitada (2)  take-note: The Council is invited to take note of this report\n');
		expect(spanish.stdout).toContain('\n  Referencias            5 resoluciones: PP 25 (Rev. Busan, 2014); Consejo 1372; ');
		expect(spanish.stdout).toContain('\n                         1 artículo: CS Art. 28\n');
		expect(spanish.stdout).toContain('\n  Propuestas             0\n  Advertencias (1)       ');
		expect(spanish.stdout).not.toMatch(/\n {2}(Item|Symbol|Warnings|References|Proposals) /);
		const french = await council(['import', path.join(fixtures, 'plan.txt'), '--report', '--lang', 'fr']);
		expect(french.stdout).toContain('plan.txt : plan de gestion du temps, 4 points');
	});

	it('a .docx whose zip entry expands beyond what it declares is refused in the language', async () => {
		const space = scratch();
		writeFileSync(path.join(space, 'lying.docx'), zip([{name: 'word/document.xml', data: Buffer.from('<w:document>'.repeat(200)), declared: 10}]));
		const french = await council(['import', 'lying.docx', '--lang', 'fr'], {cwd: space});
		expect(french.code).toBe(1);
		expect(french.stderr).toContain('lying.docx: refusé : ce .docx contient une entrée zip qui se décompresse au-delà de la taille qu’elle déclare (word/document.xml)');
		const spanish = await council(['import', 'lying.docx'], {cwd: space, env: {LANG: 'es_ES.UTF-8'}});
		expect(spanish.stderr).toContain('rechazado: este .docx contiene una entrada zip que se descomprime más allá del tamaño que declara (word/document.xml)');
	});
});

describe('the dashboard in French and Spanish: the footer at the start, the dataset reloaded or not', () => {
	afterEach(() => {
		setLanguage('en');
	});

	it('the dashboard\'s feed (run-dashboard.tsx): a dataset that no longer loads is said in Spanish, the skipped line in French', async () => {
		const space = await sessionWithBadLine();
		const file = path.join(space, 'data.json');
		const loaded = await loadDataset(file, {cache: false});
		if (!loaded.ok) {
			throw new Error('the fixture does not load');
		}

		setLanguage('fr');
		const french = await journalFeed({datasetPath: file, dataset: loaded.dataset, index: loaded.index, journalPath: path.join(space, 'j.jsonl'), author: {name: 'Ana', role: 'chair'}, datasetHash: loaded.contentHash});
		expect(french.startNotice).toBe('Journal : 1 ligne ignorée (council log les liste) : la ligne 3 n’est pas du JSON et a été ignorée : not json {');
		setLanguage('es');
		const changes: DatasetChange[] = [];
		const stop = french.subscribeDataset?.(change => changes.push(change));
		try {
			// The watcher's start is its starting point: the broken file is written again until it is heard.
			for (let attempt = 0; attempt < 20 && changes.length === 0; attempt++) {
				writeFileSync(file, readFileSync('data/one-itu.json', 'utf8').replace('"status": "pending"', `"status": "zzq${attempt}"`));
				await new Promise(resolve => {
					setTimeout(resolve, 400);
				});
			}
		} finally {
			stop?.();
		}

		expect(changes[0]).toMatchObject({kind: 'problem'});
		const notice = changes[0]?.kind === 'problem' ? changes[0].notice : '';
		expect(notice).toMatch(new RegExp(`^Datos no recargados, la pantalla conserva la versión anterior: ${file}:23:17 agendaItems\\[0\\]\\.status `));
	});

	let council: PtySession | undefined;
	afterEach(() => {
		if (council !== undefined && !council.hasExited()) {
			council.kill();
		}
	});

	it('80x24: the skipped line in the footer, then "Données rechargées" when the file changes', async () => {
		const space = await sessionWithBadLine();
		council = startCouncil(['--lang', 'fr', '--journal', 'j.jsonl', 'data.json'], {cwd: space, cols: 80, rows: 24});
		await council.waitForReady('Journal : 1 ligne ignorée (council log les liste) : la ligne 3', 5000);
		const good = readFileSync(path.join(space, 'data.json'), 'utf8');
		// The dataset's watcher starts after the first frame: a change written before it is its starting point, not a change.
		// So a valid change is written again (a new title each time) until the screen says it reloaded.
		let isReloaded = false;
		for (let attempt = 0; attempt < 10 && !isReloaded; attempt++) {
			writeFileSync(path.join(space, 'data.json'), good.replace('"title": "Implementation of the \\"One ITU\\" concept"', `"title": "Mise en œuvre ${attempt}"`));
			isReloaded = await council.waitFor('Données rechargées : le fichier a changé', 1500).then(() => true, () => false);
		}

		expect(isReloaded).toBe(true);
		expect(await council.screenText()).toContain('Mise en œuvre');
		// The ? screen says who records and in which journal.
		council.write('?');
		await council.waitFor(/\((chair|secretary|viewer)\) · Journal : /, 5000);
		council.write('\u001B');
		await council.waitFor('q quitter', 5000);
		const screen = await council.screenText();
		expect(screen).not.toMatch(/Dataset|skipped|reloaded/);
		council.write('q');
		expect((await council.exited).exitCode).toBe(0);
	});
});
