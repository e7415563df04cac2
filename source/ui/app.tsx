import {useCallback, useEffect, useMemo, useReducer} from 'react';
import {useApp} from 'ink';
import type {DatasetIndex} from '../dataset/build-index.js';
import type {KeyPress} from '../keymap/key-name.js';
import {defaultSettings} from '../settings/choices.js';
import type {Role, Settings} from '../settings/schema.js';
import {useSaveSettings, type SettingsWriter} from '../settings/use-save-settings.js';
import {visibleLine} from '../text/sanitize.js';
import type {SessionRecords} from '../state/records.js';
import {reducer, type Action} from '../features/reducer.js';
import type {DatasetChange} from '../features/dataset-reload/reload-reducer.js';
import {createInitialState, type Intent, type State} from '../state/state.js';
import {ScreenView} from './screen-view.js';
import {palettes} from './theme.js';
import {screenLines} from './screen.js';
import {t} from '../i18n/translate.js';
import {useClock, type Clock} from './use-clock.js';
import {useKeys} from './use-keys.js';
import {useTerminalSize} from './use-terminal-size.js';

/*
The dashboard: state from the reducer, the screen from screen.ts. The only
effects are the edges the reducer cannot reach: keys, the clock, the terminal's
size, the journal's records and quitting.
*/

export type AppProps = {
	readonly index: DatasetIndex;
	/** The clock for the header; undefined: the time stays at `now` (tests). */
	readonly clock?: Clock;
	/** The time of the first frame when no clock is given. */
	readonly now?: number;
	/** When the session opened (the journal may know better, in its records). */
	readonly openedAt?: number;
	readonly records?: SessionRecords;
	/** Who is at this screen; without it (no journal) the recording keys say so. */
	readonly role?: Role;
	/** "Journal: PATH", shown in the help screen. */
	readonly journalText?: string;
	/** Shown in the footer on the first frame (skipped journal lines). */
	readonly startNotice?: string;
	/** The user's preferences as loaded: pane sizes and theme start from them. */
	readonly settings?: Settings;
	/** Where changed pane sizes and theme are saved (debounced, flushed on quit); without it they last the session. */
	readonly settingsStore?: SettingsWriter;
	/** Called with every new replay of the journal; returns the unsubscribe. */
	readonly subscribeRecords?: (listener: (records: SessionRecords, notice?: string) => void) => () => void;
	/** Called with each new version of the dataset shown (or why one was not taken); returns the unsubscribe. */
	readonly subscribeDataset?: (listener: (change: DatasetChange) => void) => () => void;
	/** Observes every state after an action (tests, benchmarks). */
	readonly onState?: (state: State) => void;
	/**
	Carries out what the screen asks (e.g. record the new current item in the
	journal); what it resolves to is shown in the footer.
	*/
	readonly onIntent?: (intent: Intent) => void | Promise<string | undefined>;
};

const keepInMemory: SettingsWriter = {save: () => []};

export function App(props: AppProps) {
	const {index, clock, subscribeRecords, subscribeDataset, onState, onIntent} = props;
	const size = useTerminalSize();
	const {exit} = useApp();
	const [state, dispatch] = useReducer(reducer, undefined, () => createInitialState(index, {
		size,
		now: clock?.now() ?? props.now ?? 0,
		...(props.openedAt === undefined ? {} : {openedAt: props.openedAt}),
		...(props.records === undefined ? {} : {records: props.records}),
		...(props.role === undefined ? {} : {role: props.role}),
		...(props.journalText === undefined ? {} : {journalText: props.journalText}),
		...(props.settings === undefined ? {} : {panes: props.settings.panes, theme: props.settings.theme}),
	}));

	// The keys change pane sizes and theme in state; the rest of the settings pass through as loaded.
	const base = props.settings ?? defaultSettings;
	const settings = useMemo(() => ({...base, panes: {...state.panes}, theme: state.theme}), [base, state.panes, state.theme]);
	const onSettingsWarning = useCallback((warning: string) => {
		dispatch({type: 'notice', text: visibleLine(warning), isError: true});
	}, []);
	useSaveSettings(props.settingsStore ?? keepInMemory, settings, onSettingsWarning);

	useEffect(() => {
		if (props.startNotice !== undefined) {
			// What the start has to say (skipped journal lines, the dataset opened instead) stays until a key.
			dispatch({type: 'notice', text: visibleLine(props.startNotice), isError: true});
		}
		// Once, on the first frame.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);

	// Stable, so the key listener is not re-subscribed on every render.
	const onKey = useCallback((press: KeyPress) => {
		const action: Action = press.text === undefined ? {type: 'key', key: press.key} : {type: 'key', key: press.key, text: press.text};
		dispatch(action);
	}, []);
	useKeys(onKey);

	useEffect(() => {
		dispatch({type: 'resize', size});
	}, [size]);

	const onTick = useCallback((now: number) => {
		dispatch({type: 'tick', now});
	}, []);
	useClock(clock, onTick);

	useEffect(() => {
		if (subscribeRecords === undefined) {
			return;
		}

		return subscribeRecords((records, notice) => {
			dispatch({type: 'records-changed', records});
			if (notice !== undefined) {
				dispatch({type: 'notice', text: visibleLine(notice)});
			}
		});
	}, [subscribeRecords]);

	useEffect(() => {
		if (subscribeDataset === undefined) {
			return;
		}

		return subscribeDataset(change => {
			dispatch(change.kind === 'view'
				? {type: 'dataset-changed', index: change.index, records: change.records, ...(change.notice === undefined ? {} : {notice: change.notice})}
				: {type: 'notice', text: change.notice});
		});
	}, [subscribeDataset]);

	useEffect(() => {
		if (state.outbox.length === 0) {
			return;
		}

		for (const intent of state.outbox) {
			// A recording form waits for its answer: "saved" only once the edge's promise resolved (fsync done).
			const isRecord = intent.kind === 'record';
			void Promise.resolve(onIntent?.(intent)).then(
				(answer: unknown) => {
					// The edge answers with a text, or nothing (a handler typed `void` may still return a value: not a text).
					const text = typeof answer === 'string' ? answer : undefined;
					if (isRecord) {
						dispatch({type: 'recorded', ok: text !== undefined, text: text === undefined ? t('notice.no-journal') : visibleLine(text)});
					} else if (text !== undefined) {
						dispatch({type: 'notice', text: visibleLine(text), isAnswer: intent.kind === 'export-minutes'});
					}
				},
				(error: unknown) => {
					// An error's message may hold a path (EACCES, open '/x\e]0;y\a'): shown visibly, never as escapes.
					const message = visibleLine(error instanceof Error ? error.message : String(error));
					dispatch(isRecord ? {type: 'recorded', ok: false, text: message} : intent.kind === 'export-minutes' ? {type: 'notice', text: t('notice.minutes-not-written', {reason: message}), isAnswer: true, isError: true} : {type: 'notice', text: t('notice.not-recorded', {reason: message}), isError: true});
				},
			);
		}

		dispatch({type: 'intents-taken', count: state.outbox.length});
	}, [state.outbox, onIntent]);

	useEffect(() => {
		onState?.(state);
		if (state.isQuitting) {
			exit();
		}
	}, [state, onState, exit]);

	// The size in state catches up in the effect above; until then draw with the
	// new size already, so no frame is laid out for a terminal that is gone.
	const isSized = state.size.columns === size.columns && state.size.rows === size.rows;
	const view = isSized ? state : reducer(state, {type: 'resize', size});
	const lines = useMemo(() => screenLines(view), [view]);
	return <ScreenView lines={lines} palette={palettes[state.theme]} />;
}
