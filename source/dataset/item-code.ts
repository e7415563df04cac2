/*
Agenda item codes as the Council writes them: a track ("PL", "ADM"), then
dot-separated numbers ("1.07"), sometimes a tail ("(Add.1)", "bis"). Codes are
compared as a person reads them, not as strings: "PL 1.2" comes before
"PL 1.10", and "PL 3.01" is the same code as "PL 3.1" (leading zeros are a
typing habit, not a different item). Pure: the agenda commands and the importer
both order items with it.
*/

export type ItemCode = {
	/** The track in upper case ("PL"), or "" when the code has none ("1.07"). */
	readonly track: string;
	/** The numbers, leading zeros dropped: "1.07" → [1, 7]. */
	readonly numbers: readonly number[];
	/** What follows the numbers, folded (case, spaces): "(Add.1)" → "(add.1)". */
	readonly tail: string;
};

const pattern = /^\s*([\p{L}]+)?[\s-]*(\d+(?:\s*\.\s*\d+)*)\.?\s*(.*)$/u;

/** Splits a code; a code without numbers is all tail ("Opening"). */
export function parseItemCode(code: string): ItemCode {
	const match = pattern.exec(code.normalize('NFKC'));
	if (match === null) {
		return {track: '', numbers: [], tail: fold(code)};
	}

	const [, track = '', digits = '', tail = ''] = match;
	return {track: track.toUpperCase(), numbers: digits.split('.').map(part => Number.parseInt(part.trim(), 10)), tail: fold(tail)};
}

function fold(value: string): string {
	return value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** One spelling per code: "pl 3.01" and "PL 3.1" both give "PL 3.1". */
export function canonicalItemCode(code: string): string {
	const {track, numbers, tail} = parseItemCode(code);
	return [track, numbers.join('.'), tail].filter(part => part !== '').join(' ');
}

/** True when two spellings name one item code ("PL 3.01", "pl 3.1"). */
export function isSameItemCode(a: string, b: string): boolean {
	return canonicalItemCode(a) === canonicalItemCode(b);
}

export type CompareOptions = {
	/** Tracks in the order they should come ("PL" before "ADM"); unlisted tracks follow, alphabetically. */
	readonly trackOrder?: readonly string[];
};

function trackRank(track: string, order: readonly string[]): number {
	const at = order.indexOf(track);
	return at === -1 ? order.length : at;
}

/**
Negative when `a` comes before `b`. Codes without a track come first, then by
track (`trackOrder`, else alphabetically), then number by number (1 < 1.1 < 1.2
< 1.10 < 2), then the tail (none first). Equal codes give 0.
*/
export function compareItemCodes(a: string, b: string, options: CompareOptions = {}): number {
	const left = parseItemCode(a);
	const right = parseItemCode(b);
	const order = (options.trackOrder ?? []).map(track => track.toUpperCase());
	if (left.track !== right.track) {
		if (left.track === '' || right.track === '') {
			return left.track === '' ? -1 : 1;
		}

		const byRank = trackRank(left.track, order) - trackRank(right.track, order);
		return byRank === 0 ? (left.track < right.track ? -1 : 1) : byRank;
	}

	// Codes with numbers before codes without ("Opening" after "PL 1").
	if ((left.numbers.length === 0) !== (right.numbers.length === 0)) {
		return left.numbers.length === 0 ? 1 : -1;
	}

	for (let index = 0; index < Math.min(left.numbers.length, right.numbers.length); index++) {
		const difference = (left.numbers[index] ?? 0) - (right.numbers[index] ?? 0);
		if (difference !== 0) {
			return difference;
		}
	}

	if (left.numbers.length !== right.numbers.length) {
		return left.numbers.length - right.numbers.length;
	}

	return left.tail === right.tail ? 0 : left.tail < right.tail ? -1 : 1;
}

/** The tracks of these codes in order of first appearance: the agenda's own order of tracks. */
export function tracksInOrder(codes: readonly string[]): string[] {
	const tracks: string[] = [];
	for (const code of codes) {
		const {track} = parseItemCode(code);
		if (track !== '' && !tracks.includes(track)) {
			tracks.push(track);
		}
	}

	return tracks;
}

/** A stable natural sort of anything with a code, tracks kept in the order they first appear. */
export function sortByItemCode<T>(values: readonly T[], codeOf: (value: T) => string): T[] {
	const trackOrder = tracksInOrder(values.map(codeOf));
	return values
		.map((value, index) => ({value, index}))
		.sort((a, b) => compareItemCodes(codeOf(a.value), codeOf(b.value), {trackOrder}) || a.index - b.index)
		.map(({value}) => value);
}
