import type {ReactElement} from 'react';
import {t} from '../i18n/translate.js';
import {render, type Instance} from 'ink';
import type {DatasetIndex} from '../dataset/build-index.js';
import type {Dataset} from '../dataset/schema.js';
import type {Author, EntryDraft} from '../journal/schema.js';
import type {JournalHeader} from '../journal/header.js';
import {watchDataset} from '../dataset/watch-dataset.js';
import type {DatasetChange} from '../features/dataset-reload/reload-reducer.js';
import {problemText, type JournalProblem} from '../journal/problem-words.js';
import type {JournalRecords} from '../journal/replay.js';
import type {Settings} from '../settings/schema.js';
import type {SettingsWriter} from '../settings/use-save-settings.js';
import type {ShareTarget} from '../share/config.js';
import type {SessionRecords} from '../state/records.js';
import type {Intent} from '../state/state.js';
import {visibleLine} from '../text/sanitize.js';
import {displayPath} from '../cli/dataset-path.js';
import {App} from './app.js';
import {InkStdout} from './screen-writer.js';
import {enterTerminalSession} from './terminal-session.js';
import {systemClock} from './use-clock.js';
import {warmIndexWhileIdle} from './warm-index.js';

/*
The dashboard's entry, called by the CLI when stdout is a terminal: enters the
alternate screen, renders the app, and resolves once the user quits and the
terminal is back as it was.
*/

export type DashboardOptions = {
	readonly datasetPath: string;
	readonly dataset: Dataset;
	readonly index: DatasetIndex;
	/** Read once by the CLI: pane sizes and theme start from them. */
	readonly settings?: Settings;
	/** Where changed pane sizes and theme are saved; without it they last the session. */
	readonly settingsStore?: SettingsWriter;
	readonly journalPath?: string;
	/** The journal's replayed records now, and a way to hear of new ones. */
	readonly records?: SessionRecords;
	readonly subscribeRecords?: (listener: (records: SessionRecords, notice?: string) => void) => () => void;
	/** Who records in the journal (from the settings); a viewer records nothing. */
	readonly author?: Author;
	/** "Ana (secretary) · Journal: PATH", for the help screen (sanitized by the caller). */
	readonly journalText?: string;
	/** Where `e` writes the minutes (the working folder). */
	readonly exportFolder?: string;
	/** --share: the shared journal on PostgreSQL, and the name this machine's entries carry there. */
	readonly share?: {readonly target: ShareTarget; readonly machine: string};
	/** The header a journal this screen creates starts with (journal/header.ts). */
	readonly journalHeader?: JournalHeader;
	/** Hash of the dataset file as loaded: the watcher reloads only a different version. */
	readonly datasetHash?: string;
	/** Said in the footer on the first frame (which dataset was opened and why; the dataset changed since the journal started). */
	readonly startNotice?: string;
};

type Terminal = ConstructorParameters<typeof InkStdout>[0];

/**
Renders an element full-screen the dashboard's way: Ink lays out whole frames
(debug mode, unthrottled) into a stand-in stdout, and the screen writer draws
only the changed lines at absolute rows (see screen-writer.ts for why not Ink's
`incrementalRendering`). Used by runDashboard and by the key-latency benchmark.
*/
export function mountFullScreen(element: ReactElement, streams: {stdout: Terminal; stdin: NodeJS.ReadStream; stderr?: NodeJS.WriteStream}): {instance: Instance; dispose: () => void} {
	const stdout = new InkStdout(streams.stdout);
	const instance = render(element, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: streams.stdin,
		...(streams.stderr === undefined ? {} : {stderr: streams.stderr}),
		// Whole frames to the screen writer, which does the incremental drawing. Debug
		// mode also draws under CI=true, where Ink would otherwise wait for the exit.
		debug: true,
		// Ctrl+C is a key binding (force-quit), so it also works while typing a filter.
		exitOnCtrlC: false,
		patchConsole: false,
	});
	return {
		instance,
		dispose() {
			stdout.dispose();
		},
	};
}

/**
The journal's records for the dashboard: given ones as they are, or, with a
journal path, the journal read, replayed and followed (source/journal/follow.ts).
*/
export type Feed = Pick<DashboardOptions, 'records' | 'subscribeRecords'> & {
	/** The index to start with: the dataset's, with the delegations the journal added. */
	readonly index?: DatasetIndex;
	/** Hears of a new dataset version (validated) or why it was not taken. */
	readonly subscribeDataset?: (listener: (change: DatasetChange) => void) => () => void;
	readonly onIntent?: (intent: Intent) => Promise<string | undefined>;
	/** Skipped or torn journal lines, said on the first frame. */
	readonly startNotice?: string;
	/** Lets go of what the feed holds open (the shared journal's connection). */
	readonly stop?: () => Promise<void>;
};

/** "Journal: 2 lines skipped (council log lists them): line 7 is incomplete ..." for the footer; what to do first, it may be cut. */
export function problemsNotice(problems: readonly JournalProblem[]): string | undefined {
	const [first] = problems;
	if (first === undefined) {
		return undefined;
	}

	return t('notice.journal-lines-skipped', {count: problems.length, problem: problemText(first)});
}

export async function journalFeed(options: DashboardOptions): Promise<Feed> {
	if (options.journalPath === undefined || options.subscribeRecords !== undefined) {
		return options;
	}

	if (options.share !== undefined) {
		// Recording is the local feed's (saved on this disk first); the records come in the shared order.
		const local = await journalFeed({...options, share: undefined});
		// Loaded only with --share: pg stays out of the local dashboard's start-up.
		const {openShareFeed} = await import('../share/feed.js');
		return openShareFeed({...options, journalPath: options.journalPath, target: options.share.target, machine: options.share.machine, ...(local.onIntent === undefined ? {} : {localIntents: local.onIntent})});
	}

	const [{followSession, openSessionView}, {recordEntry}, {lastUndoable}, {ensureJournalHeader}] = await Promise.all([
		import('../journal/follow-session.js'),
		import('../journal/append.js'),
		import('../journal/replay.js'),
		import('../journal/header.js'),
	]);
	const file = options.journalPath;
	const snapshot = await openSessionView(file, options.dataset, options.index);
	// What u would reverse travels with the records, so the reducer stays pure.
	const withUndo = (records: JournalRecords): SessionRecords => ({...records, lastUndoable: lastUndoable(records)});
	let follower: ReturnType<typeof followSession> | undefined;
	let index = snapshot.index;
	const datasetListeners = new Set<(change: DatasetChange) => void>();
	const {author} = options;
	const problems = problemsNotice(snapshot.problems);
	const record = async (draft: EntryDraft, who: Author) => {
		// A journal created by this screen starts with its header (the session and dataset it belongs to).
		if (options.journalHeader !== undefined) {
			await ensureJournalHeader(file, options.journalHeader);
		}

		await recordEntry(file, draft, who);
		follower?.refresh();
	};

	return {
		index,
		records: withUndo(snapshot.records),
		...(problems === undefined ? {} : {startNotice: problems}),
		subscribeRecords(listener) {
			follower = followSession(file, snapshot, {
				onRecords(records, _problems, notice) {
					listener(withUndo(records), notice);
				},
				onView(view, cause, notice) {
					index = view.index;
					const said = cause === 'dataset' ? t('notice.dataset-reloaded') : notice;
					const change: DatasetChange = {kind: 'view', index: view.index, records: withUndo(view.records), cause, ...(said === undefined ? {} : {notice: said})};
					for (const datasetListener of datasetListeners) {
						datasetListener(change);
					}
				},
			});
			return follower.stop;
		},
		subscribeDataset(listener) {
			datasetListeners.add(listener);
			const stop = watchDataset(options.datasetPath, {
				sha256: options.datasetHash,
				onChange(reload) {
					if (reload.ok) {
						follower?.replaceDataset(reload.dataset, reload.index);
					} else {
						listener({kind: 'problem', notice: t('notice.dataset-not-reloaded', {problems: reload.message}), problems: reload.message});
					}
				},
			});
			return () => {
				datasetListeners.delete(listener);
				stop();
			};
		},
		async onIntent(intent) {
			if (intent.kind === 'export-minutes') {
				// Loaded on the first `e`, not on the way to the first frame.
				const {exportMinutesFile} = await import('../minutes/write.js');
				const format = options.settings?.minutesFormat ?? 'md';
				const folder = options.exportFolder ?? process.cwd();
				const written = await exportMinutesFile({index, journalPath: file, format, folder, now: Date.now()});
				// Named within the folder it was written to (the current one; a whole path is cut at 80
				// columns), and shown visibly (a newline as \\n), never as escapes.
				return t('notice.minutes-written', {file: visibleLine(displayPath(written.file, folder))});
			}

			if (author === undefined || author.role === 'viewer') {
				// The reducer refuses first; this is the edge's own guard.
				if (intent.kind === 'record') {
					throw new Error('viewers cannot record');
				}

				return t('notice.viewers-do-not-write');
			}

			// The screen says "saved" only once the entry is on disk (recordEntry fsyncs before resolving).
			if (intent.kind === 'record') {
				await record(intent.draft, author);
				return t('notice.saved', {what: intent.what});
			}

			await record({kind: 'current', payload: {item: intent.item}}, author);
			return t('notice.current-saved');
		},
	};
}

export async function runDashboard(options: DashboardOptions): Promise<void> {
	const feed = await journalFeed(options);
	const startNotice = [options.startNotice, feed.startNotice].filter(notice => notice !== undefined).join(' · ');
	let mounted: ReturnType<typeof mountFullScreen> | undefined;
	let stopWarming: (() => void) | undefined;
	const restore = enterTerminalSession({
		beforeRestore: () => {
			mounted?.instance.unmount();
			mounted?.dispose();
		},
	});
	try {
		mounted = mountFullScreen(
			<App
				index={feed.index ?? options.index}
				clock={systemClock}
				{...(feed.records === undefined ? {} : {records: feed.records})}
				{...(feed.subscribeRecords === undefined ? {} : {subscribeRecords: feed.subscribeRecords})}
				{...(feed.subscribeDataset === undefined ? {} : {subscribeDataset: feed.subscribeDataset})}
				{...(feed.onIntent === undefined ? {} : {onIntent: feed.onIntent})}
				{...(startNotice === '' ? {} : {startNotice})}
				{...(options.author === undefined ? {} : {role: options.author.role})}
				{...(options.journalText === undefined ? {} : {journalText: options.journalText})}
				{...(options.settings === undefined ? {} : {settings: options.settings})}
				{...(options.settingsStore === undefined ? {} : {settingsStore: options.settingsStore})}
			/>,
			{stdout: process.stdout, stdin: process.stdin},
		);
		// The first frame is drawn: what only the filter and lookups read is built now, while idle.
		stopWarming = warmIndexWhileIdle(feed.index ?? options.index);
		await mounted.instance.waitUntilExit();
	} finally {
		stopWarming?.();
		restore();
		await feed.stop?.();
	}
}
