import {useEffect} from 'react';
import {useStdin} from 'ink';
import {parseKeys, type KeyPress} from '../keymap/key-name.js';

/*
Key presses from the terminal, parsed by keymap/key-name.ts: every press of a
read, in order. Ink's stdin handling reads the terminal and splits escape
sequences (holding a lone ESC until it knows no sequence follows); what it
emits is handed to parseKeys here instead of Ink's own names, which drop
repeated control bytes that arrive in one read.
*/

export function useKeys(onKey: (press: KeyPress) => void): void {
	const {setRawMode, internal_eventEmitter: events} = useStdin();
	useEffect(() => {
		setRawMode(true);
		return () => {
			setRawMode(false);
		};
	}, [setRawMode]);

	useEffect(() => {
		const onInput = (data: string) => {
			for (const press of parseKeys(data)) {
				onKey(press);
			}
		};

		events.on('input', onInput);
		return () => {
			events.removeListener('input', onInput);
		};
	}, [events, onKey]);
}
