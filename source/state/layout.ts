/*
Where everything goes for a terminal size: a pure function, used by the reducer
(page sizes, scroll windows) and by the views (what to draw), so the two never
disagree.

Ink 6.8 clears the whole screen on every frame once the output is as tall as the
terminal (INK-NOTES.md, "Height trap"), so the screen is always one row shorter.
*/

export type TerminalSize = {readonly columns: number; readonly rows: number};

/** The user's pane sizes, in percent (settings/schema.ts: 20 to 80). */
export type PaneSizes = {readonly agendaWidth: number; readonly positionsHeight: number};

/** The defaults of the settings schema; the full layout was tuned with them. */
export const defaultPaneSizes: PaneSizes = {agendaWidth: 45, positionsHeight: 40};

export const minimumSize: TerminalSize = {columns: 40, rows: 12};
export const fullSize: TerminalSize = {columns: 80, rows: 24};

export type Layout =
	| {
		/** 80x24 and up: header, agenda, detail, positions, footer, stacked full width. */
		readonly mode: 'full';
		readonly columns: number;
		/** Lines drawn: the terminal's rows minus one. */
		readonly height: number;
		readonly headerRows: number;
		/** Rows of each pane, its title line excluded (and the positions table's column header). */
		readonly agendaRows: number;
		readonly detailRows: number;
		readonly positionsRows: number;
		/** Rows an overlay (help, lookup) gets between header and footer, its title excluded. */
		readonly overlayRows: number;
	}
	| {
		/** 40x12 up to 80x24: a one-line header, agenda and detail only. */
		readonly mode: 'compact';
		readonly columns: number;
		readonly height: number;
		readonly headerRows: number;
		readonly agendaRows: number;
		readonly detailRows: number;
		readonly positionsRows: 0;
		readonly overlayRows: number;
	}
	| {readonly mode: 'too-small'; readonly columns: number; readonly height: number};

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

/**
The panes are stacked, so the settings' "agenda width" is the agenda's share of
the rows the agenda and detail split, and "positions height" the positions'
share of the column under the agenda: with the agenda at its usual third, p% of
that column is 0.7·p% of the body (the 28% the layout was tuned with at the
default 40). Whatever the sizes, the agenda keeps 3 rows and the detail 4, so
80x24 stays readable; the compact layout (below 80x24) ignores them.

@param agendaLength How many items the agenda has: a short agenda gives its spare rows to the detail.
*/
export function computeLayout(size: TerminalSize, agendaLength = Number.POSITIVE_INFINITY, panes: PaneSizes = defaultPaneSizes): Layout {
	const {columns, rows} = size;
	const height = Math.max(1, rows - 1);
	if (columns < minimumSize.columns || rows < minimumSize.rows) {
		return {mode: 'too-small', columns, height};
	}

	if (columns >= fullSize.columns && rows >= fullSize.rows) {
		const headerRows = 3;
		const body = height - headerRows - 1;
		// Each block is a title line plus rows; positions also have a column header.
		const minimumAgenda = 4;
		const minimumDetail = 5;
		// The cap of 14 rows at the default grows and shrinks with the setting.
		const positionsCap = Math.max(5, Math.round((14 * panes.positionsHeight) / defaultPaneSizes.positionsHeight));
		const positionsBlock = clamp(Math.floor((body * 7 * panes.positionsHeight) / 1000), 5, Math.min(positionsCap, body - minimumAgenda - minimumDetail));
		const agendaShare = Math.floor(((body - positionsBlock) * panes.agendaWidth) / 100);
		const agendaBlock = clamp(Math.min(agendaShare, agendaLength + 1), minimumAgenda, Math.min(40, body - positionsBlock - minimumDetail));
		const detailBlock = body - positionsBlock - agendaBlock;
		return {
			mode: 'full',
			columns,
			height,
			headerRows,
			agendaRows: agendaBlock - 1,
			detailRows: detailBlock - 1,
			positionsRows: positionsBlock - 2,
			overlayRows: body - 1,
		};
	}

	const headerRows = 1;
	const body = height - headerRows - 1;
	const agendaBlock = Math.max(3, Math.min(Math.floor(body * 0.45), agendaLength + 1));
	return {
		mode: 'compact',
		columns,
		height,
		headerRows,
		agendaRows: agendaBlock - 1,
		detailRows: body - agendaBlock - 1,
		positionsRows: 0,
		overlayRows: body - 1,
	};
}

/** Columns of text in the detail and overlay panes: a cursor-marker column and a space come first. */
export function textWidth(layout: Layout): number {
	return Math.max(8, layout.columns - 2);
}
