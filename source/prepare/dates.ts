/*
Session dates as typed: `2025-06-17/2025-06-27` (first and last day, ISO 8601
interval style) or one day `2025-06-17`. Real calendar days only (no
2025-02-30), and the first day not after the last.
*/

export type SessionDates = {readonly start: string; readonly end: string};

function isCalendarDay(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
		return false;
	}

	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function parseSessionDates(value: string): {ok: true; dates: SessionDates} | {ok: false; message: string} {
	const parts = value.trim().split('/');
	if (parts.length > 2) {
		return {ok: false, message: `dates ${JSON.stringify(value)} are not START/END (e.g. 2025-06-17/2025-06-27)`};
	}

	const [start = '', end = start] = parts.map(part => part.trim());
	for (const day of [start, end]) {
		if (!isCalendarDay(day)) {
			return {ok: false, message: `${JSON.stringify(day)} is not a day (YYYY-MM-DD, e.g. 2025-06-17)`};
		}
	}

	if (start > end) {
		return {ok: false, message: `the session cannot end (${end}) before it starts (${start})`};
	}

	return {ok: true, dates: {start, end}};
}
