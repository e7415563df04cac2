import {keymap, type Binding} from '../keymap/keymap.js';
import {en} from './en.js';
import {t, type MessageKey} from './translate.js';

/*
A binding's words in the interface's language. The keys themselves (↑/k,
Ctrl+S, Esc) are not translated: they are what is printed on the keyboard.
A command bound twice with different words (n in the panes, n in the floor)
has its second binding's words under `COMMAND-2`.
*/

let keys: Map<Binding, string> | undefined;

export function bindingKey(binding: Binding): string {
	// Made once for the whole table: the footer and help ask for many bindings on every frame.
	keys ??= catalogueKeys();
	return keys.get(binding) ?? binding.command;
}

/** Each binding's place among the bindings of its command: the first is the command's, the next `COMMAND-2` and so on. */
function catalogueKeys(): Map<Binding, string> {
	const keysOf = new Map<Binding, string>();
	const seen = new Map<string, number>();
	for (const binding of keymap) {
		if (keysOf.has(binding)) {
			continue;
		}

		const position = seen.get(binding.command) ?? 0;
		seen.set(binding.command, position + 1);
		keysOf.set(binding, position === 0 ? binding.command : `${binding.command}-${position + 1}`);
	}

	return keysOf;
}

// A binding added without its catalogue entries shows its keys.ts English (test/i18n/catalogue.test.ts fails until they are added).
function word(binding: Binding, part: 'short' | 'help' | 'footer', english: string): string {
	const key = `keys.${bindingKey(binding)}.${part}`;
	return key in en ? t(key as MessageKey) : english;
}

export function keyShort(binding: Binding): string {
	return word(binding, 'short', binding.short);
}

export function keyHelp(binding: Binding): string {
	return word(binding, 'help', binding.description);
}

/** The footer's text of a binding: "d decide", or its own keys and word ("↑↓/jk move"). */
export function keyFooterText(binding: Binding): string {
	if (binding.footerText === undefined) {
		return `${binding.label} ${keyShort(binding)}`;
	}

	const keys = binding.footerText.split(' ')[0] ?? binding.label;
	return `${keys} ${word(binding, 'footer', binding.footerText.slice(keys.length + 1))}`;
}
