import {execFileSync} from 'node:child_process';
import {existsSync, lstatSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, unlinkSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {defaultSettings} from '../../source/settings/schema.js';
import {SettingsStore} from '../../source/settings/store.js';

/*
A settings.json that is hostile rather than merely damaged: a FIFO (conf's
readFileSync waited for a writer for good), nesting 20,000 deep (a stack
overflow in the walk after JSON.parse), forbidden field names, a symlink (conf's
writer followed it and overwrote the target). Each is reported, never waited
on, and nothing is written through a link, a FIFO or a folder.
*/

let directory = '';
beforeEach(() => {
	directory = mkdtempSync(path.join(os.tmpdir(), 'council-hostile-settings-'));
});
afterEach(() => {
	rmSync(directory, {recursive: true, force: true});
});

const file = () => path.join(directory, 'settings.json');
const mkfifo = (at: string) => execFileSync('mkfifo', [at]);
const deep = (depth: number) => `${'{"panes":'.repeat(depth)}{}${'}'.repeat(depth)}`;

describe('a settings.json that is not a regular file', () => {
	it('a FIFO is reported without waiting for a writer, used as defaults, and never written', async () => {
		mkfifo(file());
		const store = await SettingsStore.open({directory});
		const {value, warnings} = store.load();
		expect(value).toEqual(defaultSettings);
		expect(warnings).toEqual([`Settings file ${file()}: is a named pipe (FIFO), not a settings file: only regular files are read; changes will not be saved`]);
		expect(store.save({...defaultSettings, theme: 'mono'})[0]).toMatch(/not saved \(the settings file could not be read\)/);
		expect(lstatSync(file()).isFIFO()).toBe(true);
	});

	it('a FIFO put in its place after it was read is refused at the next save, not waited on or written into', async () => {
		writeFileSync(file(), JSON.stringify({theme: 'mono'}));
		const store = await SettingsStore.open({directory});
		unlinkSync(file());
		mkfifo(file());
		expect(store.save({...store.load().value, theme: 'default'})).toEqual([`Settings file ${file()}: not saved (settings.json is a named pipe (FIFO), not a regular file)`]);
		expect(lstatSync(file()).isFIFO()).toBe(true);
	});

	it('a symlink is read but never written through: the file it points to is left as it was', async () => {
		const victim = path.join(directory, 'victim.txt');
		writeFileSync(victim, '{"theme": "mono"}');
		symlinkSync(victim, file());
		const store = await SettingsStore.open({directory});
		expect(store.load()).toEqual({value: {...defaultSettings, theme: 'mono'}, warnings: []});
		expect(store.save({...defaultSettings, theme: 'high-contrast'})).toEqual([`Settings file ${file()}: not saved (it is a symbolic link, and council never writes through one)`]);
		expect(readFileSync(victim, 'utf8')).toBe('{"theme": "mono"}');
		expect(readlinkSync(file())).toBe(victim);
	});

	it('a damaged symlinked file is reported but not repaired through the link, and no .damaged copy is made', async () => {
		const victim = path.join(directory, 'victim.txt');
		writeFileSync(victim, 'not json');
		symlinkSync(victim, file());
		const {warnings} = (await SettingsStore.open({directory})).load();
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/not valid JSON/);
		expect(readFileSync(victim, 'utf8')).toBe('not json');
		expect(existsSync(`${file()}.damaged`)).toBe(false);
	});

	it('a symlink created after it was read is replaced by nothing: the save is refused', async () => {
		const store = await SettingsStore.open({directory});
		const victim = path.join(directory, 'victim.txt');
		writeFileSync(victim, 'precious');
		symlinkSync(victim, file());
		expect(store.save({...defaultSettings, theme: 'mono'})[0]).toMatch(/not saved \(settings\.json is a symbolic link/);
		expect(readFileSync(victim, 'utf8')).toBe('precious');
	});

	it('a FIFO at settings.json.damaged does not stop the repair from being refused cleanly', async () => {
		writeFileSync(file(), '{"theme": ');
		mkfifo(`${file()}.damaged`);
		const {warnings} = (await SettingsStore.open({directory})).load();
		expect(warnings.at(-1)).toMatch(/could not keep a copy of the damaged file \(settings\.json\.damaged is a named pipe \(FIFO\), not a regular file\); left as it is$/);
		expect(readFileSync(file(), 'utf8')).toBe('{"theme": ');
	});
});

describe('a settings.json with hostile content', () => {
	it('nested 20,000 deep is reported with where it goes too deep, kept as .damaged and repaired', async () => {
		const text = deep(20_000);
		writeFileSync(file(), text);
		const {value, warnings} = (await SettingsStore.open({directory})).load();
		expect(value).toEqual(defaultSettings);
		expect(warnings[0]).toBe(`Settings file ${file()}: nested more than 64 deep (line 1, column 577)`);
		expect(readFileSync(`${file()}.damaged`, 'utf8')).toBe(text);
		expect(JSON.parse(readFileSync(file(), 'utf8'))).toEqual(defaultSettings);
	});

	it('refuses __proto__, constructor and prototype, as written or once sanitized, at any depth', async () => {
		const text = '{"role": "secretary", "__proto__": {"role": "viewer"}, "constructor": 1, "panes": {"prototype": {}, "agendaWidth": 50}, "__pro\\u0007to__": 2}';
		writeFileSync(file(), text);
		const {value, warnings} = (await SettingsStore.open({directory})).load();
		expect(value).toEqual({...defaultSettings, role: 'secretary', panes: {agendaWidth: 50, positionsHeight: 40}});
		expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
		expect(warnings.filter(warning => warning.includes('is not allowed (it could replace the object\'s prototype); ignored'))
			.map(warning => warning.slice(`Settings file ${file()}: `.length, warning.indexOf(':', `Settings file ${file()}: `.length)))).toEqual(['__proto__', 'constructor', 'panes.prototype', '__proto__']);
		expect(readFileSync(`${file()}.damaged`, 'utf8')).toBe(text);
	});
});
