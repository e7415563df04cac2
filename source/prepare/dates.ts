import {t, tLine} from '../i18n/translate.js';

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
		return {ok: false, message: tLine('cli.prepare.dates-not-range', {value: JSON.stringify(value)})};
	}

	const [start = '', end = start] = parts.map(part => part.trim());
	for (const day of [start, end]) {
		if (!isCalendarDay(day)) {
			return {ok: false, message: tLine('cli.prepare.not-a-day', {value: JSON.stringify(day)})};
		}
	}

	if (start > end) {
		return {ok: false, message: t('cli.prepare.ends-before', {start, end})};
	}

	return {ok: true, dates: {start, end}};
}
