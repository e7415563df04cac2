/*
Times for the header. The local clock uses the process's time zone (TZ), as a
wall clock in the room would; elapsed time is a plain duration.
*/

import {formatClockTime} from './time.js';

const two = (value: number) => String(value).padStart(2, '0');

/**
"14:05:09" in local time, 24-hour with Latin digits in every language (the same
in all of them): through time.ts, the one formatter whose zone the header's zone
label (zoneLabel) is read from, so the two never disagree.
*/
export function formatClock(epochMs: number): string {
	return formatClockTime(epochMs);
}

/** "0:07:42", "12:00:00"; never negative (a clock set back shows 0:00:00). */
export function formatElapsed(ms: number): string {
	const seconds = Math.max(0, Math.floor(ms / 1000));
	const hours = Math.floor(seconds / 3600);
	return `${hours}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}
