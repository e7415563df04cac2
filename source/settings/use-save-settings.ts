import {useEffect, useRef} from 'react';
import type {Settings} from './schema.js';

/** What the hook needs of a SettingsStore (tests may pass their own). */
export type SettingsWriter = {save(settings: Settings): readonly string[]};

/**
Writes settings held in state back to the file when they change: after
`delayMs` of quiet (a pane resized key by key is written once), and at once on
unmount so the last change is not lost. The store skips writes of unchanged
settings. Problems (a read-only folder) go to `onWarning`, never thrown.

@example
```
const [settings, setSettings] = useState(loaded.value);
useSaveSettings(store, settings, warning => dispatch({type: 'warn', warning}));
```
*/
export function useSaveSettings(
	store: SettingsWriter,
	settings: Settings,
	onWarning?: (warning: string) => void,
	delayMs = 300,
): void {
	// Refs: the timer and the unmount flush always see the latest values.
	const latest = useRef({store, settings, onWarning});
	latest.current = {store, settings, onWarning};
	const isPending = useRef(false);

	const write = () => {
		isPending.current = false;
		const current = latest.current;
		for (const warning of current.store.save(current.settings)) {
			current.onWarning?.(warning);
		}
	};

	useEffect(() => {
		isPending.current = true;
		const timer = setTimeout(write, delayMs);
		return () => {
			clearTimeout(timer);
		};
	}, [store, settings, delayMs]);

	// Runs after the effect above on unmount: write what the cleared timer would have.
	useEffect(() => () => {
		if (isPending.current) {
			write();
		}
	}, []);
}
