import {segment, type Line} from './line.js';

/*
The filter's text found in a line: each match becomes a 'match' segment (inverse
video in every theme, an attribute rather than a colour) and the caller puts a
marker in the gutter, so NO_COLOR, which removes every style, still shows where.
Matching ignores case, as the filter does.
*/

export const matchMarker = '›';

/** The line with its matches split out, and whether there were any. */
export function highlightMatches(line: Line, needle: string): {readonly line: Line; readonly hasMatch: boolean} {
	const query = needle.trim().toLowerCase();
	if (query === '') {
		return {line, hasMatch: false};
	}

	let hasMatch = false;
	const parts: Line[number][] = [];
	for (const part of line) {
		const lower = part.text.toLowerCase();
		let from = 0;
		let at = lower.indexOf(query);
		if (at === -1) {
			parts.push(part);
			continue;
		}

		hasMatch = true;
		// Lower-casing changed the length (a dotted İ): mark the line, leave the segment whole.
		if (lower.length !== part.text.length) {
			parts.push(part);
			continue;
		}

		while (at !== -1) {
			if (at > from) {
				parts.push({...part, text: part.text.slice(from, at)});
			}

			parts.push({...segment(part.text.slice(at, at + query.length), 'match'), ...(part.isSelected === undefined ? {} : {isSelected: part.isSelected})});
			from = at + query.length;
			at = lower.indexOf(query, from);
		}

		if (from < part.text.length) {
			parts.push({...part, text: part.text.slice(from)});
		}
	}

	return {line: hasMatch ? parts : line, hasMatch};
}
