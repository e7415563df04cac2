/*
A footnote that quotes an article's lettered provisions ("The purposes of the
Union are: a) ...; a bis) ...; b) ...") gives that instrument its provisions.
*/

/** "a) to maintain ...; a bis) to promote ...; b) ..." → labelled provisions. */
export function lettered(text: string): Array<{label: string; text: string}> {
	const marks = [...text.matchAll(/(?:^|[:;.]\s+)([a-z](?:\s+(?:bis|ter|quater))?)\)\s+/g)];
	if (marks[0]?.[1] !== 'a') {
		return [];
	}

	return marks.map((mark, index) => {
		const start = mark.index + mark[0].length;
		const next = marks[index + 1];
		const end = next === undefined ? text.length : next.index;
		return {label: mark[1] ?? '', text: text.slice(start, end).replace(/(?:[\s;.]|\band\b)+$/g, '').trim()};
	}).filter(provision => provision.text !== '');
}
