/*
Times as people read them: local time with its zone, one module for every
place a person reads a time (the dashboard, `council log`, the text minutes).
"Local" is the process's time zone (TZ), or the zone given; the zone is shown as
its UTC offset ("UTC", "UTC+02:00", "UTC-05:30"), which no reader can mistake,
unlike abbreviations ("CST" is three zones). Machine output (JSON) keeps ISO
8601, with the offset of the same zone when it is not UTC (isoWithOffset).
*/

const two = (value: number) => String(value).padStart(2, '0');

type WallTime = {year: number; month: number; day: number; hour: number; minute: number; second: number};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
	// The process's zone is keyed by TZ: a TZ changed at run time (tests) is not served a stale zone.
	const key = timeZone ?? `TZ=${process.env['TZ'] ?? ''}`;
	let formatter = formatters.get(key);
	if (formatter === undefined) {
		formatter = new Intl.DateTimeFormat('en-US', {
			...(timeZone === undefined ? {} : {timeZone}),
			hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
		});
		formatters.set(key, formatter);
	}

	return formatter;
}

function wallTime(epochMs: number, timeZone: string | undefined): WallTime {
	// The process's own zone is Date's local time, the same ICU zone as a DateTimeFormat without one
	// (test/ui/issue8-time.test.ts compares them across zones and transitions): making the first
	// DateTimeFormat of a process loads ICU's date patterns, 10 ms of the dashboard's first frame.
	const date = new Date(epochMs);
	if (timeZone === undefined && !Number.isNaN(date.getTime())) {
		return {year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(), hour: date.getHours(), minute: date.getMinutes(), second: date.getSeconds()};
	}

	const parts: Record<string, number> = {};
	for (const part of formatterFor(timeZone).formatToParts(date)) {
		if (part.type !== 'literal') {
			parts[part.type] = Number(part.value);
		}
	}

	return {year: parts['year'] ?? 0, month: parts['month'] ?? 1, day: parts['day'] ?? 1, hour: (parts['hour'] ?? 0) % 24, minute: parts['minute'] ?? 0, second: parts['second'] ?? 0};
}

/** The zone's offset from UTC at that instant, in minutes (CEST: 120). */
export function offsetMinutes(epochMs: number, timeZone?: string): number {
	const wall = wallTime(epochMs, timeZone);
	const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
	return Math.round((asUtc - (Math.floor(epochMs / 1000) * 1000)) / 60_000);
}

function offsetText(minutes: number, separator: string): string {
	const sign = minutes < 0 ? '-' : '+';
	const absolute = Math.abs(minutes);
	return `${sign}${two(Math.floor(absolute / 60))}${separator}${two(absolute % 60)}`;
}

/** "UTC", "UTC+02:00", "UTC-05:30". */
export function zoneLabel(epochMs: number, timeZone?: string): string {
	const minutes = offsetMinutes(epochMs, timeZone);
	return minutes === 0 ? 'UTC' : `UTC${offsetText(minutes, ':')}`;
}

/** "14:05:09", local. */
export function formatClockTime(epochMs: number, timeZone?: string): string {
	const wall = wallTime(epochMs, timeZone);
	return `${two(wall.hour)}:${two(wall.minute)}:${two(wall.second)}`;
}

/** "14:05", local (for "recorded at 14:05"). */
export function formatHourMinute(epochMs: number, timeZone?: string): string {
	const wall = wallTime(epochMs, timeZone);
	return `${two(wall.hour)}:${two(wall.minute)}`;
}

/** "2026-04-12 11:00:02 UTC+02:00": a date and time a person reads, with its zone. */
export function formatDateTime(epochMs: number, timeZone?: string): string {
	const wall = wallTime(epochMs, timeZone);
	return `${wall.year}-${two(wall.month)}-${two(wall.day)} ${two(wall.hour)}:${two(wall.minute)}:${two(wall.second)} ${zoneLabel(epochMs, timeZone)}`;
}

/** The same from an ISO string (a journal entry's time); a string that is not a time is returned as it is. */
export function formatIsoDateTime(iso: string, timeZone?: string): string {
	const epochMs = Date.parse(iso);
	return Number.isNaN(epochMs) ? iso : formatDateTime(epochMs, timeZone);
}

/** "2026-04-12T11:00:02.000+02:00" (or "...Z" in UTC): ISO 8601 in the zone, for JSON. */
export function isoWithOffset(epochMs: number, timeZone?: string): string {
	const minutes = offsetMinutes(epochMs, timeZone);
	if (minutes === 0) {
		return new Date(epochMs).toISOString();
	}

	const wall = wallTime(epochMs, timeZone);
	const milliseconds = String(((epochMs % 1000) + 1000) % 1000).padStart(3, '0');
	return `${wall.year}-${two(wall.month)}-${two(wall.day)}T${two(wall.hour)}:${two(wall.minute)}:${two(wall.second)}.${milliseconds}${offsetText(minutes, ':')}`;
}
