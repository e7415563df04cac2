import {keymap} from '../keymap/keymap.js';
import {whereWords} from '../features/help/help-lines.js';

/*
The key table of the README, generated from the keymap (test/ui/readme.test.ts
checks the README still matches).
*/

const keyWords: Record<string, string> = {
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	home: 'Home',
	end: 'End',
	tab: 'Tab',
	'shift-tab': 'Shift+Tab',
	return: 'Enter',
	escape: 'Esc',
	backspace: 'Backspace',
	' ': 'Space',
	delete: 'Delete',
	'meta-left': 'Alt+←',
	'meta-right': 'Alt+→',
	'ctrl-left': 'Ctrl+←',
	'ctrl-right': 'Ctrl+→',
	'meta-backspace': 'Alt+Backspace',
};

export function keyWord(key: string): string {
	const named = keyWords[key];
	if (named !== undefined) {
		return named;
	}

	if (key.startsWith('ctrl-')) {
		return `Ctrl+${key.slice(5).toUpperCase()}`;
	}

	return key.startsWith('meta-') ? `Alt+${key.slice(5).toUpperCase()}` : key;
}

const code = (text: string) => (text === '`' ? '`` ` ``' : `\`${text.replaceAll('|', '\\|')}\``);

export function keyTableMarkdown(): string {
	const rows = keymap.map(binding => `| ${binding.keys.map(key => code(keyWord(key))).join(' ')} | ${binding.description.replaceAll('|', '\\|')} | ${whereWords(binding)} |`);
	return ['| Keys | What it does | Where |', '| --- | --- | --- |', ...rows].join('\n');
}
