import {compareItemCodes as compareCodes, isSameItemCode} from '../dataset/item-code.js';
import type {AgendaItem} from '../dataset/schema.js';

/*
Agenda item codes as the Council writes them: a track and a number ("PL 1.3",
"ADM 12", "PL 2.04"). Compared as numbers, part by part: "PL 1.2" comes before
"PL 1.10", and "PL 3.01" is "PL 3.1" (time-management plans pad the decimal
that the document's own header does not).
*/

type Code = {readonly track: string; readonly parts: readonly number[]};

export function parseItemCode(code: string): Code | undefined {
	const match = /^\s*([A-Za-z]*)[\s-]*(\d+(?:\.\d+)*)\s*$/u.exec(code.normalize('NFKC'));
	if (match === null) {
		return undefined;
	}

	return {track: (match[1] ?? '').toUpperCase(), parts: (match[2] ?? '').split('.').map(Number)};
}

/** One code, however written: the comparison the agenda commands use too (dataset/item-code.ts). */
export function sameItemCode(a: string, b: string): boolean {
	return isSameItemCode(a, b);
}

/** Negative when `a` comes first within a track; undefined for codes of different tracks (or not codes). */
export function compareItemCodes(a: string, b: string): number | undefined {
	const left = parseItemCode(a);
	const right = parseItemCode(b);
	return left === undefined || right === undefined || left.track !== right.track ? undefined : compareCodes(a, b);
}

/** Where an item with this code goes: before the first item of its track that comes after it, else after its track, else at the end. */
export function insertionIndex(items: readonly AgendaItem[], code: string): number {
	let lastOfTrack = -1;
	for (const [index, item] of items.entries()) {
		const order = compareItemCodes(code, item.number);
		if (order === undefined) {
			continue;
		}

		if (order < 0) {
			return index;
		}

		lastOfTrack = index;
	}

	return lastOfTrack === -1 ? items.length : lastOfTrack + 1;
}
