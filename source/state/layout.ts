/*
Where everything goes for a terminal size: a pure function, used by the reducer
(page sizes, scroll windows) and by the views (what to draw), so the two never
disagree.

Ink 6.8 clears the whole screen on every frame once the output is as tall as the
terminal (INK-NOTES.md, "Height trap"), so the screen is always one row shorter.
*/

export type TerminalSize = {readonly columns: number; readonly rows: number};

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
@param agendaLength How many items the agenda has: a short agenda gives its spare rows to the detail.
*/
export function computeLayout(size: TerminalSize, agendaLength = Number.POSITIVE_INFINITY): Layout {
	const {columns, rows} = size;
	const height = Math.max(1, rows - 1);
	if (columns < minimumSize.columns || rows < minimumSize.rows) {
		return {mode: 'too-small', columns, height};
	}

	if (columns >= fullSize.columns && rows >= fullSize.rows) {
		const headerRows = 3;
		const body = height - headerRows - 1;
		// Each block is a title line plus rows; positions also have a column header.
		const positionsBlock = clamp(Math.floor(body * 0.28), 5, 14);
		const agendaBlock = clamp(Math.min(Math.floor((body - positionsBlock) * 0.45), agendaLength + 1), 4, 40);
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
