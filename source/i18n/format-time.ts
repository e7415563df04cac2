import {currentLanguage, localeTag} from './translate.js';

/*
Clock times and dates through Intl.DateTimeFormat, in the interface's language.
The dashboard's clock is 24-hour with seconds in every language (the Council's
practice, and one width for the header); the time zone is the machine's unless
given (tests pass UTC).
*/

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: 'time' | 'date' | 'date-time', timeZone: string | undefined): Intl.DateTimeFormat {
	const key = `${currentLanguage()}|${kind}|${timeZone ?? ''}`;
	let value = formatters.get(key);
	if (value === undefined) {
		const zone = timeZone === undefined ? {} : {timeZone};
		const options: Intl.DateTimeFormatOptions = kind === 'time'
			? {hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', ...zone}
			: kind === 'date'
				? {year: 'numeric', month: 'long', day: 'numeric', ...zone}
				: {year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...zone};
		// Latin digits in every language: the terminal's columns and the minutes' times stay comparable.
		value = new Intl.DateTimeFormat(`${localeTag()}-u-nu-latn`, options);
		formatters.set(key, value);
	}

	return value;
}

export function formatTime(epochMs: number, timeZone?: string): string {
	return formatter('time', timeZone).format(epochMs);
}

export function formatDate(epochMs: number, timeZone?: string): string {
	return formatter('date', timeZone).format(epochMs);
}

export function formatDateTime(epochMs: number, timeZone?: string): string {
	return formatter('date-time', timeZone).format(epochMs);
}
