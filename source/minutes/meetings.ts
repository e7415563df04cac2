import {localTime} from './local-time.js';
import type {AuditFacts} from './record-facts.js';

/*
A journal covers a whole session; a summary record covers one meeting. The
journal has no "meeting" entry, so meetings are read from its rhythm: a new
meeting starts on a new local day, or after a break of an hour or more with
nothing recorded (the lunch break between a morning and an afternoon meeting).
Entries are taken in file order, the order the session heard them, so a writer
with a wrong clock cannot move an entry into another meeting.
*/

export const meetingBreakMs = 60 * 60 * 1000;

export type Meeting = {
	/** From 1. */
	readonly number: number;
	readonly entryIds: ReadonlySet<string>;
	/** Epoch ms of its first and last entries. */
	readonly start: number;
	readonly end: number;
};

export function splitMeetings(entries: readonly AuditFacts[], timeZone: string): Meeting[] {
	const meetings: Array<{entryIds: Set<string>; start: number; end: number; day: string}> = [];
	for (const entry of entries) {
		const day = localTime(entry.at, timeZone).date;
		const last = meetings.at(-1);
		if (last === undefined || last.day !== day || entry.at - last.end >= meetingBreakMs) {
			meetings.push({entryIds: new Set([entry.id]), start: entry.at, end: entry.at, day});
		} else {
			last.entryIds.add(entry.id);
			last.end = Math.max(last.end, entry.at);
			last.start = Math.min(last.start, entry.at);
		}
	}

	return meetings.map((meeting, index) => ({number: index + 1, entryIds: meeting.entryIds, start: meeting.start, end: meeting.end}));
}

/** Whether something recorded (its entry id, or failing that its time) belongs to the meeting; every time belongs to no meeting at all (the whole session). */
export function inMeeting(meeting: Meeting | undefined, entryId: string, at: number): boolean {
	if (meeting === undefined) {
		return true;
	}

	return meeting.entryIds.has(entryId) || (at >= meeting.start && at <= meeting.end);
}

const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

/** "first" ... "twentieth", then "21st", "22nd", "23rd", "24th". */
export function ordinal(value: number): string {
	const word = ordinals[value - 1];
	if (word !== undefined) {
		return word;
	}

	const tens = value % 100;
	const suffix = tens >= 11 && tens <= 13 ? 'th' : ({1: 'st', 2: 'nd', 3: 'rd'} as Record<number, string>)[value % 10] ?? 'th';
	return `${value}${suffix}`;
}
