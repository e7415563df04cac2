import {lookup, type LookupResult} from '../dataset/lookup.js';
import {detailLines} from '../format/detail-lines.js';
import {helpLines} from '../format/help-lines.js';
import {lookupView, type Jump, type LookupView} from '../format/lookup-view.js';
import {resolveKey, type CommandId} from '../keymap/keymap.js';
import {sanitizeLine} from '../text/sanitize.js';
import {textWidth, type Layout, type TerminalSize} from './layout.js';
import {follow, moveBy, moveTo} from './list.js';
import {openDecision, openPosition, openStatus, openUndo, recordKey, recorded, requestExport} from './record-commands.js';
import {isChanged} from './recording.js';
import type {SessionRecords} from './records.js';
import {cycleTheme, resetPanes, resizePane} from './panes.js';
import {filterRows, positionsOn, positionTargets} from './selectors.js';
import {contextOf, layoutOf, selectedItem, topOfList, topOverlay, type ListView, type Overlay, type Pane, type State} from './state.js';

/*
The dashboard's one reducer. Key presses, clock ticks, resizes and the journal's
records all arrive here as actions; nothing here reads a clock, a file or the
terminal. A key is resolved through the keymap table for the current context,
so what `?` shows is what the key does.
*/

export type Action =
	/** A key press: its canonical name (keymap/key-name.ts) and, when printable, the text typed. */
	| {readonly type: 'key'; readonly key: string; readonly text?: string}
	| {readonly type: 'command'; readonly command: CommandId}
	| {readonly type: 'tick'; readonly now: number}
	| {readonly type: 'resize'; readonly size: TerminalSize}
	/** The journal replayed new entries (source/journal/replay.ts). */
	| {readonly type: 'records-changed'; readonly records: SessionRecords}
	/** The edge has taken the first `count` intents of the outbox. */
	| {readonly type: 'intents-taken'; readonly count: number}
	/** A message from the edge for the footer ("saved", a failed write). */
	| {readonly type: 'notice'; readonly text: string}
	/** The edge's answer to a `record` intent: on disk (fsync done), or failed and why. */
	| {readonly type: 'recorded'; readonly ok: boolean; readonly text: string};

const maxInputLength = 200;

export function reducer(state: State, action: Action): State {
	const next = apply(state, action);
	return next === state ? state : settle(next);
}

function apply(state: State, action: Action): State {
	switch (action.type) {
		case 'tick': {
			return action.now === state.now ? state : {...state, now: action.now};
		}

		case 'resize': {
			const {columns, rows} = action.size;
			return columns === state.size.columns && rows === state.size.rows ? state : {...state, size: {columns, rows}};
		}

		case 'records-changed': {
			return recordsChanged(state, action.records);
		}

		case 'notice': {
			// Added to what the key said (c's way back stays on screen beside "saved").
			return {...state, notice: state.notice === undefined ? action.text : `${state.notice} · ${action.text}`};
		}

		case 'recorded': {
			return recorded(state, action);
		}

		case 'intents-taken': {
			return action.count <= 0 ? state : {...state, outbox: state.outbox.slice(action.count)};
		}

		case 'command': {
			return runCommand({...state, notice: undefined}, action.command);
		}

		case 'key': {
			const context = contextOf(state);
			const top = topOverlay(state);
			if (top?.kind === 'record') {
				// Every key but Ctrl+C belongs to the form: text (a paste whole), arrows, Enter, its commands.
				const command = resolveKey(context, action.key);
				if (command === 'force-quit') {
					// Typed text is never dropped silently: a first Ctrl+C on a changed decision asks, as Esc does.
					const isAsking = top.form.kind === 'decision' && !top.form.isConfirmingCancel && isChanged(top.form);
					return isAsking ? recordKey({...state, notice: undefined}, top.form, 'cancel-entry', 'escape', undefined) : runCommand(state, command);
				}

				return recordKey({...state, notice: undefined}, top.form, command, action.key, action.text);
			}

			// Keys typed faster than they are read arrive as one chunk ("/zzz", a paste):
			// outside a prompt each character is its own key press.
			if (context !== 'prompt' && action.text !== undefined && action.text.length > 1 && resolveKey(context, action.key) === undefined) {
				return [...action.text].reduce<State>((next, character) => settle(apply(next, {type: 'key', key: character, text: character})), state);
			}

			const command = resolveKey(context, action.key);
			const cleared = state.notice === undefined ? state : {...state, notice: undefined};
			if (command !== undefined) {
				return runCommand(cleared, command);
			}

			if (context === 'prompt' && action.text !== undefined) {
				// A chunk ending in Enter ("PP-22/157\r", typed fast or pasted) is text, then Enter.
				const newline = action.text.search(/[\r\n]/);
				if (newline !== -1) {
					const typed = settle(runCommand(typeText(cleared, action.text.slice(0, newline)), 'accept-input'));
					const rest = action.text.slice(newline + 1);
					return rest === '' ? typed : apply(typed, {type: 'key', key: rest, text: rest});
				}

				return typeText(cleared, action.text);
			}

			return cleared;
		}
	}
}

function recordsChanged(state: State, records: SessionRecords): State {
	// The journal's current item wins when it changes (another screen pressed c).
	const currentItem = records.currentItem !== undefined && records.currentItem !== state.records.currentItem
		? records.currentItem
		: state.currentItem;
	return {...state, records, currentItem, openedAt: records.openedAt ?? state.openedAt};
}

// Line counts of the scrolling views, for clamping and paging.

function detailCount(state: State, layout: Layout): number {
	const item = selectedItem(state);
	return item === undefined ? 0 : detailLines(state.index, state.records, item, textWidth(layout)).length;
}

function positionsCount(state: State): number {
	return state.positionsOn === undefined ? 0 : positionsOn(state.index, state.records, state.positionsOn).length;
}

const viewCache = new WeakMap<LookupResult, Map<number, LookupView>>();

/** The lookup overlay's lines at a width, cached per result. */
export function cachedLookupView(state: State, result: LookupResult, width: number): LookupView {
	let byWidth = viewCache.get(result);
	if (byWidth === undefined) {
		byWidth = new Map();
		viewCache.set(result, byWidth);
	}

	let view = byWidth.get(width);
	if (view === undefined) {
		view = lookupView(state.index, result, width);
		byWidth.set(width, view);
	}

	return view;
}

type ListOverlay = Extract<Overlay, {list: ListView}>;

function hasList(overlay: Overlay): overlay is ListOverlay {
	return overlay.kind === 'help' || overlay.kind === 'lookup-result';
}

function overlayCount(state: State, overlay: ListOverlay, layout: Layout): number {
	switch (overlay.kind) {
		case 'help': {
			return helpLines(textWidth(layout)).length;
		}

		case 'lookup-result': {
			return cachedLookupView(state, overlay.result, textWidth(layout)).lines.length;
		}
	}
}

function heights(layout: Layout): {agenda: number; detail: number; positions: number; overlay: number} {
	if (layout.mode === 'too-small') {
		return {agenda: 1, detail: 1, positions: 1, overlay: 1};
	}

	return {agenda: layout.agendaRows, detail: layout.detailRows, positions: Math.max(1, layout.positionsRows), overlay: layout.overlayRows};
}

/** After any change: reset the views below the agenda when the selection moved, keep every cursor in range and in view. */
function settle(state: State): State {
	const layout = layoutOf(state);
	const height = heights(layout);
	let next = state;
	const item = selectedItem(next);
	if (item?.id !== next.shownItem) {
		next = {...next, shownItem: item?.id, detail: topOfList, positionsOn: item?.id, positions: topOfList};
	}

	const focus: Pane = layout.mode !== 'full' && next.focus === 'positions' ? 'agenda' : next.focus;
	const agenda = follow(next.agenda, next.rows.length, height.agenda);
	const detail = follow(next.detail, detailCount(next, layout), height.detail);
	const positions = follow(next.positions, positionsCount(next), height.positions);
	const overlays = next.overlays.map(overlay =>
		hasList(overlay) ? withList(overlay, follow(overlay.list, overlayCount(next, overlay, layout), height.overlay)) : overlay);
	const isSame = focus === next.focus && agenda === next.agenda && detail === next.detail && positions === next.positions
		&& overlays.every((overlay, position) => overlay === next.overlays[position]);
	return isSame ? next : {...next, focus, agenda, detail, positions, overlays};
}

function withList<T extends ListOverlay>(overlay: T, list: ListView): T {
	return list === overlay.list ? overlay : {...overlay, list};
}

function replaceTop(state: State, overlay: Overlay): State {
	return {...state, overlays: [...state.overlays.slice(0, -1), overlay]};
}

/** Runs a movement on whatever list the context scrolls. */
function move(state: State, how: (list: ListView, count: number, height: number) => ListView): State {
	const layout = layoutOf(state);
	const height = heights(layout);
	const overlay = topOverlay(state);
	if (overlay !== undefined) {
		if (!hasList(overlay)) {
			return state;
		}

		return replaceTop(state, withList(overlay, how(overlay.list, overlayCount(state, overlay, layout), height.overlay)));
	}

	switch (state.focus) {
		case 'agenda': {
			return {...state, agenda: how(state.agenda, state.rows.length, height.agenda)};
		}

		case 'detail': {
			return {...state, detail: how(state.detail, detailCount(state, layout), height.detail)};
		}

		case 'positions': {
			return {...state, positions: how(state.positions, positionsCount(state), height.positions)};
		}
	}
}

function pageOf(state: State): number {
	const layout = layoutOf(state);
	const height = heights(layout);
	const overlay = topOverlay(state);
	if (overlay !== undefined) {
		return height.overlay;
	}

	return height[state.focus];
}

function paneOrder(state: State): readonly Pane[] {
	return layoutOf(state).mode === 'full' ? ['agenda', 'detail', 'positions'] : ['agenda', 'detail'];
}

function cyclePane(state: State, delta: number): State {
	const order = paneOrder(state);
	const position = Math.max(0, order.indexOf(state.focus));
	const focus = order[(position + delta + order.length) % order.length] ?? 'agenda';
	return {...state, focus};
}

function itemLabel(state: State, id: string | undefined): string {
	if (id === undefined) {
		return 'none';
	}

	const order = state.index.itemOrder.get(id);
	const item = order === undefined ? undefined : state.index.dataset.agendaItems[order];
	return item === undefined ? id : item.number;
}

/** Selects an item by id, clearing a filter that hides it; remembers where we were for jump-back. */
function selectItemById(state: State, id: string, options: {isJump: boolean}): State {
	const order = state.index.itemOrder.get(id);
	if (order === undefined) {
		return {...state, notice: `No agenda item ${id}`};
	}

	let next = state;
	let row = binarySearch(next.rows, order);
	if (row === -1) {
		next = {...next, filter: '', rows: filterRows(next.index, ''), notice: `Filter “${next.filter}” cleared to show item ${itemLabel(next, id)}`};
		row = order;
	}

	const previous = selectedItem(state)?.id;
	const jumpBack = options.isJump && previous !== undefined && previous !== id ? [...state.jumpBack.slice(-49), previous] : state.jumpBack;
	const height = heights(layoutOf(next)).agenda;
	return {...next, agenda: moveTo(next.agenda, row, next.rows.length, height), jumpBack};
}

function binarySearch(rows: readonly number[], value: number): number {
	let low = 0;
	let high = rows.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const found = rows[middle] ?? 0;
		if (found === value) {
			return middle;
		}

		if (found < value) {
			low = middle + 1;
		} else {
			high = middle - 1;
		}
	}

	return -1;
}

/** Applies a filter, keeping the selected item selected when it still matches. */
function applyFilter(state: State, text: string): State {
	const selected = state.rows[state.agenda.cursor];
	const rows = filterRows(state.index, text);
	const kept = selected === undefined ? -1 : binarySearch(rows, selected);
	return {...state, filter: text, rows, agenda: {cursor: Math.max(0, kept), scroll: kept === -1 ? 0 : state.agenda.scroll}};
}

function typeText(state: State, typed: string): State {
	const overlay = topOverlay(state);
	if (overlay?.kind !== 'prompt') {
		return state;
	}

	// Typed and pasted text is untrusted like any data: no escape sequence reaches the screen.
	const clean = sanitizeLine(typed);
	if (clean === '') {
		return state;
	}

	return editPrompt(state, overlay, (overlay.text + clean).slice(0, maxInputLength));
}

function editPrompt(state: State, overlay: Extract<Overlay, {kind: 'prompt'}>, text: string): State {
	const next = replaceTop(state, {...overlay, text});
	// The filter is live: the agenda narrows with every key.
	return overlay.purpose === 'filter' ? applyFilter(next, text) : next;
}

function openEntity(state: State, id: string): State {
	const entity = state.index.entities.get(id);
	if (entity === undefined) {
		return {...state, notice: `Nothing in this dataset has the id ${id}`};
	}

	const result = lookup(state.index, `${id}`);
	// An id resolves to exactly its entity; fall back to a direct result if the lookup disagrees.
	const found: LookupResult = result.kind === 'found' && result.entity.value.id === id
		? result
		: {kind: 'found', query: id, entity, label: id, citations: state.index.citedBy.get(id) ?? []};
	return pushResult(state, found);
}

function pushResult(state: State, result: LookupResult): State {
	const layout = layoutOf(state);
	const view = cachedLookupView(state, result, textWidth(layout));
	// Start on the first entry Enter can jump from.
	const first = Math.max(0, view.lines.findIndex(line => line.jump !== undefined));
	return {...state, overlays: [...state.overlays, {kind: 'lookup-result', result, list: {cursor: first, scroll: 0}}]};
}

function jump(state: State, target: Jump): State {
	switch (target.kind) {
		case 'item': {
			const selected = selectItemById({...state, overlays: []}, target.item, {isJump: true});
			if (target.proposal === undefined) {
				return {...selected, focus: 'agenda'};
			}

			// settle() would reset positions to the item: set the shown item first.
			const isFull = layoutOf(state).mode === 'full';
			return {
				...selected,
				shownItem: target.item,
				detail: topOfList,
				positionsOn: target.proposal,
				positions: topOfList,
				focus: isFull ? 'positions' : 'agenda',
				notice: isFull ? selected.notice : 'Positions need a terminal of at least 80x24',
			};
		}

		case 'entity': {
			return openEntity(state, target.id);
		}

		case 'query': {
			return pushResult(state, lookup(state.index, target.query));
		}
	}
}

function open(state: State): State {
	const overlay = topOverlay(state);
	const layout = layoutOf(state);
	if (overlay?.kind === 'lookup-result') {
		const line = cachedLookupView(state, overlay.result, textWidth(layout)).lines[overlay.list.cursor];
		return line?.jump === undefined ? state : jump(state, line.jump);
	}

	switch (state.focus) {
		case 'agenda': {
			return selectedItem(state) === undefined ? state : {...state, focus: 'detail'};
		}

		case 'detail': {
			const item = selectedItem(state);
			if (item === undefined) {
				return state;
			}

			const line = detailLines(state.index, state.records, item, textWidth(layout))[state.detail.cursor];
			if (line?.target === undefined) {
				return state;
			}

			if (line.target.kind === 'entity') {
				return openEntity(state, line.target.id);
			}

			if (layout.mode !== 'full') {
				return {...state, notice: 'Positions need a terminal of at least 80x24'};
			}

			return {...state, positionsOn: line.target.on, positions: topOfList, focus: 'positions'};
		}

		case 'positions': {
			const position = state.positionsOn === undefined ? undefined : positionsOn(state.index, state.records, state.positionsOn)[state.positions.cursor];
			return position === undefined ? state : openEntity(state, position.delegation);
		}
	}
}

function back(state: State): State {
	const overlay = topOverlay(state);
	if (overlay !== undefined) {
		return overlay.kind === 'prompt' ? cancelInput(state, overlay) : {...state, overlays: state.overlays.slice(0, -1)};
	}

	if (state.focus !== 'agenda') {
		return {...state, focus: 'agenda'};
	}

	if (state.filter !== '') {
		return {...applyFilter(state, ''), notice: `Filter “${state.filter}” cleared; / filters again`};
	}

	return state;
}

function cancelInput(state: State, overlay: Extract<Overlay, {kind: 'prompt'}>): State {
	const closed = {...state, overlays: state.overlays.slice(0, -1)};
	return overlay.purpose === 'filter' ? applyFilter(closed, overlay.before) : closed;
}

function acceptInput(state: State): State {
	const overlay = topOverlay(state);
	if (overlay?.kind !== 'prompt') {
		return state;
	}

	const closed = {...state, overlays: state.overlays.slice(0, -1)};
	if (overlay.purpose === 'filter') {
		const count = state.rows.length;
		return {...closed, focus: 'agenda', notice: overlay.text === '' ? undefined : `${count} item${count === 1 ? '' : 's'} match “${overlay.text}”; Esc clears`};
	}

	const query = overlay.text.trim();
	return query === '' ? closed : pushResult(closed, lookup(state.index, query));
}

function cycleTarget(state: State, delta: number): State {
	const item = selectedItem(state);
	if (item === undefined) {
		return state;
	}

	const targets = positionTargets(state.index, item);
	const position = Math.max(0, targets.indexOf(state.positionsOn ?? item.id));
	const positionsOn = targets[(position + delta + targets.length) % targets.length];
	return {...state, positionsOn, positions: topOfList};
}

/** In the detail, n/N find the filter's text: where "71" is cited in the item's document. */
function nextMatchInDetail(state: State, delta: number): State {
	const item = selectedItem(state);
	if (item === undefined) {
		return state;
	}

	const layout = layoutOf(state);
	const lines = detailLines(state.index, state.records, item, textWidth(layout));
	const needle = state.filter.trim().toLowerCase();
	for (let step = 1; step <= lines.length; step++) {
		const position = (state.detail.cursor + (delta * step) + (lines.length * step)) % lines.length;
		const text = lines[position]?.line.map(part => part.text).join('').toLowerCase() ?? '';
		if (text.includes(needle)) {
			return {...state, detail: moveTo(state.detail, position, lines.length, heights(layout).detail)};
		}
	}

	return {...state, notice: `“${state.filter}” is not in this item's detail`};
}

function nextMatch(state: State, delta: number): State {
	if (state.filter === '') {
		return {...state, notice: 'No filter applied: / filters the agenda'};
	}

	if (state.focus === 'detail') {
		return nextMatchInDetail(state, delta);
	}

	const count = state.rows.length;
	if (count === 0) {
		return {...state, notice: `Nothing matches “${state.filter}”`};
	}

	const cursor = (state.agenda.cursor + delta + count) % count;
	return {...state, focus: 'agenda', agenda: moveTo(state.agenda, cursor, count, heights(layoutOf(state)).agenda)};
}

/** Moves the detail's cursor to the next (or previous) heading, shown at the top of the pane. */
function jumpSection(state: State, delta: 1 | -1): State {
	const item = selectedItem(state);
	if (item === undefined) {
		return state;
	}

	const layout = layoutOf(state);
	const lines = detailLines(state.index, state.records, item, textWidth(layout));
	let target = state.detail.cursor + delta;
	while (target >= 0 && target < lines.length && lines[target]?.isHeading !== true) {
		target += delta;
	}

	if (target < 0 || target >= lines.length) {
		return {...state, notice: delta === 1 ? 'No heading below' : 'No heading above'};
	}

	return {...state, detail: follow({cursor: target, scroll: target}, lines.length, heights(layout).detail)};
}

function runCommand(state: State, command: CommandId): State {
	switch (command) {
		case 'move-down': {
			return move(state, (list, count, height) => moveBy(list, 1, count, height));
		}

		case 'move-up': {
			return move(state, (list, count, height) => moveBy(list, -1, count, height));
		}

		case 'page-down': {
			const page = pageOf(state);
			// The window moves a page and the cursor with it, like less and htop.
			return move(state, (list, count, height) => follow({cursor: list.cursor + page, scroll: list.scroll + page}, count, height));
		}

		case 'page-up': {
			const page = pageOf(state);
			return move(state, (list, count, height) => follow({cursor: list.cursor - page, scroll: Math.max(0, list.scroll - page)}, count, height));
		}

		case 'first': {
			return move(state, (list, count, height) => moveTo(list, 0, count, height));
		}

		case 'last': {
			return move(state, (list, count, height) => moveTo(list, count - 1, count, height));
		}

		case 'next-pane': {
			return cyclePane(state, 1);
		}

		case 'previous-pane': {
			return cyclePane(state, -1);
		}

		case 'open': {
			return open(state);
		}

		case 'back': {
			return back(state);
		}

		case 'filter': {
			return {...state, overlays: [...state.overlays, {kind: 'prompt', purpose: 'filter', text: state.filter, before: state.filter}]};
		}

		case 'lookup': {
			return {...state, overlays: [...state.overlays, {kind: 'prompt', purpose: 'lookup', text: '', before: ''}]};
		}

		case 'make-current': {
			const item = selectedItem(state);
			if (item === undefined) {
				return state;
			}

			if (item.id === state.currentItem) {
				return {...state, notice: `Item ${item.number} is already the current item`};
			}

			const was = state.currentItem;
			return {
				...state,
				currentItem: item.id,
				// Other screens learn of it through the journal, when the edge records it.
				outbox: [...state.outbox, {kind: 'set-current-item', item: item.id}],
				notice: was === undefined
					? `Item ${item.number} is now current`
					: `Item ${item.number} is now current (was ${itemLabel(state, was)}: select it and press c to go back)`,
			};
		}

		case 'select-current': {
			return state.currentItem === undefined
				? {...state, notice: 'No item is current yet: c makes the selected item current'}
				: {...selectItemById(state, state.currentItem, {isJump: true}), focus: 'agenda'};
		}

		case 'next-match': {
			return nextMatch(state, 1);
		}

		case 'previous-match': {
			return nextMatch(state, -1);
		}

		case 'next-section': {
			return jumpSection(state, 1);
		}

		case 'previous-section': {
			return jumpSection(state, -1);
		}

		case 'next-target': {
			return cycleTarget(state, 1);
		}

		case 'previous-target': {
			return cycleTarget(state, -1);
		}

		case 'jump-back': {
			const previous = state.jumpBack.at(-1);
			if (previous === undefined) {
				return {...state, notice: 'Nothing to jump back to'};
			}

			return {...selectItemById({...state, jumpBack: state.jumpBack.slice(0, -1)}, previous, {isJump: false}), focus: 'agenda'};
		}

		case 'help': {
			return topOverlay(state)?.kind === 'help'
				? {...state, overlays: state.overlays.slice(0, -1)}
				: {...state, overlays: [...state.overlays, {kind: 'help', list: topOfList}]};
		}

		case 'quit':
		case 'force-quit': {
			return {...state, isQuitting: true};
		}

		case 'accept-input': {
			return acceptInput(state);
		}

		case 'cancel-input': {
			const overlay = topOverlay(state);
			return overlay?.kind === 'prompt' ? cancelInput(state, overlay) : state;
		}

		case 'delete-char': {
			const overlay = topOverlay(state);
			return overlay?.kind === 'prompt' ? editPrompt(state, overlay, [...overlay.text].slice(0, -1).join('')) : state;
		}

		case 'clear-input': {
			const overlay = topOverlay(state);
			return overlay?.kind === 'prompt' ? editPrompt(state, overlay, '') : state;
		}

		case 'record-decision': {
			return openDecision(state);
		}

		case 'record-status': {
			return openStatus(state);
		}

		case 'record-position': {
			return openPosition(state);
		}

		case 'undo-entry': {
			return openUndo(state);
		}

		case 'export-minutes': {
			return requestExport(state);
		}

		// Inside a recording form the key handler routes these to record-commands.ts.
		case 'save-entry':
		case 'next-field':
		case 'cancel-entry': {
			return state;
		}

		case 'agenda-smaller': {
			return resizePane(state, 'agendaWidth', -1);
		}

		case 'agenda-larger': {
			return resizePane(state, 'agendaWidth', 1);
		}

		case 'positions-taller': {
			return resizePane(state, 'positionsHeight', 1);
		}

		case 'positions-shorter': {
			return resizePane(state, 'positionsHeight', -1);
		}

		case 'reset-panes': {
			return resetPanes(state);
		}

		case 'cycle-theme': {
			return cycleTheme(state);
		}
	}
}
