/*
Small statistics and a plain-text table for every area's benchmark, so all
figures in `npm run bench` read the same way.
*/

/** The middle value (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
	return percentile(values, 50);
}

/** The 95th percentile (linear interpolation between closest ranks). */
export function p95(values: readonly number[]): number {
	return percentile(values, 95);
}

/** The p-th percentile, 0 <= p <= 100, interpolating linearly between closest ranks. */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) {
		throw new RangeError('percentile of no values');
	}

	if (p < 0 || p > 100) {
		throw new RangeError(`percentile ${p} is outside 0..100`);
	}

	const sorted = [...values].sort((a, b) => a - b);
	const rank = (p / 100) * (sorted.length - 1);
	const lower = Math.floor(rank);
	const upper = Math.ceil(rank);
	const low = sorted[lower]!;
	const high = sorted[upper]!;
	return low + ((high - low) * (rank - lower));
}

export type Summary = {
	readonly count: number;
	readonly median: number;
	readonly p95: number;
	readonly min: number;
	readonly max: number;
};

export function summarize(values: readonly number[]): Summary {
	return {
		count: values.length,
		median: median(values),
		p95: p95(values),
		min: Math.min(...values),
		max: Math.max(...values),
	};
}

/** Milliseconds with a precision that suits their size: `0.42 ms`, `12.3 ms`, `1,234 ms`. */
export function formatMs(ms: number): string {
	if (ms < 10) {
		return `${ms.toFixed(2)} ms`;
	}

	if (ms < 100) {
		return `${ms.toFixed(1)} ms`;
	}

	return `${Math.round(ms).toLocaleString('en-US')} ms`;
}

/** `3.21x` */
export function formatRatio(ratio: number): string {
	return `${ratio.toFixed(2)}x`;
}

/**
A plain-text table: columns padded to their widest cell; cells that look
numeric (figures, ratios, times) are right-aligned.

@example
```
formatTable(['what', 'median'], [['node -e ""', '41.2 ms']]);
```
*/
export function formatTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
	const widths = headers.map((header, column) =>
		Math.max(header.length, ...rows.map(row => (row[column] ?? '').length)));
	const isNumeric = (cell: string) => /^[\d.,\s]+(ms|x|%|MB|KB|s)?$/.test(cell) && /\d/.test(cell);
	const line = (cells: readonly string[]) => widths
		.map((width, column) => {
			const cell = cells[column] ?? '';
			return isNumeric(cell) ? cell.padStart(width) : cell.padEnd(width);
		})
		.join('  ')
		.trimEnd();
	return [line(headers), widths.map(width => '-'.repeat(width)).join('  '), ...rows.map(row => line(row))].join('\n');
}

/** Prints a titled table to stdout. */
export function printTable(title: string, headers: readonly string[], rows: ReadonlyArray<readonly string[]>): void {
	process.stdout.write(`\n${title}\n${formatTable(headers, rows)}\n`);
}
