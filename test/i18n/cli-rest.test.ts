import {execFile} from 'node:child_process';
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {enCli} from '../../source/i18n/cli/en.js';
import {enRest} from '../../source/i18n/rest/en.js';
import {cliPath} from '../helpers/council.js';

/*
The words of modules outside commands/ (prepare/, share/, io/, journal/location.ts)
in French and Spanish, as processes (the built CLI): the change lines of a
dry run, refusals of the preparation commands, the shared journal's reasons
with the password still hidden, a file the atomic writer will not replace.
The dataset written stays the same bytes whatever the interface's language.
*/

const run = promisify(execFile);
let folder: string;

beforeAll(() => {
	folder = mkdtempSync(path.join(os.tmpdir(), 'council-cli-rest-'));
	copyFileSync('data/one-itu.json', path.join(folder, 'data.json'));
	copyFileSync('data/one-itu.json', path.join(folder, 'fr.json'));
	copyFileSync('data/one-itu.json', path.join(folder, 'en.json'));
	const broken = JSON.parse(readFileSync('data/one-itu.json', 'utf8')) as {session: Record<string, unknown>; agendaItems: Array<Record<string, unknown>>};
	broken.session['title'] = 5;
	delete broken.session['body'];
	broken.agendaItems[0]!['status'] = 'zzq';
	broken.agendaItems[0]!['titel'] = 'x';
	writeFileSync(path.join(folder, 'broken.json'), JSON.stringify(broken, null, 2));
	writeFileSync(path.join(folder, 'malformed.json'), '{"formatVersion": 1,');
});

afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});

async function council(args: readonly string[]) {
	const env: Record<string, string | undefined> = {
		...process.env, CI: undefined, LC_ALL: undefined, LC_MESSAGES: undefined, LANG: undefined, LANGUAGE: undefined,
		COUNCIL_CONFIG_DIR: path.join(folder, 'config'), COUNCIL_DATA_DIR: path.join(folder, 'journals'),
	};
	try {
		const {stdout, stderr} = await run(process.execPath, [cliPath, ...args], {env: env as NodeJS.ProcessEnv, cwd: folder});
		return {code: 0, stdout, stderr};
	} catch (error: unknown) {
		const failed = error as {code: number; stdout: string; stderr: string};
		return {code: failed.code, stdout: failed.stdout, stderr: failed.stderr};
	}
}

describe('the rest of the command line in French and Spanish', () => {
	it('its keys are its own: none repeats a key of the subcommands\' table (a spread would hide one)', () => {
		expect(Object.keys(enRest).filter(key => key in enCli)).toEqual([]);
	});

	it('council new --dry-run --lang fr: the change lines and the last line in French', async () => {
		const {code, stdout, stderr} = await council(['new', 'zz.json', '--title', 'T', '--dates', '2025-06-17/2025-06-27', '--lang', 'fr', '--dry-run']);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		expect(stdout).toMatch(/^zz\.json:\n {2}\+ session t-2025-[\da-f]+ : ITU Council, "T", du 2025-06-17 au 2025-06-27\n {2}\+ 194 États Membres comme délégations\nessai : rien n’a été écrit dans zz\.json\n$/);
	});

	it('council new --lang es: a day that is not one, refused in Spanish (exit 1)', async () => {
		const {code, stderr} = await council(['new', 'zz.json', '--title', 'T', '--dates', '2025-02-30', '--lang', 'es']);
		expect(code).toBe(1);
		expect(stderr).toContain('"2025-02-30" no es un día (AAAA-MM-DD, p. ej., 2025-06-17)');
	});

	it('council agenda add --lang es: every refusal in Spanish, then nothing written', async () => {
		const {code, stdout, stderr} = await council(['agenda', 'add', '1', 'Otra vez', '--action', 'zzq', '--data', 'data.json', '--lang', 'es']);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toBe([
			'council agenda add: acción desconocida "zzq": utilice una de las siguientes: approve, adopt, consider, take-note, decide, elect, other',
			'council agenda add: el orden del día ya tiene el punto 1 "Implementation of the "One ITU" concept" (item-one-itu); "1" es el mismo número',
			'council agenda add: no se ha escrito nada',
			'',
		].join('\n'));
	});

	it('council agenda move --lang fr: an item placed after itself', async () => {
		const {code, stderr} = await council(['agenda', 'move', '1', '--after', '1', '--data', 'data.json', '--lang', 'fr']);
		expect(code).toBe(1);
		expect(stderr).toBe('council agenda move: le point 1 ne peut pas être placé après lui-même\ncouncil agenda move: rien n’a été écrit\n');
	});

	it('council session set --lang fr writes the same bytes as in English; only the lines said differ', async () => {
		const french = await council(['session', 'set', '--title', 'Nouveau', '--data', 'fr.json', '--lang', 'fr']);
		const english = await council(['session', 'set', '--title', 'Nouveau', '--data', 'en.json']);
		expect(french.code).toBe(0);
		expect(english.code).toBe(0);
		expect(french.stdout).toBe('fr.json:\n  ~ session, titre : "Council session taking up the "One ITU" contribution" → "Nouveau"\n  ~ la session n’est plus marquée comme illustrative\nfr.json écrit (la version précédente est fr.json.bak)\n');
		expect(english.stdout).toBe('en.json:\n  ~ session title: "Council session taking up the "One ITU" contribution" → "Nouveau"\n  ~ session no longer marked illustrative\nwritten en.json (the previous version is en.json.bak)\n');
		expect(readFileSync(path.join(folder, 'fr.json'), 'utf8')).toBe(readFileSync(path.join(folder, 'en.json'), 'utf8'));
	});

	it('council share status --lang fr and es: nobody at the port, said in the language, the password hidden (exit 1)', async () => {
		const french = await council(['share', 'status', '--share', 'postgres://ana:s3cret@127.0.0.1:1/x', '--data', 'data.json', '--lang', 'fr']);
		expect(french.code).toBe(1);
		expect(french.stderr).toContain('council share status: impossible d’utiliser le journal partagé à postgres://ana:***@127.0.0.1:1/x : personne ne répond à 127.0.0.1:1 (connexion refusée)\n');
		const spanish = await council(['share', 'status', '--share', 'postgres://ana:s3cret@127.0.0.1:1/x', '--data', 'data.json', '--lang', 'es']);
		expect(spanish.stderr).toContain('council share status: no se puede utilizar el diario compartido en postgres://ana:***@127.0.0.1:1/x: nadie responde en 127.0.0.1:1 (conexión rechazada)\n');
		expect(`${french.stdout}${french.stderr}${spanish.stdout}${spanish.stderr}`).not.toContain('s3cret');
	});

	it('council share status --lang es: a URL that is not PostgreSQL\'s', async () => {
		const {code, stderr} = await council(['share', 'status', '--share', 'postgres://h/d?sslmode=zzq', '--data', 'data.json', '--lang', 'es']);
		expect(code).toBe(1);
		expect(stderr).toContain('sslmode "zzq" desconocido (utilice uno de: disable, allow, prefer, require, verify-ca, verify-full)');
	});

	it('council export --output on an existing file --lang fr and es: not replaced, in the language', async () => {
		const french = await council(['export', '--output', 'data.json', '--lang', 'fr']);
		expect(french.code).toBe(1);
		expect(french.stderr).toContain(': existe déjà : non remplacé (--force le remplace)\n');
		const spanish = await council(['export', '--output', 'data.json', '--lang', 'es']);
		expect(spanish.stderr).toContain(': ya existe: no se ha reemplazado (--force lo sustituye)\n');
	});

	it('council validate --lang fr and es: the wording translated; the place, the field\'s path and the values as they are', async () => {
		const french = await council(['validate', 'broken.json', 'malformed.json', '--lang', 'fr']);
		expect(french.code).toBe(1);
		expect(french.stdout).toContain('broken.json:4:14  session.body  est absent (obligatoire : du texte)\n');
		expect(french.stdout).toContain('broken.json:6:14  session.title  doit être du texte, pas 5\n');
		expect(french.stdout).toContain('broken.json:22:17  agendaItems[0].status  doit être l’une des valeurs "pending", "under-consideration", "decided", "deferred", pas le texte "zzq"\n');
		expect(french.stdout).toContain('broken.json:24:7  agendaItems[0].titel  champ inconnu "titel" (vouliez-vous dire "title" ?)\n');
		expect(french.stdout).toContain('malformed.json:1:21  JSON mal formé : nom de champ entre guillemets doubles attendu (une virgule de trop ?)\n');
		const spanish = await council(['validate', 'broken.json', '--lang', 'es']);
		expect(spanish.stdout).toContain('broken.json:6:14  session.title  debe ser texto, no 5\n');
		expect(spanish.stdout).toContain('broken.json:4:14  session.body  falta (obligatorio: texto)\n');
	});

	it('council --help --lang fr: the journal\'s default path with its placeholder in French', async () => {
		const {stdout} = await council(['--help', '--lang', 'fr']);
		expect(stdout).toMatch(/journals\/<identifiant de session>\.jsonl \(ou --journal PATH\)\n/);
	});
});
