import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {defaultSettings, type Settings} from '../../source/settings/schema.js';
import {SettingsStore} from '../../source/settings/store.js';
import {useSaveSettings, type SettingsWriter} from '../../source/settings/use-save-settings.js';

let directory = '';
beforeEach(() => {
	directory = mkdtempSync(path.join(os.tmpdir(), 'council-save-settings-'));
	vi.useFakeTimers();
});

afterEach(() => {
	vi.useRealTimers();
	rmSync(directory, {recursive: true, force: true});
});

function Probe({store, settings, onWarning}: {readonly store: SettingsWriter; readonly settings: Settings; readonly onWarning?: (warning: string) => void}) {
	useSaveSettings(store, settings, onWarning);
	return <Text>{settings.theme}</Text>;
}

const file = () => path.join(directory, 'settings.json');
const onDisk = () => JSON.parse(readFileSync(file(), 'utf8')) as Settings;

describe('useSaveSettings', () => {
	it('writes once after a burst of changes, not for each', async () => {
		const store = (await SettingsStore.open({directory}));
		const save = vi.spyOn(store, 'save');
		const {rerender} = render(<Probe store={store} settings={defaultSettings} />);
		for (const agendaWidth of [46, 47, 48]) {
			rerender(<Probe store={store} settings={{...defaultSettings, panes: {...defaultSettings.panes, agendaWidth}}} />);
			vi.advanceTimersByTime(100);
		}

		expect(existsSync(file())).toBe(false);
		vi.advanceTimersByTime(300);
		expect(save).toHaveBeenCalledTimes(1);
		expect(onDisk().panes.agendaWidth).toBe(48);
	});

	it('does not write unchanged settings', async () => {
		const store = (await SettingsStore.open({directory}));
		render(<Probe store={store} settings={defaultSettings} />);
		vi.advanceTimersByTime(1000);
		expect(existsSync(file())).toBe(false);
	});

	it('writes the pending change at once on unmount', async () => {
		const store = (await SettingsStore.open({directory}));
		const {rerender, unmount} = render(<Probe store={store} settings={defaultSettings} />);
		rerender(<Probe store={store} settings={{...defaultSettings, theme: 'mono'}} />);
		unmount();
		expect(onDisk().theme).toBe('mono');
	});

	it('passes save problems to onWarning', async () => {
		const warnings: string[] = [];
		const store: SettingsWriter = {save: () => ['Settings file x: not saved (EROFS)']};
		render(<Probe store={store} settings={defaultSettings} onWarning={warning => warnings.push(warning)} />);
		vi.advanceTimersByTime(300);
		expect(warnings).toEqual(['Settings file x: not saved (EROFS)']);
	});
});
