/*
What a background paragraph says of the resolution it opens with: "Resolution 71
(...), on the strategic plan for the Union for 2024-2027, ... invites Member
States, to "strengthen ..."". The title is the "on ..." clause, each quotation an
excerpt, and its lead the operative words before it, from the last operative
verb ("instructs the Secretary-General, in close collaboration with ...").
*/

const operativeVerbs = 'states|instructs|invites|resolves|decides|requests|encourages|urges|calls upon|recognizes|recognizing|notes|noting|considering|considers|emphasizes|highlights|affirms|reaffirms|recalls|recalling|welcomes|stresses|underlines|recommends|says|provides|stipulates';
const verbAnywhere = new RegExp(`\\b(?:${operativeVerbs})\\b`, 'g');
const titleClause = new RegExp(`^,?\\s+(?:on|entitled|titled)\\s+["“]?(.+?)["”]?(?=,|;|\\s+(?:${operativeVerbs})\\b|$)`);
// Double quotes, straight or curly in any pairing ("… “…" is common in exports).
const quotation = /[“"]([^"“”]+)[”"]/g;

export function titleAfter(rest: string): {title?: string; length: number} {
	const match = titleClause.exec(rest);
	const raw = match?.[1]?.trim().replace(/^the\s+/, '');
	if (match === null || raw === undefined || raw === '') {
		return {length: 0};
	}

	return {title: raw.charAt(0).toUpperCase() + raw.slice(1), length: match[0].length};
}

export function excerptsIn(rest: string): Array<{lead?: string; text: string}> {
	const excerpts: Array<{lead?: string; text: string}> = [];
	let from = 0;
	for (const match of rest.matchAll(quotation)) {
		const region = rest.slice(from, match.index);
		from = match.index + match[0].length;
		const verbs = [...region.matchAll(verbAnywhere)];
		const last = verbs.at(-1);
		const text = match[1]?.trim() ?? '';
		// A quoted term with no operative verb before it ("the "One ITU" concept") is not an excerpt.
		if (last === undefined || text === '') {
			continue;
		}

		const lead = region.slice(last.index).replace(/(?:\s|,|:|\bthat\b|\bto\b)+$/g, '').trim();
		excerpts.push({...(lead === '' ? {} : {lead}), text});
	}

	return excerpts;
}
