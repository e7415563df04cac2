import {shownLabel} from '../dataset/labels.js';
import {t} from '../i18n/translate.js';
import {agendaRow} from '../format/agenda-row.js';
import {detailLines} from '../features/panes/detail-lines.js';
import {highlightMatches, matchMarker} from '../format/highlight.js';
import {keysLine, noticeLine, promptLine} from '../format/footer.js';
import {compactHeaderLine, headerLines, type HeaderInput} from '../format/header.js';
import {helpLines} from '../features/help/help-lines.js';
import {matrixScreenLines} from '../features/matrix/matrix-lines.js';
import {recordLines} from '../features/recording/record-lines.js';
import {fit, segment, select, titleRule, type Line} from '../format/line.js';
import {delegationColumnWidth, positionRow, positionsHeader} from '../format/positions-table.js';
import {formatTally} from '../format/tally.js';
import {minimumSize, textWidth, type Layout} from '../state/layout.js';
import {paneRecordingLabels, recordingCommands} from '../keymap/keymap.js';
import {cachedLookupView} from '../features/lookup/lookup-cache.js';
import {numberColumnWidth, positionsOn, statusCounts, statusOf} from '../state/selectors.js';
import {contextOf, layoutOf, selectedItem, topOverlay, type ListView, type State} from '../state/state.js';
import {floorOverlayLines} from '../features/floor/floor-overlay-lines.js';
import {floorWorld} from '../features/floor/floor-world.js';
import {headerFloor} from '../features/floor/header-floor.js';
import {displayWidth, wrap} from '../text/width.js';

/*
The whole screen as lines: a pure function of state. Only visible rows are
formatted (a 5,000-item agenda costs its 10 visible rows), and the result is
always the layout's height, one row less than the terminal (INK-NOTES.md).
*/

const blank: Line = [];


function window<T>(items: readonly T[], list: ListView, rows: number): Array<{item: T; position: number}> {
	const visible: Array<{item: T; position: number}> = [];
	for (let position = list.scroll; position < Math.min(items.length, list.scroll + rows); position++) {
		visible.push({item: items[position] as T, position});
	}

	return visible;
}

function padTo(lines: Line[], rows: number, width: number): Line[] {
	const result = lines.slice(0, rows).map(line => fit(line, width));
	while (result.length < rows) {
		result.push(fit(blank, width));
	}

	return result;
}

function agendaLines(state: State, width: number, rows: number): Line[] {
	const {index} = state;
	const isFocused = state.focus === 'agenda' && state.overlays.length === 0;
	const filter = state.filter === '' ? '' : ` · ${t('dash.agenda-filter', {filter: state.filter})}`;
	const count = state.rows.length === 0 ? '0' : `${state.agenda.cursor + 1}/${state.rows.length}`;
	const lines: Line[] = [titleRule(`${t('dash.agenda', {count})}${filter}`, width, isFocused)];
	if (state.rows.length === 0) {
		lines.push(
			[segment(`  ${t('dash.nothing-matches', {filter: state.filter})}`, 'notice')],
			[segment(`  ${t('dash.nothing-matches-hint')}`, 'dim')],
		);
		return padTo(lines, rows + 1, width);
	}

	const numberWidth = numberColumnWidth(index, displayWidth);
	for (const {item: order, position} of window(state.rows, state.agenda, rows)) {
		const item = index.dataset.agendaItems[order];
		if (item !== undefined) {
			lines.push(agendaRow(item, {
				width,
				numberWidth,
				status: statusOf(state.records, item),
				isSelected: position === state.agenda.cursor,
				isCurrent: item.id === state.currentItem,
			}));
		}
	}

	return padTo(lines, rows + 1, width);
}

function cursorLine(line: Line, isCursor: boolean, width: number, hasMatch = false): Line {
	const content = fit([segment(`${isCursor ? '>' : ' '}${hasMatch ? matchMarker : ' '}`), ...line], width);
	return isCursor ? select(content) : content;
}

function detailPaneLines(state: State, layout: Layout, rows: number): Line[] {
	const width = layout.columns;
	const item = selectedItem(state);
	const isFocused = state.focus === 'detail' && state.overlays.length === 0;
	if (item === undefined) {
		return padTo([titleRule(t('dash.detail'), width, isFocused), [segment(`  ${t('dash.no-item-selected')}`, 'dim')]], rows + 1, width);
	}

	const all = detailLines(state.index, state.records, item, textWidth(layout));
	const where = all.length > rows ? ` · ${t('dash.detail-lines', {from: state.detail.scroll + 1, to: Math.min(all.length, state.detail.scroll + rows), count: all.length})}` : '';
	const lines: Line[] = [titleRule(`${t('dash.item', {number: item.number})}${where}`, width, isFocused)];
	for (const {item: line, position} of window(all, state.detail, rows)) {
		// The filter's text is found in the detail too (8.25): marked in the gutter and in the line.
		const found = highlightMatches(line.line, state.filter);
		lines.push(cursorLine(found.line, isFocused && position === state.detail.cursor, width, found.hasMatch));
	}

	return padTo(lines, rows + 1, width);
}

function positionsPaneLines(state: State, width: number, rows: number): Line[] {
	const isFocused = state.focus === 'positions' && state.overlays.length === 0;
	const target = state.positionsOn === undefined ? undefined : state.index.entities.get(state.positionsOn);
	if (state.positionsOn === undefined || target === undefined) {
		return padTo([titleRule(t('dash.positions'), width, isFocused)], rows + 2, width);
	}

	const positions = positionsOn(state.index, state.records, state.positionsOn);
	const on = target.kind === 'agenda-item' ? t('dash.item-lower', {number: target.value.number}) : shownLabel(target, state.index.entities);
	const lines: Line[] = [titleRule(t('dash.positions-on', {on, tally: formatTally(positions)}), width, isFocused)];
	const nameWidth = delegationColumnWidth(state.index, positions, width);
	lines.push(positionsHeader(nameWidth, width));
	for (const {item: position, position: row} of window(positions, state.positions, rows)) {
		lines.push(positionRow(state.index, position, {nameWidth, width, isSelected: isFocused && row === state.positions.cursor}));
	}

	return padTo(lines, rows + 2, width);
}

function overlayLines(state: State, layout: Layout, rows: number): Line[] | undefined {
	const overlay = topOverlay(state);
	const width = layout.columns;
	if (overlay === undefined || overlay.kind === 'prompt') {
		return undefined;
	}

	if (overlay.kind === 'floor') {
		return floorOverlayLines(overlay, floorWorld(state), state.index, state.now, width, rows + 1);
	}

	if (overlay.kind === 'matrix') {
		return padTo(matrixScreenLines(state, overlay), rows + 1, width);
	}

	if (overlay.kind === 'record') {
		return padTo(recordLines(state.index, overlay.form, width, rows), rows + 1, width);
	}

	if (overlay.kind === 'help') {
		const all = helpLines(textWidth(layout));
		// Where the journal is, and whether this screen may record, on the screen every key leads to.
		const who = state.role === 'viewer' ? ` · ${t('dash.help-viewer', {keys: paneRecordingLabels.join(' ')})}` : '';
		const lines: Line[] = [titleRule(`${t('dash.help-title')}${state.journalText === undefined ? '' : ` · ${state.journalText}`}${who}`, width, true)];
		for (const {item: line, position} of window(all, overlay.list, rows)) {
			lines.push(cursorLine(line, position === overlay.list.cursor, width));
		}

		return padTo(lines, rows + 1, width);
	}

	const view = cachedLookupView(state, overlay.result, textWidth(layout));
	const depth = state.overlays.filter(entry => entry.kind === 'lookup-result').length;
	const lines: Line[] = [titleRule(`${view.title} · ${depth > 1 ? t('dash.lookup-back', {count: depth - 1}) : t('dash.lookup-close')}`, width, true)];
	for (const {item: line, position} of window(view.lines, overlay.list, rows)) {
		lines.push(cursorLine(line.line, position === overlay.list.cursor, width));
	}

	return padTo(lines, rows + 1, width);
}

function footerLine(state: State, width: number): Line {
	const overlay = topOverlay(state);
	if (overlay?.kind === 'prompt') {
		return promptLine(overlay.purpose, overlay.text, width, overlay.cursor);
	}

	if (state.notice !== undefined) {
		return noticeLine(state.notice, width);
	}

	return keysLine(contextOf(state), width, state.role === 'viewer' ? recordingCommands : undefined, overlay?.kind === 'record' ? overlay.form.kind : undefined);
}

export function screenLines(state: State): Line[] {
	const layout = layoutOf(state);
	const width = layout.columns;
	if (layout.mode === 'too-small') {
		const message = t('dash.too-small', {size: `${state.size.columns}x${state.size.rows}`, minimum: `${minimumSize.columns}x${minimumSize.rows}`});
		return padTo(wrap(message, Math.max(1, width)).map(part => [segment(part, 'notice')]), layout.height, width);
	}

	const header: HeaderInput = {
		index: state.index,
		now: state.now,
		openedAt: state.openedAt,
		currentItem: state.currentItem,
		counts: statusCounts(state.index, state.records),
		width,
		...headerFloor(state),
		...(state.records.shareStatus === undefined ? {} : {share: state.records.shareStatus}),
	};
	const lines: Line[] = layout.mode === 'full' ? headerLines(header) : [compactHeaderLine(header)];
	const overlay = overlayLines(state, layout, layout.overlayRows);
	if (overlay === undefined) {
		lines.push(...agendaLines(state, width, layout.agendaRows), ...detailPaneLines(state, layout, layout.detailRows));
		if (layout.mode === 'full') {
			lines.push(...positionsPaneLines(state, width, layout.positionsRows));
		}
	} else {
		lines.push(...overlay);
	}

	lines.push(footerLine(state, width));
	return padTo(lines, layout.height, width);
}
