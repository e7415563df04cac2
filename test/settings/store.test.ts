import {chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {defaultSettings} from '../../source/settings/schema.js';
import {settingsFilePath, shownSettingsPath} from '../../source/settings/location.js';
import {SettingsStore, settingsDirectory} from '../../source/settings/store.js';

let directory = '';

beforeEach(() => {
	directory = mkdtempSync(path.join(os.tmpdir(), 'council-settings-'));
});

afterEach(() => {
	rmSync(directory, {recursive: true, force: true});
});

const file = () => path.join(directory, 'settings.json');
const readJson = (target: string): unknown => JSON.parse(readFileSync(target, 'utf8'));

describe('settingsDirectory', () => {
	it('prefers the option, then COUNCIL_CONFIG_DIR, then the platform folder', async () => {
		expect(settingsDirectory({directory: '/a', env: {COUNCIL_CONFIG_DIR: '/b'}})).toBe('/a');
		expect(settingsDirectory({env: {COUNCIL_CONFIG_DIR: '/b'}})).toBe('/b');
		expect(settingsDirectory({env: {}})).toMatch(/council$/);
	});
});

describe('SettingsStore', () => {
	it('starts from defaults without writing anything when there is no file', async () => {
		const store = (await SettingsStore.open({directory}));
		expect(store.load()).toEqual({value: defaultSettings, warnings: []});
		expect(store.path).toBe(file());
		expect(existsSync(file())).toBe(false);
	});

	it('writes on change and reads it back in a new store', async () => {
		const first = (await SettingsStore.open({directory}));
		const changed = {...first.load().value, theme: 'mono' as const, authorName: 'Secretariat'};
		expect(first.save(changed)).toEqual([]);
		expect(readJson(file())).toEqual(changed);
		expect((await SettingsStore.open({directory})).load()).toEqual({value: changed, warnings: []});
	});

	it('does not rewrite the file when nothing changed', async () => {
		writeFileSync(file(), JSON.stringify({role: 'viewer'}));
		const store = (await SettingsStore.open({directory}));
		const {value} = store.load();
		// Marker: a write would replace this text.
		writeFileSync(file(), '{"role": "viewer" }');
		expect(store.save(value)).toEqual([]);
		expect(readFileSync(file(), 'utf8')).toBe('{"role": "viewer" }');
	});

	it('honours COUNCIL_CONFIG_DIR', async () => {
		const store = (await SettingsStore.open({env: {COUNCIL_CONFIG_DIR: directory}}));
		store.save({...defaultSettings, role: 'viewer'});
		expect(readJson(file())).toMatchObject({role: 'viewer'});
	});

	it('reports a file that is not JSON, keeps a copy, and replaces it with defaults', async () => {
		writeFileSync(file(), '{"theme": "mono",');
		const store = (await SettingsStore.open({directory}));
		const {value, warnings} = store.load();
		expect(value).toEqual(defaultSettings);
		expect(warnings[0]).toMatch(/^Settings file .*settings\.json: not valid JSON \(/);
		expect(warnings.at(-1)).toMatch(/replaced with defaults.*settings\.json\.damaged$/);
		expect(readFileSync(`${file()}.damaged`, 'utf8')).toBe('{"theme": "mono",');
		expect(readJson(file())).toEqual(defaultSettings);
	});

	it('reports an empty file and a binary file without crashing', async () => {
		writeFileSync(file(), '');
		expect((await SettingsStore.open({directory})).load().warnings[0]).toMatch(/not valid JSON/);
		writeFileSync(file(), Buffer.from([0, 159, 146, 150, 255, 0]));
		const {value, warnings} = (await SettingsStore.open({directory})).load();
		expect(value).toEqual(defaultSettings);
		expect(warnings[0]).toMatch(/not valid JSON/);
	});

	it('keeps the valid fields of a file with wrong types', async () => {
		const damaged = JSON.stringify({role: 'secretary', theme: 12, panes: {agendaWidth: 'wide'}});
		writeFileSync(file(), damaged);
		const {value, warnings} = (await SettingsStore.open({directory})).load();
		expect(value).toEqual({...defaultSettings, role: 'secretary'});
		expect(warnings.filter(warning => /: (theme|panes\.agendaWidth): /.test(warning))).toHaveLength(2);
		expect(readJson(file())).toEqual({...defaultSettings, role: 'secretary'});
		expect(readFileSync(`${file()}.damaged`, 'utf8')).toBe(damaged);
	});

	it('reports a JSON array instead of an object', async () => {
		writeFileSync(file(), '[1, 2]');
		const {value, warnings} = (await SettingsStore.open({directory})).load();
		expect(value).toEqual(defaultSettings);
		expect(warnings[0]).toMatch(/expected an object of settings, found an array/);
	});

	it('runs on defaults when the settings path is unreadable, and says saving is off', async () => {
		mkdirSync(file());
		const store = (await SettingsStore.open({directory}));
		const {value, warnings} = store.load();
		expect(value).toEqual(defaultSettings);
		expect(warnings[0]).toMatch(/is a folder, not a settings file; changes will not be saved/);
		expect(store.save({...defaultSettings, theme: 'mono'})[0]).toMatch(/not saved/);
	});

	it.skipIf(process.getuid?.() === 0)('returns a warning instead of throwing when the folder is read-only', async () => {
		const store = (await SettingsStore.open({directory}));
		chmodSync(directory, 0o500);
		try {
			expect(store.save({...defaultSettings, theme: 'mono'})[0]).toMatch(/not saved/);
		} finally {
			chmodSync(directory, 0o700);
		}
	});
});

describe('settings location', () => {
	it('names the file, shortening the home folder to ~', async () => {
		expect(settingsFilePath({directory: '/etc/council'})).toBe('/etc/council/settings.json');
		expect(shownSettingsPath({env: {HOME: '/home/chair', COUNCIL_CONFIG_DIR: '/home/chair/.config/council'}})).toBe('~/.config/council/settings.json');
		expect(shownSettingsPath({env: {HOME: '/home/chair', COUNCIL_CONFIG_DIR: '/srv/council'}})).toBe('/srv/council/settings.json');
	});
});
