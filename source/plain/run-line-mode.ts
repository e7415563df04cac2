import readline from 'node:readline';
import type {DatasetIndex} from '../dataset/build-index.js';
import type {Dataset} from '../dataset/schema.js';
import type {Author} from '../journal/schema.js';
import {announcements} from '../features/line-mode/announce.js';
import type {LineAction} from '../features/line-mode/line-actions.js';
import {lineReducer} from '../features/line-mode/line-reducer.js';
import {parseCommand} from '../features/line-mode/parse-command.js';
import {helpLines, showLines} from '../features/line-mode/show-lines.js';
import {floorLines} from '../features/line-mode/announce-floor.js';
import {t} from '../i18n/translate.js';
import {createInitialState, type Intent, type State} from '../state/state.js';
import {visibleLine} from '../text/sanitize.js';
import type {Feed} from '../ui/run-dashboard.js';

/*
Line mode's edge (`council --plain`): lines in, lines out. Input is read with
node:readline over a non-terminal interface (terminal: false), so readline
never writes an escape sequence or moves the cursor: the terminal's own line
discipline echoes and edits what is typed, which is what a screen reader reads
best. Each line is parsed into actions (features/line-mode/parse-command.ts),
run through the dashboard's reducer, and what changed is said as lines
(announce.ts); the journal's records from other screens arrive as the same
`records-changed` action the dashboard gets, and a new version of the dataset
file the same `dataset-changed` action (features/dataset-reload/), said in one
line; a file that does not load is said with its problems and the old one
kept. Nothing here draws.
*/

export type LineModeOptions = {
	readonly dataset: Dataset;
	readonly index: DatasetIndex;
	/** The journal's feed, as the dashboard gets it (ui/run-dashboard.tsx's journalFeed). */
	readonly feed: Feed;
	readonly author?: Author;
	readonly journalText?: string;
	readonly input: NodeJS.ReadableStream;
	readonly write: (text: string) => void;
	/** The terminal's width is not used: lines are never cut or wrapped, the reader does that. */
	readonly now?: () => number;
};

/** The size the reducer lays its lists out for: tall enough that every pane exists, never drawn. */
const notDrawn = {columns: 120, rows: 40};

export async function runLineMode(options: LineModeOptions): Promise<void> {
	const {index, feed} = options;
	const now = options.now ?? Date.now;
	let state: State = createInitialState(index, {
		size: notDrawn,
		now: now(),
		...(feed.records === undefined ? {} : {records: feed.records}),
		...(options.author === undefined ? {} : {role: options.author.role}),
		...(options.journalText === undefined ? {} : {journalText: options.journalText}),
	});
	let said = 0;
	const say = (lines: readonly string[]) => {
		said += lines.length;
		for (const line of lines) {
			// The last guard: whatever a message holds, one line, no control character.
			options.write(`${visibleLine(line)}\n`);
		}
	};

	const pending = new Set<Promise<void>>();
	const dispatch = (action: LineAction) => {
		const next = lineReducer(state, action);
		const said = announcements(state, next);
		state = next;
		say(said);
		if (state.outbox.length > 0) {
			const intents = state.outbox;
			dispatch({type: 'intents-taken', count: intents.length});
			for (const intent of intents) {
				carryOut(intent);
			}
		}
	};

	// As app.tsx does: a record waits for its answer; "saved" only once the edge has it on disk.
	const carryOut = (intent: Intent) => {
		const isRecord = intent.kind === 'record';
		const done = Promise.resolve(feed.onIntent?.(intent)).then(
			text => {
				if (isRecord) {
					dispatch({type: 'recorded', ok: text !== undefined, text: text ?? t('notice.no-journal')});
				} else if (text !== undefined) {
					dispatch({type: 'notice', text});
				}
			},
			(error: unknown) => {
				const message = error instanceof Error ? error.message : String(error);
				dispatch(isRecord ? {type: 'recorded', ok: false, text: message} : {type: 'notice', text: t('notice.not-recorded', {reason: message})});
			},
		);
		pending.add(done);
		void done.finally(() => pending.delete(done));
	};

	const settled = async () => {
		while (pending.size > 0) {
			// eslint-disable-next-line no-await-in-loop
			await Promise.all(pending);
		}
	};

	const {session} = index.dataset;
	const current = state.currentItem === undefined ? undefined : index.dataset.agendaItems[index.itemOrder.get(state.currentItem) ?? -1];
	say([
		t('line.welcome', {title: session.title, count: index.dataset.agendaItems.length}),
		current === undefined ? t('line.no-current') : t('line.current', {number: current.number, title: current.title}),
		...(feed.startNotice === undefined ? [] : [feed.startNotice]),
		// With --share, where the shared journal stands at the start; later changes are announced (announce.ts).
		...(state.records.shareStatus === undefined || state.records.shareStatus === '' ? [] : [t('line.share-changed', {status: state.records.shareStatus})]),
		t('line.type-help'),
	]);

	const unsubscribe = feed.subscribeRecords?.(records => {
		dispatch({type: 'records-changed', records});
	});
	// As the dashboard follows it (ui/app.tsx): the new index through the reducer, the selection, filter and current item kept.
	const unsubscribeDataset = feed.subscribeDataset?.(change => {
		if (change.kind === 'problem') {
			say([t('line.dataset-not-reloaded', {problems: change.problems ?? change.notice})]);
			return;
		}

		// The file changed: said here, every time (a notice equal to the last would not be news to announce()).
		dispatch({type: 'dataset-changed', index: change.index, records: change.records, ...(change.cause === 'dataset' || change.notice === undefined ? {} : {notice: change.notice})});
		if (change.cause === 'dataset') {
			say([t('line.dataset-reloaded', {count: change.index.dataset.agendaItems.length})]);
		}
	});

	const lines = readline.createInterface({input: options.input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY});
	try {
		for await (const typed of lines) {
			// The dataset shown now: a reload may have added the item or delegation typed.
			const parsed = parseCommand(state.index, typed);
			const before = said;
			if (parsed.kind === 'quit') {
				break;
			}

			switch (parsed.kind) {
				case 'actions': {
					for (const action of parsed.actions) {
						dispatch(action);
					}

					break;
				}

				case 'show': {
					say(showLines(state));
					break;
				}

				case 'floor': {
					say(floorLines({...state, now: now()}));
					break;
				}

				case 'help': {
					say(helpLines());
					break;
				}

				case 'error': {
					say([parsed.message]);
					break;
				}

				case 'nothing': {
					break;
				}
			}

			// One command at a time: the next line is read once this one's writes are on disk.
			// eslint-disable-next-line no-await-in-loop
			await settled();
			// Silence would leave a screen reader's user guessing: a command always says something (its
			// entry's lines come with the write, so this is checked once the write is done).
			if (parsed.kind === 'actions' && said === before) {
				say([t(parsed.ifSilent ?? 'line.no-change')]);
			}
		}
	} finally {
		lines.close();
		await settled();
		unsubscribe?.();
		unsubscribeDataset?.();
		say([t('line.goodbye')]);
	}
}
