import type {Binding} from '../keymap/bindings.js';
import {t, type MessageKey} from './translate.js';

/*
A binding's words in the interface's language. The keys themselves (↑/k,
Ctrl+S, Esc) are not translated: they are what is printed on the keyboard.
*/

export function keyShort(binding: Binding): string {
	return t(`keys.${binding.command}.short` as MessageKey);
}

export function keyHelp(binding: Binding): string {
	return t(`keys.${binding.command}.help` as MessageKey);
}

/** The footer's text of a binding: "d decide", or its own keys and word ("↑↓/jk move"). */
export function keyFooterText(binding: Binding): string {
	if (binding.footerText === undefined) {
		return `${binding.label} ${keyShort(binding)}`;
	}

	const keys = binding.footerText.split(' ')[0] ?? binding.label;
	return `${keys} ${t(`keys.${binding.command}.footer` as MessageKey)}`;
}
