import type {DatasetIndex} from '../dataset/build-index.js';
import type {LookupResult} from '../dataset/lookup.js';
import type {EntryDraft} from '../journal/schema.js';
import type {Context} from '../keymap/keymap.js';
import type {Role, Theme} from '../settings/schema.js';
import {computeLayout, defaultPaneSizes, type Layout, type PaneSizes, type TerminalSize} from './layout.js';
import {emptyRecords, type SessionRecords} from './records.js';
import type {RecordingForm} from '../features/recording/forms.js';
import type {FloorOverlay} from '../features/floor/floor-overlay.js';
import {allRows, statusOf} from './selectors.js';

/*
Everything the dashboard shows, as plain data. Changed only by the reducer;
the clock, the terminal size and the journal's records arrive as actions.
*/

export type Pane = 'agenda' | 'detail' | 'positions';

/** A cursor and the first visible row of a scrolling list. */
export type ListView = {readonly cursor: number; readonly scroll: number};

export const topOfList: ListView = {cursor: 0, scroll: 0};

export type Overlay =
	| {readonly kind: 'help'; readonly list: ListView}
	/** A one-line input in the footer (an Editor: text and cursor); `before` is the filter to return to on Esc. */
	| {readonly kind: 'prompt'; readonly purpose: 'filter' | 'lookup'; readonly text: string; readonly cursor: number; readonly before: string; readonly beforeAgenda?: ListView}
	| {readonly kind: 'lookup-result'; readonly result: LookupResult; readonly list: ListView}
	/** A decision, status, position or undo being recorded (features/recording/). */
	| {readonly kind: 'record'; readonly form: RecordingForm}
	/** The floor (features/floor/): the list of speakers, and the picker or statement being typed. */
	| FloorOverlay
	/** The consensus matrix (features/matrix/): the cursor's cell and the window's first row and column. */
	| MatrixOverlay;

export type MatrixOverlay = {readonly kind: 'matrix'; readonly cursor: {readonly top: number; readonly left: number; readonly row: number; readonly column: number}};

/**
What the screen asks the outside world to do (write the journal, ...): the
reducer only queues it; the app hands it to its `onIntent` and drains the queue.
The recording keys (d, s, p, u) add their kinds here.
*/
export type Intent =
	| {readonly kind: 'set-current-item'; readonly item: string}
	/** Append this entry; the edge answers with `recorded` once it is on disk, or failed. */
	| {readonly kind: 'record'; readonly draft: EntryDraft; readonly what: string}
	| {readonly kind: 'export-minutes'};

export type State = {
	readonly index: DatasetIndex;
	readonly records: SessionRecords;
	readonly size: TerminalSize;
	/** The latest clock tick, epoch milliseconds. */
	readonly now: number;
	/** When the session opened, for the elapsed time in the header. */
	readonly openedAt: number;
	readonly focus: Pane;
	/** Agenda positions (indices into dataset.agendaItems) shown, after the filter. */
	readonly rows: readonly number[];
	/** The agenda's cursor is a row of `rows`. */
	readonly agenda: ListView;
	/** The item under discussion; moves only with `c` or the journal, never with the selection. */
	readonly currentItem: string | undefined;
	/** The applied filter, as typed (sanitized). */
	readonly filter: string;
	/** The item the detail and positions views below belong to; they reset when the selection moves. */
	readonly shownItem: string | undefined;
	readonly detail: ListView;
	/** Whose positions are shown: the item or one of its proposals. */
	readonly positionsOn: string | undefined;
	readonly positions: ListView;
	/** Overlays, the last on top. */
	readonly overlays: readonly Overlay[];
	/** A one-line message in the footer until the next key, or a few seconds of ticks unless it is an error. */
	readonly notice: string | undefined;
	/** When the notice appeared (the clock's time then), and whether it stays until a key (an error). */
	readonly noticeSince: number;
	readonly isNoticeError: boolean;
	/** Items selected before each jump, for jump-back. */
	readonly jumpBack: readonly string[];
	/** The lookup overlays a backlink was followed from, and the jump-back depth then: jump-back reopens them. */
	readonly lookupReturn?: {readonly overlays: readonly Overlay[]; readonly depth: number};
	readonly isQuitting: boolean;
	/** Intents not yet handed to the app's edge, oldest first. */
	readonly outbox: readonly Intent[];
	/** Who is at this screen; undefined when there is no journal to record in. */
	readonly role: Role | undefined;
	/** "Journal: PATH", for the help screen. */
	readonly journalText: string | undefined;
	/** The user's pane sizes and theme (settings); the app saves them when they change. */
	readonly panes: PaneSizes;
	readonly theme: Theme;
};

export type InitialStateOptions = {
	readonly size: TerminalSize;
	readonly now: number;
	readonly openedAt?: number;
	readonly records?: SessionRecords;
	readonly role?: Role;
	readonly journalText?: string;
	readonly panes?: PaneSizes;
	readonly theme?: Theme;
};

/** The current item when nothing was recorded: the first one under consideration. */
function initialCurrent(index: DatasetIndex, records: SessionRecords): string | undefined {
	if (records.currentItem !== undefined) {
		return records.currentItem;
	}

	return index.dataset.agendaItems.find(item => statusOf(records, item) === 'under-consideration')?.id;
}

export function createInitialState(index: DatasetIndex, options: InitialStateOptions): State {
	const records = options.records ?? emptyRecords;
	const currentItem = initialCurrent(index, records);
	const cursor = currentItem === undefined ? 0 : index.itemOrder.get(currentItem) ?? 0;
	const shownItem = index.dataset.agendaItems[cursor]?.id;
	return {
		index,
		records,
		size: options.size,
		now: options.now,
		openedAt: records.openedAt ?? options.openedAt ?? options.now,
		focus: 'agenda',
		rows: allRows(index),
		agenda: {cursor, scroll: 0},
		currentItem,
		filter: '',
		shownItem,
		detail: topOfList,
		positionsOn: shownItem,
		positions: topOfList,
		overlays: [],
		notice: undefined,
		noticeSince: options.now,
		isNoticeError: false,
		jumpBack: [],
		isQuitting: false,
		outbox: [],
		role: options.role,
		journalText: options.journalText,
		panes: options.panes ?? defaultPaneSizes,
		theme: options.theme ?? 'default',
	};
}

export function topOverlay(state: State): Overlay | undefined {
	return state.overlays.at(-1);
}

/** Which bindings of the keymap apply now. */
export function contextOf(state: State): Context {
	const overlay = topOverlay(state);
	if (overlay === undefined) {
		return state.focus;
	}

	// A floor form takes what is typed; the list takes single keys.
	return overlay.kind === 'floor' && overlay.form !== undefined ? 'floor-form' : overlay.kind;
}

/** The agenda item under the agenda's cursor, if any row is shown. */
export function selectedItem(state: State) {
	const order = state.rows[state.agenda.cursor];
	return order === undefined ? undefined : state.index.dataset.agendaItems[order];
}

/** The layout for the state's terminal size and agenda length. */
export function layoutOf(state: State): Layout {
	return computeLayout(state.size, state.index.dataset.agendaItems.length, state.panes);
}
